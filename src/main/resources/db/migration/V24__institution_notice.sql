-- Institution notices (issue 26) go through the report mails' outbox, with its claim, retry and
-- Message-ID rules and its one-waiting-mail-per-(period, scope) index: the scope is
-- institution:<institution_id> and the period the day, so an institution gets at most one
-- notice a day. A notice carries no file of a report folder: its attachment (the institution's
-- outlook.csv) is composed with its text, from the same report, and kept on the row.
ALTER TABLE mail_delivery ADD COLUMN attachment_name text;
ALTER TABLE mail_delivery ADD COLUMN attachment_text text;
