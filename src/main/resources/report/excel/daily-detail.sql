-- The workbook's Daily detail: one row per day x allocation of the period (the stored
-- daily_allocation rows: an allocation has a row on a day when it is active or used on it),
-- with every daily figure in exact GPU-seconds and exact KRW. Scoped to one operator's
-- clusters when :operator is set, like figures/period-*.sql.
WITH measured AS (
    SELECT DISTINCT p.cluster_id, p.day
    FROM present_file_day p
    WHERE p.kind = 'telemetry' AND p.day BETWEEN :from AND :to
)
SELECT da.day,
       da.allocation_id,
       da.institution_id,
       COALESCE(i.institution_name, '') AS institution_name,
       COALESCE(i.sector, '') AS sector,
       da.cluster_id,
       COALESCE(ci.operator_id, '') AS operator_id,
       da.allocated_gs,
       da.used_gs,
       da.allocated_idle_gs,
       da.over_use_gs,
       da.active_idle_gs,
       -- active idle is a measurement: without the cluster's telemetry file that day it is unknown, not 0
       m.cluster_id IS NOT NULL AS measured,
       da.krw_per_gpu_hour,
       da.allocated_gs * da.krw_per_gpu_hour / 3600 AS allocated_krw,
       da.used_gs * da.krw_per_gpu_hour / 3600 AS used_krw
FROM daily_allocation da
LEFT JOIN cluster_info ci ON ci.cluster_id = da.cluster_id
LEFT JOIN institution i ON i.institution_id = da.institution_id
LEFT JOIN measured m ON m.cluster_id = da.cluster_id AND m.day = da.day
WHERE da.day BETWEEN :from AND :to
  AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
ORDER BY da.day, da.allocation_id;
