-- capacity(c, d)       = gpu_count x H(d) of the capacity period covering d, 0 when none does
-- allocated(c, d)      = sum of allocated(a, d) over the cluster's allocations
-- used(c, d)           = sum of used(job, d) over all the cluster's jobs, unattributed included
-- unattributed(c, d)   = usage of jobs whose Account is neither an allocation of the cluster nor a
--                        self-use account of its operator (daily-job-usage.sql classifies each job)
-- self_use(c, d)       = usage of the cluster's self-use jobs
-- self_use_on_unallocated(c, d) = min(self_use, unallocated); the rest is self_use_on_allocated
--                        (it ran on GPUs that were allocated to someone)
-- unallocated(c, d)    = max(0, capacity - allocated); over_allocated = max(0, allocated - capacity)
-- allocated_idle(c, d) = sum of allocated_idle(a, d) over the cluster's allocations
-- idle(c, d)           = max(0, capacity - used)
-- A cluster has a row on d when it is in service, allocated or used on d.
INSERT INTO daily_cluster (day, cluster_id, capacity_gs, allocated_gs, used_gs, unattributed_gs, unallocated_gs,
                           over_allocated_gs, allocated_idle_gs, idle_gs, krw_per_gpu_hour,
                           self_use_gs, self_use_on_unallocated_gs, self_use_on_allocated_gs)
WITH cap AS (
    SELECT cluster_id, gpu_count::bigint * :day_seconds AS capacity_gs, gpu_model
    FROM cluster_period
    WHERE in_service_from <= :day AND (in_service_to IS NULL OR in_service_to >= :day)
), alloc AS (
    SELECT cluster_id, sum(allocated_gs) AS allocated_gs, sum(allocated_idle_gs) AS allocated_idle_gs
    FROM daily_allocation WHERE day = :day GROUP BY cluster_id
), used AS (
    SELECT cluster_id, sum(used_gs) AS used_gs,
           COALESCE(sum(used_gs) FILTER (WHERE allocation_id IS NULL AND NOT self_use), 0) AS unattributed_gs,
           COALESCE(sum(used_gs) FILTER (WHERE self_use), 0) AS self_use_gs
    FROM daily_job_usage WHERE day = :day GROUP BY cluster_id
), rate_on_day AS (
    SELECT DISTINCT ON (gpu_model) gpu_model, krw_per_gpu_hour
    FROM rate WHERE valid_from <= :day
    ORDER BY gpu_model, valid_from DESC
), figures AS (
    SELECT ci.cluster_id,
           COALESCE(cap.capacity_gs, 0) AS capacity_gs,
           COALESCE(alloc.allocated_gs, 0) AS allocated_gs,
           COALESCE(used.used_gs, 0) AS used_gs,
           COALESCE(used.unattributed_gs, 0) AS unattributed_gs,
           COALESCE(used.self_use_gs, 0) AS self_use_gs,
           COALESCE(alloc.allocated_idle_gs, 0) AS allocated_idle_gs,
           COALESCE(cap.gpu_model, ci.gpu_model) AS gpu_model
    FROM cluster_info ci
    LEFT JOIN cap ON cap.cluster_id = ci.cluster_id
    LEFT JOIN alloc ON alloc.cluster_id = ci.cluster_id
    LEFT JOIN used ON used.cluster_id = ci.cluster_id
), with_unallocated AS (
    SELECT figures.*, GREATEST(0, capacity_gs - allocated_gs) AS unallocated_gs FROM figures
)
SELECT :day, f.cluster_id, f.capacity_gs, f.allocated_gs, f.used_gs, f.unattributed_gs,
       f.unallocated_gs,
       GREATEST(0, f.allocated_gs - f.capacity_gs),
       f.allocated_idle_gs,
       GREATEST(0, f.capacity_gs - f.used_gs),
       r.krw_per_gpu_hour,
       f.self_use_gs,
       LEAST(f.self_use_gs, f.unallocated_gs),
       f.self_use_gs - LEAST(f.self_use_gs, f.unallocated_gs)
FROM with_unallocated f
LEFT JOIN rate_on_day r ON r.gpu_model = f.gpu_model
WHERE f.capacity_gs > 0 OR f.allocated_gs > 0 OR f.used_gs > 0;
