package kr.gpuprogram.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.Map;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.Clusters;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTest;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.TestPropertySource;

/** With gpu.mail.hold-provisional, a report with missing files is held back; a complete one goes out. */
@FunctionalTest("hold")
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "gpu.mail.hold-provisional=true"})
class ProvisionalHoldFunctionalTests extends FunctionalTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Test
    void aCompleteDayIsMailedAndADayWithMissingFilesIsHeldBack() throws Exception {
        // given: one cluster; the 5th has its job and telemetry files, the 6th has none
        reference("operators.csv", DemoProgram.OPERATORS);
        reference("clusters.csv", Clusters.single("demo", "op", "H100", 8, "2026-01-01"));
        reference("institutions.csv", DemoProgram.INSTITUTIONS);
        reference("rates.csv", DemoProgram.RATES);
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", "email,name,scope\npm@program.example.org,김사업,PROGRAM\n");
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "1|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2\n");
        inbox("gpu-metrics-demo-2026-11-05.csv", "timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n"
                + "2026-11-05T01:00:00+09:00,demo,n1,0,1,90\n");

        // when
        assertCompleted(run(LocalDate.parse("2026-11-05")));
        assertCompleted(run(LocalDate.parse("2026-11-06")));

        // then
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).doesNotContain("PROVISIONAL").contains("2026-11-05");
        Map<String, Object> held = jdbc.queryForMap("SELECT status, provisional, last_error FROM mail_delivery WHERE period = '2026-11-06'");
        assertThat(held).containsEntry("status", "HELD").containsEntry("provisional", true);
        // held for demo's missing job file of the 6th; its missing telemetry file alone would not hold it
        assertThat((String) held.get("last_error")).contains("1 cluster-day(s) without a job file");
    }
}
