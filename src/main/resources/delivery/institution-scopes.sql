-- Institutions that receive notices: those named as a recipient scope institution:<id>.
SELECT DISTINCT substring(scope FROM length('institution:') + 1) AS institution_id
FROM recipient
WHERE scope LIKE 'institution:%'
ORDER BY 1;
