package kr.gpuprogram.reports.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link PythonFormat} against python3's {@code '%.1f' % x}, {@code '%.0f' % x} and
 * {@code '%.2f' % x}: the exact binary value rounded half to even.
 */
class PythonFormatTest {

    @Test
    void roundsTheExactBinaryValueHalfToEven() {
        assertThat(PythonFormat.fixed(0.125, 1)).isEqualTo("0.1");
        assertThat(PythonFormat.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(PythonFormat.fixed(2.675, 2)).isEqualTo("2.67");     // 2.67499999... in binary
        assertThat(PythonFormat.fixed(2.675, 0)).isEqualTo("3");
        assertThat(PythonFormat.fixed(0.05, 1)).isEqualTo("0.1");       // 0.05000000000000000277
        assertThat(PythonFormat.fixed(95.5, 0)).isEqualTo("96");
        assertThat(PythonFormat.fixed(96.5, 0)).isEqualTo("96");
        assertThat(PythonFormat.fixed(14.249999999999998, 1)).isEqualTo("14.2");
        assertThat(PythonFormat.fixed(1e6 + 0.5, 0)).isEqualTo("1000000");
        assertThat(PythonFormat.fixed(1e6 + 0.5, 2)).isEqualTo("1000000.50");
    }

    @Test
    void keepsTheSignOfValuesThatRoundToZero() {
        assertThat(PythonFormat.fixed(-0.04, 1)).isEqualTo("-0.0");
        assertThat(PythonFormat.fixed(-0.04, 0)).isEqualTo("-0");
    }

    @Test
    void padsToTheWidth() {
        assertThat(PythonFormat.fixed(230400, 0, 9)).isEqualTo("   230400");
        assertThat(PythonFormat.fixed(149517.66, 1, 9)).isEqualTo(" 149517.7");
    }
}
