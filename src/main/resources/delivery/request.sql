-- Asks for the period's mail to the scope in one statement: nothing when one is waiting
-- already (the unique index of V8 settles two jobs asking at once) or, unless :even_if_sent,
-- when one was sent.
INSERT INTO mail_delivery (period, scope, status)
SELECT :period, :scope, 'PENDING'
WHERE CAST(:even_if_sent AS boolean)
   OR NOT EXISTS (SELECT 1 FROM mail_delivery
                  WHERE period = :period AND scope = :scope AND status = 'SENT')
ON CONFLICT (period, scope) WHERE status = 'PENDING' DO NOTHING;
