-- The next waiting mail after :after, of the given periods (all when :all_periods), locked for
-- the transaction that sends it. A mail another delivery step holds is skipped, not waited
-- for: it is being sent, and once committed it is no longer PENDING.
SELECT delivery_id, period, scope, subject, body, provisional, missing_cluster_days, attachment_name, attachment_text
FROM mail_delivery
WHERE status = 'PENDING'
  AND delivery_id > :after
  AND (CAST(:all_periods AS boolean) OR period = ANY (CAST(:periods AS text[])))
ORDER BY delivery_id
LIMIT 1
FOR UPDATE SKIP LOCKED;
