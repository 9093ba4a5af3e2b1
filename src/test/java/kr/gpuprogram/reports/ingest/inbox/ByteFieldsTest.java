package kr.gpuprogram.reports.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ByteFieldsTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void sameComparesRangesLongerAndShorterThanEightBytes() {
        byte[] a = bytes("xxgpu-node-0017,yy");
        byte[] b = bytes("gpu-node-0017");
        assertThat(ByteFields.same(a, 2, b, 0, 13)).isTrue();
        assertThat(ByteFields.same(a, 2, bytes("gpu-node-0018"), 0, 13)).isFalse();
        assertThat(ByteFields.same(a, 2, bytes("gpu"), 0, 3)).isTrue();
        assertThat(ByteFields.same(a, 0, b, 0, 0)).isTrue();
    }

    /** Every length up to five words, at unaligned offsets: equal ranges, and a difference at each byte. */
    @Test
    void sameAgreesWithArraysEqualsAtEveryLengthAndEveryDifferingByte() {
        java.util.Random random = new java.util.Random(14);
        for (int n = 0; n <= 40; n++) {
            for (int aFrom = 0; aFrom < 3; aFrom++) {
                byte[] a = new byte[aFrom + n + 2];
                random.nextBytes(a);
                byte[] b = new byte[n + 5];
                int bFrom = 3;
                System.arraycopy(a, aFrom, b, bFrom, n);
                assertThat(ByteFields.same(a, aFrom, b, bFrom, n)).as("equal, n=%d", n).isTrue();
                for (int j = 0; j < n; j++) {
                    b[bFrom + j] ^= 0x20;
                    assertThat(ByteFields.same(a, aFrom, b, bFrom, n)).as("n=%d, differing at %d", n, j).isFalse();
                    b[bFrom + j] ^= 0x20;
                }
            }
        }
    }

    @Test
    void pastAsciiWordsStopsAtTheWordHoldingTheFirstByteAboveAscii() {
        byte[] line = "2026-11-05T01:00:00+09:00,한빛,n1".getBytes(StandardCharsets.UTF_8);
        int hangul = 26;
        assertThat(line[hangul]).isNegative();
        assertThat(ByteFields.pastAsciiWords(line, 0, line.length)).isEqualTo(24);
        assertThat(ByteFields.pastAsciiWords(line, 3, line.length)).isEqualTo(19);
        byte[] ascii = bytes("timestamp,cluster_id");
        assertThat(ByteFields.pastAsciiWords(ascii, 0, ascii.length)).as("the tail under eight bytes is left").isEqualTo(16);
        assertThat(ByteFields.pastAsciiWords(ascii, 0, 7)).isZero();
    }

    @Test
    void trimSkipsBlanksOnBothSides() {
        byte[] b = bytes("a,  42 \t,b");
        int s = ByteFields.trimFrom(b, 2, 8);
        int e = ByteFields.trimTo(b, s, 8);
        assertThat(new String(b, s, e - s, StandardCharsets.US_ASCII)).isEqualTo("42");
        assertThat(ByteFields.trimFrom(b, 3, 3)).isEqualTo(3);
    }

    @Test
    void digitsTakeOneToNineDigitsOnly() {
        assertThat(ByteFields.digits(bytes("0"), 0, 1)).isZero();
        assertThat(ByteFields.digits(bytes("4096"), 0, 4)).isEqualTo(4096);
        assertThat(ByteFields.digits(bytes("123456789"), 0, 9)).isEqualTo(123456789);
        assertThat(ByteFields.digits(bytes("1234567890"), 0, 10)).isEqualTo(-1);
        assertThat(ByteFields.digits(bytes(""), 0, 0)).isEqualTo(-1);
        assertThat(ByteFields.digits(bytes("-1"), 0, 2)).isEqualTo(-1);
        assertThat(ByteFields.digits(bytes("4a"), 0, 2)).isEqualTo(-1);
    }

    @Test
    void decimalsAreDigitsDotDigitsParsedAsJavaDoes() {
        assertThat(ByteFields.decimal(bytes("37.5"), 0, 4)).isEqualTo(37.5);
        assertThat(ByteFields.decimal(bytes("0.1"), 0, 3)).isEqualTo(Double.parseDouble("0.1"));
        assertThat(ByteFields.decimal(bytes(".5"), 0, 2)).isNaN();
        assertThat(ByteFields.decimal(bytes("5."), 0, 2)).isNaN();
        assertThat(ByteFields.decimal(bytes("1.2.3"), 0, 5)).isNaN();
        assertThat(ByteFields.decimal(bytes("1e3"), 0, 3)).isNaN();
        assertThat(ByteFields.decimal(bytes("-1.5"), 0, 4)).isNaN();
    }

    /**
     * The double of a decimal is parseDouble's, bit for bit: short ones by the fast path, long
     * ones (16 digits and more, where the fast path would round twice) by parseDouble itself.
     */
    @Test
    void decimalsAreParseDoublesDoubleBitForBit() {
        java.util.List<String> values = new java.util.ArrayList<>(java.util.List.of("0.0", "46.0", "100.0", "0.1",
                "0.3", "99.99999999999999", "0.000000000000001", "123456789012345.6", "9007199254740993.0",
                "0.30000000000000004", "1.000000000000000000001", "999999999999999.9", "12345678901234.5678"));
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < 200_000; i++) {
            int whole = 1 + random.nextInt(12);
            int fraction = 1 + random.nextInt(Math.min(12, 23 - whole));
            StringBuilder value = new StringBuilder();
            for (int d = 0; d < whole + fraction; d++) {
                if (d == whole) {
                    value.append('.');
                }
                value.append((char) ('0' + random.nextInt(10)));
            }
            values.add(value.toString());
        }
        for (String value : values) {
            assertThat(Double.doubleToRawLongBits(ByteFields.decimal(bytes(value), 0, value.length())))
                    .as(value).isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(value)));
        }
    }

    @Test
    void numberReadsFixedWidthDigits() {
        assertThat(ByteFields.number(bytes("2026-11"), 0, 4)).isEqualTo(2026);
        assertThat(ByteFields.number(bytes("2026-11"), 5, 2)).isEqualTo(11);
        assertThat(ByteFields.number(bytes("1x"), 0, 2)).isEqualTo(-1);
        assertThat(ByteFields.number(bytes("20x6"), 0, 4)).isEqualTo(-1);
    }
}
