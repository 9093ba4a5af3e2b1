package kr.gpuprogram.reports.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** UTF-8, else CP949 (Korean Excel's "CSV"), else no text: decided from the bytes alone. */
class FileEncodingTest {

    @TempDir
    Path dir;

    private FileEncoding of(byte[] bytes) throws Exception {
        Path file = dir.resolve("f.csv");
        Files.write(file, bytes);
        return FileEncoding.of(file);
    }

    @Test
    void utf8WithOrWithoutBomIsUtf8() throws Exception {
        String text = "institution_id,institution_name\nI-1,한빛대학교\n";
        assertThat(of(text.getBytes(StandardCharsets.UTF_8)).charsetName()).isEqualTo("UTF-8");
        assertThat(of(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)).charsetName()).isEqualTo("UTF-8");
        FileEncoding ascii = of("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(ascii.charsetName()).isEqualTo("UTF-8");
        assertThat(ascii.sha256()).isEqualTo(Sha256.of("a,b\n1,2\n"));
        assertThat(ascii.sizeBytes()).isEqualTo(8);
    }

    @Test
    void whatKoreanExcelSavesIsCp949() throws Exception {
        FileEncoding encoding = of("I-1,한빛대학교,(주)딥러닝랩\n".getBytes(FileEncoding.CP949));
        assertThat(encoding.charsetName()).isEqualTo("CP949");
        assertThat(encoding.readable()).isTrue();
    }

    @Test
    void aUtf8SequenceSplitAcrossTwoBuffersIsStillUtf8() throws Exception {
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append("가나다라마바사 x");
        }
        assertThat(of(text.toString().getBytes(StandardCharsets.UTF_8)).charsetName()).isEqualTo("UTF-8");
    }

    @Test
    void overlongFormsSurrogatesAndTruncatedSequencesAreNotUtf8() {
        for (byte[] bad : new byte[][] {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {'a', (byte) 0xE2, (byte) 0x82}}) {
            FileEncoding.Utf8Validator validator = new FileEncoding.Utf8Validator();
            validator.accept(bad, bad.length);
            assertThat(validator.valid()).isFalse();
        }
    }

    @Test
    void theFirstInvalidByteIsFoundWhereverItFallsInALongAsciiRun() {
        for (int at = 0; at < 40; at++) {
            byte[] line = "JobID|Cluster|Start|End|AllocTRES|more ascii text\n".repeat(2).getBytes(StandardCharsets.US_ASCII);
            line[at] = (byte) 0xFF;
            FileEncoding.Utf8Validator validator = new FileEncoding.Utf8Validator();
            validator.accept(line, 16);
            validator.accept(java.util.Arrays.copyOfRange(line, 16, line.length), line.length - 16);
            assertThat(validator.valid()).as("0xFF at %d", at).isFalse();
            assertThat(validator.firstInvalidOffset()).as("0xFF at %d", at).isEqualTo(at);
        }
    }

    /** Against the JDK's own strict UTF-8 decoder, on ASCII runs of every length mixed with good and bad sequences. */
    @Test
    void decidesAsTheJdkDecoderDoesOnMixedText() throws Exception {
        byte[][] pieces = {"가".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        Random random = new Random(14);
        for (int sample = 0; sample < 2_000; sample++) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            for (int piece = random.nextInt(6); piece > 0; piece--) {
                bytes.write("abcdefghijklmnopq".substring(0, random.nextInt(17)).getBytes(StandardCharsets.US_ASCII));
                if (random.nextInt(3) == 0) {
                    bytes.write(pieces[random.nextInt(pieces.length)]);
                }
            }
            byte[] text = bytes.toByteArray();
            boolean jdk = true;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(text));
            } catch (java.nio.charset.CharacterCodingException e) {
                jdk = false;
            }
            FileEncoding.Utf8Validator validator = new FileEncoding.Utf8Validator();
            int split = text.length == 0 ? 0 : random.nextInt(text.length);
            validator.accept(text, split);
            validator.accept(java.util.Arrays.copyOfRange(text, split, text.length), text.length - split);
            assertThat(validator.valid()).as(java.util.HexFormat.of().formatHex(text)).isEqualTo(jdk);
        }
    }

    @Test
    void randomBytesEmptyFilesAndNulsAreNoText() throws Exception {
        byte[] random = new byte[3000];
        new Random(8).nextBytes(random);
        assertThat(of(random).readable()).isFalse();
        assertThat(of(new byte[0]).problem()).startsWith("empty file");
        assertThat(of("JobID|Cluster\n\0\0\0".getBytes(StandardCharsets.UTF_8)).problem()).startsWith("binary data");
        assertThat(of(new byte[] {'a', (byte) 0xFF, (byte) 0xFE, '\n'}).problem()).startsWith("neither valid UTF-8 nor CP949");
    }
}
