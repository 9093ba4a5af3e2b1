package kr.gpuprogram.reports.ingest.telemetry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;

/** What a block of telemetry lines adds up to, per day and job, and the lines it rejected. */
public record TelemetryAggregate(InboxFile file, int partNo, Map<Key, Sums> sums, List<ClassifiedLine.Rejected> rejects) {

    /** jobId is empty for samples of GPUs that ran no job. */
    public record Key(LocalDate day, String jobId) {
    }

    public static final class Sums {
        public long samples;
        public double utilSum;
        public final long[] histogram = new long[101];

        void add(Sums other) {
            samples += other.samples;
            utilSum += other.utilSum;
            for (int i = 0; i < histogram.length; i++) {
                histogram[i] += other.histogram[i];
            }
        }

        void add(double util) {
            samples++;
            utilSum += util;
            histogram[(int) Math.floor(util)]++;
        }
    }
}
