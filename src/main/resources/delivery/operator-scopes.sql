-- Operators that receive a report of their own: those named as a recipient scope.
SELECT DISTINCT r.scope AS operator_id
FROM recipient r JOIN operator o ON o.operator_id = r.scope
ORDER BY 1;
