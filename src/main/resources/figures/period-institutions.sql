-- Institution figures over a period: sums over its allocations and the stored days. An
-- institution is listed when one of its allocations was active or used in the period.
-- allocated_krw, used_krw: GPU-hours x the rate of the day, summed exactly, rounded on output.
-- jobs: distinct jobs with usage in the period on the institution's allocations.
WITH per_institution AS (
    SELECT da.institution_id,
           sum(da.allocated_gs) AS allocated_gs,
           sum(da.used_gs) AS used_gs,
           sum(da.allocated_idle_gs) AS allocated_idle_gs,
           sum(da.over_use_gs) AS over_use_gs,
           sum(da.active_idle_gs) AS active_idle_gs,
           sum(da.util_samples) AS util_samples,
           sum(da.util_sum) AS util_sum,
           sum(da.allocated_gs * da.krw_per_gpu_hour) / 3600 AS allocated_krw,
           sum(da.used_gs * da.krw_per_gpu_hour) / 3600 AS used_krw
    FROM daily_allocation da
    LEFT JOIN cluster_info ci ON ci.cluster_id = da.cluster_id
    WHERE da.day BETWEEN :from AND :to
      AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
    GROUP BY da.institution_id
), telemetry AS (
    -- no telemetry is no measurement: days of the period with telemetry of the institution's clusters
    SELECT x.institution_id, count(DISTINCT (p.cluster_id, p.day)) AS telemetry_days
    FROM (SELECT DISTINCT da.institution_id, da.cluster_id
          FROM daily_allocation da
          LEFT JOIN cluster_info ci ON ci.cluster_id = da.cluster_id
          WHERE da.day BETWEEN :from AND :to
            AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)) x
    JOIN present_file_day p ON p.kind = 'telemetry' AND p.cluster_id = x.cluster_id AND p.day BETWEEN :from AND :to
    GROUP BY x.institution_id
), service AS (
    -- the measured share's denominator: the in-service days of the institution's clusters
    SELECT x.institution_id, count(DISTINCT (dc.cluster_id, dc.day)) AS service_days
    FROM (SELECT DISTINCT da.institution_id, da.cluster_id
          FROM daily_allocation da
          LEFT JOIN cluster_info ci ON ci.cluster_id = da.cluster_id
          WHERE da.day BETWEEN :from AND :to
            AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)) x
    JOIN daily_cluster dc ON dc.cluster_id = x.cluster_id AND dc.day BETWEEN :from AND :to AND dc.capacity_gs > 0
    GROUP BY x.institution_id
), jobs AS (
    SELECT al.institution_id, count(DISTINCT u.cluster_id || '|' || u.job_id) AS jobs
    FROM daily_job_usage u
    JOIN allocation al ON al.allocation_id = u.allocation_id
    LEFT JOIN cluster_info ci ON ci.cluster_id = u.cluster_id
    WHERE u.day BETWEEN :from AND :to AND u.used_gs > 0
      AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
    GROUP BY al.institution_id
)
SELECT p.institution_id,
       COALESCE(i.institution_name, '') AS institution_name,
       COALESCE(i.sector, '') AS sector,
       p.allocated_gs, p.used_gs, p.allocated_idle_gs, p.over_use_gs, p.active_idle_gs,
       p.util_samples, p.util_sum,
       COALESCE(j.jobs, 0) AS jobs,
       p.allocated_krw, p.used_krw,
       COALESCE(t.telemetry_days, 0) AS telemetry_days,
       COALESCE(s.service_days, 0) AS service_days
FROM per_institution p
LEFT JOIN telemetry t ON t.institution_id = p.institution_id
LEFT JOIN service s ON s.institution_id = p.institution_id
LEFT JOIN institution i ON i.institution_id = p.institution_id
LEFT JOIN jobs j ON j.institution_id = p.institution_id
ORDER BY p.institution_id;
