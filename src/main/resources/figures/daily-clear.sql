-- A day's figures are recomputed as a whole.
DELETE FROM daily_job_usage WHERE day = :day;
DELETE FROM daily_allocation WHERE day = :day;
DELETE FROM daily_cluster WHERE day = :day;
DELETE FROM daily_job_wait WHERE day = :day;
