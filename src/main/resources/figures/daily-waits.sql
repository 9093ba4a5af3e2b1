-- wait(job) = Start - Submit, for each job of an allocation of the cluster that has a Submit
-- (with or without GPUs), counted on the program day of its Start. Kept per job: a period's
-- mean and percentiles are computed over its jobs (period-operators.sql), not from daily sums.
-- A Submit later than Start (clocks of two controllers) counts as no wait, not a negative one.
INSERT INTO daily_job_wait (day, cluster_id, job_id, allocation_id, wait_seconds)
SELECT :day, j.cluster_id, j.job_id, a.allocation_id,
       GREATEST(0, EXTRACT(EPOCH FROM (j.start_ts - j.submit_ts)))::bigint
FROM job_record j
JOIN allocation a ON a.allocation_id = j.account AND a.cluster_id = j.cluster_id
WHERE j.submit_ts IS NOT NULL
  AND j.start_ts >= :day_start
  AND j.start_ts < :day_end;
