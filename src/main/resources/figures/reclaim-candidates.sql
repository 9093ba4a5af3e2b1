-- Reclaim candidates on day :d: allocations active on d whose start_date <= d - :min_age, and
-- whose used/allocated over the trailing :window days [d - window + 1, d] (cut at start_date)
-- is below :threshold percent. zero_use_streak_days: consecutive days up to d with no use,
-- not counting days before start_date, found from the job records (the last day with use).
-- Idleness must be measured, not presumed: window_missing_days counts the window's days on
-- which the allocation's cluster was in service and its job file was missing (present_file_day);
-- status is CANDIDATE only when there is none, UNVERIFIED otherwise.
WITH candidate AS (
    SELECT a.allocation_id, a.institution_id, a.cluster_id, a.start_date,
           GREATEST(a.start_date, CAST(:d AS date) - (:window - 1)) AS window_from
    FROM allocation a
    LEFT JOIN cluster_info ci ON ci.cluster_id = a.cluster_id
    WHERE CAST(:d AS date) BETWEEN a.start_date AND a.end_date
      AND a.start_date <= CAST(:d AS date) - :min_age
      AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
), window_sums AS (
    SELECT c.allocation_id,
           COALESCE(sum(da.allocated_gs), 0) AS allocated_gs,
           COALESCE(sum(da.used_gs), 0) AS used_gs,
           COALESCE(sum(da.allocated_idle_gs), 0) AS idle_gs,
           COALESCE(sum(da.allocated_idle_gs * da.krw_per_gpu_hour), 0) / 3600 AS idle_krw
    FROM candidate c
    LEFT JOIN daily_allocation da ON da.allocation_id = c.allocation_id
                                 AND da.day BETWEEN c.window_from AND CAST(:d AS date)
    GROUP BY c.allocation_id
), window_missing AS (
    SELECT c.allocation_id, count(*) AS missing_days
    FROM candidate c
    JOIN cluster_period cp ON cp.cluster_id = c.cluster_id
    CROSS JOIN LATERAL generate_series(GREATEST(c.window_from, cp.in_service_from),
                                       LEAST(CAST(:d AS date), COALESCE(cp.in_service_to, CAST(:d AS date))),
                                       interval '1 day') AS window_day(d)
    WHERE NOT EXISTS (SELECT 1 FROM present_file_day p
                      WHERE p.kind = 'jobs' AND p.cluster_id = c.cluster_id AND p.day = window_day.d::date)
    GROUP BY c.allocation_id
), last_use AS (
    SELECT c.allocation_id,
           max(((LEAST(j.usage_end, :d_end) - interval '1 second') AT TIME ZONE :zone)::date) AS last_day
    FROM candidate c
    JOIN job_record j ON j.account = c.allocation_id AND j.cluster_id = c.cluster_id
    WHERE j.start_ts < :d_end AND j.usage_end > j.start_ts AND j.gpus > 0
    GROUP BY c.allocation_id
)
SELECT c.allocation_id, c.institution_id, c.cluster_id,
       (CAST(:d AS date) - c.window_from + 1) AS window_days,
       w.allocated_gs, w.used_gs, w.idle_gs, w.idle_krw,
       (CAST(:d AS date) - GREATEST(COALESCE(l.last_day, c.start_date - 1), c.start_date - 1)) AS zero_use_streak_days,
       COALESCE(m.missing_days, 0) AS window_missing_days,
       CASE WHEN COALESCE(m.missing_days, 0) = 0 THEN 'CANDIDATE' ELSE 'UNVERIFIED' END AS status
FROM candidate c
JOIN window_sums w ON w.allocation_id = c.allocation_id
LEFT JOIN window_missing m ON m.allocation_id = c.allocation_id
LEFT JOIN last_use l ON l.allocation_id = c.allocation_id
WHERE w.used_gs * 100 < :threshold * w.allocated_gs
ORDER BY status, w.idle_gs DESC, c.allocation_id;
