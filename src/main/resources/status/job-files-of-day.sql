-- The clusters in service on :day, and how many of them have a present job file of that day
-- (present_file_day: a file that could not be read, or all of whose lines were rejected, is none).
SELECT count(DISTINCT cp.cluster_id) AS in_service,
       count(DISTINCT p.cluster_id) AS with_job_file
FROM cluster_period cp
LEFT JOIN present_file_day p ON p.cluster_id = cp.cluster_id AND p.kind = 'jobs' AND p.day = :day
WHERE cp.in_service_from <= :day AND (cp.in_service_to IS NULL OR cp.in_service_to >= :day);
