package kr.gpuprogram.reports.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import kr.gpuprogram.reports.ReportSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import kr.gpuprogram.reports.batch.Checkpoints;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.ingest.Sha256;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodFigures;
import kr.gpuprogram.reports.report.PeriodFiguresQuery;
import kr.gpuprogram.reports.report.ReportFolderWriter;
import kr.gpuprogram.reports.report.ReportSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.core.io.FileSystemResource;
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
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ReportSettings.Mail settings;
    private final PeriodFiguresQuery query;
    private final ReportFolderWriter folders;
    private final TransactionTemplate transactions;
    private final Checkpoints faults;
    private final ReportSnapshot snapshot;
    private final BigDecimal coverageWarningPct;

    public MailDeliverer(NamedParameterJdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender,
                         PeriodFiguresQuery query, ReportFolderWriter folders, TransactionTemplate transactions,
                         Checkpoints faults, ReportSnapshot snapshot, ReportSettings reportSettings) {
        this.snapshot = snapshot;
        this.faults = faults;
        this.coverageWarningPct = reportSettings.coverageWarningPct();
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.settings = reportSettings.mail();
        this.query = query;
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
        JavaMailSender sender = mailSender.getIfAvailable();
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
                Map<String, Object> row = next.get(0);
                long deliveryId = ((Number) row.get("delivery_id")).longValue();
                try {
                    return new Attempt(deliveryId, deliver(sender, deliveryId, (String) row.get("period"),
                            (String) row.get("scope")), null);
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

    /** Sends one claimed mail (inside its claim's transaction) and records the outcome there. */
    private boolean deliver(JavaMailSender sender, long deliveryId, String periodName, String scope) {
        String operatorId = scope.equals("PROGRAM") ? null : scope;
        Period period = periodOf(periodName);
        PeriodFigures figures = snapshot.read(() -> query.load(period, operatorId));
        List<Map<String, Object>> recipients = jdbc.queryForList(SqlResource.statement("delivery/recipients.sql"),
                Map.of("scope", scope));
        String[] to = recipients.stream().map(r -> (String) r.get("email")).toArray(String[]::new);
        String subject = MailComposer.subject(figures);
        boolean provisional = !figures.missing().isEmpty();
        if (provisional && settings.holdProvisional()) {
            record("delivery/mark-held.sql", new MapSqlParameterSource()
                    .addValue("delivery_id", deliveryId).addValue("recipients", String.join(", ", to))
                    .addValue("subject", subject)
                    .addValue("reason", figures.missing().size() + " cluster-day(s) without files: held back"));
            log.warn("Report {} for {} held back: {} cluster-day(s) have no files", periodName, scope, figures.missing().size());
            return false;
        }
        List<Path> attachments = attachments(folders.folder(periodName, operatorId), periodName, provisional);
        List<String> names = attachments.stream().map(p -> p.getFileName().toString()).toList();
        String body = MailComposer.body(figures, names, coverageWarningPct);
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
                faults.reached(Checkpoints.DELIVERY);
                sender.send(message);
                faults.reached(Checkpoints.DELIVERY_ACCEPTED);
                record("delivery/mark-sent.sql", new MapSqlParameterSource()
                        .addValue("delivery_id", deliveryId).addValue("provisional", provisional)
                        .addValue("recipients", String.join(", ", to)).addValue("subject", subject)
                        .addValue("attachments", describe(attachments)).addValue("attempts", attempt)
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
        return "<gpu-usage-" + periodName + "-" + scope + "-" + deliveryId + "@" + domain + ">";
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

    /**
     * The period's PDF and workbook, and {@code missing.csv} when the report is provisional;
     * the CSV extracts when neither document was written.
     */
    static List<Path> attachments(Path folder, String periodName, boolean provisional) {
        List<Path> documents = Stream.of("gpu-usage-" + periodName + ".pdf", "gpu-usage-" + periodName + ".xlsx",
                        provisional ? "missing.csv" : null)
                .filter(java.util.Objects::nonNull)
                .map(folder::resolve).filter(Files::exists).toList();
        if (documents.stream().anyMatch(d -> !d.getFileName().toString().equals("missing.csv"))) {
            return documents;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new DeliveryException("report folder " + folder + " cannot be read: " + e.getMessage());
        }
    }

    private static Period periodOf(String name) {
        if (name.contains("_")) {
            String[] ends = name.split("_");
            return Period.range(java.time.LocalDate.parse(ends[0]), java.time.LocalDate.parse(ends[1]));
        }
        if (name.length() == 7) {
            return Period.month(java.time.YearMonth.parse(name));
        }
        return Period.day(java.time.LocalDate.parse(name));
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
