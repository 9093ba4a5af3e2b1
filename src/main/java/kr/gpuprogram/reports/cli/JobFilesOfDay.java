package kr.gpuprogram.reports.cli;

import java.time.LocalDate;
import java.util.Map;
import kr.gpuprogram.reports.db.SqlResource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a night had any data: a run whose day has clusters in service and not one job file
 * from any of them exits 3 after its (provisional) report, so that cron and monitoring see the
 * night without uploads rather than a success with 0 % utilisation everywhere. A day with no
 * cluster in service has nothing to miss.
 */
@Component
class JobFilesOfDay {

    private final NamedParameterJdbcTemplate jdbc;

    JobFilesOfDay(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean noneArrived(LocalDate day) {
        Map<String, Object> counts = jdbc.queryForMap(SqlResource.statement("status/job-files-of-day.sql"), Map.of("day", day));
        return ((Number) counts.get("in_service")).longValue() > 0 && ((Number) counts.get("with_job_file")).longValue() == 0;
    }
}
