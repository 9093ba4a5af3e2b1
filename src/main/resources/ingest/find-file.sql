SELECT file_id, status FROM inbox_file WHERE file_name = :file_name AND sha256 = :sha256;
