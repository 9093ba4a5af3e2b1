-- The marks of the day that this compute will account for: read after the day's lock and
-- before any figure, so every record change they mark is visible to the reads that follow.
SELECT generation FROM dirty_day WHERE day = :day ORDER BY generation;
