-- Fresh statistics for the tables a job-file merge reads and fills, taken before the merge (the
-- ingest step has just written the lines) and after it (the figures read the records). Without
-- them the planner takes a table filled a moment ago for empty and picks scans that grow with it.
ANALYZE job_line, job_record, inbox_file;
