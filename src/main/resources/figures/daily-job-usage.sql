-- used(job, d) = gpus x hours of [Start, End) inside day d (here in GPU-seconds).
-- A job is its allocation's when (Cluster, Account) = the allocation's (cluster_id, allocation_id);
-- otherwise it is unattributed (allocation_id null).
INSERT INTO daily_job_usage (day, cluster_id, job_id, account, allocation_id, gpus, used_gs)
SELECT :day, j.cluster_id, j.job_id, j.account, a.allocation_id, j.gpus,
       j.gpus * EXTRACT(EPOCH FROM (LEAST(j.usage_end, :day_end) - GREATEST(j.start_ts, :day_start)))::bigint
FROM job_record j
LEFT JOIN allocation a ON a.allocation_id = j.account AND a.cluster_id = j.cluster_id
WHERE j.start_ts < :day_end
  AND j.usage_end > :day_start
  AND j.usage_end > j.start_ts
  AND j.gpus > 0;
