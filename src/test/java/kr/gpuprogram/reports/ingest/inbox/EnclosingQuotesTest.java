package kr.gpuprogram.reports.ingest.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnclosingQuotesTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "\"46\"|46",
            "  \"46\" |46",
            "\"\"|''",
            "\" 46 \"|' 46 '",
            "46|46",
            "\"|\"",
            "\"46|\"46",
            "46\"|46\"",
            "\"4\"6\"|\"4\"6\"",
            "\"4\"\"6\"|\"4\"\"6\"",
            "\"5\"5|\"5\"5"})
    void theInsideOfAnEnclosedValueElseTheValue(String value, String expected) {
        assertThat(EnclosingQuotes.removed(value)).isEqualTo(expected);
        // the bytes give the same, up to the blanks that the line parsers trim anyway
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        int[] from = {0};
        int[] to = {bytes.length};
        int removed = EnclosingQuotes.removed(bytes, from, to, 0);
        String inside = new String(bytes, from[0], to[0] - from[0], StandardCharsets.US_ASCII);
        assertThat(inside.strip()).isEqualTo(expected.strip());
        assertThat(removed).isEqualTo(expected.strip().equals(value.strip()) ? 0 : 2);
    }
}
