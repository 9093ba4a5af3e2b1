SELECT email, name FROM recipient WHERE scope = :scope ORDER BY email;
