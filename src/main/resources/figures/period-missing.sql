-- Each in-service cluster-day of the period without an ingested file of that kind, so that a
-- gap never passes for idleness.
SELECT cp.cluster_id, d::date AS day, k.kind
FROM cluster_period cp
CROSS JOIN LATERAL generate_series(GREATEST(cp.in_service_from, CAST(:from AS date)),
                                   LEAST(COALESCE(cp.in_service_to, CAST(:to AS date)), CAST(:to AS date)),
                                   interval '1 day') d
CROSS JOIN (VALUES ('jobs'), ('telemetry')) AS k(kind)
WHERE (CAST(:operator AS text) IS NULL OR cp.operator_id = :operator)
  AND NOT EXISTS (SELECT 1 FROM inbox_file f
                  WHERE f.kind = k.kind AND f.status = 'INGESTED'
                    AND f.cluster_id = cp.cluster_id AND f.file_date = d::date)
ORDER BY 1, 2, 3;
