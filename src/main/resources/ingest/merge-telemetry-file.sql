-- Makes one read telemetry file count, in one transaction: params :file_id.
-- Runs between previous-version.sql and retire-previous-version.sql.
-- 1. The sums of the version it replaces no longer count; their days are recomputed.
INSERT INTO dirty_day (day)
SELECT DISTINCT day FROM telemetry_job_day WHERE file_id IN (SELECT file_id FROM previous_version)
ON CONFLICT DO NOTHING;

DELETE FROM telemetry_job_day WHERE file_id IN (SELECT file_id FROM previous_version);

-- 2. The file's blocks add up to one row per day, cluster and job.
INSERT INTO telemetry_job_day (file_id, day, cluster_id, job_id, samples, util_sum, util_histogram)
SELECT file_id, day, cluster_id, job_id, sum(samples), sum(util_sum), histogram_sum(util_histogram)
FROM telemetry_part
WHERE file_id = :file_id
GROUP BY file_id, day, cluster_id, job_id;

DELETE FROM telemetry_part WHERE file_id = :file_id;

-- 3. Its days, and the file's own day (its presence changes missing.csv), are recomputed.
INSERT INTO dirty_day (day)
SELECT DISTINCT day FROM telemetry_job_day WHERE file_id = :file_id
ON CONFLICT DO NOTHING;
INSERT INTO dirty_day (day) SELECT file_date FROM inbox_file WHERE file_id = :file_id
ON CONFLICT DO NOTHING;

-- 4. The file counts from now on; every line is a sample or a reject.
UPDATE inbox_file f SET
    status = 'INGESTED',
    ingested_at = now(),
    lines_used = (SELECT COALESCE(sum(samples), 0) FROM telemetry_job_day t WHERE t.file_id = f.file_id),
    lines_rejected = (SELECT count(*) FROM input_reject r WHERE r.file_id = f.file_id),
    lines_read = (SELECT COALESCE(sum(samples), 0) FROM telemetry_job_day t WHERE t.file_id = f.file_id)
               + (SELECT count(*) FROM input_reject r WHERE r.file_id = f.file_id)
WHERE f.file_id = :file_id;
