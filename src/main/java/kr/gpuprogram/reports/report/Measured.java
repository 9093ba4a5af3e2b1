package kr.gpuprogram.reports.report;

/**
 * How much of a total was measured by telemetry: the cluster-days with a telemetry file out of
 * those in service. Every writer shows active idle and mean utilisation through it, so that a
 * total of which nothing was measured is empty (or "not measured") and never 0.00.
 */
public record Measured(int days, int of) {

    public static final Measured NONE = new Measured(0, 0);

    /** Nothing was measured: the figure is unknown, not 0. */
    public boolean none() {
        return days == 0;
    }

    /** Measured on some of its cluster-days but not all: the figure covers only part of the total. */
    public boolean partial() {
        return days > 0 && days < of;
    }

    /** {@code 1/7}, as summary.csv writes it; empty when nothing was measured. */
    public String share() {
        return none() ? "" : days + "/" + of;
    }

    /** {@code 측정 클러스터-일 1/7}, or {@code 측정 없음}. */
    public String ko() {
        return none() ? Term.NOT_MEASURED.ko() : Term.MEASURED_CLUSTER_DAYS.ko() + " " + days + "/" + of;
    }

    /** {@code 측정 클러스터-일 / Measured cluster-days 1/7}, or the pair for not measured. */
    public String pair() {
        return none() ? Term.NOT_MEASURED.pair() : Term.MEASURED_CLUSTER_DAYS.pair() + " " + days + "/" + of;
    }

    /** {@code 1/7} in a table's share column, or {@code 측정 없음}: a column of shares never has an empty cell. */
    public String label() {
        return none() ? Term.NOT_MEASURED.ko() : share();
    }

    /** A figure with its share ({@code 12.00 GPU-h · 측정 클러스터-일 1/7}), or only {@code 측정 없음}. */
    public String ko(String figure) {
        return none() ? ko() : figure + " · " + ko();
    }

    /** As {@link #ko(String)}, with the Korean and English terms. */
    public String pair(String figure) {
        return none() ? pair() : figure + " · " + pair();
    }

    Measured plus(Measured other) {
        return new Measured(days + other.days, of + other.of);
    }
}
