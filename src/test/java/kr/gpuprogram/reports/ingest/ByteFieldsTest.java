package kr.gpuprogram.reports.ingest;

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

    @Test
    void numberReadsFixedWidthDigits() {
        assertThat(ByteFields.number(bytes("2026-11"), 0, 4)).isEqualTo(2026);
        assertThat(ByteFields.number(bytes("2026-11"), 5, 2)).isEqualTo(11);
        assertThat(ByteFields.number(bytes("1x"), 0, 2)).isEqualTo(-1);
        assertThat(ByteFields.number(bytes("20x6"), 0, 4)).isEqualTo(-1);
    }
}
