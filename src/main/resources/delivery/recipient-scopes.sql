-- The scopes that receive a report; an institution:<id> scope receives notices instead.
SELECT DISTINCT scope FROM recipient WHERE scope NOT LIKE 'institution:%' ORDER BY scope;
