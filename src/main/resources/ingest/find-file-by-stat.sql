-- The newest version of a file name, when its size and modification time are those seen now:
-- the content is then taken as unchanged without reading it again.
SELECT file_id, status FROM inbox_file
WHERE file_name = :file_name AND size_bytes = :size_bytes AND modified_at = :modified_at
  AND file_id = (SELECT max(file_id) FROM inbox_file WHERE file_name = :file_name);
