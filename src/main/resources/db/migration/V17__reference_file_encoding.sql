-- The encoding each reference file was read in (UTF-8, or CP949 as Korean Excel saves it), for
-- the reports' provenance, as inbox_file.encoding is for inbox files. Null on the rows stored
-- before: reference-current.sql then has the next run load the same files again and fill it.
ALTER TABLE reference_file ADD COLUMN encoding text;
