-- One reference load at a time (two jobs may start together); released at commit.
SELECT pg_advisory_xact_lock(7240011);
