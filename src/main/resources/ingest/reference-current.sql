-- The stored reference tables already hold exactly this content (and its file list).
SELECT count(*) FROM reference_state WHERE sha256 = :sha256 AND EXISTS (SELECT 1 FROM reference_file);
