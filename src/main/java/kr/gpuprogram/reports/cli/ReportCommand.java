package kr.gpuprogram.reports.cli;

import java.time.LocalDate;
import java.time.YearMonth;

/** A parsed command: {@code run [--date D]}, {@code rerun --from D1 --to D2}, {@code report --month M}, {@code history}. */
public sealed interface ReportCommand {

    record Run(LocalDate date) implements ReportCommand {
    }

    record Rerun(LocalDate from, LocalDate to, boolean mail) implements ReportCommand {
    }

    /**
     * A month's report. {@code ingestFirst} ({@code report --month previous}, the schedule's
     * entry) first ingests what arrived in the inbox since the nightly run, so late files of
     * the month's last days are in it.
     */
    record MonthReport(YearMonth month, boolean mail, boolean ingestFirst, LocalDate to) implements ReportCommand {

        public MonthReport(YearMonth month, boolean mail, boolean ingestFirst) {
            this(month, mail, ingestFirst, null);
        }

        public MonthReport(YearMonth month, boolean mail) {
            this(month, mail, false);
        }

        /**
         * The month so far ({@code report --month} of the current month): its first day to
         * {@code yesterday}, the last day that has ended in the program zone.
         */
        public static MonthReport toDate(YearMonth month, boolean mail, LocalDate yesterday) {
            return new MonthReport(month, mail, false, yesterday);
        }

        /** The month is not over: the report is the range from its first day to {@link #to}. */
        public boolean monthToDate() {
            return to != null;
        }
    }

    /** {@code history}: the recent job executions and mails, read from the database. */
    record History(int limit) implements ReportCommand {
    }

    /** {@code status}: what arrived per in-service cluster over the last {@code days} days; CSV for a machine. */
    record Status(int days, boolean csv) implements ReportCommand {
    }

    /** {@code validate}: the files read as run reads them, no database; day D's inbox files alone when given. */
    record Validate(java.nio.file.Path dataDir, java.time.ZoneId programZone, java.util.Optional<LocalDate> date)
            implements ReportCommand {
    }

    /** {@code generate --sample}: the sample data (sample-data/), byte-identical on every run; needs no database. */
    record GenerateSample(java.nio.file.Path out) implements ReportCommand {
    }

    /** {@code generate}: a synthetic program for benchmarks; needs no database. */
    record Generate(int gpus, int days, LocalDate start, int intervalSeconds, long seed, java.nio.file.Path out,
                    kr.gpuprogram.reports.generate.SyntheticProgramGenerator.RowOrder order)
            implements ReportCommand {
    }
}
