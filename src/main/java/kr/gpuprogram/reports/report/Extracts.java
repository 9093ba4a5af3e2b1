package kr.gpuprogram.reports.report;

import static kr.gpuprogram.reports.figures.GpuHours.format;
import static kr.gpuprogram.reports.figures.GpuHours.formatKrw;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.PeriodReport.RejectRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of the CSV extracts as SPEC.md defines them (its columns first, further columns
 * after), built from a period's figures: GPU-hours and percentages with 2 decimals, KRW whole,
 * empty where a figure was not measured. The CSV writer prints them, and the restatement check
 * compares them with the rows of the report they replace, read back from its published files.
 */
public final class Extracts {

    public static final List<String> CLUSTER_COLUMNS = ReportColumn.names(ReportTables.CLUSTERS);
    public static final List<String> INSTITUTION_COLUMNS = ReportColumn.names(ReportTables.INSTITUTIONS);
    public static final List<String> SECTOR_COLUMNS = ReportColumn.names(ReportTables.SECTORS);
    public static final List<String> RECLAIM_COLUMNS = ReportColumn.names(ReportTables.RECLAIM);
    public static final List<String> OPERATOR_COLUMNS = ReportColumn.names(ReportTables.OPERATORS);
    public static final List<String> SUMMARY_COLUMNS = List.of("line", "parent", "term_ko", "term_en", "gpu_hours",
            "measured");
    public static final List<String> MISSING_COLUMNS = List.of("cluster_id", "date", "kind");
    public static final List<String> REJECT_COLUMNS = List.of("file", "line", "reason", "content");
    public static final List<String> PROVENANCE_COLUMNS = List.of("kind", "file", "size_bytes", "sha256", "encoding",
            "lines_read", "lines_used", "lines_not_started", "lines_step", "lines_rejected", "status");

    /** The extract whose rows are streamed ({@link Rejects}), not held in a {@link Table}. */
    public static final String REJECTS = "rejects.csv";

    /** The files of the extracts held in memory, in the order they are written. */
    static final List<String> FILES = List.of("clusters.csv", "institutions.csv", "sectors.csv", "reclaim.csv",
            "operators.csv", "missing.csv", "provenance.csv", "summary.csv");

    /** One extract: its file name, its header and its rows (values as the CSV printer takes them). */
    public record Table(String file, List<String> columns, List<List<Object>> rows) {

        void add(Object... values) {
            rows.add(Arrays.asList(values));
        }
    }

    private Extracts() {
    }

    /** The period's extracts but {@link #REJECTS}, in the order they are written. */
    public static List<Table> of(PeriodReport figures) {
        List<Table> tables = new ArrayList<>();
        Table clusters = table(tables, "clusters.csv", CLUSTER_COLUMNS);
        figures.clusters().forEach(c -> clusters.rows().add(cells(ReportTables.CLUSTERS, c)));

        Table institutions = table(tables, "institutions.csv", INSTITUTION_COLUMNS);
        figures.institutions().forEach(i -> institutions.rows().add(cells(ReportTables.INSTITUTIONS, i)));

        Table sectors = table(tables, "sectors.csv", SECTOR_COLUMNS);
        figures.sectors().forEach(s -> sectors.rows().add(cells(ReportTables.SECTORS, s)));

        Table reclaim = table(tables, "reclaim.csv", RECLAIM_COLUMNS);
        figures.reclaim().forEach(r -> reclaim.rows().add(cells(ReportTables.RECLAIM, r)));

        Table operators = table(tables, "operators.csv", OPERATOR_COLUMNS);
        figures.operators().forEach(o -> operators.rows().add(cells(ReportTables.OPERATORS, o)));

        Table missing = table(tables, "missing.csv", MISSING_COLUMNS);
        for (MissingRow m : figures.missing()) {
            missing.add(m.clusterId(), m.date(), m.kind());
        }

        Table provenance = table(tables, "provenance.csv", PROVENANCE_COLUMNS);
        for (PeriodReport.ProvenanceRow p : figures.provenance()) {
            provenance.add(p.kind(), p.name(), p.sizeBytes(), p.sha256(), p.encoding(), p.linesRead(),
                    p.linesUsed(), p.linesNotStarted(), p.linesStep(), p.linesRejected(), p.status());
        }

        Table summary = table(tables, "summary.csv", SUMMARY_COLUMNS);
        for (SummaryLine l : figures.summary()) {
            summary.add(l.line(), l.parent() == null ? "" : l.parent(), l.term().ko(), l.term().en(),
                    l.known() ? format(l.gpuSeconds()) : "", l.measured() == null ? "" : l.measured().share());
        }
        return tables;
    }

    /** One line of {@link #REJECTS}. */
    public static List<Object> values(RejectRow r) {
        return Arrays.asList(r.file(), r.lineNo(), r.reason(), r.content());
    }

    /**
     * A published report's extracts but {@link #REJECTS} read back from its folder, each with the header it was
     * written with (an older version may have had other columns); absent files are left out.
     */
    static List<Table> read(Path folder) throws IOException {
        List<Table> tables = new ArrayList<>();
        for (String file : FILES) {
            Path path = folder.resolve(file);
            if (!Files.exists(path)) {
                continue;
            }
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Table table = new Table(file, parser.getHeaderNames(), new ArrayList<>());
                for (CSVRecord record : parser) {
                    table.rows().add(new ArrayList<>(record.toList()));
                }
                tables.add(table);
            }
        }
        return tables;
    }

    private static Table table(List<Table> tables, String file, List<String> columns) {
        Table table = new Table(file, columns, new ArrayList<>());
        tables.add(table);
        return table;
    }

    /**
     * A row's cells as SPEC.md writes them: GPU-hours, hours and percentages with 2 decimals, KRW whole, counts as
     * they are, a figure not measured empty.
     */
    static <R> List<Object> cells(List<ReportColumn<R>> columns, R row) {
        List<Object> cells = new ArrayList<>(columns.size());
        for (ReportColumn<R> column : columns) {
            Object value = column.of(row);
            if (value == null && column.kind() != ReportColumn.Kind.TEXT) {
                cells.add("");
                continue;
            }
            cells.add(switch (column.kind()) {
                case HOURS -> value instanceof MeasuredHours m ? m.plain() : format((Long) value);
                case ROUNDED_HOURS, PERCENT -> plain((BigDecimal) value);
                case KRW -> formatKrw((BigDecimal) value);
                case DATE -> value.toString();
                case TEXT, INTEGER -> value;
            });
        }
        return cells;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

}
