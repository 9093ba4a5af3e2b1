-- The program-zone days whose figures a job record enters: the days it ran ([start, usage_end))
-- and the days it waited, from Submit to Start (or, not started, to the end of its file's day),
-- which waits and waiting_during_self_use count. A merge marks these days dirty for the record
-- it replaces and for the one it writes; defined once here for both.
CREATE FUNCTION job_record_days(start_ts timestamptz, usage_end timestamptz, submit_ts timestamptz,
                                file_date date, zone text) RETURNS SETOF date
LANGUAGE sql STABLE AS $$
    SELECT generate_series((start_ts AT TIME ZONE zone)::date,
                           ((usage_end - interval '1 second') AT TIME ZONE zone)::date,
                           interval '1 day')::date
    WHERE start_ts IS NOT NULL AND usage_end > start_ts
    UNION
    SELECT generate_series((submit_ts AT TIME ZONE zone)::date,
                           (COALESCE(start_ts, (file_date + 1)::timestamp AT TIME ZONE zone - interval '1 second')
                               AT TIME ZONE zone)::date,
                           interval '1 day')::date
    WHERE submit_ts IS NOT NULL
$$;
