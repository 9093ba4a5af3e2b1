-- Each in-service cluster-day of the period without a present file of that kind (see the view
-- present_file_day: an unreadable file, or one all of whose lines were rejected, is no file), so
-- that a gap never passes for idleness.
SELECT cp.cluster_id, d::date AS day, k.kind
FROM cluster_period cp
-- up to :last_day (yesterday in the program zone): a day that has not ended is not missing
CROSS JOIN LATERAL generate_series(GREATEST(cp.in_service_from, CAST(:from AS date)),
                                   LEAST(COALESCE(cp.in_service_to, CAST(:to AS date)), CAST(:to AS date),
                                         CAST(:last_day AS date)),
                                   interval '1 day') d
CROSS JOIN (VALUES ('jobs'), ('telemetry')) AS k(kind)
WHERE (CAST(:operator AS text) IS NULL OR cp.operator_id = :operator)
  AND NOT EXISTS (SELECT 1 FROM present_file_day p
                  WHERE p.kind = k.kind AND p.cluster_id = cp.cluster_id AND p.day = d::date)
ORDER BY 1, 2, 3;
