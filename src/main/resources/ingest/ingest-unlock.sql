SELECT pg_advisory_unlock(7240013);
