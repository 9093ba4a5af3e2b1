package kr.gpuprogram.reports.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.gpuprogram.reports.ingest.telemetry.TelemetryFileScanner;
import kr.gpuprogram.reports.support.JitDirectivesProbe;
import org.junit.jupiter.api.Test;

/**
 * The compiler directives that the cron wrapper ({@code jobs/gpu-usage-reports.sh}) gives the
 * nightly run: a file the JVM refuses would stop every run from starting, and a pattern that no
 * longer names the telemetry parser would silently leave it to the quick compiler.
 */
class JitDirectivesTest {

    private static final Path DIRECTIVES = Path.of("jobs/jit-directives.json");

    /**
     * The JVM takes the file, and does what it says: the JDK's SHA-256 (whose C2 intrinsic uses
     * the CPU's SHA instructions) reaches C2, a hot method of any other package stays with C1.
     * A file that loads proves little: one that excluded nothing, or SHA-256 too, loads as well.
     */
    @Test
    void theJvmCompilesSha256WithC2AndOtherHotMethodsWithC1Only() throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + DIRECTIVES, "-XX:+PrintCompilation",
                "-cp", System.getProperty("java.class.path"), JitDirectivesProbe.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(java.getInputStream().readAllBytes());

        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(output).isZero();
        assertThat(output).contains("2 compiler directives added");
        assertThat(levels(output, "sun.security.provider.SHA2::implCompress")).contains(4);
        assertThat(levels(output, JitDirectivesProbe.class.getName() + "::spin")).as("the probe's hot method").contains(1)
                .doesNotContain(4);
    }

    /** The tiers {@code -XX:+PrintCompilation} compiled a method at, from lines such as {@code 120 45 3 a.B::m (20 bytes)}. */
    private static List<Integer> levels(String printCompilation, String method) {
        List<Integer> levels = new ArrayList<>();
        Matcher line = Pattern.compile("^\\s*\\d+\\s+\\d+\\s+[%sbn! ]*?([0-4])\\s+" + Pattern.quote(method),
                Pattern.MULTILINE).matcher(printCompilation);
        while (line.find()) {
            levels.add(Integer.parseInt(line.group(1)));
        }
        return levels;
    }

    @Test
    void theOptimisingCompilerIsKeptForTheTelemetryParsersPackage() throws Exception {
        String parserPackage = TelemetryFileScanner.class.getPackageName().replace('.', '/');

        // HotSpot reads a class pattern ending in * as a prefix: the ingest's pattern also covers
        // its subpackages, the telemetry parser's among them
        String ingestPattern = "kr/gpuprogram/reports/ingest/*.*";
        assertThat(parserPackage + "/").startsWith(ingestPattern.substring(0, ingestPattern.length() - 3));
        assertThat(Files.readString(DIRECTIVES)).contains("\"" + ingestPattern + "\"")
                .contains("\"sun/security/provider/*.*\"");
    }
}
