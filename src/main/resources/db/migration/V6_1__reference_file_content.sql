-- The content of each reference file as last read successfully: a file that cannot be read on a
-- later run is one reject and this version is used until it is replaced (no file stops the run).
ALTER TABLE reference_file ADD COLUMN content bytea;
