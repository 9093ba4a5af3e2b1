-- Cluster figures over a period: sums of the stored days. A cluster is listed when it was in
-- service, allocated or used on a day of the period (it then has daily rows).
SELECT c.cluster_id,
       COALESCE(ci.operator_id, '') AS operator_id,
       COALESCE(ci.gpu_model, '') AS gpu_model,
       sum(c.capacity_gs) AS capacity_gs,
       sum(c.allocated_gs) AS allocated_gs,
       sum(c.used_gs) AS used_gs,
       sum(c.unattributed_gs) AS unattributed_gs,
       sum(c.unallocated_gs) AS unallocated_gs,
       sum(c.over_allocated_gs) AS over_allocated_gs,
       sum(c.allocated_idle_gs) AS allocated_idle_gs,
       sum(c.idle_gs) AS idle_gs,
       sum(c.active_idle_gs) AS active_idle_gs,
       sum(c.util_samples) AS util_samples,
       sum(c.util_sum) AS util_sum,
       -- no telemetry is no measurement: active idle and mean utilisation are empty without it
       (SELECT count(*) FROM present_file_day p
        WHERE p.kind = 'telemetry' AND p.cluster_id = c.cluster_id AND p.day BETWEEN :from AND :to) AS telemetry_days,
       -- the measured share's denominator: the cluster-days in service (with capacity)
       count(*) FILTER (WHERE c.capacity_gs > 0) AS service_days
FROM daily_cluster c
LEFT JOIN cluster_info ci ON ci.cluster_id = c.cluster_id
WHERE c.day BETWEEN :from AND :to
  AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
GROUP BY c.cluster_id, ci.operator_id, ci.gpu_model
ORDER BY c.cluster_id;
