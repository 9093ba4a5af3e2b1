-- Telemetry is kept as aggregates per file version, day, cluster and job: what a rerun of a day
-- needs to give the same figures, for any active-idle threshold (the histogram) and interval.
-- job_id '' holds the samples of GPUs that ran no job.
CREATE TABLE telemetry_part (
    file_id      bigint  NOT NULL REFERENCES inbox_file (file_id),
    part_no      integer NOT NULL,
    day          date    NOT NULL,
    cluster_id   text    NOT NULL,
    job_id       text    NOT NULL,
    samples      bigint  NOT NULL,
    util_sum     double precision NOT NULL,
    util_histogram bigint[] NOT NULL,          -- samples per whole percent 0..100 (floor)
    PRIMARY KEY (file_id, part_no, day, cluster_id, job_id)
);

CREATE TABLE telemetry_job_day (
    file_id      bigint  NOT NULL REFERENCES inbox_file (file_id),
    day          date    NOT NULL,
    cluster_id   text    NOT NULL,
    job_id       text    NOT NULL,
    samples      bigint  NOT NULL,
    util_sum     double precision NOT NULL,
    util_histogram bigint[] NOT NULL,
    PRIMARY KEY (file_id, day, cluster_id, job_id)
);
CREATE INDEX telemetry_job_day_day ON telemetry_job_day (day, cluster_id);

ALTER TABLE daily_allocation ALTER COLUMN util_sum TYPE double precision;
ALTER TABLE daily_cluster ALTER COLUMN util_sum TYPE double precision;

-- Sum of the first n buckets of a histogram: the samples below n percent.
CREATE FUNCTION samples_below(histogram bigint[], below_pct integer) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(sum(x), 0)::bigint FROM unnest(histogram[1:below_pct]) AS x
$$;

-- Element-wise sum of histograms, as an aggregate.
CREATE FUNCTION histogram_add(a bigint[], b bigint[]) RETURNS bigint[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN a IS NULL THEN b
                ELSE ARRAY(SELECT x + y FROM unnest(a, b) WITH ORDINALITY AS t(x, y, i) ORDER BY i) END
$$;
CREATE AGGREGATE histogram_sum(bigint[]) (SFUNC = histogram_add, STYPE = bigint[]);
