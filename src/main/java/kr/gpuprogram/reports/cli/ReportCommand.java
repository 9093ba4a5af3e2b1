package kr.gpuprogram.reports.cli;

import java.time.LocalDate;
import java.time.YearMonth;

/** A parsed command: {@code run [--date D]}, {@code rerun --from D1 --to D2} or {@code report --month YYYY-MM}. */
public sealed interface ReportCommand {

    record Run(LocalDate date) implements ReportCommand {
    }

    record Rerun(LocalDate from, LocalDate to) implements ReportCommand {
    }

    record MonthReport(YearMonth month) implements ReportCommand {
    }
}
