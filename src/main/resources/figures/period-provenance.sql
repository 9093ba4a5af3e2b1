-- The inputs a period's figures came from: the reference files of the current load, and every
-- ingested inbox file version whose day lies in the period or whose records count on a day of
-- it, with what was actually read of it: its encoding and how its lines were counted (used,
-- never started, job steps, rejected). A version that could not be read says so in status.
SELECT kind, name, size_bytes, sha256, encoding, lines_read, lines_used, lines_not_started, lines_step,
       lines_rejected, status
FROM (
    SELECT 'reference' AS kind, 'reference/' || file AS name, size_bytes, sha256, encoding,
           NULL::integer AS lines_read, NULL::integer AS lines_used, NULL::integer AS lines_not_started,
           NULL::integer AS lines_step, NULL::integer AS lines_rejected, 'read' AS status
    FROM reference_file
    UNION
    SELECT f.kind, 'inbox/' || f.file_name, f.size_bytes, f.sha256, f.encoding,
           f.lines_read, f.lines_used, f.lines_not_started, f.lines_step, f.lines_rejected,
           CASE WHEN f.file_problem IS NOT NULL THEN 'unreadable'
                WHEN f.lines_rejected > 0 AND f.lines_used + f.lines_not_started + f.lines_step = 0
                    THEN 'every line rejected'
                ELSE 'read' END
    FROM inbox_file f
    LEFT JOIN cluster_info ci ON ci.cluster_id = f.cluster_id
    WHERE f.status = 'INGESTED'
      AND (CAST(:operator AS text) IS NULL OR ci.operator_id = :operator)
      AND (f.file_date BETWEEN :from AND :to
           OR f.file_id IN (SELECT j.file_id FROM daily_job_usage u
                            JOIN job_record j ON j.cluster_id = u.cluster_id AND j.job_id = u.job_id
                            WHERE u.day BETWEEN :from AND :to)
           OR f.file_id IN (SELECT t.file_id FROM telemetry_job_day t WHERE t.day BETWEEN :from AND :to))
) x
ORDER BY CASE kind WHEN 'reference' THEN 0 WHEN 'jobs' THEN 1 ELSE 2 END, name;
