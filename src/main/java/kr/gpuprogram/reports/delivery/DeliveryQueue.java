package kr.gpuprogram.reports.delivery;

import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.report.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks for a period's report to be mailed to every recipient group. A report already mailed
 * (or waiting to be) is not asked for again unless {@code evenIfSent}. Without mail set up
 * ({@code spring.mail.host}) nothing is asked for.
 */
@Component
public class DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;

    private final TransactionTemplate transactions;

    public DeliveryQueue(NamedParameterJdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender,
                         TransactionTemplate transactions) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.mailSender = mailSender;
    }

    public boolean mailEnabled() {
        return mailSender.getIfAvailable() != null;
    }

    public void request(Period period, boolean evenIfSent) {
        if (!mailEnabled()) {
            log.info("Mail is not set up (spring.mail.host): report {} is not mailed", period.name());
            return;
        }
        List<String> scopes = jdbc.queryForList(SqlResource.statement("delivery/recipient-scopes.sql"), Map.of(), String.class);
        for (String scope : scopes) {
            Map<String, Object> params = Map.of("period", period.name(), "scope", scope);
            Integer existing = jdbc.queryForObject(SqlResource.statement("delivery/already-sent.sql"), params, Integer.class);
            if (evenIfSent || existing == null || existing == 0) {
                // committed at once: asked-for mail survives a failure of the step that sends it
                transactions.executeWithoutResult(status -> jdbc.update(SqlResource.statement("delivery/request.sql"), params));
            } else {
                log.info("Report {} was already mailed to {}: not mailed again", period.name(), scope);
            }
        }
    }
}
