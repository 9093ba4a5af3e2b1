package kr.gpuprogram.reports.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import org.springframework.core.io.ClassPathResource;

/**
 * The JasperReports templates of {@code report-templates/} (on the classpath under that name):
 * the {@code .jasper} compiled at build time ({@link TemplateCompiler}) when there is one, else
 * the {@code .jrxml} compiled with the JDT compiler the first time it is needed; kept for the
 * life of the JVM. Every text defaults to the bundled Korean family; a font that cannot be found fails the
 * report instead of silently falling back to one without Hangul.
 */
final class PdfTemplates {

    static final String FONT_FAMILY = "NanumGothic";
    static final String MAIN = "gpu-usage";
    /** Subreports, passed to the main report as parameters named {@code <NAME>_REPORT}. */
    static final List<String> SUBREPORTS = List.of("clusters", "institutions", "sectors", "reclaim", "operators",
            "summary", "outlook");

    private static final SimpleJasperReportsContext CONTEXT = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
    private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

    static {
        CONTEXT.setProperty("net.sf.jasperreports.compiler.java", "net.sf.jasperreports.jdt.JRJdtCompiler");
        CONTEXT.setProperty("net.sf.jasperreports.default.font.name", FONT_FAMILY);
        CONTEXT.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
        CONTEXT.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
        CONTEXT.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
    }

    private PdfTemplates() {
    }

    static SimpleJasperReportsContext context() {
        return CONTEXT;
    }

    /** The compiled template {@code report-templates/<name>.jrxml}. */
    static JasperReport get(String name) {
        return COMPILED.computeIfAbsent(name, PdfTemplates::compile);
    }

    private static JasperReport compile(String name) {
        ClassPathResource compiled = new ClassPathResource("report-templates/" + name + ".jasper");
        if (compiled.exists()) {
            try (InputStream jasper = compiled.getInputStream()) {
                return (JasperReport) JRLoader.loadObject(jasper);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the compiled report template " + compiled.getPath(), e);
            } catch (JRException e) {
                throw new IllegalStateException("cannot load the compiled report template " + compiled.getPath() + ": "
                        + e.getMessage(), e);
            }
        }
        String path = "report-templates/" + name + ".jrxml";
        try (InputStream jrxml = new ClassPathResource(path).getInputStream()) {
            return JasperCompileManager.getInstance(CONTEXT).compile(jrxml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report template " + path, e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot compile the report template " + path + ": " + e.getMessage(), e);
        }
    }
}
