UPDATE mail_delivery
SET status = 'SENT', recipients = :recipients, attachments = :attachments, attempts = attempts + :attempts,
    last_error = NULL, sent_at = now(), message_id = :message_id
WHERE delivery_id = :delivery_id;
