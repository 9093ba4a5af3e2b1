package kr.gpuprogram.reports.report.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.gpuprogram.reports.report.Extracts;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.ReportPart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The CSV extracts for machines: the rows of {@link Extracts} (SPEC.md's columns first), UTF-8
 * without BOM, {@code \n} line ends, formula-leading text defused ({@link CsvCells}).
 */
@Component
@Order(1)
public class CsvExtractWriter implements ReportPart {

    /** rejects.csv streams from the report's snapshot. */
    @Override
    public boolean streamsFromSnapshot() {
        return true;
    }

    @Override
    public void write(PeriodReport figures, Path folder) throws IOException {
        for (Extracts.Table table : Extracts.of(figures)) {
            try (CSVPrinter out = printer(folder.resolve(table.file()), table.columns())) {
                for (List<Object> row : table.rows()) {
                    out.printRecord(CsvCells.defused(row));
                }
            }
        }
        try (CSVPrinter out = printer(folder.resolve(Extracts.REJECTS), Extracts.REJECT_COLUMNS)) {
            figures.rejects().forEach(r -> {
                try {
                    out.printRecord(CsvCells.defused(Extracts.values(r)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static CSVPrinter printer(Path file, List<String> columns) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setRecordSeparator('\n')
                .setHeader(columns.toArray(String[]::new))
                .get();
        return new CSVPrinter(writer, format);
    }
}
