-- Mail as an outbox. At most one waiting mail per period and scope, whoever asks and however
-- many jobs ask at once (asking was a check, then an insert). Duplicates waiting from before
-- are folded into the oldest.
DELETE FROM mail_delivery d
USING mail_delivery k
WHERE d.status = 'PENDING' AND k.status = 'PENDING'
  AND d.period = k.period AND d.scope = k.scope AND d.delivery_id > k.delivery_id;

CREATE UNIQUE INDEX mail_delivery_one_pending ON mail_delivery (period, scope) WHERE status = 'PENDING';

-- The Message-ID the mail was sent with, derived from delivery_id: a mail sent again after a
-- crash between the SMTP server's acceptance and the commit carries the same one.
ALTER TABLE mail_delivery ADD COLUMN message_id text;
