-- Every input line of the period's files that could not be used, the current reference
-- rejects, and inbox files that could not be read at all. :limit null lists them all; a
-- limit lets PostgreSQL keep the first rows only (a top-N sort) rather than sort them all.
SELECT file, line_no, reason, content FROM (
    SELECT r.file_name AS file, r.line_no, r.reason, r.content
    FROM input_reject r
    LEFT JOIN inbox_file f ON f.file_id = r.file_id
    LEFT JOIN cluster_info ci ON ci.cluster_id = f.cluster_id
    WHERE (r.file_id IS NULL OR f.status = 'INGESTED')
      AND (r.file_date BETWEEN :from AND :to OR r.file_date IS NULL)
      AND (CAST(:operator AS text) IS NULL OR (r.file_id IS NOT NULL AND ci.operator_id = :operator))
    UNION ALL
    SELECT file, line_no, reason, content
    FROM reference_reject
    WHERE CAST(:operator AS text) IS NULL
) x
ORDER BY file, line_no, reason
LIMIT :limit;
