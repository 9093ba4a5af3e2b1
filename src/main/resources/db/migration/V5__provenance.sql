-- The reference files the current reference tables were loaded from, for each report's provenance.
CREATE TABLE reference_file (
    file       text PRIMARY KEY,
    size_bytes bigint NOT NULL,
    sha256     text   NOT NULL
);
