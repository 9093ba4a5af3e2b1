package kr.gpuprogram.reports.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample generator writes the committed {@code sample-data/} byte for byte: every file of
 * {@code reference/} and {@code inbox/}, and README.md. A change to the generator that changes
 * the data must come with the regenerated files ({@code generate --sample}).
 */
class SampleDataGeneratorTest {

    private static final Path COMMITTED = Path.of("sample-data");

    @Test
    void writesTheCommittedSampleDataByteForByte(@TempDir Path out) throws IOException {
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        new SampleDataGenerator(out, new PrintStream(summary, true, StandardCharsets.UTF_8)).write();

        assertThat(summary.toString(StandardCharsets.UTF_8)).contains("165 job files, 6717 job lines, 6 reference files")
                .endsWith("self-check OK" + System.lineSeparator());
        for (String folder : List.of("reference", "inbox")) {
            assertThat(names(out.resolve(folder))).as("files in %s/", folder).isEqualTo(names(COMMITTED.resolve(folder)));
            for (String name : names(COMMITTED.resolve(folder))) {
                assertSameBytes(folder + "/" + name, out);
            }
        }
        assertSameBytes("README.md", out);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Fails with the file's first differing line. */
    private static void assertSameBytes(String file, Path out) throws IOException {
        byte[] committed = Files.readAllBytes(COMMITTED.resolve(file));
        byte[] generated = Files.readAllBytes(out.resolve(file));
        if (Arrays.equals(committed, generated)) {
            return;
        }
        String[] expected = new String(committed, StandardCharsets.UTF_8).split("\n", -1);
        String[] actual = new String(generated, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
            String e = i < expected.length ? expected[i] : "(end of file)";
            String a = i < actual.length ? actual[i] : "(end of file)";
            if (!e.equals(a)) {
                fail("sample-data/" + file + " differs at line " + (i + 1) + ":\n  committed: " + e + "\n  generated: " + a);
            }
        }
        fail("sample-data/" + file + " differs in its bytes (" + committed.length + " committed, " + generated.length + " generated)");
    }
}
