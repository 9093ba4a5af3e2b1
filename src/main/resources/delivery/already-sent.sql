SELECT count(*) FROM mail_delivery WHERE period = :period AND scope = :scope AND status IN ('SENT', 'PENDING');
