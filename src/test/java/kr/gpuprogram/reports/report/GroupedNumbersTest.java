package kr.gpuprogram.reports.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Figures as the PDF and the mail print them, and the periods they name, without Spring. */
class GroupedNumbersTest {

    @ParameterizedTest(name = "{0} GPU-seconds -> {1}")
    @CsvSource({
            "0, 0.00",
            "18, 0.01",              // 0.005 h rounds half up, as the CSV rounds it
            "17, 0.00",
            "4444200, '1,234.50'",
            "3600000000, '1,000,000.00'",
    })
    void gpuHoursHaveTwoDecimalsAndGroupedThousands(long gpuSeconds, String printed) {
        assertThat(GroupedNumbers.hours(gpuSeconds)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} KRW -> {1}")
    @CsvSource({
            "0, 0",
            "1234567.5, '1,234,568'",
            "1234567.49, '1,234,567'",
            "999.5, '1,000'",
    })
    void wonAreWholeAndGrouped(BigDecimal exact, String printed) {
        assertThat(GroupedNumbers.krw(exact)).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0, 0", "999, 999", "1000, '1,000'", "1474560, '1,474,560'"})
    void countsAreWholeAndGrouped(long count, String printed) {
        assertThat(GroupedNumbers.count(count)).isEqualTo(printed);
    }

    @Test
    void everyValuePrintsAsDecimalFormatPrintsIt() {
        // given: values of every sign, size and scale, the unrounded ones included
        Random random = new Random(14);
        for (int i = 0; i < 200_000; i++) {
            BigInteger unscaled = new BigInteger(1 + random.nextInt(70), random);
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(9) - 3);
            // then: the same text as the format the PDF and the mail used to build for each figure
            String pattern = value.scale() > 0 ? "#,##0.00" : "#,##0";
            String expected = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
            assertThat(GroupedNumbers.decimal(value)).as("%s", value).isEqualTo(expected);
        }
        assertThat(GroupedNumbers.decimal(new BigDecimal("-0.004"))).isEqualTo("-0.00");
        assertThat(GroupedNumbers.decimal(new BigDecimal("-1234567.005"))).isEqualTo("-1,234,567.00");
        assertThat(GroupedNumbers.decimal(new BigDecimal("1E+6"))).isEqualTo("1,000,000");
        assertThat(GroupedNumbers.decimal(new BigDecimal("123456.789"))).isEqualTo("123,456.79");
    }

    @Test
    void noAmountIsEmptyNotZero() {
        assertThat(GroupedNumbers.krw(null)).isEmpty();
        assertThat(GroupedNumbers.decimal(null)).isEmpty();
    }

    @Test
    void aPeriodIsNamedAsItsFolder() {
        assertThat(Period.day(LocalDate.of(2026, 11, 25)).name()).isEqualTo("2026-11-25");
        assertThat(Period.month(YearMonth.of(2026, 2))).isEqualTo(
                new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "2026-02"));
        assertThat(Period.month(YearMonth.of(2028, 2)).days()).isEqualTo(29);
        assertThat(Period.range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7)).name()).isEqualTo("2026-11-01_2026-11-07");
        assertThat(Period.range(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7)).days()).isEqualTo(7);
        assertThat(Period.range(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3)))
                .as("a range of one day is that day's report").isEqualTo(Period.day(LocalDate.of(2026, 11, 3)));
    }
}
