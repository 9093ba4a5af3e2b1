package kr.gpuprogram.reports.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.batch.Checkpoints;
import kr.gpuprogram.reports.db.SqlResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes and stores the figures of whole days, one day per transaction, from the stored
 * job records and reference data. The definitions are the SQL files under {@code figures/}.
 * Jobs running at once keep the stored days right: a day is computed by one transaction at a
 * time (an advisory lock on the day), and a compute clears only the dirty marks it saw
 * before reading, so a merge committing meanwhile leaves the day marked.
 */
@Component
public class DailyFiguresCalculator {

    private static final Logger log = LoggerFactory.getLogger(DailyFiguresCalculator.class);
    private static final List<String> DAY_SCRIPTS = List.of(
            "figures/daily-clear.sql",
            "figures/daily-job-usage.sql",
            "figures/daily-allocation.sql",
            "figures/daily-cluster.sql",
            "figures/daily-telemetry.sql",
            "figures/daily-waits.sql",
            "figures/daily-self-use-waiting.sql",
            "figures/daily-telemetry-reconciliation.sql");

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ReportSettings settings;
    private final Checkpoints faults;

    public DailyFiguresCalculator(NamedParameterJdbcTemplate jdbc, TransactionTemplate transactions,
                                  ReportSettings settings, Checkpoints faults) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.settings = settings;
        this.faults = faults;
    }

    public void compute(Collection<LocalDate> days) {
        SortedSet<LocalDate> sorted = new TreeSet<>(days);
        if (sorted.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        for (LocalDate day : sorted) {
            faults.reached(Checkpoints.FIGURES_DAY);
            compute(day);
        }
        log.info("Computed the figures of {} day(s) from {} to {} in {} ms", sorted.size(), sorted.first(),
                sorted.last(), (System.nanoTime() - started) / 1_000_000);
    }

    private void compute(LocalDate date) {
        ProgramDay day = ProgramDay.of(date, settings.programZone());
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("day", date)
                .addValue("day_start", day.start())
                .addValue("day_end", day.end())
                .addValue("day_seconds", day.seconds())
                .addValue("zone", settings.programZone().getId())
                .addValue("interval", settings.telemetryIntervalSeconds())
                .addValue("threshold", settings.activeIdleThresholdPct());
        transactions.executeWithoutResult(status -> {
            jdbc.queryForList(SqlResource.statement("figures/day-lock.sql"), params);
            List<Long> seen = jdbc.queryForList(SqlResource.statement("figures/day-marks-seen.sql"), params, Long.class);
            params.addValue("seen_marks", seen.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")));
            for (String script : DAY_SCRIPTS) {
                for (String statement : SqlResource.statements(script)) {
                    jdbc.update(statement, params);
                }
            }
            faults.reached(Checkpoints.FIGURES_DAY_WRITTEN);
            for (String statement : SqlResource.statements("figures/day-computed.sql")) {
                jdbc.update(statement, params);
            }
        });
    }

    /** Stored days that lag the records or the reference files: recomputed so nothing published lags. */
    public void refreshStoredDays() {
        compute(jdbc.queryForList(SqlResource.statement("figures/days-to-refresh.sql"), Map.of(), LocalDate.class));
    }

    /** Makes sure every day of the range is stored and current. */
    public void ensure(LocalDate from, LocalDate to) {
        compute(jdbc.queryForList(SqlResource.statement("figures/days-not-current.sql"),
                Map.of("from", from, "to", to), LocalDate.class));
    }

    /** The first day of the reclaim window that ends on {@code day}. */
    public LocalDate reclaimWindowStart(LocalDate day) {
        return day.minusDays(settings.reclaimWindowDays() - 1L);
    }

    /**
     * Makes sure a report of the range can be written: its days, the reclaim window of its last
     * day and the terms so far of the allocations active on it (their outlook sums them).
     */
    public void ensureForReport(LocalDate from, LocalDate to) {
        ensure(earliest(earliest(from, reclaimWindowStart(to)), outlookFirstDay(to)), to);
    }

    /** The first day the allocation outlook on {@code day} reads (the earliest start of an allocation active on it). */
    public LocalDate outlookFirstDay(LocalDate day) {
        return jdbc.queryForObject(SqlResource.statement("figures/outlook-first-day.sql"), Map.of("d", day), LocalDate.class);
    }

    /** The earlier of two days; a null one (nothing needed) is ignored. */
    public static LocalDate earliest(LocalDate a, LocalDate b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    /** Recomputes every day of the range, whatever its state. */
    public void recompute(LocalDate from, LocalDate to) {
        compute(from.datesUntil(to.plusDays(1)).toList());
    }
}
