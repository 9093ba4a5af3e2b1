-- One ingest at a time, across processes and machines on one database: a session lock, held
-- from the start of a job that ingests to its end, released by PostgreSQL if the process dies.
SELECT pg_advisory_lock(7240013);
