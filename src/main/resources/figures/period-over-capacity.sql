-- Cluster-days whose used GPU-hours exceed their capacity: the job file holds jobs that cannot
-- all have run (idle is then clamped to 0, which would hide idle allocations). Named in the
-- report's completeness notes and usable by the status command (:from, :to, :operator null = all).
SELECT dc.cluster_id, dc.day, round(100.0 * dc.used_gs / dc.capacity_gs, 2) AS used_pct
FROM daily_cluster dc
JOIN cluster_info ci ON ci.cluster_id = dc.cluster_id
WHERE dc.day BETWEEN :from AND :to
  AND dc.capacity_gs > 0
  AND dc.used_gs > dc.capacity_gs
  AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
ORDER BY 1, 2;
