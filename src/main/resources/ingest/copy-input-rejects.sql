COPY input_reject (file_id, file_name, file_date, line_no, reason, content)
FROM STDIN;
