-- After the kind-specific merge: the replaced version's rejects go with it, and it no longer counts.
DELETE FROM input_reject WHERE file_id IN (SELECT file_id FROM previous_version);
UPDATE inbox_file SET status = 'SUPERSEDED' WHERE file_id IN (SELECT file_id FROM previous_version);
