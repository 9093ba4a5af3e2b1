package kr.gpuprogram.reports.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.Checkpoints;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.ingest.inbox.Sha256;
import kr.gpuprogram.reports.ingest.reference.Identifiers;
import kr.gpuprogram.reports.report.ReportFolderWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails asked for (the outbox {@code mail_delivery}): one per period and recipient
 * group, with the period's PDF and Excel files of that group's report attached (and
 * {@code missing.csv} when provisional). SMTP failures are retried with growing waits; a mail
 * still not sent stays asked for (the next run sends it) and the run ends non-zero. Every
 * mail sent is recorded: period, group, recipients, attachments' checksums, Message-ID, time.
 */
@Component
class MailDeliverer {

    private static final Logger log = LoggerFactory.getLogger(MailDeliverer.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ConfiguredMailSender mailSender;
    private final ReportSettings.Mail settings;
    private final ReportFolderWriter folders;
    private final TransactionTemplate transactions;
    private final Checkpoints faults;

    public MailDeliverer(NamedParameterJdbcTemplate jdbc, ConfiguredMailSender mailSender,
                         ReportFolderWriter folders, TransactionTemplate transactions, Checkpoints faults,
                         ReportSettings reportSettings) {
        this.faults = faults;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.settings = reportSettings.mail();
        this.folders = folders;
    }

    /**
     * Sends every mail asked for; with {@code periods} given, only theirs. Each mail is
     * claimed, sent and marked in one transaction of its own ({@code FOR UPDATE SKIP LOCKED}),
     * so two delivery steps at once never send one mail twice. A crash after the SMTP server
     * accepted a mail and before the commit leaves it waiting: it is sent again, with the same
     * Message-ID. Delivery is at least once.
     */
    public int sendPending(Collection<String> periods) {
        JavaMailSender sender = mailSender.orNull();
        if (sender == null) {
            return 0;
        }
        MapSqlParameterSource claim = new MapSqlParameterSource()
                .addValue("all_periods", periods == null)
                .addValue("periods", periods == null ? "{}" : "{" + String.join(",", periods) + "}");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long after = 0;
        while (true) {
            claim.addValue("after", after);
            Attempt attempt = transactions.execute(status -> {
                List<Map<String, Object>> next = jdbc.queryForList(SqlResource.statement("delivery/claim-next.sql"), claim);
                if (next.isEmpty()) {
                    return null;
                }
                Claimed mail = Claimed.of(next.get(0));
                long deliveryId = mail.deliveryId();
                try {
                    return new Attempt(deliveryId, deliver(sender, mail), null);
                } catch (DeliveryException e) {
                    return new Attempt(deliveryId, false, e.getMessage()); // its attempts are recorded: commit them
                }
            });
            if (attempt == null) {
                break;
            }
            after = attempt.deliveryId();
            sent += attempt.sent() ? 1 : 0;
            if (attempt.failure() != null) {
                failures.add(attempt.failure());
            }
        }
        if (!failures.isEmpty()) {
            throw new DeliveryException(failures.size() + " mail(s) not sent: " + failures.get(0));
        }
        return sent;
    }

    private record Attempt(long deliveryId, boolean sent, String failure) {
    }

    /** A waiting mail as its report's writing composed it. */
    private record Claimed(long deliveryId, String period, String scope, String subject, String body,
                           boolean provisional, int missingClusterDays, String attachmentName, String attachmentText) {

        static Claimed of(Map<String, Object> row) {
            return new Claimed(((Number) row.get("delivery_id")).longValue(), (String) row.get("period"),
                    (String) row.get("scope"), (String) row.get("subject"), (String) row.get("body"),
                    Boolean.TRUE.equals(row.get("provisional")), ((Number) row.get("missing_cluster_days")).intValue(),
                    (String) row.get("attachment_name"), (String) row.get("attachment_text"));
        }

        /** An institution's notice (issue 26): its one attachment is kept on its row, not in a report folder. */
        boolean keepsItsAttachment() {
            return attachmentName != null;
        }
    }

    /**
     * Sends one claimed mail (inside its claim's transaction) and records the outcome there. Its
     * subject and text were composed from the report when it was written; only the recipients
     * and the attachments' bytes are read now.
     */
    private boolean deliver(JavaMailSender sender, Claimed mail) {
        long deliveryId = mail.deliveryId();
        String periodName = mail.period();
        String scope = mail.scope();
        String operatorId = DeliveryQueue.operatorOf(scope);
        List<Map<String, Object>> recipients = jdbc.queryForList(SqlResource.statement("delivery/recipients.sql"),
                Map.of("scope", scope));
        // checked at reference load; a value that is not one address is never handed to Jakarta Mail's parser
        String[] to = recipients.stream().map(r -> (String) r.get("email")).filter(RecipientAddress::valid)
                .toArray(String[]::new);
        boolean provisional = mail.provisional();
        if (provisional && settings.holdProvisional()) {
            record("delivery/mark-held.sql", new MapSqlParameterSource()
                    .addValue("delivery_id", deliveryId).addValue("recipients", String.join(", ", to))
                    .addValue("reason", mail.missingClusterDays() + " cluster-day(s) without a job file: held back"));
            log.warn("Report {} for {} held back: {} cluster-day(s) have no files", periodName, scope,
                    mail.missingClusterDays());
            return false;
        }
        List<Path> attachments = mail.keepsItsAttachment() ? List.of()
                : ReportAttachments.of(folders.folder(periodName, operatorId), periodName, provisional);
        String subject = mail.subject();
        String body = mail.body();
        String messageId = messageId(deliveryId, periodName, scope);
        int attempt = 0;
        while (true) {
            attempt++;
            try {
                MimeMessage message = new FixedIdMimeMessage(session(sender), messageId);
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(settings.from());
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(body);
                for (Path file : attachments) {
                    helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file), contentType(file));
                }
                if (mail.keepsItsAttachment()) {
                    helper.addAttachment(mail.attachmentName(), new ByteArrayResource(
                            mail.attachmentText().getBytes(StandardCharsets.UTF_8)), "text/csv; charset=UTF-8");
                }
                faults.reached(Checkpoints.DELIVERY);
                sender.send(message);
                faults.reached(Checkpoints.DELIVERY_ACCEPTED);
                record("delivery/mark-sent.sql", new MapSqlParameterSource()
                        .addValue("delivery_id", deliveryId)
                        .addValue("recipients", String.join(", ", to))
                        .addValue("attachments", mail.keepsItsAttachment() ? describe(mail) : describe(attachments))
                        .addValue("attempts", attempt)
                        .addValue("message_id", messageId));
                log.info("Mailed report {} to {} ({} recipient(s), {} attachment(s), {})", periodName, scope, to.length,
                        attachments.size(), messageId);
                return true;
            } catch (MailException | MessagingException e) {
                log.warn("Mail of report {} to {} failed (attempt {} of {}): {}", periodName, scope, attempt,
                        settings.attempts(), e.getMessage());
                if (attempt >= settings.attempts()) {
                    record("delivery/mark-failed.sql", new MapSqlParameterSource()
                            .addValue("delivery_id", deliveryId).addValue("attempts", attempt)
                            .addValue("error", String.valueOf(e.getMessage())));
                    throw new DeliveryException("report " + periodName + " to " + scope + " after " + attempt
                            + " attempts: " + e.getMessage());
                }
                sleep(settings.backoff().toMillis() << (attempt - 1));
            }
        }
    }

    /** One Message-ID per delivery row, whatever the attempt or the run: receivers can tell a resend. */
    String messageId(long deliveryId, String periodName, String scope) {
        String from = settings.from();
        String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip() : "localhost";
        // the scope was checked at reference load; checked again here, for a header is no place to find out
        String checkedScope = scope.equals(DeliveryQueue.PROGRAM) ? scope
                : scope.startsWith("institution:") ? "institution:" + Identifiers.require(scope.substring(12))
                : Identifiers.require(scope);
        return "<gpu-usage-" + periodName + "-" + checkedScope.replace(':', '-') + "-" + deliveryId + "@" + domain + ">";
    }

    private static Session session(JavaMailSender sender) {
        return sender instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
    }

    /** A message whose Message-ID is ours: Jakarta Mail would otherwise make a new one on every send. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    static String contentType(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".csv")) {
            return "text/csv; charset=UTF-8";
        }
        return "application/octet-stream";
    }

    /** Recorded in the claim's transaction: committed with the claim, or not at all. */
    private void record(String sql, MapSqlParameterSource params) {
        jdbc.update(SqlResource.statement(sql), params);
    }

    /** A kept attachment as the files are described: name, size and SHA-256 of its bytes. */
    private static String describe(Claimed mail) {
        byte[] bytes = mail.attachmentText().getBytes(StandardCharsets.UTF_8);
        return mail.attachmentName() + ":" + bytes.length + ":" + Sha256.of(bytes);
    }

        private static String describe(List<Path> files) {
        List<String> parts = new ArrayList<>();
        for (Path file : files) {
            try {
                Sha256.FileDigest digest = Sha256.of(file);
                parts.add(file.getFileName() + ":" + digest.sizeBytes() + ":" + digest.sha256());
            } catch (IOException e) {
                parts.add(file.getFileName() + ":unreadable");
            }
        }
        return String.join(";", parts);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while waiting to retry");
        }
    }
}
