-- The allocation outlook on day :d (SPEC.md, "Allocation outlook"): every allocation active on
-- d, how much of its whole term it has used and where the pace of its window takes it by
-- end_date. The window is the reclaim window ([d - :window + 1, d] cut at start_date), so the
-- outlook and the reclaim candidates judge an allocation over the same days. Every quantity is
-- exact: GPU-seconds from the stored days (daily_allocation), the term's seconds from the
-- program zone's calendar (a day is not always 24 h), and the status decided on integers
-- (projected_used x window_days = used_to_date x window_days + window_used x days_left), never
-- on a rounded percentage. Scoped to an operator's clusters (:operator) or one institution
-- (:institution); both null for the whole program.
WITH active AS (
    SELECT a.allocation_id, a.institution_id, a.project_title, a.cluster_id, a.gpu_count,
           a.start_date, a.end_date,
           GREATEST(a.start_date, CAST(:d AS date) - (:window - 1)) AS window_from
    FROM allocation a
    LEFT JOIN cluster_info ci ON ci.cluster_id = a.cluster_id
    WHERE CAST(:d AS date) BETWEEN a.start_date AND a.end_date
      AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
      AND (CAST(:institution AS text) IS NULL OR a.institution_id = :institution)
), to_date AS (
    SELECT x.allocation_id,
           COALESCE(sum(da.used_gs), 0) AS used_to_date_gs,
           COALESCE(sum(da.used_gs) FILTER (WHERE da.day >= x.window_from), 0) AS window_used_gs
    FROM active x
    LEFT JOIN daily_allocation da ON da.allocation_id = x.allocation_id
                                 AND da.day BETWEEN x.start_date AND CAST(:d AS date)
    GROUP BY x.allocation_id
), window_missing AS (
    SELECT x.allocation_id, count(*) AS missing_days
    FROM active x
    JOIN cluster_period cp ON cp.cluster_id = x.cluster_id
    CROSS JOIN LATERAL generate_series(GREATEST(x.window_from, cp.in_service_from),
                                       LEAST(CAST(:d AS date), COALESCE(cp.in_service_to, CAST(:d AS date))),
                                       interval '1 day') AS window_day(d)
    WHERE NOT EXISTS (SELECT 1 FROM present_file_day p
                      WHERE p.kind = 'jobs' AND p.cluster_id = x.cluster_id AND p.day = window_day.d::date)
    GROUP BY x.allocation_id
), figures AS (
    SELECT x.*, i.institution_name,
           x.gpu_count::bigint * EXTRACT(EPOCH FROM ((x.end_date + 1)::timestamp AT TIME ZONE :zone)
                                                  - (x.start_date::timestamp AT TIME ZONE :zone))::bigint AS term_gs,
           (CAST(:d AS date) - x.start_date + 1) AS elapsed_days,
           (x.end_date - x.start_date + 1) AS term_days,
           (x.end_date - CAST(:d AS date)) AS days_left,
           (CAST(:d AS date) - x.window_from + 1) AS window_days,
           t.used_to_date_gs, t.window_used_gs,
           COALESCE(m.missing_days, 0) AS window_missing_days,
           da.krw_per_gpu_hour
    FROM active x
    JOIN to_date t ON t.allocation_id = x.allocation_id
    LEFT JOIN window_missing m ON m.allocation_id = x.allocation_id
    LEFT JOIN institution i ON i.institution_id = x.institution_id
    LEFT JOIN daily_allocation da ON da.allocation_id = x.allocation_id AND da.day = CAST(:d AS date)
)
SELECT allocation_id, institution_id, institution_name, project_title, cluster_id, start_date, end_date,
       term_gs, used_to_date_gs, elapsed_days, term_days, days_left, window_days, window_used_gs,
       krw_per_gpu_hour, window_missing_days,
       CASE WHEN window_missing_days > 0 THEN 'UNVERIFIED'
            WHEN (used_to_date_gs * window_days + window_used_gs * days_left) * 100
                 < CAST(:low_pct AS numeric) * term_gs * window_days THEN 'LOW'
            WHEN (used_to_date_gs * window_days + window_used_gs * days_left) * 100
                 > 100 * term_gs * window_days THEN 'OVER'
            ELSE 'ON_TRACK' END AS status
FROM figures
ORDER BY allocation_id;
