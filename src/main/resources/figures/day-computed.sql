INSERT INTO day_computed (day, reference_sha256, computed_at)
VALUES (:day, (SELECT sha256 FROM reference_state WHERE id = 1), now())
ON CONFLICT (day) DO UPDATE SET reference_sha256 = EXCLUDED.reference_sha256, computed_at = EXCLUDED.computed_at;
-- Only the marks this compute saw (day-marks-seen.sql): a mark added since stays.
DELETE FROM dirty_day WHERE day = :day AND generation = ANY (CAST(:seen_marks AS bigint[]));
