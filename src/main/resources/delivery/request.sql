INSERT INTO mail_delivery (period, scope, status) VALUES (:period, :scope, 'PENDING');
