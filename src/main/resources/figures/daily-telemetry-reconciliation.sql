-- Whether an operator's accounting agrees with what its GPUs measured, per cluster-day.
-- telemetry_present(c, d)             = c has a present telemetry file for d (present_file_day)
-- observed_job_gpu_hours(c, d)        = samples of c on d with a job_id x c's interval
--                                       (telemetry_interval_seconds, else :interval)
-- unknown_job_sample_gpu_hours(c, d)  = the part of it whose job_id has no job record on c
-- The stored per-job sample counts of telemetry_job_day are all this needs: no raw sample is kept.
UPDATE daily_cluster dc
SET telemetry_present = EXISTS (SELECT 1 FROM present_file_day p
                                WHERE p.kind = 'telemetry' AND p.cluster_id = dc.cluster_id AND p.day = :day),
    observed_job_gs = COALESCE(t.samples, 0) * telemetry_interval(dc.cluster_id, :day, :interval),
    unknown_job_sample_gs = COALESCE(t.unknown_samples, 0) * telemetry_interval(dc.cluster_id, :day, :interval)
FROM daily_cluster d2
LEFT JOIN (SELECT tj.cluster_id,
                  sum(tj.samples) AS samples,
                  COALESCE(sum(tj.samples) FILTER (WHERE j.job_id IS NULL), 0) AS unknown_samples
           FROM telemetry_job_day tj
           JOIN inbox_file f ON f.file_id = tj.file_id AND f.status = 'INGESTED'
           LEFT JOIN job_record j ON j.cluster_id = tj.cluster_id AND j.job_id = tj.job_id
           WHERE tj.day = :day AND tj.job_id <> ''
           GROUP BY tj.cluster_id) t ON t.cluster_id = d2.cluster_id
WHERE dc.day = :day AND d2.day = :day AND d2.cluster_id = dc.cluster_id;

-- Samples of each job with use on d, where its cluster was measured on d (null elsewhere: no
-- telemetry is no measurement). A job with use and 0 samples is a job without samples.
-- Two set-based statements rather than a lookup per job: 0 on every measured cluster-day, then
-- the day's sums of the jobs that have samples.
UPDATE daily_job_usage u
SET samples = 0
WHERE u.day = :day
  AND EXISTS (SELECT 1 FROM present_file_day p
              WHERE p.kind = 'telemetry' AND p.cluster_id = u.cluster_id AND p.day = :day);

UPDATE daily_job_usage u
SET samples = t.samples
FROM (SELECT tj.cluster_id, tj.job_id, sum(tj.samples) AS samples
      FROM telemetry_job_day tj
      JOIN inbox_file f ON f.file_id = tj.file_id AND f.status = 'INGESTED'
      WHERE tj.day = :day AND tj.job_id <> ''
      GROUP BY tj.cluster_id, tj.job_id) t
WHERE u.day = :day AND u.samples IS NOT NULL
  AND u.cluster_id = t.cluster_id AND u.job_id = t.job_id;
