-- used(job, d) = gpus x hours of [Start, End) inside day d (here in GPU-seconds).
-- A job is its allocation's when (Cluster, Account) = the allocation's (cluster_id, allocation_id);
-- otherwise it is self-use (self_use) when its Account is one of the self_use_accounts of the
-- cluster's operator; otherwise it is unattributed (allocation_id null, not self_use). An account
-- that is both an allocation of the cluster and a self-use account is the allocation's.
INSERT INTO daily_job_usage (day, cluster_id, job_id, account, allocation_id, self_use, gpus, used_gs)
SELECT :day, j.cluster_id, j.job_id, j.account, a.allocation_id,
       a.allocation_id IS NULL AND s.account IS NOT NULL,
       j.gpus,
       j.gpus * EXTRACT(EPOCH FROM (LEAST(j.usage_end, :day_end) - GREATEST(j.start_ts, :day_start)))::bigint
FROM job_record j
LEFT JOIN allocation a ON a.allocation_id = j.account AND a.cluster_id = j.cluster_id
LEFT JOIN cluster_info ci ON ci.cluster_id = j.cluster_id
LEFT JOIN operator_self_use_account s ON s.operator_id = ci.operator_id AND s.account = j.account
WHERE j.start_ts < :day_end
  AND j.usage_end > :day_start
  AND j.usage_end > j.start_ts
  AND j.gpus > 0;
