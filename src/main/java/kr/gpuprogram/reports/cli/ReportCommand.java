package kr.gpuprogram.reports.cli;

import java.time.LocalDate;
import java.time.YearMonth;

/** A parsed command: {@code run [--date D]}, {@code rerun --from D1 --to D2} or {@code report --month YYYY-MM}. */
public sealed interface ReportCommand {

    record Run(LocalDate date) implements ReportCommand {
    }

    record Rerun(LocalDate from, LocalDate to, boolean mail) implements ReportCommand {
    }

    record MonthReport(YearMonth month, boolean mail) implements ReportCommand {
    }

    /** {@code generate}: a synthetic program for benchmarks; needs no database. */
    record Generate(int gpus, int days, LocalDate start, int intervalSeconds, long seed, java.nio.file.Path out)
            implements ReportCommand {
    }
}
