-- The operator scorecard over a period, one row per listed cluster (as period-clusters.sql lists
-- them: clusters with daily rows in the period). Sums of the stored days, except the waits,
-- whose count, mean and percentile_cont(0.9) are computed over the period's jobs.
-- self_use_krw: self-use GPU-hours x the rate of the day, summed exactly, rounded on output.
-- waiting is measured only where a job file of the cluster in the period has a Submit column
-- (submit_days); the telemetry figures only on days with a telemetry file (telemetry_days):
-- coverage compares observed and used on those days alone.
WITH per_cluster AS (
    SELECT c.cluster_id,
           sum(c.capacity_gs) AS capacity_gs,
           sum(c.used_gs) AS used_gs,
           sum(c.self_use_gs) AS self_use_gs,
           sum(c.self_use_on_unallocated_gs) AS self_use_on_unallocated_gs,
           sum(c.self_use_on_allocated_gs) AS self_use_on_allocated_gs,
           sum(c.self_use_gs * c.krw_per_gpu_hour) / 3600 AS self_use_krw,
           sum(c.waiting_during_self_use_gs) AS waiting_during_self_use_gs,
           sum(c.observed_job_gs) AS observed_job_gs,
           sum(c.unknown_job_sample_gs) AS unknown_job_sample_gs,
           COALESCE(sum(c.observed_job_gs) FILTER (WHERE c.telemetry_present), 0) AS covered_observed_gs,
           COALESCE(sum(c.used_gs) FILTER (WHERE c.telemetry_present), 0) AS covered_used_gs,
           count(*) FILTER (WHERE c.telemetry_present) AS telemetry_days
    FROM daily_cluster c
    WHERE c.day BETWEEN :from AND :to
    GROUP BY c.cluster_id
), waits AS (
    SELECT w.cluster_id,
           count(*) AS jobs_started,
           avg(w.wait_seconds) AS mean_wait_seconds,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY w.wait_seconds) AS p90_wait_seconds
    FROM daily_job_wait w
    WHERE w.day BETWEEN :from AND :to
    GROUP BY w.cluster_id
), submit_days AS (
    SELECT s.cluster_id, count(*) AS submit_days
    FROM submit_file_day s
    WHERE s.day BETWEEN :from AND :to
    GROUP BY s.cluster_id
), unsampled AS (
    -- distinct jobs with GPUs and use on a measured day without one sample of theirs on it
    SELECT u.cluster_id, count(DISTINCT u.job_id) AS jobs_without_samples
    FROM daily_job_usage u
    WHERE u.day BETWEEN :from AND :to AND u.samples = 0
    GROUP BY u.cluster_id
)
SELECT COALESCE(ci.operator_id, '') AS operator_id,
       COALESCE(o.operator_name, '') AS operator_name,
       p.cluster_id, p.capacity_gs, p.used_gs, p.self_use_gs, p.self_use_on_unallocated_gs,
       p.self_use_on_allocated_gs, p.self_use_krw, p.waiting_during_self_use_gs,
       COALESCE(w.jobs_started, 0) AS jobs_started, w.mean_wait_seconds, w.p90_wait_seconds,
       p.observed_job_gs, p.unknown_job_sample_gs, p.covered_observed_gs, p.covered_used_gs,
       COALESCE(x.jobs_without_samples, 0) AS jobs_without_samples,
       p.telemetry_days,
       COALESCE(s.submit_days, 0) AS submit_days
FROM per_cluster p
LEFT JOIN cluster_info ci ON ci.cluster_id = p.cluster_id
LEFT JOIN operator o ON o.operator_id = ci.operator_id
LEFT JOIN waits w ON w.cluster_id = p.cluster_id
LEFT JOIN submit_days s ON s.cluster_id = p.cluster_id
LEFT JOIN unsampled x ON x.cluster_id = p.cluster_id
WHERE CAST(:operator AS text) IS NULL OR ci.operator_id = :operator
ORDER BY operator_id, p.cluster_id;
