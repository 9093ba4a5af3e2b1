-- Rejects of inbox files that could not be registered are recomputed at each scan.
DELETE FROM input_reject WHERE file_id IS NULL;
