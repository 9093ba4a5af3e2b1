UPDATE mail_delivery SET attempts = attempts + :attempts, last_error = :error WHERE delivery_id = :delivery_id;
