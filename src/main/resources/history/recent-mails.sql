-- The last mails asked for, newest first (history command).
SELECT delivery_id, period, scope, status, provisional, attempts, requested_at, sent_at,
       coalesce(recipients, '') AS recipients, coalesce(last_error, '') AS last_error
FROM mail_delivery
ORDER BY delivery_id DESC
LIMIT :limit;
