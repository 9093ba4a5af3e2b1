-- Makes one read job file count, in one transaction: params :file_id, :zone (program zone).
-- Runs between previous-version.sql and retire-previous-version.sql.
-- 1. Within one file the last line of a job wins; the earlier lines are rejected as duplicates.
INSERT INTO input_reject (file_id, file_name, file_date, line_no, reason, content)
SELECT l.file_id, 'inbox/' || f.file_name, f.file_date, l.line_no,
       'duplicate: job ' || l.job_id || ' is listed again at line ' || w.last_line || ' of this file; the last line counts',
       l.content
FROM job_line l
JOIN inbox_file f ON f.file_id = l.file_id
JOIN (SELECT cluster_id, job_id, max(line_no) AS last_line
      FROM job_line WHERE file_id = :file_id GROUP BY cluster_id, job_id) w
  ON w.cluster_id = l.cluster_id AND w.job_id = l.job_id
WHERE l.file_id = :file_id AND l.line_no < w.last_line;

DELETE FROM job_line l
USING (SELECT cluster_id, job_id, max(line_no) AS last_line
       FROM job_line WHERE file_id = :file_id GROUP BY cluster_id, job_id) w
WHERE l.file_id = :file_id AND w.cluster_id = l.cluster_id AND w.job_id = l.job_id AND l.line_no < w.last_line;

-- 2. The jobs whose record may change: those of this file and of the version it replaces.
CREATE TEMPORARY TABLE touched_job ON COMMIT DROP AS
SELECT cluster_id, job_id FROM job_line WHERE file_id = :file_id
UNION
SELECT cluster_id, job_id FROM job_line WHERE file_id IN (SELECT file_id FROM previous_version);

ANALYZE touched_job;

-- 3. Days the old records counted on (ran or waited, job_record_days in V11) must be recomputed.
INSERT INTO dirty_day (day)
SELECT DISTINCT d
FROM job_record r
JOIN touched_job t ON t.cluster_id = r.cluster_id AND t.job_id = r.job_id
CROSS JOIN LATERAL job_record_days(r.start_ts, r.usage_end, r.submit_ts, r.file_date, :zone) AS d
ON CONFLICT DO NOTHING;

-- 4. The lines of the replaced version no longer count (retire-previous-version.sql retires the rest).
DELETE FROM job_line WHERE file_id IN (SELECT file_id FROM previous_version);

-- 5. Each touched job's record comes from the file of the latest day, its last line.
DELETE FROM job_record r USING touched_job t WHERE t.cluster_id = r.cluster_id AND t.job_id = r.job_id;

-- Looked up job by job (a LATERAL with LIMIT 1 on job_line_job), each line's file by its key: the
-- plan then does not depend on how many files the statistics believe ingested, which changes file
-- by file within a merge (a first night starts with none). The CASE says "this file or an ingested
-- one" in a form the partial index on ingested files cannot answer: with it the planner would scan
-- every ingested file for each line when it believes there are none.
INSERT INTO job_record (cluster_id, job_id, account, user_name, submit_ts, start_ts, usage_end, running, gpus, file_id, file_date, line_no)
SELECT l.cluster_id, l.job_id, l.account, l.user_name, l.submit_ts, l.start_ts,
       CASE WHEN l.start_ts IS NULL THEN NULL
            WHEN l.end_ts IS NULL THEN ((l.file_date + 1)::timestamp AT TIME ZONE :zone)
            ELSE l.end_ts END,
       l.start_ts IS NOT NULL AND l.end_ts IS NULL,
       l.gpus, l.file_id, l.file_date, l.line_no
FROM touched_job t
CROSS JOIN LATERAL (
    SELECT l.cluster_id, l.job_id, l.account, l.user_name, l.submit_ts, l.start_ts, l.end_ts, l.gpus,
           l.file_id, f.file_date, l.line_no
    FROM job_line l
    JOIN inbox_file f ON f.file_id = l.file_id
    WHERE l.cluster_id = t.cluster_id AND l.job_id = t.job_id
      AND CASE WHEN f.file_id = :file_id THEN true ELSE f.status = 'INGESTED' END
    ORDER BY f.file_date DESC, f.file_id DESC, l.line_no DESC
    LIMIT 1) l;

-- 6. Days the new records count on, and the file's own day (its presence changes missing.csv).
INSERT INTO dirty_day (day)
SELECT DISTINCT d
FROM job_record r
JOIN touched_job t ON t.cluster_id = r.cluster_id AND t.job_id = r.job_id
CROSS JOIN LATERAL job_record_days(r.start_ts, r.usage_end, r.submit_ts, r.file_date, :zone) AS d
ON CONFLICT DO NOTHING;


INSERT INTO dirty_day (day) SELECT file_date FROM inbox_file WHERE file_id = :file_id
ON CONFLICT DO NOTHING;

-- 7. The file counts from now on; its line counts are kept for the record: every line read is
--    used, a job that never started, a job step, or a reject.
UPDATE inbox_file f SET
    status = 'INGESTED',
    ingested_at = now(),
    lines_step = (SELECT count(*) FROM job_step_line s WHERE s.file_id = f.file_id),
    lines_used = (SELECT count(*) FROM job_line l WHERE l.file_id = f.file_id AND l.start_ts IS NOT NULL),
    lines_not_started = (SELECT count(*) FROM job_line l WHERE l.file_id = f.file_id AND l.start_ts IS NULL),
    lines_rejected = (SELECT count(*) FROM input_reject r WHERE r.file_id = f.file_id),
    lines_read = (SELECT count(*) FROM job_line l WHERE l.file_id = f.file_id)
               + (SELECT count(*) FROM job_step_line s WHERE s.file_id = f.file_id)
               + (SELECT count(*) FROM input_reject r WHERE r.file_id = f.file_id)
WHERE f.file_id = :file_id;
