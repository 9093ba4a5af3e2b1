-- Reference data: replaced as a whole on every run (newest content wins).
CREATE TABLE operator (
    operator_id   text PRIMARY KEY,
    operator_name text NOT NULL
);

CREATE TABLE cluster_period (
    cluster_id      text    NOT NULL,
    operator_id     text    NOT NULL,
    gpu_model       text    NOT NULL,
    gpu_count       integer NOT NULL,
    in_service_from date    NOT NULL,
    in_service_to   date,
    time_zone       text    NOT NULL,
    PRIMARY KEY (cluster_id, in_service_from)
);

CREATE TABLE institution (
    institution_id   text PRIMARY KEY,
    institution_name text NOT NULL,
    sector           text NOT NULL,
    region           text
);

CREATE TABLE allocation (
    allocation_id  text PRIMARY KEY,
    institution_id text    NOT NULL,
    project_title  text,
    cluster_id     text    NOT NULL,
    gpu_count      integer NOT NULL,
    start_date     date    NOT NULL,
    end_date       date    NOT NULL
);

CREATE TABLE rate (
    gpu_model        text    NOT NULL,
    krw_per_gpu_hour numeric NOT NULL,
    valid_from       date    NOT NULL,
    PRIMARY KEY (gpu_model, valid_from)
);

CREATE TABLE recipient (
    email text NOT NULL,
    name  text,
    scope text NOT NULL
);

-- Rows of the reference files that could not be used, as of the latest load.
CREATE TABLE reference_reject (
    file    text    NOT NULL,
    line_no integer NOT NULL,
    reason  text    NOT NULL,
    content text
);

-- One row: the digest of the reference files the current tables were loaded from.
CREATE TABLE reference_state (
    id        integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    sha256    text        NOT NULL,
    loaded_at timestamptz NOT NULL
);

-- Cluster attributes that do not change between capacity periods (validated at load).
CREATE VIEW cluster_info AS
SELECT DISTINCT ON (cluster_id)
       cluster_id, operator_id, gpu_model, time_zone,
       max(gpu_count) OVER (PARTITION BY cluster_id) AS max_gpu_count
FROM cluster_period
ORDER BY cluster_id, in_service_from DESC;

-- Every inbox file version seen. A file whose content changed gets a new row; the old
-- version becomes SUPERSEDED when the new one is ingested.
CREATE TABLE inbox_file (
    file_id        bigserial PRIMARY KEY,
    file_name      text        NOT NULL,
    kind           text        NOT NULL,     -- jobs | telemetry
    cluster_id     text        NOT NULL,
    file_date      date        NOT NULL,
    size_bytes     bigint      NOT NULL,
    sha256         text        NOT NULL,
    status         text        NOT NULL,     -- PENDING | INGESTED | SUPERSEDED
    lines_read     integer     NOT NULL DEFAULT 0,
    lines_used     integer     NOT NULL DEFAULT 0,
    lines_rejected integer     NOT NULL DEFAULT 0,
    lines_not_started integer  NOT NULL DEFAULT 0,
    registered_at  timestamptz NOT NULL DEFAULT now(),
    ingested_at    timestamptz,
    UNIQUE (file_name, sha256)
);
CREATE INDEX inbox_file_cluster_day ON inbox_file (cluster_id, file_date, kind) WHERE status = 'INGESTED';

-- Every usable sacct line of every file version (never-started jobs have no start_ts).
CREATE TABLE job_line (
    file_id    bigint  NOT NULL REFERENCES inbox_file (file_id),
    line_no    integer NOT NULL,
    cluster_id text    NOT NULL,
    job_id     text    NOT NULL,
    account    text    NOT NULL,
    user_name  text,
    start_ts   timestamptz,
    end_ts     timestamptz,               -- null: still running when the file was written
    state      text,
    gpus       integer NOT NULL,
    content    text    NOT NULL,
    PRIMARY KEY (file_id, line_no)
);
CREATE INDEX job_line_job ON job_line (cluster_id, job_id);

-- The record of each job that counts: from the file of the latest day, its last line.
CREATE TABLE job_record (
    cluster_id text        NOT NULL,
    job_id     text        NOT NULL,
    account    text        NOT NULL,
    user_name  text,
    start_ts   timestamptz,
    usage_end  timestamptz,               -- end_ts, or the end of the file's day while running
    running    boolean     NOT NULL,
    gpus       integer     NOT NULL,
    file_id    bigint      NOT NULL,
    file_date  date        NOT NULL,
    line_no    integer     NOT NULL,
    PRIMARY KEY (cluster_id, job_id)
);
CREATE INDEX job_record_span ON job_record (start_ts, usage_end);
CREATE INDEX job_record_account ON job_record (account, cluster_id);

-- Input lines that could not be used. file_id is null for files that could not be registered.
CREATE TABLE input_reject (
    reject_id  bigserial PRIMARY KEY,
    file_id    bigint REFERENCES inbox_file (file_id),
    file_name  text    NOT NULL,
    file_date  date,
    line_no    integer NOT NULL,
    reason     text    NOT NULL,
    content    text
);
CREATE INDEX input_reject_file ON input_reject (file_id);
CREATE INDEX input_reject_date ON input_reject (file_date);

-- Days whose stored figures no longer match the stored records.
CREATE TABLE dirty_day (
    day date PRIMARY KEY
);

-- Days whose figures are stored, and the reference version they were computed with.
CREATE TABLE day_computed (
    day              date PRIMARY KEY,
    reference_sha256 text        NOT NULL,
    computed_at      timestamptz NOT NULL
);

-- Daily figures. All quantities in GPU-seconds (exact integers); reports convert to hours.
CREATE TABLE daily_job_usage (
    day           date    NOT NULL,
    cluster_id    text    NOT NULL,
    job_id        text    NOT NULL,
    account       text    NOT NULL,
    allocation_id text,                   -- null: unattributed
    gpus          integer NOT NULL,
    used_gs       bigint  NOT NULL,
    PRIMARY KEY (day, cluster_id, job_id)
);
CREATE INDEX daily_job_usage_alloc ON daily_job_usage (allocation_id, day);

CREATE TABLE daily_allocation (
    day               date    NOT NULL,
    allocation_id     text    NOT NULL,
    institution_id    text    NOT NULL,
    cluster_id        text    NOT NULL,
    allocated_gs      bigint  NOT NULL,
    used_gs           bigint  NOT NULL,
    allocated_idle_gs bigint  NOT NULL,
    over_use_gs       bigint  NOT NULL,
    active_idle_gs    bigint  NOT NULL DEFAULT 0,
    util_samples      bigint  NOT NULL DEFAULT 0,
    util_sum          bigint  NOT NULL DEFAULT 0,
    krw_per_gpu_hour  numeric,
    PRIMARY KEY (day, allocation_id)
);
CREATE INDEX daily_allocation_alloc ON daily_allocation (allocation_id, day);

CREATE TABLE daily_cluster (
    day                date    NOT NULL,
    cluster_id         text    NOT NULL,
    capacity_gs        bigint  NOT NULL,
    allocated_gs       bigint  NOT NULL,
    used_gs            bigint  NOT NULL,
    unattributed_gs    bigint  NOT NULL,
    unallocated_gs     bigint  NOT NULL,
    over_allocated_gs  bigint  NOT NULL,
    allocated_idle_gs  bigint  NOT NULL,
    idle_gs            bigint  NOT NULL,
    active_idle_gs     bigint  NOT NULL DEFAULT 0,
    util_samples       bigint  NOT NULL DEFAULT 0,
    util_sum           bigint  NOT NULL DEFAULT 0,
    krw_per_gpu_hour   numeric,
    PRIMARY KEY (day, cluster_id)
);
