-- Program totals per day of the period (for daily detail and charts).
SELECT c.day,
       sum(c.capacity_gs) AS capacity_gs,
       sum(c.allocated_gs) AS allocated_gs,
       sum(c.used_gs) AS used_gs
FROM daily_cluster c
LEFT JOIN cluster_info ci ON ci.cluster_id = c.cluster_id
WHERE c.day BETWEEN :from AND :to
  AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
GROUP BY c.day
ORDER BY c.day;
