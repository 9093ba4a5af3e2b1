SELECT file_id, file_name, kind, cluster_id, file_date
FROM inbox_file
WHERE status = 'PENDING' AND kind = :kind
ORDER BY file_date, file_id;
