SELECT DISTINCT scope FROM recipient ORDER BY scope;
