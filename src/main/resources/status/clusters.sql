-- status: one row per cluster in service on a day of [:from, :to], with the day of its last
-- present job and telemetry file, the in-service days of the window without one (as
-- period-missing.sql counts them), the rejects of its files of the window, and the last mail
-- that carried its figures (the program's, or its operator's own).
WITH service_day AS (
    SELECT cp.cluster_id, cp.operator_id, d::date AS day
    FROM cluster_period cp
    CROSS JOIN LATERAL generate_series(GREATEST(cp.in_service_from, CAST(:from AS date)),
                                       LEAST(COALESCE(cp.in_service_to, CAST(:to AS date)), CAST(:to AS date)),
                                       interval '1 day') d
), cluster AS (
    SELECT DISTINCT cluster_id, operator_id FROM service_day
)
SELECT c.cluster_id, c.operator_id,
       (SELECT max(p.day) FROM present_file_day p WHERE p.cluster_id = c.cluster_id AND p.kind = 'jobs') AS last_job_file,
       (SELECT max(p.day) FROM present_file_day p WHERE p.cluster_id = c.cluster_id AND p.kind = 'telemetry') AS last_telemetry_file,
       coalesce((SELECT string_agg(to_char(s.day, 'YYYY-MM-DD'), ';' ORDER BY s.day) FROM service_day s
                 WHERE s.cluster_id = c.cluster_id
                   AND NOT EXISTS (SELECT 1 FROM present_file_day p
                                   WHERE p.kind = 'jobs' AND p.cluster_id = s.cluster_id AND p.day = s.day)), '') AS missing_job_dates,
       coalesce((SELECT string_agg(to_char(s.day, 'YYYY-MM-DD'), ';' ORDER BY s.day) FROM service_day s
                 WHERE s.cluster_id = c.cluster_id
                   AND NOT EXISTS (SELECT 1 FROM present_file_day p
                                   WHERE p.kind = 'telemetry' AND p.cluster_id = s.cluster_id AND p.day = s.day)), '') AS missing_telemetry_dates,
       (SELECT count(*) FROM input_reject r JOIN inbox_file f ON f.file_id = r.file_id
        WHERE f.status = 'INGESTED' AND f.cluster_id = c.cluster_id AND r.file_date BETWEEN :from AND :to) AS rejects,
       m.period AS last_mail_period, m.scope AS last_mail_scope, m.status AS last_mail_status,
       coalesce(m.sent_at, m.requested_at) AS last_mail_at
FROM cluster c
LEFT JOIN LATERAL (SELECT md.period, md.scope, md.status, md.sent_at, md.requested_at
                   FROM mail_delivery md
                   WHERE md.scope IN ('PROGRAM', c.operator_id)
                   ORDER BY md.delivery_id DESC LIMIT 1) m ON true
ORDER BY c.cluster_id;
