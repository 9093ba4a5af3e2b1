INSERT INTO input_reject (file_id, file_name, file_date, line_no, reason, content)
VALUES (NULL, :file_name, NULL, 0, :reason, NULL);
