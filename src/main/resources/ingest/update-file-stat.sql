-- The modification time seen with a version's content, so that the next scan need not hash it again.
UPDATE inbox_file SET modified_at = :modified_at WHERE file_id = :file_id;
