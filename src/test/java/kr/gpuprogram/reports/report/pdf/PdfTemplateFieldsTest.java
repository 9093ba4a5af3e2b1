package kr.gpuprogram.reports.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.ReportTables;
import org.junit.jupiter.api.Test;

/**
 * The table subreports declare the fields of their ReportTables table by its CSV column names, and
 * besides them only the PDF's own fields, named here: a field renamed or dropped in a table shows here,
 * not as an empty PDF column.
 */
class PdfTemplateFieldsTest {

    private static final Pattern FIELD = Pattern.compile("<field name=\"([^\"]+)\"");

    @Test
    void eachTableTemplateDeclaresItsTablesColumnsAndOnlyThePdfsOwnFieldsBesides() throws IOException {
        Map<String, List<? extends ReportColumn<?>>> tables = Map.of(
                "clusters", ReportTables.CLUSTERS,
                "institutions", ReportTables.INSTITUTIONS,
                "sectors", ReportTables.SECTORS,
                "reclaim", ReportTables.RECLAIM,
                "operators", ReportTables.OPERATORS,
                "outlook", ReportTables.OUTLOOK);
        Map<String, List<String>> own = Map.of(
                "clusters", List.of(),
                "institutions", List.of("rank"),
                "sectors", List.of(),
                "reclaim", List.of("institution"),
                "operators", List.of("operator"),
                "outlook", List.of("institution"));
        for (var table : tables.entrySet()) {
            List<String> fields = fields(table.getKey());
            List<String> columns = ReportColumn.names(table.getValue());
            List<String> notColumns = fields.stream().filter(f -> !columns.contains(f)).toList();
            assertThat(notColumns).as(table.getKey() + "'s fields that are no column").isEqualTo(own.get(table.getKey()));
            assertThat(fields).as(table.getKey() + " prints columns of its table").hasSizeGreaterThan(notColumns.size());
        }
    }

    @Test
    void everyColumnHasATermAndANameOfItsOwn() {
        for (List<? extends ReportColumn<?>> table : List.of(ReportTables.CLUSTERS, ReportTables.INSTITUTIONS,
                ReportTables.SECTORS, ReportTables.RECLAIM, ReportTables.OPERATORS, ReportTables.OUTLOOK)) {
            assertThat(table).allSatisfy(c -> assertThat(c.term()).as(c.name()).isNotNull());
            assertThat(ReportColumn.names(table)).doesNotHaveDuplicates();
        }
    }

    private static List<String> fields(String subreport) throws IOException {
        String template = Files.readString(Path.of("report-templates/gpu-usage-" + subreport + ".jrxml"),
                StandardCharsets.UTF_8);
        List<String> fields = new ArrayList<>();
        Matcher m = FIELD.matcher(template);
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }
}
