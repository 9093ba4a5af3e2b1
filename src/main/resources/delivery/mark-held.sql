UPDATE mail_delivery
SET status = 'HELD', provisional = true, recipients = :recipients, subject = :subject, last_error = :reason
WHERE delivery_id = :delivery_id;
