package kr.gpuprogram.reports.report.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void formulaLeadingTextGetsALeadingQuote() {
        assertThat(CsvCells.defused("=HYPERLINK(\"http://evil.example\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
        assertThat(CsvCells.defused("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvCells.defused("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.defused("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.defused("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void numbersAndOtherTextAreWrittenAsTheyAre() {
        assertThat(CsvCells.defused("-3.00")).isEqualTo("-3.00");
        assertThat(CsvCells.defused("-12")).isEqualTo("-12");
        assertThat(CsvCells.defused("131.69")).isEqualTo("131.69");
        assertThat(CsvCells.defused(new BigDecimal("-1.50"))).isEqualTo(new BigDecimal("-1.50"));
        assertThat(CsvCells.defused(7)).isEqualTo(7);
        assertThat(CsvCells.defused("한빛대학교")).isEqualTo("한빛대학교");
        assertThat(CsvCells.defused("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.defused("")).isEqualTo("");
        assertThat(CsvCells.defused((Object) null)).isNull();
        assertThat(CsvCells.defused(Arrays.asList("=1", "-1", null))).containsExactly("'=1", "-1", null);
    }
}
