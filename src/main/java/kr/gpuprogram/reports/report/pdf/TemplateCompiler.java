package kr.gpuprogram.reports.report.pdf;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step (run by exec-maven-plugin in {@code process-classes}): compiles each
 * {@code report-templates/*.jrxml} to a {@code .jasper} beside the copied template in
 * {@code target/classes/report-templates}, with the same JasperReports context as the
 * application, so that a run loads compiled templates instead of starting the JDT compiler.
 *   TemplateCompiler SOURCE_DIR OUTPUT_DIR
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path output = Files.createDirectories(Path.of(args[1]));
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            Path compiled = output.resolve(name);
            if (Files.exists(compiled) && Files.getLastModifiedTime(compiled).compareTo(Files.getLastModifiedTime(template)) > 0) {
                continue;
            }
            try (InputStream in = Files.newInputStream(template); OutputStream out = Files.newOutputStream(compiled)) {
                JasperCompileManager.getInstance(PdfTemplates.context()).compileToStream(in, out);
            }
            System.out.println("compiled " + template + " -> " + compiled);
        }
    }
}
