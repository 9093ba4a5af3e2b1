-- The content of each reference file as last read successfully (replaced with every load).
SELECT file, content FROM reference_file WHERE content IS NOT NULL;
