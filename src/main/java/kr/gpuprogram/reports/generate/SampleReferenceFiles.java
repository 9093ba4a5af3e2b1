package kr.gpuprogram.reports.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The six reference files of the sample program, as CSV (quoted only where needed, {@code \n} line ends). */
final class SampleReferenceFiles {

    private SampleReferenceFiles() {
    }

    static void write(Path reference, List<SampleAllocation> allocs) throws IOException {
        Files.createDirectories(reference);
        write(reference.resolve("operators.csv"), List.of("operator_id", "operator_name", "self_use_accounts"),
                SampleProgram.OPERATORS.stream().map(o -> List.<Object>of(o.id(), o.name(), o.selfUseAccounts())).toList());
        write(reference.resolve("clusters.csv"), List.of("cluster_id", "operator_id", "gpu_model", "gpu_count",
                        "in_service_from", "in_service_to", "time_zone"),
                SampleProgram.CLUSTERS.stream().map(c -> List.<Object>of(c.clusterId(), c.operatorId(), c.gpuModel(),
                        c.gpuCount(), c.inServiceFrom(), c.inServiceTo(), c.timeZone())).toList());
        write(reference.resolve("institutions.csv"), List.of("institution_id", "institution_name", "sector", "region"),
                SampleProgram.INSTITUTIONS.stream().map(i -> List.<Object>of(i.id(), i.name(), i.sector(), i.region())).toList());
        write(reference.resolve("allocations.csv"), List.of("allocation_id", "institution_id", "project_title", "cluster_id",
                        "gpu_count", "start_date", "end_date"),
                allocs.stream().map(a -> List.<Object>of(a.id, a.institution, a.title, a.cluster, a.gpus, a.start, a.end))
                        .toList());
        write(reference.resolve("rates.csv"), List.of("gpu_model", "krw_per_gpu_hour", "valid_from"),
                SampleProgram.RATES.stream().map(r -> List.<Object>of(r.gpuModel(), r.krwPerGpuHour(), r.validFrom())).toList());
        write(reference.resolve("recipients.csv"), List.of("email", "name", "scope"),
                SampleProgram.RECIPIENTS.stream().map(r -> List.<Object>of(r.email(), r.name(), r.scope())).toList());
    }

    private static void write(Path file, List<String> header, List<List<Object>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        row(out, List.copyOf(header));
        for (List<Object> r : rows) {
            row(out, r);
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** One row as Python's csv.writer writes it (QUOTE_MINIMAL, lineterminator "\n"). */
    private static void row(StringBuilder out, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = String.valueOf(fields.get(i));
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0 || (fields.size() == 1 && field.isEmpty());
            out.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        out.append('\n');
    }
}
