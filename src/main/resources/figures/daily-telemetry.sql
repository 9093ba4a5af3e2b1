-- active_idle(a, d)  = telemetry samples with a job_id and gpu_util below :threshold, x :interval seconds,
--                      attributed through the job to its allocation and cluster
-- mean_gpu_util      = mean gpu_util of the samples with a job_id (stored as count and sum)
-- Samples of a job whose record is unknown count for the cluster only.
UPDATE daily_allocation da
SET active_idle_gs = t.idle_samples * :interval,
    util_samples = t.samples,
    util_sum = t.util_sum
FROM (SELECT a.allocation_id,
             sum(samples_below(tj.util_histogram, :threshold)) AS idle_samples,
             sum(tj.samples) AS samples,
             sum(tj.util_sum) AS util_sum
      FROM telemetry_job_day tj
      JOIN inbox_file f ON f.file_id = tj.file_id AND f.status = 'INGESTED'
      JOIN job_record j ON j.cluster_id = tj.cluster_id AND j.job_id = tj.job_id
      JOIN allocation a ON a.allocation_id = j.account AND a.cluster_id = j.cluster_id
      WHERE tj.day = :day AND tj.job_id <> ''
      GROUP BY a.allocation_id) t
WHERE da.day = :day AND da.allocation_id = t.allocation_id;

UPDATE daily_cluster dc
SET active_idle_gs = t.idle_samples * :interval,
    util_samples = t.samples,
    util_sum = t.util_sum
FROM (SELECT tj.cluster_id,
             sum(samples_below(tj.util_histogram, :threshold)) AS idle_samples,
             sum(tj.samples) AS samples,
             sum(tj.util_sum) AS util_sum
      FROM telemetry_job_day tj
      JOIN inbox_file f ON f.file_id = tj.file_id AND f.status = 'INGESTED'
      WHERE tj.day = :day AND tj.job_id <> ''
      GROUP BY tj.cluster_id) t
WHERE dc.day = :day AND dc.cluster_id = t.cluster_id;
