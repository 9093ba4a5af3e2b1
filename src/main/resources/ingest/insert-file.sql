INSERT INTO inbox_file (file_name, kind, cluster_id, file_date, size_bytes, sha256, status)
VALUES (:file_name, :kind, :cluster_id, :file_date, :size_bytes, :sha256, 'PENDING');
