package kr.gpuprogram.reports.report.pdf;


import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.GroupedNumbers;
import kr.gpuprogram.reports.report.Measured;
import kr.gpuprogram.reports.report.MeasuredHours;
import kr.gpuprogram.reports.report.ReportColumn;
import kr.gpuprogram.reports.report.ReportTables;
import kr.gpuprogram.reports.report.Sector;
import kr.gpuprogram.reports.report.SummaryLine;
import kr.gpuprogram.reports.report.Term;
import kr.gpuprogram.reports.report.Wording;
import kr.gpuprogram.reports.ReportSettings;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.MissingDays;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.PeriodReport.ClusterRow;
import kr.gpuprogram.reports.report.PeriodReport.DayTotals;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.MissingRow;
import kr.gpuprogram.reports.report.PeriodReport.ReclaimRow;
import kr.gpuprogram.reports.report.PeriodReport.SectorRow;

/**
 * What the PDF templates print, as the single record of the main report and the rows of its
 * tables and charts: every figure is already rounded and formatted exactly as the CSV extracts
 * write it ({@link GpuHours}), so the templates only place text and never compute a figure.
 * Field names are the map keys; {@code report-templates/*.jrxml} declare them.
 */
final class PdfReportModel {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PdfReportModel() {
    }

    /** The main report's one record. */
    static Map<String, Object> of(PeriodReport figures, ReportSettings settings, ZonedDateTime generatedAt) {
        String programName = settings.programName();
        BigDecimal coverageWarningPct = settings.coverageWarningPct();
        Period period = figures.period();
        ClusterRow total = figures.totals().clusters();
        Map<String, String> institutionNames = new HashMap<>();
        for (InstitutionRow i : figures.institutions()) {
            institutionNames.put(i.institutionId(), i.institutionName());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("programName", programName);
        m.put("periodName", period.name());
        m.put("periodLabel", periodLabel(period));
        m.put("scopeLabel", figures.operatorScope() == null ? Term.WHOLE_PROGRAM.ko()
                : Wording.OPERATOR_ONLY.text(Term.OPERATOR.ko(), figures.operatorScope()));
        m.put("generatedAt", GENERATED.format(generatedAt) + " (" + generatedAt.getZone().getId() + ")");
        m.put("multiDay", !period.isSingleDay());
        // more clusters than fit beside the totals: the utilization chart gets its own full-width band
        m.put("wideClusterChart", figures.clusters().size() > 12);
        m.put("clusterCount", String.valueOf(figures.clusters().size()));
        m.put("institutionCount", String.valueOf(figures.institutions().size()));
        m.put("summaryLines", summaryRows(figures));
        m.put("clusterBars", clusterBars(figures.clusters()));
        m.put("dailyLines", dailyLines(figures.days(), figures.missing()));
        m.put("clusters", clusters(figures.clusters()));
        m.put("institutions", institutions(figures.institutions()));
        m.put("sectors", sectors(figures.sectors()));
        // provisional from job-file gaps alone: a missing telemetry file leaves usage complete
        m.put("reportTitle", !figures.provisional() ? Wording.REPORT_DOCUMENT.text()
                : Wording.PROVISIONAL_DOCUMENT.text(Term.PROVISIONAL.ko(), Term.PROVISIONAL.en(),
                        Term.CLUSTER_DAYS_WITHOUT_JOB_FILE.ko(), figures.jobFileGaps().size()));
        m.put("reclaim", reclaim(figures.reclaimCandidates(), institutionNames));
        m.put("reclaimDay", period.to().toString());
        m.put("reclaimTitle", Term.RECLAIM_CANDIDATES.ko());
        // the rule as configured, not as it is by default
        m.put("reclaimNote", Wording.RECLAIM_NOTE.text(period.to(), settings.reclaimMinAgeDays(),
                settings.reclaimWindowDays(), settings.reclaimThresholdPct().stripTrailingZeros().toPlainString()));
        m.put("reclaimEmpty", Wording.NONE_OF.text(Term.RECLAIM_CANDIDATES.ko()));
        m.put("reclaimLastColumn", header(Term.ZERO_USE_STREAK_DAYS));
        m.put("reclaimMissingColumn", header(Term.WINDOW_MISSING_DAYS));
        m.put("unverified", reclaim(figures.reclaimUnverified(), institutionNames));
        m.put("unverifiedTitle", Wording.UNVERIFIED_TITLE_PDF.text(Term.UNVERIFIED.ko()));
        m.put("unverifiedNote", Wording.UNVERIFIED_NOTE.text());
        m.put("unverifiedEmpty", "");
        m.put("unverifiedLastColumn", header(Term.ZERO_USE_STREAK_DAYS));
        OutlookPdfSection.put(m, figures, settings);
        m.put("operators", operators(figures.operators()));
        m.put("operatorsNote", Wording.OPERATORS_READING_AID.text(coverageWarningPct.stripTrailingZeros().toPlainString()));
        m.put("operatorsFlags", operatorFlags(figures.operators(), coverageWarningPct));
        m.put("missingNote", missingNote(figures.missing(), total.share()) + reclaimWindowNote(figures.reclaimUnverified())
                + kr.gpuprogram.reports.report.OverCapacity.note(figures.overCapacity()) + "\n"
                + provenanceLine(figures.provenance()));
        m.put("rejectsNote", figures.rejects().isEmpty() ? Wording.REJECTS_NONE.text()
                : Wording.REJECTS_COUNT.text(GroupedNumbers.count(figures.rejects().count())));
        return m;
    }

    /**
     * The summary's lines (PeriodReport.summary(), as summary.csv holds them) and after them the rates and
     * amounts of the first page: Korean label, value, unit and indent.
     */
    static List<Map<String, ?>> summaryRows(PeriodReport figures) {
        List<Map<String, ?>> rows = new ArrayList<>();
        String gpuHours = Term.UNIT_GPU_HOURS.en();
        for (SummaryLine l : figures.summary()) {
            String unit = l.measured() == null ? gpuHours : l.measured().ko(gpuHours);
            rows.add(summaryRow(l.term().ko(), l.known() ? format(l.gpuSeconds()) : "", unit, l.depth()));
        }
        BigDecimal utilization = figures.totals().utilizationPct();
        BigDecimal allocationUtilization = figures.totals().allocationUtilizationPct();
        rows.add(summaryRow(Term.UTILIZATION.ko(), utilization == null ? "-" : utilization.toPlainString(), "%", 0));
        rows.add(summaryRow(Term.ALLOCATION_UTILIZATION.ko(),
                allocationUtilization == null ? "-" : allocationUtilization.toPlainString(), "%", 0));
        String won = Term.UNIT_KRW.ko() + " (" + Term.UNIT_KRW.en() + ")";
        rows.add(summaryRow(Term.ALLOCATED_SUPPORT.ko(), formatKrw(figures.totals().allocatedKrw()), won, 0));
        rows.add(summaryRow(Term.USED_SUPPORT.ko(), formatKrw(figures.totals().usedKrw()), won, 0));
        return rows;
    }

    private static Map<String, ?> summaryRow(String label, String value, String unit, int depth) {
        return Map.of("label", label, "value", value, "unit", unit, "depth", String.valueOf(depth));
    }

    /** A table header whose last word goes on the second line: a narrow column never wraps inside a word. */
    static String header(Term term) {
        String ko = term.ko();
        int lastSpace = ko.lastIndexOf(' ');
        return lastSpace < 0 ? ko : ko.substring(0, lastSpace) + "\n" + ko.substring(lastSpace + 1);
    }

    /** Each cluster and operator the reading aid's three questions point at, or a line saying there is none. */
    static String operatorFlags(List<PeriodReport.OperatorRow> rows, BigDecimal thresholdPct) {
        List<String> flags = new ArrayList<>();
        for (PeriodReport.OperatorRow o : rows) {
            List<String> found = new ArrayList<>();
            if (o.selfUseOnAllocatedGs() > 0) {
                found.add(Term.SELF_USE_ON_ALLOCATED.ko() + " " + format(o.selfUseOnAllocatedGs()) + " " + Term.UNIT_GPU_HOURS.ko());
            }
            if (o.waitingMeasured() && o.waitingDuringSelfUseGs() > 0) {
                found.add(Term.WAITING_DURING_SELF_USE.ko() + " " + format(o.waitingDuringSelfUseGs()) + " "
                        + Term.UNIT_GPU_HOURS.ko());
            }
            BigDecimal coverage = o.coveragePct();
            if (coverage != null && coverage.compareTo(thresholdPct) < 0) {
                found.add(Term.TELEMETRY_COVERAGE.ko() + " " + coverage.toPlainString() + "%");
            }
            if (!found.isEmpty()) {
                flags.add("• " + o.clusterId() + " (" + o.operatorName() + "): " + String.join(", ", found));
            }
        }
        if (flags.isEmpty()) {
            return Wording.OPERATORS_NOTHING_TO_REVIEW.text(thresholdPct.stripTrailingZeros().toPlainString());
        }
        return Wording.OPERATORS_TO_REVIEW.text() + "\n" + String.join("\n", flags);
    }

    /** operators.csv's fields, and the operator as a reader knows it: its name, its id where it has none. */
    private static List<Map<String, ?>> operators(List<PeriodReport.OperatorRow> operators) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PeriodReport.OperatorRow o : operators) {
            Map<String, Object> r = fields(ReportTables.OPERATORS, o);
            r.put("operator", o.operatorName().isEmpty() ? o.operatorId() : o.operatorName());
            rows.add(r);
        }
        return rows;
    }

    private static String plain(BigDecimal value) {
        return GroupedNumbers.decimal(value);
    }

    static String periodLabel(Period period) {
        if (period.isSingleDay()) {
            return Wording.PDF_DAY.text(period.from());
        }
        if (period.from().getDayOfMonth() == 1 && period.to().equals(period.from().withDayOfMonth(period.from().lengthOfMonth()))) {
            return Wording.PDF_MONTH.text(period.from().getYear(), period.from().getMonthValue(), period.from(),
                    period.to(), period.days());
        }
        return Wording.PDF_RANGE.text(period.from(), period.to(), period.days());
    }

    private static List<Map<String, ?>> clusterBars(List<ClusterRow> clusters) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ClusterRow c : clusters) {
            BigDecimal pct = GpuHours.percent(c.usedGs(), c.capacityGs());
            rows.add(Map.of("cluster", c.clusterId(), "utilization", pct == null ? BigDecimal.ZERO : pct));
        }
        return rows;
    }

    /** One point a day; a day on which a cluster's job file is missing is marked with {@code *}. */
    private static List<Map<String, ?>> dailyLines(List<DayTotals> days, List<MissingRow> missing) {
        java.util.Set<LocalDate> incomplete = new java.util.HashSet<>();
        for (MissingRow m : missing) {
            if ("jobs".equals(m.kind())) {
                incomplete.add(m.date());
            }
        }
        List<Map<String, ?>> rows = new ArrayList<>();
        for (DayTotals d : days) {
            rows.add(Map.of("day", d.day().toString().substring(5) + (incomplete.contains(d.day()) ? "*" : ""), "capacity", GpuHours.rounded(d.capacityGs()),
                    "allocated", GpuHours.rounded(d.allocatedGs()), "used", GpuHours.rounded(d.usedGs())));
        }
        return rows;
    }

    private static List<Map<String, ?>> clusters(List<ClusterRow> clusters) {
        List<Map<String, ?>> rows = new ArrayList<>();
        clusters.forEach(c -> rows.add(fields(ReportTables.CLUSTERS, c)));
        return rows;
    }

    /**
     * A row's fields, named as the CSV names its columns (the templates declare the ones they print), formatted
     * for readers: thousands grouped, percentages plain, a partly measured figure with its share, a figure not
     * measured empty.
     */
    static <R> Map<String, Object> fields(List<ReportColumn<R>> columns, R row) {
        Map<String, Object> fields = new HashMap<>();
        for (ReportColumn<R> column : columns) {
            Object value = column.of(row);
            if (value == null && column.kind() != ReportColumn.Kind.TEXT) {
                fields.put(column.name(), "");
                continue;
            }
            fields.put(column.name(), switch (column.kind()) {
                case HOURS -> value instanceof MeasuredHours m ? m.grouped() : format((Long) value);
                case DATE -> value.toString();
                case ROUNDED_HOURS -> GroupedNumbers.decimal((BigDecimal) value);
                // percentages are never grouped (at most 100.00 in the tables that show them)
                case PERCENT -> ((BigDecimal) value).toPlainString();
                case KRW -> formatKrw((BigDecimal) value);
                case INTEGER -> String.valueOf(value);
                case TEXT -> value;
            });
        }
        return fields;
    }

    /** Institutions by allocation utilization, highest first (exact ratios); those with nothing allocated last. */
    private static List<Map<String, ?>> institutions(List<InstitutionRow> institutions) {
        Comparator<InstitutionRow> byUtilization = Comparator
                .comparing((InstitutionRow i) -> i.allocatedGs() == 0)
                .thenComparing(i -> i.allocatedGs() == 0 ? BigDecimal.ZERO
                        : BigDecimal.valueOf(i.usedGs()).divide(BigDecimal.valueOf(i.allocatedGs()), MathContext.DECIMAL128),
                        Comparator.reverseOrder())
                .thenComparing(InstitutionRow::institutionId);
        List<Map<String, ?>> rows = new ArrayList<>();
        int rank = 0;
        for (InstitutionRow i : institutions.stream().sorted(byUtilization).toList()) {
            Map<String, Object> r = fields(ReportTables.INSTITUTIONS, i);
            r.put("rank", String.valueOf(++rank));
            // the PDF names the sector for its readers where the CSV gives its code
            r.put("sector", i.sector().term().ko());
            rows.add(r);
        }
        return rows;
    }

    private static List<Map<String, ?>> sectors(List<SectorRow> sectors) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (SectorRow s : sectors) {
            Map<String, Object> r = fields(ReportTables.SECTORS, s);
            // the PDF names the sector beside its code
            r.put("sector", s.sector().label());
            rows.add(r);
        }
        return rows;
    }

    /** The completeness note covers the reclaim windows too, which reach back before the period. */
    static String reclaimWindowNote(List<ReclaimRow> unverified) {
        if (unverified.isEmpty()) {
            return "";
        }
        return "\n" + Wording.UNVERIFIED_APART.text(unverified.size());
    }

    /**
     * reclaim.csv's fields, and the institution as a reader knows it: its name, its id after it. Only the
     * unverified table prints window_missing_days (a candidate has none), and no table the status, which the two
     * tables tell.
     */
    private static List<Map<String, ?>> reclaim(List<ReclaimRow> reclaim, Map<String, String> institutionNames) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (ReclaimRow c : reclaim) {
            Map<String, Object> r = fields(ReportTables.RECLAIM, c);
            r.put("institution", institutionNames.getOrDefault(c.institutionId(), "") + " (" + c.institutionId() + ")");
            rows.add(r);
        }
        return rows;
    }

    /**
     * The data-completeness note: every missing cluster-day by cluster and kind, consecutive
     * days written as one range, so that a gap never passes for idleness.
     */
    static String missingNote(List<MissingRow> missing, Measured share) {
        if (missing.isEmpty()) {
            return Wording.COMPLETE.text();
        }
        long jobGaps = missing.stream().filter(MissingRow::jobFile).count();
        List<String> sentences = new ArrayList<>();
        if (jobGaps > 0) {
            sentences.add(Wording.MISSING_UNKNOWN_USE.text(Term.CLUSTER_DAYS_WITHOUT_JOB_FILE.ko(), jobGaps));
        }
        if (missing.size() > jobGaps) {
            sentences.add(Wording.TELEMETRY_GAPS_ONLY.text(missing.size() - jobGaps, share.ko()));
        }
        StringBuilder note = new StringBuilder(String.join("\n", sentences));
        for (MissingDays group : MissingDays.group(missing)) {
            note.append('\n').append("• ").append(group.clusterId()).append(" (").append(kindLabel(group.kind()))
                    .append("): ").append(group.ranges()).append(" (").append(Wording.DAYS_COUNT.text(group.days())).append(")");
        }
        return note.toString();
    }

    /** One line naming where the figures came from (the whole list is provenance.csv and the workbook). */
    static String provenanceLine(List<PeriodReport.ProvenanceRow> provenance) {
        long jobs = provenance.stream().filter(p -> p.kind().equals("jobs")).count();
        long telemetry = provenance.stream().filter(p -> p.kind().equals("telemetry")).count();
        String reference = provenance.stream().filter(p -> p.kind().equals("reference"))
                .map(p -> p.name().replace("reference/", "") + " " + p.sha256().substring(0, 8))
                .reduce((a, b) -> a + ", " + b).orElse("-");
        return Wording.PROVENANCE_LINE.text(jobs, telemetry, reference);
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "jobs" -> Term.JOB_FILES.ko();
            case "telemetry" -> Term.TELEMETRY_FILES.ko();
            default -> kind;
        };
    }

    /** GPU-hours as the CSV extracts round them, with thousands grouped for readers. */
    private static String format(long gpuSeconds) {
        return GroupedNumbers.hours(gpuSeconds);
    }

    private static String formatKrw(BigDecimal exactKrw) {
        return GroupedNumbers.krw(exactKrw);
    }
}
