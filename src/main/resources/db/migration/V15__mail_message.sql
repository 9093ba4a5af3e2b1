-- The mail's text is composed when its report is written, from the same report (one snapshot),
-- and kept on the outbox row: delivery sends what the report said, without reading the figures
-- again. A report rewritten while its mail waits replaces the waiting mail's text.
ALTER TABLE mail_delivery ADD COLUMN body text;
ALTER TABLE mail_delivery ADD COLUMN missing_cluster_days integer NOT NULL DEFAULT 0;
