-- A chunk's job lines arrive by COPY in this session's staging table, then go to job_line with
-- insert-staged-job-lines.sql (COPY knows no ON CONFLICT). Emptied by that insert and at commit.
CREATE TEMPORARY TABLE IF NOT EXISTS job_line_stage (LIKE job_line) ON COMMIT DELETE ROWS;
