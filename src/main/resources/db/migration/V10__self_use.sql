-- Operators' own workloads on program GPUs, program users' waits, and the operator scorecard.

-- The Slurm accounts under which an operator runs its own workloads (operators.csv's
-- self_use_accounts, ';'-separated). Reference data: replaced as a whole on every load.
CREATE TABLE operator_self_use_account (
    operator_id text NOT NULL,
    account     text NOT NULL,
    PRIMARY KEY (operator_id, account)
);

-- A job's use of a day is an allocation's, the operator's own (self_use) or unattributed.
ALTER TABLE daily_job_usage ADD COLUMN self_use boolean NOT NULL DEFAULT false;
-- Telemetry samples with the job's id on the day, or null when the cluster had no telemetry
-- file that day (no telemetry is no measurement: a job is "without samples" only where measured).
ALTER TABLE daily_job_usage ADD COLUMN samples bigint;

-- Per cluster-day, in GPU-seconds like the other figures.
ALTER TABLE daily_cluster ADD COLUMN self_use_gs                bigint  NOT NULL DEFAULT 0;
ALTER TABLE daily_cluster ADD COLUMN self_use_on_unallocated_gs bigint  NOT NULL DEFAULT 0;
ALTER TABLE daily_cluster ADD COLUMN self_use_on_allocated_gs   bigint  NOT NULL DEFAULT 0;
ALTER TABLE daily_cluster ADD COLUMN waiting_during_self_use_gs bigint  NOT NULL DEFAULT 0;
ALTER TABLE daily_cluster ADD COLUMN telemetry_present          boolean NOT NULL DEFAULT false;
ALTER TABLE daily_cluster ADD COLUMN observed_job_gs            bigint  NOT NULL DEFAULT 0;
ALTER TABLE daily_cluster ADD COLUMN unknown_job_sample_gs      bigint  NOT NULL DEFAULT 0;

-- wait(job) = Start - Submit, stored on the program day of Start for the jobs of the cluster's
-- allocations that have a Submit (with or without GPUs). Kept per job, not summed, because a
-- period's percentiles must be computed over the period's jobs.
CREATE TABLE daily_job_wait (
    day           date    NOT NULL,
    cluster_id    text    NOT NULL,
    job_id        text    NOT NULL,
    allocation_id text    NOT NULL,
    wait_seconds  bigint  NOT NULL,
    PRIMARY KEY (day, cluster_id, job_id)
);

-- The cluster-days with a present job file (present_file_day) that has a Submit column: where
-- waiting figures can be measured at all.
CREATE VIEW submit_file_day AS
SELECT DISTINCT f.cluster_id, f.file_date AS day
FROM inbox_file f
JOIN present_file_day p ON p.cluster_id = f.cluster_id AND p.day = f.file_date AND p.kind = 'jobs'
WHERE f.status = 'INGESTED' AND f.kind = 'jobs' AND f.file_problem IS NULL AND f.has_submit;

-- The seconds a multirange of timestamps covers (its ranges are disjoint by construction).
CREATE FUNCTION multirange_seconds(m tstzmultirange) RETURNS bigint
LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(sum(EXTRACT(EPOCH FROM upper(r) - lower(r))), 0)::bigint FROM unnest(m) AS r
$$;
