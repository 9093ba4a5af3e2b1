UPDATE mail_delivery
SET status = 'HELD', recipients = :recipients, last_error = :reason
WHERE delivery_id = :delivery_id;
