-- clusters.csv's optional telemetry_interval_seconds: the seconds each telemetry sample of the
-- cluster stands for (dcgm-exporter scrapes every 30 s by default, operators differ). Null means
-- the program's setting, which the figures pass as the fallback.
ALTER TABLE cluster_period ADD COLUMN telemetry_interval_seconds integer
    CHECK (telemetry_interval_seconds IS NULL OR telemetry_interval_seconds > 0);

-- The interval of cluster c's samples on day d: that of the capacity period covering d, else of
-- the cluster's latest period (a sample outside service still stands for the same scrape), else
-- the setting.
CREATE FUNCTION telemetry_interval(c text, d date, fallback integer) RETURNS integer
LANGUAGE sql STABLE AS $$
    SELECT COALESCE(
        (SELECT cp.telemetry_interval_seconds FROM cluster_period cp
         WHERE cp.cluster_id = c
         ORDER BY (cp.in_service_from <= d AND (cp.in_service_to IS NULL OR cp.in_service_to >= d)) DESC,
                  cp.in_service_from DESC
         LIMIT 1),
        fallback)
$$;
