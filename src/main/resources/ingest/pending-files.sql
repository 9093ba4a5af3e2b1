-- The file versions registered and not yet made to count, in the order they were registered:
-- a later scan only adds versions after them, so a restarted reader finds its place again.
SELECT file_id, file_name, kind, cluster_id, file_date, size_bytes, encoding, file_problem
FROM inbox_file
WHERE status = 'PENDING' AND kind = :kind
ORDER BY file_id;
