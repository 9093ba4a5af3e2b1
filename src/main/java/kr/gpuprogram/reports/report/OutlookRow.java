package kr.gpuprogram.reports.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import kr.gpuprogram.reports.figures.GpuHours;

/**
 * One allocation's outlook on the report's last day ({@code figures/outlook.sql}): its exact
 * figures as stored (GPU-seconds, days) and the status the query decided on them. The derived
 * figures are computed here from those integers, exactly, and rounded only once: the pace
 * {@code windowUsed / windowDays} is a fraction, so the projection is kept as the numerator
 * {@code usedToDate x windowDays + windowUsed x daysLeft} over {@code windowDays}.
 */
public record OutlookRow(String allocationId, String institutionId, String institutionName, String projectTitle,
                         String clusterId, LocalDate startDate, LocalDate endDate, long termGs, long usedToDateGs,
                         int elapsedDays, int termDays, int daysLeft, int windowDays, long windowUsedGs,
                         BigDecimal krwPerGpuHour, int windowMissingDays, String status) {

    public static final String UNVERIFIED = "UNVERIFIED";
    public static final String LOW = "LOW";
    public static final String OVER = "OVER";
    public static final String ON_TRACK = "ON_TRACK";

    /** The largest projected loss in KRW first (no rate: last), then in GPU-hours, then by id. */
    public static final Comparator<OutlookRow> LARGEST_LOSS_FIRST = Comparator
            .comparing(OutlookRow::projectedUnusedKrw, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(OutlookRow::projectedUnusedGs, Comparator.reverseOrder())
            .thenComparing(OutlookRow::allocationId);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    /** Digits kept in the exact intermediate quotients before the one rounding of a published figure. */
    private static final int EXACT = 12;

    /** One sentence per status in the glossary's words, in the order the rule decides them (PDF, workbook). */
    public static List<String> statusSentences(String lowPct) {
        return List.of(Wording.OUTLOOK_UNVERIFIED_SENTENCE.text(), Wording.OUTLOOK_LOW_SENTENCE.text(lowPct),
                Wording.OUTLOOK_OVER_SENTENCE.text(), Wording.OUTLOOK_ON_TRACK_SENTENCE.text(lowPct));
    }

    public boolean low() {
        return LOW.equals(status);
    }

    /** used_to_date x 100 / term_allocated, 2 decimals; empty (null) for a term of no GPU-hours. */
    public BigDecimal usedToDatePct() {
        return GpuHours.percent(usedToDateGs, termGs);
    }

    public BigDecimal elapsedPct() {
        return GpuHours.percent(elapsedDays, termDays);
    }

    /** GPU-seconds a day over the window, exact to {@value #EXACT} decimals. */
    public BigDecimal paceGsPerDay() {
        return BigDecimal.valueOf(windowUsedGs).divide(BigDecimal.valueOf(windowDays), EXACT, RoundingMode.HALF_UP);
    }

    public BigDecimal paceGpuHoursPerDay() {
        return BigDecimal.valueOf(windowUsedGs).divide(BigDecimal.valueOf(windowDays).multiply(SECONDS_PER_HOUR), 2,
                RoundingMode.HALF_UP);
    }

    /** used_to_date + pace x days_left, as a numerator over {@link #windowDays}. */
    private BigDecimal projectedNumerator() {
        return BigDecimal.valueOf(usedToDateGs).multiply(BigDecimal.valueOf(windowDays))
                .add(BigDecimal.valueOf(windowUsedGs).multiply(BigDecimal.valueOf(daysLeft)));
    }

    /** Projected GPU-seconds used by end_date, exact to {@value #EXACT} decimals. */
    public BigDecimal projectedUsedGs() {
        return projectedNumerator().divide(BigDecimal.valueOf(windowDays), EXACT, RoundingMode.HALF_UP);
    }

    public BigDecimal projectedUsedGpuHours() {
        return projectedNumerator().divide(BigDecimal.valueOf(windowDays).multiply(SECONDS_PER_HOUR), 2,
                RoundingMode.HALF_UP);
    }

    public BigDecimal projectedUsePct() {
        if (termGs == 0) {
            return null;
        }
        return projectedNumerator().multiply(HUNDRED)
                .divide(BigDecimal.valueOf(termGs).multiply(BigDecimal.valueOf(windowDays)), 2, RoundingMode.HALF_UP);
    }

    /** max(0, term_allocated - projected_used) in GPU-seconds, exact to {@value #EXACT} decimals. */
    public BigDecimal projectedUnusedGs() {
        BigDecimal unused = BigDecimal.valueOf(termGs).subtract(projectedUsedGs());
        return unused.signum() < 0 ? BigDecimal.ZERO.setScale(EXACT) : unused;
    }

    public BigDecimal projectedUnusedGpuHours() {
        return GpuHours.hours(projectedUnusedGs());
    }

    /** The projected unused hours at the rate of the cluster's model on the day; null without a rate. */
    public BigDecimal projectedUnusedKrw() {
        return krwPerGpuHour == null ? null
                : projectedUnusedGs().multiply(krwPerGpuHour).divide(SECONDS_PER_HOUR, EXACT, RoundingMode.HALF_UP);
    }
}
