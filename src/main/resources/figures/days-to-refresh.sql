-- Stored days that lag the stored records (dirty) or the current reference files (stale).
SELECT c.day FROM day_computed c
WHERE c.reference_sha256 <> (SELECT sha256 FROM reference_state WHERE id = 1)
   OR EXISTS (SELECT 1 FROM dirty_day d WHERE d.day = c.day)
ORDER BY c.day;
