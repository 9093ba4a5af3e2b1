-- What the inbox scan learnt of each file version before any line of it is read.
ALTER TABLE inbox_file ADD COLUMN encoding     text;    -- UTF-8 or MS949 (Korean Excel); null when unreadable
ALTER TABLE inbox_file ADD COLUMN file_problem text;    -- why no line of the file can be read, or null
ALTER TABLE inbox_file ADD COLUMN has_submit   boolean NOT NULL DEFAULT false; -- job files: a Submit column
ALTER TABLE inbox_file ADD COLUMN modified_at  timestamptz;                   -- the scan skips hashing unchanged files
ALTER TABLE inbox_file ADD COLUMN lines_step   integer NOT NULL DEFAULT 0;    -- sacct job-step lines (123.batch)

-- Job steps are not usage and not rejects; each is kept so that counts survive restarts exactly.
CREATE TABLE job_step_line (
    file_id bigint  NOT NULL REFERENCES inbox_file (file_id),
    line_no integer NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

ALTER TABLE job_line ADD COLUMN submit_ts timestamptz;
ALTER TABLE job_record ADD COLUMN submit_ts timestamptz;

-- The cluster-days for which a file of a kind is present: an ingested version that could be
-- read and of which at least one line was usable (a job file with a header and no lines is a
-- day without jobs, not a gap). A file that could not be read, or every line of which was
-- rejected, is no file: its day is missing, so that a gap never passes for idleness.
CREATE VIEW present_file_day AS
SELECT DISTINCT f.cluster_id, f.file_date AS day, f.kind
FROM inbox_file f
WHERE f.status = 'INGESTED'
  AND f.file_problem IS NULL
  AND (f.lines_rejected = 0 OR f.lines_used + f.lines_not_started + f.lines_step > 0);
