package kr.gpuprogram.reports.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code status}: the window's days, a row per in-service cluster, and the last job run (null: none yet). */
public record StatusReport(LocalDate from, LocalDate to, List<ClusterStatus> clusters, LastRun lastRun) {

    /** The last job execution: {@code nightlyJob date=2026-11-25}, its status and when it ended (null: still running). */
    public record LastRun(String job, String parameters, String status, OffsetDateTime endedAt) {

        public String describe() {
            return parameters.isEmpty() ? job : job + " " + parameters;
        }
    }
}
