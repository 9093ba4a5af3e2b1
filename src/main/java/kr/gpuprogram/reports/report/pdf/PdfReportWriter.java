package kr.gpuprogram.reports.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.report.ReportPart;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The period's PDF report {@code gpu-usage-<period>.pdf}, the document a program manager
 * forwards unchanged: JasperReports fills the templates of {@code report-templates/} from the
 * figures the CSV extracts are written from, formatted the same way.
 */
@Component
@Order(3)
class PdfReportWriter implements ReportPart {

    private final ReportSettings settings;
    private final String programName;
    private final Clock clock;

    @Autowired
    public PdfReportWriter(ReportSettings settings) {
        this(settings, settings.programName(), Clock.systemUTC());
    }

    PdfReportWriter(ReportSettings settings, String programName, Clock clock) {
        this.settings = settings;
        this.programName = programName;
        this.clock = clock;
    }

    public static String fileName(PeriodReport figures) {
        return "gpu-usage-" + figures.period().name() + ".pdf";
    }

    @Override
    public void write(PeriodReport figures, Path folder) throws IOException {
        Path file = folder.resolve(fileName(figures));
        try (OutputStream out = Files.newOutputStream(file)) {
            export(render(figures), figures.period().name(), out);
        } catch (JRException e) {
            throw new IOException("cannot render " + file + ": " + e.getMessage(), e);
        }
    }

    /** The filled report, one page after another. */
    public JasperPrint render(PeriodReport figures) throws JRException {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(settings.programZone()));
        Map<String, Object> record = PdfReportModel.of(figures, settings, now);
        Map<String, Object> parameters = new HashMap<>();
        for (String subreport : PdfTemplates.SUBREPORTS) {
            parameters.put(subreport.toUpperCase() + "_REPORT", PdfTemplates.get("gpu-usage-" + subreport));
        }
        return JasperFillManager.getInstance(PdfTemplates.context())
                .fill(PdfTemplates.get(PdfTemplates.MAIN), parameters, new JRMapCollectionDataSource(List.of(record)));
    }

    private void export(JasperPrint print, String periodName, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter(PdfTemplates.context());
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(Wording.PDF_METADATA_TITLE.text(programName, periodName));
        configuration.setMetadataAuthor(programName);
        configuration.setMetadataCreator("gpu-usage-reports");
        configuration.setDisplayMetadataTitle(true);
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
