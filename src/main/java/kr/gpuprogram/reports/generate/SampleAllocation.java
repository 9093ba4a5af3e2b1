package kr.gpuprogram.reports.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An allocation of the sample program, its usage profile and the users drawn for it. */
final class SampleAllocation {

    final String id;
    final String institution;
    final String title;
    final String cluster;
    final int gpus;
    final LocalDate start;
    final LocalDate end;
    final String profile;
    /** Its first and first-after-last instant (program zone). */
    final long t0;
    final long t1;
    final List<String> users = new ArrayList<>();

    SampleAllocation(SampleProgram.AllocationRow row) {
        this.id = String.format(Locale.ROOT, "AL-2026-%03d", row.number());
        this.institution = row.institutionId();
        this.title = row.title();
        this.cluster = row.clusterId();
        this.gpus = row.gpus();
        this.start = LocalDate.parse(row.start());
        this.end = LocalDate.parse(row.end());
        this.profile = row.profile();
        this.t0 = SampleTime.midnight(start);
        this.t1 = SampleTime.midnight(end.plusDays(1));
    }

    boolean activeOn(LocalDate day) {
        return !start.isAfter(day) && !day.isAfter(end);
    }
}
