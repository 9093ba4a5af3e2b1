package kr.gpuprogram.reports.delivery;

import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.report.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks for a period's report to be mailed to every recipient group: a row in the outbox
 * {@code mail_delivery}. A report waiting to be mailed is never asked for twice (a unique
 * index); one already mailed is asked for again only when {@code evenIfSent}. Without mail set up
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
            MapSqlParameterSource params = new MapSqlParameterSource().addValue("period", period.name())
                    .addValue("scope", scope).addValue("even_if_sent", evenIfSent);
            // committed at once: asked-for mail survives a failure of the step that sends it
            Integer asked = transactions.execute(status -> jdbc.update(SqlResource.statement("delivery/request.sql"), params));
            if (asked == null || asked == 0) {
                log.info("Report {} to {} is already mailed or waiting: not asked for again", period.name(), scope);
            }
        }
    }
}
