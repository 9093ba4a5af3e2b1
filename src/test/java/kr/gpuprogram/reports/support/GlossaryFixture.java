package kr.gpuprogram.reports.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.DayTotals;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.PeriodReport.OperatorRow;
import kr.gpuprogram.reports.report.PeriodReport.ProvenanceRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.PeriodReport.RejectRow;
import kr.gpuprogram.reports.report.PeriodReportQueryAccess;
import kr.gpuprogram.reports.report.Rejects;
import kr.gpuprogram.reports.report.Sector;
import kr.gpuprogram.reports.report.Term;

/**
 * For the glossary tests of every output: a small month whose figures make every labelled part
 * appear (missing days, a candidate and an unverified allocation, self-use on allocated GPUs,
 * low coverage), and the checks that compare what an output shows with {@link Term}.
 */
public final class GlossaryFixture {

    private static final long HOUR = 3600;

    private GlossaryFixture() {
    }

    public static PeriodReport month() {
        Period period = Period.month(YearMonth.of(2026, 11));
        List<ClusterRow> clusters = List.of(
                new ClusterRow("demo", "op", "H100", 5760 * HOUR, 5040 * HOUR, 57 * HOUR, HOUR, 720 * HOUR, 0,
                        4984 * HOUR, 5703 * HOUR, 3 * HOUR, 10, 500, 30));
        List<InstitutionRow> institutions = List.of(
                new InstitutionRow("I-1", "한빛대학교", Sector.ACADEMIA, 2880 * HOUR, 40 * HOUR, 2840 * HOUR, 0, 2 * HOUR,
                        5, 250, 4, new BigDecimal("8640000"), new BigDecimal("120000"), 30),
                new InstitutionRow("I-3", "국가AI원", Sector.RESEARCH, 2160 * HOUR, 16 * HOUR, 2144 * HOUR, 0, HOUR,
                        5, 250, 2, new BigDecimal("6480000"), new BigDecimal("48000"), 30));
        List<ReclaimRow> reclaim = List.of(
                new ReclaimRow("AL-1", "I-1", "demo", 14, 1344 * HOUR, 10 * HOUR, 1334 * HOUR, new BigDecimal("4002000"),
                        9, 0, ReclaimRow.CANDIDATE),
                new ReclaimRow("AL-3", "I-3", "demo", 14, 672 * HOUR, 0, 672 * HOUR, new BigDecimal("2016000"),
                        14, 2, ReclaimRow.UNVERIFIED));
        List<MissingRow> missing = List.of(new MissingRow("demo", period.from(), "jobs"),
                new MissingRow("demo", period.from().plusDays(1), "telemetry"));
        List<RejectRow> rejects = List.of(new RejectRow("inbox/jobs-demo-2026-11-03.csv", 7, "bad AllocTRES", "x"));
        List<DayTotals> days = new ArrayList<>();
        for (var d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            days.add(new DayTotals(d, 192 * HOUR, 168 * HOUR, 2 * HOUR));
        }
        List<ProvenanceRow> provenance = List.of(
                new ProvenanceRow("reference", "reference/clusters.csv", 120, "a".repeat(64), "UTF-8", null, null, null,
                        null, null, "read"),
                new ProvenanceRow("jobs", "inbox/jobs-demo-2026-11-05.csv", 300, "b".repeat(64), "UTF-8", 4, 3, 0, 0, 1,
                        "read"));
        List<OperatorRow> operators = List.of(new OperatorRow("op", "데모 클라우드", "demo", 5760 * HOUR, 57 * HOUR,
                12 * HOUR, 4 * HOUR, 8 * HOUR, new BigDecimal("36000"), 12 * HOUR, 3, new BigDecimal("1800"),
                new BigDecimal("3600"), 20 * HOUR, HOUR, 20 * HOUR, 40 * HOUR, 1, 30, 30));
        return new PeriodReport(period, null, clusters, institutions, PeriodReportQueryAccess.sectors(institutions), reclaim,
                missing, Rejects.listed(rejects), days, provenance, operators);
    }

    /**
     * A label an output shows as Korean and English: both must be one glossary term's, with a
     * unit when the output adds one. The message says which output named which figure how.
     */
    public static void assertTerm(String where, String korean, String english) {
        Optional<Term> byEnglish = find(korean, english, true);
        if (byEnglish.isPresent()) {
            return;
        }
        Optional<Term> sameEnglish = find(korean, english, false);
        if (sameEnglish.isPresent()) {
            fail(where + " names \"" + english + "\" \"" + korean + "\"; the glossary says \"" + sameEnglish.get().ko() + "\"");
        }
        fail(where + " shows \"" + korean + " / " + english + "\", which is not in the glossary (report/Term)");
    }

    /** A Korean-only label (the PDF's): it must be some term's Korean name. */
    public static void assertKorean(String where, String korean) {
        assertThat(List.of(Term.values()).stream().map(Term::ko))
                .as(where + " shows \"" + korean + "\", which is not a glossary term's Korean name").contains(korean);
    }

    /**
     * No Korean word the glossary retired may appear in an output's text, except as a part of
     * a current term (구간 유휴 금액 holds 유휴 금액 and stays).
     */
    public static void assertNoRetiredWords(String where, String text) {
        String rest = text;
        for (Term term : List.of(Term.values()).stream().sorted(Comparator.comparing((Term t) -> -t.ko().length())).toList()) {
            rest = rest.replace(term.ko(), " ");
        }
        for (Term term : Term.values()) {
            for (String retired : term.retired()) {
                if (rest.contains(retired)) {
                    fail(where + " still says \"" + retired + "\" for " + term.en() + "; the glossary says \"" + term.ko()
                            + "\" in: " + text);
                }
            }
        }
    }

    /** The term (with or without unit) whose English the label carries; {@code bothMatch} also its Korean. */
    private static Optional<Term> find(String korean, String english, boolean bothMatch) {
        for (Term term : Term.values()) {
            if (term.en().equals(english) && (!bothMatch || term.ko().equals(korean))) {
                return Optional.of(term);
            }
            for (Term unit : units()) {
                if (term.en(unit).equals(english) && (!bothMatch || term.ko(unit).equals(korean))) {
                    return Optional.of(term);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Term> units() {
        return List.of(Term.values()).stream().filter(t -> t.name().startsWith("UNIT_")).toList();
    }
}
