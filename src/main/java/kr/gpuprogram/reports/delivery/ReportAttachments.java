package kr.gpuprogram.reports.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** What a report's mail carries from its folder. */
final class ReportAttachments {

    private ReportAttachments() {
    }

    /**
     * The period's PDF and workbook, and {@code missing.csv} when the report is provisional;
     * the CSV extracts when neither document was written.
     */
    static List<Path> of(Path folder, String periodName, boolean provisional) {
        List<Path> documents = Stream.of("gpu-usage-" + periodName + ".pdf", "gpu-usage-" + periodName + ".xlsx",
                        provisional ? "missing.csv" : null)
                .filter(Objects::nonNull)
                .map(folder::resolve).filter(Files::exists).toList();
        if (documents.stream().anyMatch(d -> !d.getFileName().toString().equals("missing.csv"))) {
            return documents;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new DeliveryException("report folder " + folder + " cannot be read: " + e.getMessage());
        }
    }

    static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).toList();
    }
}
