package kr.gpuprogram.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.report.Period;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.report.ReportFolderWriter;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FaultInjector;
import kr.gpuprogram.reports.support.FunctionalTest;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import kr.gpuprogram.reports.support.MailParts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.test.context.TestPropertySource;

/** Report mails through a real SMTP server in the JVM (GreenMail). */
@FunctionalTest("mail")
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "spring.mail.port=3025",
        "gpu.mail.from=reports@gpu.example.org",
        "gpu.mail.attempts=3",
        "gpu.mail.backoff=20ms"})
class MailDeliveryFunctionalTests extends FunctionalTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final LocalDate NOV_5 = LocalDate.parse("2026-11-05");

    @BeforeEach
    void givenTwoOperatorsWithTheirOwnContacts() throws Exception {
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("U-1", "I-2", "추천 시스템", "utc1", 2, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", """
                email,name,scope
                pm1@program.example.org,김사업,PROGRAM
                pm2@program.example.org,이관리,PROGRAM
                noc@op.example.com,박운영,op
                noc@op2.example.com,최운영,op2
                """);
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "1|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2\n");
        inbox("jobs-utc1-2026-11-05.csv", DemoProgram.HEADER
                + "7|utc1|U-1|lee|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=1\n");
    }

    @Test
    void programManagersGetTheWholeProgramAndEachOperatorOnlyItsOwnClusters() throws Exception {
        // when
        assertCompleted(run(NOV_5));

        // then: one mail per group, the program managers' to both of them
        MimeMessage[] mails = smtp.getReceivedMessages();
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage mail : mails) {
            byRecipient.put(mail.getAllRecipients()[0].toString(), mail);
        }
        assertThat(mails).as("GreenMail keeps one message per recipient").hasSize(4);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_delivery", Integer.class)).as("one mail per group").isEqualTo(3);
        MimeMessage program = byRecipient.get("pm1@program.example.org");
        assertThat(program.getAllRecipients()).extracting(Object::toString)
                .containsExactlyInAnyOrder("pm1@program.example.org", "pm2@program.example.org");
        assertThat(program.getSubject()).contains("GPU usage report 2026-11-05").contains("PROVISIONAL");
        assertThat(MailParts.attachmentNames(program)).containsExactlyInAnyOrder("gpu-usage-2026-11-05.pdf", "gpu-usage-2026-11-05.xlsx",
                "missing.csv");
        assertThat(attachmentTypes(program)).containsExactlyInAnyOrder("application/pdf",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv; charset=UTF-8");
        // text parts travel with CRLF line ends
        assertThat(new String(attachment(program, "missing.csv"), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n"))
                .isEqualTo(java.nio.file.Files.readString(settings.reportDir().resolve("2026-11-05/missing.csv"))
                        .replace("\r\n", "\n"));
        assertThat(textOf(program)).contains("사용 / Used: 5.00 GPU-h");
        // the job-file gap (grow has no accounting file) is named before the telemetry gaps, in full
        assertThat(textOf(program)).containsSubsequence(
                "작업 파일 (사용량에 영향) / Job files (usage depends on them): 1 cluster-day(s)",
                "  - grow: 2026-11-05",
                "텔레메트리 파일 (활성 유휴만 측정되지 않음, 사용량은 완전함) / Telemetry files (active idle unmeasured; "
                        + "usage is complete): 3 cluster-day(s)",
                "  - demo: 2026-11-05", "  - grow: 2026-11-05", "  - utc1: 2026-11-05");

        MimeMessage operator = byRecipient.get("noc@op.example.com");
        assertThat(operator.getSubject()).contains("(op)");
        assertThat(textOf(operator)).contains("사용 / Used: 4.00 GPU-h").contains("운영사 / Operator op");
        // the operator's workbook holds its clusters and institutions only
        List<String> operatorCells = WorkbookText.cells(attachment(operator, ".xlsx"));
        assertThat(operatorCells).contains("demo", "grow", "한빛대학교").doesNotContain("utc1", "(주)딥러닝랩", "op2");
        List<String> otherCells = WorkbookText.cells(attachment(byRecipient.get("noc@op2.example.com"), ".xlsx"));
        assertThat(otherCells).contains("utc1", "(주)딥러닝랩").doesNotContain("demo", "한빛대학교");

        // every mail sent is recorded with its recipients and the attachments' checksums
        List<Map<String, Object>> log = jdbc.queryForList("SELECT period, scope, status, recipients, attachments "
                + "FROM mail_delivery ORDER BY scope");
        assertThat(log).extracting(r -> r.get("scope")).containsExactly("PROGRAM", "op", "op2");
        assertThat(log).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("SENT");
            // missing.csv goes with a provisional report only: op2's utc1 lacks its telemetry file alone
            assertThat((String) r.get("attachments")).matches("gpu-usage-2026-11-05\\.pdf:\\d+:[0-9a-f]{64};"
                    + "gpu-usage-2026-11-05\\.xlsx:\\d+:[0-9a-f]{64}"
                    + (r.get("scope").equals("op2") ? "" : ";missing\\.csv:\\d+:[0-9a-f]{64}"));
        });
    }

    @Test
    void theProgramMailNamesTheOperatorWhoseTelemetryCoversTooLittleOfItsAccounting() throws Exception {
        // given: job 1 holds 2 GPUs 01:00-03:00 on demo (op), but only GPU 0 reports it: 2 of 4 GPU-hours
        // observed, coverage 50 % < 90 %; utc1 (op2) has no telemetry, so nothing to say about op2
        StringBuilder telemetry = new StringBuilder(DemoProgram.TELEMETRY_HEADER);
        for (int minute = 0; minute < 120; minute++) {
            telemetry.append("2026-11-05T").append(java.time.LocalTime.of(1, 0).plusMinutes(minute))
                    .append(":00+09:00,demo,n1,0,1,80\n");
        }
        inbox("gpu-metrics-demo-2026-11-05.csv", telemetry.toString());

        // when
        assertCompleted(run(NOV_5));

        // then
        Map<String, MimeMessage> byRecipient = new HashMap<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            byRecipient.put(mail.getAllRecipients()[0].toString(), mail);
        }
        String program = textOf(byRecipient.get("pm1@program.example.org")).replace("\r\n", "\n");
        assertThat(program).contains("운영사 점검 / Operator review (텔레메트리 포괄률 기준 / coverage threshold 90%):\n"
                + "  - 데모 클라우드 (op): 텔레메트리 포괄률 / Telemetry coverage 50.00%\n").doesNotContain("(op2):");
        assertThat(textOf(byRecipient.get("noc@op.example.com"))).doesNotContain("Operator review");
    }

    @Test
    void aReportAlreadyMailedIsNotMailedAgainAndARerunMailsOnlyWhenAsked() throws Exception {
        // given
        assertCompleted(run(NOV_5));
        assertThat(smtp.getReceivedMessages()).hasSize(4);

        // when
        assertCompleted(run(NOV_5));
        assertCompleted(rerun(NOV_5, NOV_5));

        // then
        assertThat(smtp.getReceivedMessages()).as("nothing sent again").hasSize(4);

        // when asked
        assertCompleted(jobRunner.run(new kr.gpuprogram.reports.cli.ReportCommand.Rerun(NOV_5, NOV_5, true)));

        // then
        assertThat(smtp.getReceivedMessages()).hasSize(8);
    }

    @Test
    void aFailingSmtpServerIsRetriedTheRunFailsAndTheNextRunSendsWithoutDuplicates() throws Exception {
        // given
        smtp.stop();

        // when
        JobExecution failed = run(NOV_5);

        // then: three attempts each, the reports stay on disk, the run fails with the reason
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(kr.gpuprogram.reports.cli.CommandLineMain.failureReason(failed)).contains("mail(s) not sent");
        assertThat(settings.reportDir().resolve("2026-11-05/gpu-usage-2026-11-05.pdf")).exists();
        assertThat(jdbc.queryForList("SELECT attempts FROM mail_delivery WHERE status = 'PENDING'", Integer.class))
                .containsExactly(3, 3, 3);

        // when the server is back, the same command goes on where it stopped
        smtp.start();
        assertCompleted(run(NOV_5));
        assertCompleted(run(NOV_5.plusDays(1)));

        // then each of the four recipients got the 5th's mail once (and the 6th's)
        List<String> received = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            received.add(mail.getSubject().replaceAll(".* (2026-11-0\\d).*", "$1"));
        }
        assertThat(received.stream().filter(s -> s.equals("2026-11-05"))).hasSize(4);
        assertThat(received.stream().filter(s -> s.equals("2026-11-06"))).hasSize(4);
        assertThat(jdbc.queryForList("SELECT status FROM mail_delivery", String.class)).containsOnly("SENT").hasSize(6);
    }

    @Test
    void aRunThatDiesBetweenTwoMailsSendsOnlyTheRestWhenRunAgain() throws Exception {
        // given: the process fails after the program managers' mail went out
        faults.arm(FaultInjector.DELIVERY, 1, false);

        // when
        JobExecution failed = run(NOV_5);
        int afterFailure = smtp.getReceivedMessages().length;
        assertCompleted(run(NOV_5));

        // then: two messages (one mail to the two managers) before, the two operators' after; none twice
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(afterFailure).isEqualTo(2);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "[잠정/PROVISIONAL] GPU 지원사업 사용 현황 / GPU usage report 2026-11-05",
                "[잠정/PROVISIONAL] GPU 지원사업 사용 현황 / GPU usage report 2026-11-05",
                "[잠정/PROVISIONAL] GPU 지원사업 사용 현황 / GPU usage report 2026-11-05 (op)",
                // op2's utc1 lacks its telemetry file only: usage is complete, so its report is not provisional
                "GPU 지원사업 사용 현황 / GPU usage report 2026-11-05 (op2)");
    }

    @Test
    void twoDeliveryStepsAtOnceSendEachMailOnce() throws Exception {
        // given the reports of two days written and their six mails asked for, nothing sent yet
        faults.arm(FaultInjector.DELIVERY, 0, false);
        run(NOV_5);
        faults.arm(FaultInjector.DELIVERY, 0, false);
        run(NOV_5.plusDays(1));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_delivery WHERE status = 'PENDING'", Integer.class)).isEqualTo(6);

        // when two delivery steps run at once, the first slowed down on its first mail
        faults.armPause(FaultInjector.DELIVERY, 0, 2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> deliverer.sendPending(null));
            while (!faults.paused()) {
                Thread.sleep(10);
            }
            var second = pool.submit(() -> deliverer.sendPending(null));

            // then between them they sent six mails, each once
            assertThat(first.get() + second.get()).isEqualTo(6);
            assertThat(second.get()).as("the second did not wait for the first's locked mail").isGreaterThanOrEqualTo(1);
        } finally {
            pool.shutdown();
        }
        // GreenMail keeps one copy per recipient: 2 + 1 + 1 a day; a mail sent twice would show as more
        List<String> ids = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            ids.add(mail.getMessageID());
        }
        assertThat(ids).hasSize(8);
        assertThat(ids.stream().distinct()).hasSize(6);
        assertThat(jdbc.queryForList("SELECT status FROM mail_delivery", String.class)).containsOnly("SENT").hasSize(6);
    }

    @Test
    void aCrashBetweenTheServersAcceptanceAndTheCommitResendsWithTheSameMessageId() throws Exception {
        // given a run that dies after the SMTP server accepted the first mail, before its outcome is committed
        faults.arm(FaultInjector.DELIVERY_ACCEPTED, 0, false);
        JobExecution failed = run(NOV_5);
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        MimeMessage[] accepted = smtp.getReceivedMessages();
        assertThat(accepted).hasSize(2); // one mail, to the two program managers
        long firstId = jdbc.queryForObject("SELECT min(delivery_id) FROM mail_delivery", Long.class);
        assertThat(jdbc.queryForObject("SELECT status FROM mail_delivery WHERE delivery_id = ?", String.class, firstId))
                .isEqualTo("PENDING");

        // when the same command runs again
        assertCompleted(run(NOV_5));

        // then that mail went out again (at least once) with the same Message-ID, recorded with it
        String messageId = accepted[0].getMessageID();
        assertThat(messageId).isEqualTo("<gpu-usage-2026-11-05-PROGRAM-" + firstId + "@gpu.example.org>");
        List<String> programIds = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equals("pm1@program.example.org")) {
                programIds.add(mail.getMessageID());
            }
        }
        // GreenMail keeps one copy per recipient: two sends to the two program managers
        assertThat(programIds).containsExactly(messageId, messageId, messageId, messageId);
        assertThat(smtp.getReceivedMessages()).hasSize(6);
        assertThat(jdbc.queryForObject("SELECT message_id FROM mail_delivery WHERE delivery_id = ?", String.class, firstId))
                .isEqualTo(messageId);
    }

    @Test
    void askingTwiceForAMailWaitingQueuesItOnceWithTheTextOfTheLatestReport() {
        // given
        Period day = Period.day(NOV_5);
        jdbc.update("INSERT INTO recipient (email, name, scope) VALUES ('pm1@program.example.org', 'x', 'PROGRAM')");
        List<PeriodReport> written = folders.write(day);

        // when
        queue.request(written, true);
        queue.request(written, true);
        queue.request(written, false);

        // then
        assertThat(jdbc.queryForList("SELECT period || ' ' || scope || ' ' || status || ' ' || provisional FROM mail_delivery",
                String.class)).containsExactly("2026-11-05 PROGRAM PENDING false");

        // when the report is written again, now with a cluster-day missing
        PeriodReport complete = written.get(0);
        PeriodReport provisional = new PeriodReport(complete.period(), null, complete.clusters(), complete.institutions(),
                complete.sectors(), complete.reclaim(), List.of(new PeriodReport.MissingRow("demo", NOV_5, "jobs")),
                complete.rejects(), complete.days(), complete.provenance(), complete.operators());
        queue.request(List.of(provisional), false);

        // then the waiting mail says what the new report says
        Map<String, Object> waiting = jdbc.queryForMap("SELECT subject, body, provisional, missing_cluster_days FROM mail_delivery");
        assertThat(waiting.get("subject")).isEqualTo("[잠정/PROVISIONAL] GPU 지원사업 사용 현황 / GPU usage report 2026-11-05");
        assertThat((String) waiting.get("body")).startsWith("[잠정 보고 / PROVISIONAL REPORT]").contains("  - demo: 2026-11-05");
        assertThat(waiting.get("provisional")).isEqualTo(true);
        assertThat(waiting.get("missing_cluster_days")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM mail_delivery", Integer.class)).isEqualTo(1);
    }

    @org.springframework.beans.factory.annotation.Autowired
    ReportFolderWriter folders;
    @org.springframework.beans.factory.annotation.Autowired
    MailDeliverer deliverer;
    @org.springframework.beans.factory.annotation.Autowired
    DeliveryQueue queue;

    private static List<String> attachmentTypes(MimeMessage mail) throws Exception {
        List<String> types = new ArrayList<>();
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                types.add(part.getContentType().replaceAll(";\\s*name=.*", "").replaceAll("\\s+", " "));
            }
        }
        return types;
    }

    private static byte[] attachment(MimeMessage mail, String suffix) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getFileName() != null && part.getFileName().endsWith(suffix)) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no " + suffix + " attachment");
    }

    private static String textOf(MimeMessage mail) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        StringBuilder text = new StringBuilder();
        collectText(multipart, text);
        return text.toString();
    }

    private static void collectText(Multipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collectText(nested, text);
            } else if (part.isMimeType("text/plain") && part.getDisposition() == null) {
                text.append(part.getContent());
            }
        }
    }
}
