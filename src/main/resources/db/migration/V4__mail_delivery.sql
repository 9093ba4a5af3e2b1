-- Every mail to send and sent: one row per period and recipient scope (PROGRAM or an operator_id).
CREATE TABLE mail_delivery (
    delivery_id   bigserial PRIMARY KEY,
    period        text        NOT NULL,
    scope         text        NOT NULL,
    status        text        NOT NULL,      -- PENDING | SENT | HELD
    provisional   boolean     NOT NULL DEFAULT false,
    recipients    text,
    subject       text,
    attachments   text,                      -- name:size:sha256 of each attached file
    attempts      integer     NOT NULL DEFAULT 0,
    last_error    text,
    requested_at  timestamptz NOT NULL DEFAULT now(),
    sent_at       timestamptz
);
CREATE INDEX mail_delivery_period ON mail_delivery (period, scope);
