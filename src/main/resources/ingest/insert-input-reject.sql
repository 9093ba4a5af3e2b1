INSERT INTO input_reject (file_id, file_name, file_date, line_no, reason, content)
VALUES (:file_id, :file_name, :file_date, :line_no, :reason, :content);
