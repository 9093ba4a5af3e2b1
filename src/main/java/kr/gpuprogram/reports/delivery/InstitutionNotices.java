package kr.gpuprogram.reports.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.report.OutlookExtract;
import kr.gpuprogram.reports.report.OutlookQuery;
import kr.gpuprogram.reports.report.OutlookRow;
import kr.gpuprogram.reports.report.PeriodReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks for the notices of a day report to the institutions named as a recipient scope
 * {@code institution:<id>}: an institution one of whose allocations turns LOW that day (it was
 * not LOW on the day before) or is {@value #DAYS_BEFORE_END} days from its end date gets one
 * notice with its own outlook rows alone (text and attached outlook.csv), no other
 * institution's row, name or figure. Notices wait in the report mails' outbox and are sent by
 * the same delivery step; the outbox's (period, scope) rules make it at most one a day.
 */
@Component
class InstitutionNotices {

    private static final Logger log = LoggerFactory.getLogger(InstitutionNotices.class);
    static final String SCOPE_PREFIX = "institution:";
    static final int DAYS_BEFORE_END = 14;

    private final NamedParameterJdbcTemplate jdbc;
    private final OutlookQuery outlook;
    private final TransactionTemplate transactions;

    InstitutionNotices(NamedParameterJdbcTemplate jdbc, OutlookQuery outlook, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.outlook = outlook;
        this.transactions = transactions;
    }

    /** From the program's report of one day: its outlook is the day's, read in the report's snapshot. */
    void request(PeriodReport programReport) {
        if (!programReport.period().isSingleDay() || programReport.operatorScope() != null) {
            return;
        }
        LocalDate day = programReport.period().to();
        for (String institutionId : jdbc.queryForList(SqlResource.statement("delivery/institution-scopes.sql"),
                Map.of(), String.class)) {
            List<OutlookRow> rows = programReport.outlook().stream()
                    .filter(r -> r.institutionId().equals(institutionId)).toList();
            Set<String> lowTheDayBefore = outlook.ofInstitution(day.minusDays(1), institutionId).stream()
                    .filter(OutlookRow::low).map(OutlookRow::allocationId).collect(Collectors.toSet());
            List<NoticeText.Reason> reasons = rows.stream()
                    .map(r -> reason(r, lowTheDayBefore)).filter(r -> r != null).toList();
            if (reasons.isEmpty()) {
                continue;
            }
            String scope = SCOPE_PREFIX + institutionId;
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("period", programReport.period().name()).addValue("scope", scope)
                    .addValue("subject", NoticeText.subject(rows, day))
                    .addValue("body", NoticeText.body(rows, reasons, day))
                    .addValue("attachment_name", OutlookExtract.FILE)
                    .addValue("attachment_text", OutlookExtract.text(rows));
            Integer asked = transactions.execute(status ->
                    jdbc.update(SqlResource.statement("delivery/request-notice.sql"), params));
            if (asked == null || asked == 0) {
                log.info("The notice of {} to {} is already mailed: not asked for again", day, scope);
            } else {
                log.info("Notice of {} to {} asked for: {} allocation(s) to look at", day, scope, reasons.size());
            }
        }
    }

    /** Why an allocation is in the notice, or null when it is not. */
    static NoticeText.Reason reason(OutlookRow row, Set<String> lowTheDayBefore) {
        boolean turnedLow = row.low() && !lowTheDayBefore.contains(row.allocationId());
        boolean endsSoon = row.daysLeft() == DAYS_BEFORE_END;
        return turnedLow || endsSoon ? new NoticeText.Reason(row, turnedLow, endsSoon) : null;
    }
}
