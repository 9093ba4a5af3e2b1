-- allocated(a, d)      = gpu_count(a) x H(d) when start_date <= d <= end_date, else 0
-- used(a, d)           = sum of used(job, d) over the allocation's jobs
-- allocated_idle(a, d) = max(0, allocated(a, d) - used(a, d))
-- over_use(a, d)       = max(0, used(a, d) - allocated(a, d))
-- An allocation has a row on d when it is active or used on d. The rate is that of the
-- cluster's gpu_model on d: the row with the latest valid_from on or before d.
INSERT INTO daily_allocation (day, allocation_id, institution_id, cluster_id, allocated_gs, used_gs,
                              allocated_idle_gs, over_use_gs, krw_per_gpu_hour)
WITH model_on_day AS (
    SELECT ci.cluster_id, COALESCE(cp.gpu_model, ci.gpu_model) AS gpu_model
    FROM cluster_info ci
    LEFT JOIN cluster_period cp ON cp.cluster_id = ci.cluster_id AND cp.in_service_from <= :day
                               AND (cp.in_service_to IS NULL OR cp.in_service_to >= :day)
), rate_on_day AS (
    SELECT DISTINCT ON (gpu_model) gpu_model, krw_per_gpu_hour
    FROM rate WHERE valid_from <= :day
    ORDER BY gpu_model, valid_from DESC
), alloc AS (
    SELECT a.allocation_id, a.institution_id, a.cluster_id,
           CASE WHEN :day BETWEEN a.start_date AND a.end_date THEN a.gpu_count::bigint * :day_seconds ELSE 0 END AS allocated_gs
    FROM allocation a
), used AS (
    SELECT allocation_id, sum(used_gs) AS used_gs
    FROM daily_job_usage
    WHERE day = :day AND allocation_id IS NOT NULL
    GROUP BY allocation_id
)
SELECT :day, a.allocation_id, a.institution_id, a.cluster_id, a.allocated_gs, COALESCE(u.used_gs, 0),
       GREATEST(0, a.allocated_gs - COALESCE(u.used_gs, 0)),
       GREATEST(0, COALESCE(u.used_gs, 0) - a.allocated_gs),
       r.krw_per_gpu_hour
FROM alloc a
LEFT JOIN used u ON u.allocation_id = a.allocation_id
LEFT JOIN model_on_day m ON m.cluster_id = a.cluster_id
LEFT JOIN rate_on_day r ON r.gpu_model = m.gpu_model
WHERE a.allocated_gs > 0 OR COALESCE(u.used_gs, 0) > 0;
