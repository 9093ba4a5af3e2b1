-- Asks for an institution's notice of a day in one statement, as request.sql asks for a report's
-- mail: nothing when one was sent for that day (at most one notice per institution and day,
-- whatever reruns the day); a notice already waiting gets the text and attachment composed now.
INSERT INTO mail_delivery (period, scope, status, subject, body, provisional, missing_cluster_days,
                           attachment_name, attachment_text)
SELECT :period, :scope, 'PENDING', :subject, :body, false, 0, :attachment_name, :attachment_text
WHERE NOT EXISTS (SELECT 1 FROM mail_delivery
                  WHERE period = :period AND scope = :scope AND status = 'SENT')
ON CONFLICT (period, scope) WHERE status = 'PENDING' DO UPDATE
SET subject = EXCLUDED.subject, body = EXCLUDED.body, attachment_name = EXCLUDED.attachment_name,
    attachment_text = EXCLUDED.attachment_text;
