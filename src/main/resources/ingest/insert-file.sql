INSERT INTO inbox_file (file_name, kind, cluster_id, file_date, size_bytes, sha256, status, encoding, file_problem,
                        has_submit, modified_at)
VALUES (:file_name, :kind, :cluster_id, :file_date, :size_bytes, :sha256, 'PENDING', :encoding, :file_problem,
        :has_submit, :modified_at);
