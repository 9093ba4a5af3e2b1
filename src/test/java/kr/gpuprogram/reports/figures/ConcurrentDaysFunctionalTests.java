package kr.gpuprogram.reports.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;

/** Two different days computed at the same time do not interfere: each gives what it gives alone. */
class ConcurrentDaysFunctionalTests extends FunctionalTestSupport {

    private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2026-11-03"), LocalDate.parse("2026-11-04"));

    private void givenAWeekOfJobs() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("G-1", "I-3", "기후 모델", "grow", 4, "2026-11-01", "2026-11-30")
                .csv());
        for (int day = 1; day <= 6; day++) {
            inbox("jobs-demo-2026-11-0" + day + ".csv", DemoProgram.HEADER
                    + (100 + day) + "|demo|P-1|kim|2026-11-0" + day + "T0" + day + ":00:00|2026-11-0" + (day + 1)
                    + "T01:00:00|COMPLETED|gres/gpu=" + day + "\n");
            inbox("jobs-grow-2026-11-0" + day + ".csv", DemoProgram.HEADER
                    + (200 + day) + "|grow|G-1|lee|2026-11-0" + day + "T10:00:00|2026-11-0" + day
                    + "T1" + day + ":30:00|COMPLETED|gres/gpu=2\n");
        }
        assertCompleted(run(LocalDate.parse("2026-11-06")));
    }

    @Test
    void twoDaysRerunConcurrentlyGiveTheFiguresOfTwoRunsOneAfterTheOther() throws Exception {
        // given
        givenAWeekOfJobs();
        for (LocalDate day : DAYS) {
            assertCompleted(rerun(day, day));
        }
        Map<String, byte[]> sequential = csvFiles();

        // when
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<JobExecution>> reruns = DAYS.stream()
                    .map(day -> (Callable<JobExecution>) () -> rerun(day, day)).toList();
            for (Future<JobExecution> execution : pool.invokeAll(reruns)) {
                assertCompleted(execution.get());
            }
        } finally {
            pool.shutdown();
        }

        // then
        Map<String, byte[]> concurrent = csvFiles();
        assertThat(concurrent.keySet()).isEqualTo(sequential.keySet()).contains("2026-11-03/clusters.csv", "2026-11-04/clusters.csv");
        sequential.forEach((file, bytes) -> assertThat(new String(concurrent.get(file))).as(file).isEqualTo(new String(bytes)));
    }

    private Map<String, byte[]> csvFiles() throws Exception {
        Path folder = settings.reportDir();
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
