-- A chunk's telemetry parts arrive by COPY in this session's staging table, then go to
-- telemetry_part with insert-staged-telemetry-parts.sql (COPY knows no ON CONFLICT).
CREATE TEMPORARY TABLE IF NOT EXISTS telemetry_part_stage (LIKE telemetry_part) ON COMMIT DELETE ROWS;
