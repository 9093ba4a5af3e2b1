package kr.gpuprogram.reports.delivery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.ReportFolderWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks for a period's report to be mailed to every recipient group: a row in the outbox
 * {@code mail_delivery} holding the mail's subject and text. A report waiting to be mailed is
 * never asked for twice (a unique index: a rewritten report replaces the waiting text); one
 * already mailed is asked for again only when {@code evenIfSent}. Without mail set up
 * ({@code spring.mail.host}) nothing is asked for.
 */
@Component
public class DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);
    static final String PROGRAM = "PROGRAM";

    /** The operator whose own report a recipient scope receives; null for the program's. */
    static String operatorOf(String scope) {
        return scope.equals(PROGRAM) ? null : scope;
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ConfiguredMailSender mailSender;

    private final TransactionTemplate transactions;
    private final ReportFolderWriter folders;
    private final BigDecimal coverageWarningPct;
    private final InstitutionNotices notices;

    public DeliveryQueue(NamedParameterJdbcTemplate jdbc, ConfiguredMailSender mailSender,
                         TransactionTemplate transactions, ReportFolderWriter folders, ReportSettings settings,
                         InstitutionNotices notices) {
        this.notices = notices;
        this.transactions = transactions;
        this.folders = folders;
        this.coverageWarningPct = settings.coverageWarningPct();
        this.jdbc = jdbc;
        this.mailSender = mailSender;
    }

    public boolean mailEnabled() {
        return mailSender.orNull() != null;
    }

    /**
     * Asks for the mails of the reports just written (the program's and each operator's own),
     * each with its text composed here from that report: delivery, now or in a later run, sends
     * what these reports said.
     */
    public void request(List<PeriodReport> reports, boolean evenIfSent) {
        if (reports.isEmpty()) {
            return;
        }
        String periodName = reports.get(0).period().name();
        if (!mailEnabled()) {
            log.info("Mail is not set up (spring.mail.host): report {} is not mailed", periodName);
            return;
        }
        List<String> scopes = jdbc.queryForList(SqlResource.statement("delivery/recipient-scopes.sql"), Map.of(), String.class);
        for (String scope : scopes) {
            String operatorId = operatorOf(scope);
            PeriodReport report = reports.stream().filter(r -> Objects.equals(r.operatorScope(), operatorId))
                    .findFirst().orElse(null);
            if (report == null) {
                log.warn("Recipients of scope {} get no report {}: no operator {} has clusters", scope, periodName, scope);
                continue;
            }
            boolean provisional = report.provisional();
            List<String> attachments = ReportAttachments.names(
                    ReportAttachments.of(folders.folder(report.period(), operatorId), periodName, provisional));
            MapSqlParameterSource params = new MapSqlParameterSource().addValue("period", periodName)
                    .addValue("scope", scope).addValue("even_if_sent", evenIfSent)
                    .addValue("subject", MailComposer.subject(report))
                    .addValue("body", MailComposer.body(report, attachments, coverageWarningPct))
                    .addValue("provisional", provisional)
                    .addValue("missing_cluster_days", report.jobFileGaps().size());
            // committed at once: asked-for mail survives a failure of the step that sends it
            Integer asked = transactions.execute(status -> jdbc.update(SqlResource.statement("delivery/request.sql"), params));
            if (asked == null || asked == 0) {
                log.info("Report {} to {} is already mailed: not asked for again", periodName, scope);
            }
        }
        // issue 26: the nightly day report's notices to institutions, from the program's report (the
        // first). A rerun or a month report (evenIfSent) mails reports again on purpose, but does not
        // alert institutions about days gone by.
        if (!evenIfSent) {
            notices.request(reports.get(0));
        }
    }
}
