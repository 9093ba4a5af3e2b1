package kr.gpuprogram.reports.generate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A cluster of the sample program with its capacity periods (program-zone days). */
final class SampleCluster {

    /** gpuCount GPUs from {@code from} to {@code to} (null: open). */
    record Period(LocalDate from, LocalDate to, int gpuCount) {
    }

    final String id;
    final String operator;
    final String model;
    final String timeZoneName;
    final ZoneOffset zone;
    final List<Period> periods = new ArrayList<>();

    SampleCluster(String id, String operator, String model, String timeZoneName) {
        this.id = id;
        this.operator = operator;
        this.model = model;
        this.timeZoneName = timeZoneName;
        this.zone = SampleTime.zone(timeZoneName);
    }

    int capacityOn(LocalDate day) {
        for (Period p : periods) {
            if (!p.from().isAfter(day) && (p.to() == null || !day.isAfter(p.to()))) {
                return p.gpuCount();
            }
        }
        return 0;
    }

    /** The capacity at an instant: capacity periods are program-zone days. */
    int capacityAt(long instant) {
        return capacityOn(SampleTime.localDate(instant));
    }

    int maxGpus() {
        return periods.stream().mapToInt(Period::gpuCount).max().orElse(0);
    }
}
