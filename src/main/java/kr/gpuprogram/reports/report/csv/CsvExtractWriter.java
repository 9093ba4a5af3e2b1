package kr.gpuprogram.reports.report.csv;

import static kr.gpuprogram.reports.figures.GpuHours.format;
import static kr.gpuprogram.reports.figures.GpuHours.formatKrw;
import static kr.gpuprogram.reports.figures.GpuHours.formatPercent;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kr.gpuprogram.reports.figures.GpuHours;
import kr.gpuprogram.reports.report.PeriodFigures;
import kr.gpuprogram.reports.report.PeriodFigures.ClusterRow;
import kr.gpuprogram.reports.report.PeriodFigures.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodFigures.MissingRow;
import kr.gpuprogram.reports.report.PeriodFigures.OperatorRow;
import kr.gpuprogram.reports.report.PeriodFigures.ReclaimRow;
import kr.gpuprogram.reports.report.PeriodFigures.RejectRow;
import kr.gpuprogram.reports.report.PeriodFigures.SectorRow;
import kr.gpuprogram.reports.report.ReportPart;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The CSV extracts for machines, with SPEC.md's columns first (further columns follow them):
 * GPU-hours and percentages with 2 decimals, KRW whole, empty where a percentage has no
 * denominator. UTF-8 without BOM, {@code \n} line ends.
 */
@Component
@Order(1)
public class CsvExtractWriter implements ReportPart {

    public static final List<String> CLUSTER_COLUMNS = List.of("cluster_id", "operator_id", "gpu_model",
            "capacity_gpu_hours", "allocated_gpu_hours", "used_gpu_hours", "unattributed_gpu_hours",
            "unallocated_gpu_hours", "allocated_idle_gpu_hours", "idle_gpu_hours", "active_idle_gpu_hours",
            "utilization_pct", "over_allocated_gpu_hours", "mean_gpu_util");
    public static final List<String> INSTITUTION_COLUMNS = List.of("institution_id", "institution_name", "sector",
            "allocated_gpu_hours", "used_gpu_hours", "allocated_idle_gpu_hours", "active_idle_gpu_hours",
            "allocation_utilization_pct", "jobs", "allocated_krw", "used_krw", "over_use_gpu_hours", "mean_gpu_util");
    public static final List<String> SECTOR_COLUMNS = List.of("sector", "institutions", "allocated_gpu_hours",
            "used_gpu_hours", "allocation_utilization_pct", "allocated_krw", "used_krw");
    public static final List<String> RECLAIM_COLUMNS = List.of("allocation_id", "institution_id", "cluster_id",
            "window_days", "window_allocated_gpu_hours", "window_used_gpu_hours", "window_idle_gpu_hours",
            "window_idle_krw", "zero_use_streak_days", "window_missing_days", "status");
    public static final List<String> OPERATOR_COLUMNS = List.of("operator_id", "operator_name", "cluster_id",
            "capacity_gpu_hours", "used_gpu_hours", "self_use_gpu_hours", "self_use_on_unallocated_gpu_hours",
            "self_use_on_allocated_gpu_hours", "self_use_krw", "waiting_during_self_use_gpu_hours", "jobs_started",
            "mean_wait_hours", "p90_wait_hours", "observed_job_gpu_hours", "telemetry_coverage_pct",
            "jobs_without_samples", "unknown_job_sample_gpu_hours");
    public static final List<String> MISSING_COLUMNS = List.of("cluster_id", "date", "kind");
    public static final List<String> REJECT_COLUMNS = List.of("file", "line", "reason", "content");
    public static final List<String> PROVENANCE_COLUMNS = List.of("kind", "file", "size_bytes", "sha256", "encoding",
            "lines_read", "lines_used", "lines_not_started", "lines_step", "lines_rejected", "status");

    @Override
    public void write(PeriodFigures figures, Path folder) throws IOException {
        try (CSVPrinter out = printer(folder.resolve("clusters.csv"), CLUSTER_COLUMNS)) {
            for (ClusterRow c : figures.clusters()) {
                out.printRecord(c.clusterId(), c.operatorId(), c.gpuModel(), format(c.capacityGs()),
                        format(c.allocatedGs()), format(c.usedGs()), format(c.unattributedGs()),
                        format(c.unallocatedGs()), format(c.allocatedIdleGs()), format(c.idleGs()),
                        c.measured() ? format(c.activeIdleGs()) : "", formatPercent(c.usedGs(), c.capacityGs()),
                        format(c.overAllocatedGs()), mean(c.utilSum(), c.utilSamples()));
            }
        }
        try (CSVPrinter out = printer(folder.resolve("institutions.csv"), INSTITUTION_COLUMNS)) {
            for (InstitutionRow i : figures.institutions()) {
                out.printRecord(i.institutionId(), i.institutionName(), i.sector(), format(i.allocatedGs()),
                        format(i.usedGs()), format(i.allocatedIdleGs()), i.measured() ? format(i.activeIdleGs()) : "",
                        formatPercent(i.usedGs(), i.allocatedGs()), i.jobs(), formatKrw(i.allocatedKrw()),
                        formatKrw(i.usedKrw()), format(i.overUseGs()), mean(i.utilSum(), i.utilSamples()));
            }
        }
        try (CSVPrinter out = printer(folder.resolve("sectors.csv"), SECTOR_COLUMNS)) {
            for (SectorRow s : figures.sectors()) {
                out.printRecord(s.sector(), s.institutions(), format(s.allocatedGs()), format(s.usedGs()),
                        formatPercent(s.usedGs(), s.allocatedGs()), formatKrw(s.allocatedKrw()), formatKrw(s.usedKrw()));
            }
        }
        try (CSVPrinter out = printer(folder.resolve("reclaim.csv"), RECLAIM_COLUMNS)) {
            for (ReclaimRow r : figures.reclaim()) {
                out.printRecord(r.allocationId(), r.institutionId(), r.clusterId(), r.windowDays(),
                        format(r.allocatedGs()), format(r.usedGs()), format(r.idleGs()), formatKrw(r.idleKrw()),
                        r.zeroUseStreakDays(), r.windowMissingDays(), r.status());
            }
        }
        try (CSVPrinter out = printer(folder.resolve("operators.csv"), OPERATOR_COLUMNS)) {
            for (OperatorRow o : figures.operators()) {
                out.printRecord(o.operatorId(), o.operatorName(), o.clusterId(), format(o.capacityGs()),
                        format(o.usedGs()), format(o.selfUseGs()), format(o.selfUseOnUnallocatedGs()),
                        format(o.selfUseOnAllocatedGs()), formatKrw(o.selfUseKrw()),
                        o.waitingMeasured() ? format(o.waitingDuringSelfUseGs()) : "",
                        o.waitsMeasured() ? o.jobsStarted() : "", plain(o.meanWaitHours()), plain(o.p90WaitHours()),
                        o.measured() ? format(o.observedJobGs()) : "", plain(o.coveragePct()),
                        o.measured() ? o.jobsWithoutSamples() : "",
                        o.measured() ? format(o.unknownJobSampleGs()) : "");
            }
        }
        try (CSVPrinter out = printer(folder.resolve("missing.csv"), MISSING_COLUMNS)) {
            for (MissingRow m : figures.missing()) {
                out.printRecord(m.clusterId(), m.date(), m.kind());
            }
        }
        try (CSVPrinter out = printer(folder.resolve("rejects.csv"), REJECT_COLUMNS)) {
            for (RejectRow r : figures.rejects()) {
                out.printRecord(r.file(), r.lineNo(), r.reason(), r.content());
            }
        }
        try (CSVPrinter out = printer(folder.resolve("provenance.csv"), PROVENANCE_COLUMNS)) {
            for (PeriodFigures.ProvenanceRow p : figures.provenance()) {
                out.printRecord(p.kind(), p.name(), p.sizeBytes(), p.sha256(), p.encoding(), p.linesRead(),
                        p.linesUsed(), p.linesNotStarted(), p.linesStep(), p.linesRejected(), p.status());
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String mean(long sum, long samples) {
        BigDecimal mean = GpuHours.mean(sum, samples);
        return mean == null ? "" : mean.toPlainString();
    }

    private static CSVPrinter printer(Path file, List<String> columns) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setRecordSeparator('\n')
                .setHeader(columns.toArray(String[]::new))
                .get();
        return new CSVPrinter(writer, format);
    }
}
