-- Asks for the period's mail to the scope in one statement, with the text composed from the
-- report just written: nothing when, unless :even_if_sent, one was sent; a mail already waiting
-- (the unique index of V8 settles two jobs asking at once) gets the new report's text.
INSERT INTO mail_delivery (period, scope, status, subject, body, provisional, missing_cluster_days)
SELECT :period, :scope, 'PENDING', :subject, :body, :provisional, :missing_cluster_days
WHERE CAST(:even_if_sent AS boolean)
   OR NOT EXISTS (SELECT 1 FROM mail_delivery
                  WHERE period = :period AND scope = :scope AND status = 'SENT')
ON CONFLICT (period, scope) WHERE status = 'PENDING' DO UPDATE
SET subject = EXCLUDED.subject, body = EXCLUDED.body, provisional = EXCLUDED.provisional,
    missing_cluster_days = EXCLUDED.missing_cluster_days;
