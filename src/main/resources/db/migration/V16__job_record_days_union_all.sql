-- job_record_days (V11) as UNION ALL: its callers take DISTINCT days over all records anyway,
-- and UNION made the planner de-duplicate each record's few days on their own (a hash
-- aggregate per record, 8 s of a 10,000-GPU month's merge).
CREATE OR REPLACE FUNCTION job_record_days(start_ts timestamptz, usage_end timestamptz, submit_ts timestamptz,
                                           file_date date, zone text) RETURNS SETOF date
LANGUAGE sql STABLE AS $$
    SELECT generate_series((start_ts AT TIME ZONE zone)::date,
                           ((usage_end - interval '1 second') AT TIME ZONE zone)::date,
                           interval '1 day')::date
    WHERE start_ts IS NOT NULL AND usage_end > start_ts
    UNION ALL
    SELECT generate_series((submit_ts AT TIME ZONE zone)::date,
                           (COALESCE(start_ts, (file_date + 1)::timestamp AT TIME ZONE zone - interval '1 second')
                               AT TIME ZONE zone)::date,
                           interval '1 day')::date
    WHERE submit_ts IS NOT NULL
$$;
