-- waiting_during_self_use(c, d): for each job of an allocation of c with a Submit, gpus x the
-- hours of its waiting interval [Submit, Start) inside day d during which at least one self-use
-- job of c was running; summed. A job that has not started waits up to the end of its file's day,
-- as a running job runs (the same end merge-job-file.sql gives running jobs).
-- With range types rather than loops: the union of the cluster's self-use job intervals on d is
-- one multirange (range_agg), intersected with each waiting interval cut to the day.
-- Self-use jobs are those daily-job-usage.sql classified so on d (GPUs held, use on d): the
-- classification stays in one place, and a job holding no GPU keeps no program user waiting.
UPDATE daily_cluster dc
SET waiting_during_self_use_gs = w.waiting_gs
FROM (
    WITH self_use_running AS (
        SELECT u.cluster_id, range_agg(tstzrange(j.start_ts, j.usage_end)) AS running
        FROM daily_job_usage u
        JOIN job_record j ON j.cluster_id = u.cluster_id AND j.job_id = u.job_id
        WHERE u.day = :day AND u.self_use
        GROUP BY u.cluster_id
    ), waiting AS (
        SELECT j.cluster_id, j.gpus,
               tstzrange(j.submit_ts, COALESCE(j.start_ts, (j.file_date + 1)::timestamp AT TIME ZONE :zone))
                   * tstzrange(:day_start, :day_end) AS waited
        FROM job_record j
        JOIN allocation a ON a.allocation_id = j.account AND a.cluster_id = j.cluster_id
        WHERE j.submit_ts IS NOT NULL
          AND j.gpus > 0
          AND j.submit_ts < :day_end
          AND COALESCE(j.start_ts, (j.file_date + 1)::timestamp AT TIME ZONE :zone) > GREATEST(j.submit_ts, :day_start)
    )
    SELECT w.cluster_id, sum(w.gpus * multirange_seconds(s.running * multirange(w.waited))) AS waiting_gs
    FROM waiting w
    JOIN self_use_running s ON s.cluster_id = w.cluster_id
    GROUP BY w.cluster_id
) w
WHERE dc.day = :day AND dc.cluster_id = w.cluster_id;
