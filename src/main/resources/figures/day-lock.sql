-- One compute of a day at a time, whichever job asks (a nightly run, a rerun, a month
-- report): the second waits, then computes from what the first committed. Held to the end
-- of the day's transaction. Key space 7240012 (7240011 is the reference load's).
SELECT pg_advisory_xact_lock(7240012, (CAST(:day AS date) - DATE '2000-01-01'));
