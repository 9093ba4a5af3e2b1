package kr.gpuprogram.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Institution notices through a real SMTP server (GreenMail, on a port of its own). L-1 of I-1
 * (1 GPU, 11-01..11-30) uses 24 GPU-h on each of 11-01 and 11-02, then nothing; its projection
 * is 48 + (48 / window days) x days left: 360 of 720 (50.00 %, not below 50) on 11-04, 288
 * (40.00 %, LOW) on 11-05, 240 (33.33 %, still LOW) on 11-06. T-1 of I-2 uses its one GPU all day:
 * ON_TRACK every day.
 */
@FunctionalTest("notice")
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "gpu.mail.from=reports@gpu.example.org",
        "gpu.mail.attempts=2",
        "gpu.mail.backoff=20ms"})
class InstitutionNoticeFunctionalTests extends FunctionalTestSupport {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            // started before the Spring context, which asks for its port; emptied before each test
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @BeforeEach
    void givenAnAllocationThatSlowsDownAndOneOnTrack() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("L-1", "I-1", "멈춘 연구", "demo", 1, "2026-11-01", "2026-11-30")
                .row("T-1", "I-2", "꾸준한 연구", "demo", 1, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", """
                email,name,scope
                pm@program.example.org,김사업,PROGRAM
                lab@univ.example.ac.kr,한빛 담당,institution:I-1
                ai@deeplab.example.com,딥러닝랩 담당,institution:I-2
                """);
        for (int day = 1; day <= 6; day++) {
            LocalDate date = LocalDate.parse("2026-11-%02d".formatted(day));
            String next = date.plusDays(1) + "T00:00:00";
            inbox("jobs-demo-" + date + ".csv", DemoProgram.HEADER
                    + (100 + day) + "|demo|T-1|lee|" + date + "T00:00:00|" + next + "|COMPLETED|gres/gpu=1\n"
                    + (day <= 2 ? (200 + day) + "|demo|L-1|kim|" + date + "T00:00:00|" + next + "|COMPLETED|gres/gpu=1\n" : ""));
        }
    }

    @Test
    void theInstitutionWhoseAllocationTurnsLowGetsOneNoticeWithItsRowAlone() throws Exception {
        // when: 11-04 (L-1 at 50.00 %), a rerun of 11-05, the nights of 11-05 (turns LOW) and 11-06 (still LOW)
        assertCompleted(run(LocalDate.parse("2026-11-04")));
        assertThat(noticesTo("lab@univ.example.ac.kr")).as("not LOW yet on 11-04").isEmpty();
        // a rerun mails reports again on purpose, but alerts no institution about a day gone by
        assertCompleted(rerun(LocalDate.parse("2026-11-05"), LocalDate.parse("2026-11-05")));
        assertThat(noticesTo("lab@univ.example.ac.kr")).as("no notice from a rerun").isEmpty();
        assertCompleted(run(LocalDate.parse("2026-11-05")));
        assertCompleted(run(LocalDate.parse("2026-11-06")));

        // then: I-1 got one notice, on 11-05; I-2 (on track) none
        List<MimeMessage> notices = noticesTo("lab@univ.example.ac.kr");
        assertThat(notices).hasSize(1);
        assertThat(noticesTo("ai@deeplab.example.com")).isEmpty();
        MimeMessage notice = notices.get(0);
        assertThat(notice.getAllRecipients()).extracting(Object::toString).containsExactly("lab@univ.example.ac.kr");
        assertThat(notice.getSubject()).contains("한빛대학교").contains("2026-11-05");
        String text = textOf(notice);
        assertThat(text).contains("L-1 한빛대학교 (demo): 누적 사용률 6.67%, 예상 사용률 40.00%, "
                + "예상 미사용 432.00 GPU-h, 1,296,000 KRW, 남은 일수 25, 상태 LOW [이날 저조가 됨 / turned LOW today]");
        // the attached outlook.csv holds its one allocation: 48 of 720 used, 288 projected
        String csv = new String(attachment(notice, "outlook.csv"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(csv).isEqualTo(String.join(",", kr.gpuprogram.reports.report.OutlookExtract.COLUMNS) + "\n"
                + "L-1,I-1,demo,2026-11-01,2026-11-30,720.00,48.00,6.67,16.67,25,9.60,288.00,40.00,432.00,1296000,0,LOW\n");
        assertThat(MailParts.attachmentNames(notice)).containsExactly("outlook.csv");
        // isolation: nothing of I-2 (its id, name, allocation or figures) in the text or the attachment
        for (String other : List.of("I-2", "(주)딥러닝랩", "T-1", "꾸준한 연구", "ON_TRACK", "720.00,120.00")) {
            assertThat(text).doesNotContain(other);
            assertThat(csv).doesNotContain(other);
        }
        assertThat(jdbc.queryForList("SELECT period || ' ' || status FROM mail_delivery WHERE scope = 'institution:I-1'",
                String.class)).containsExactly("2026-11-05 SENT");
    }

    @Test
    void aCrashAfterTheServerAcceptedANoticeResendsItWithTheSameMessageId() throws Exception {
        // given: only the institutions receive mail; the run dies after the server accepted I-1's notice
        reference("recipients.csv", """
                email,name,scope
                lab@univ.example.ac.kr,한빛 담당,institution:I-1
                ai@deeplab.example.com,딥러닝랩 담당,institution:I-2
                """);
        faults.arm(FaultInjector.DELIVERY_ACCEPTED, 0, false);
        assertThat(run(LocalDate.parse("2026-11-05")).getStatus()).isEqualTo(BatchStatus.FAILED);
        List<MimeMessage> accepted = noticesTo("lab@univ.example.ac.kr");
        assertThat(accepted).hasSize(1);
        long noticeId = jdbc.queryForObject("SELECT delivery_id FROM mail_delivery WHERE scope = 'institution:I-1'", Long.class);
        assertThat(jdbc.queryForObject("SELECT status FROM mail_delivery WHERE delivery_id = ?", String.class, noticeId))
                .isEqualTo("PENDING");

        // when the same night runs again
        assertCompleted(run(LocalDate.parse("2026-11-05")));

        // then the notice went out again with the same Message-ID, and it is still one notice of that day
        String messageId = accepted.get(0).getMessageID();
        assertThat(messageId).isEqualTo("<gpu-usage-2026-11-05-institution-I-1-" + noticeId + "@gpu.example.org>");
        assertThat(noticesTo("lab@univ.example.ac.kr")).extracting(MimeMessage::getMessageID)
                .containsExactly(messageId, messageId);
        assertThat(jdbc.queryForList("SELECT status || ' ' || message_id FROM mail_delivery WHERE scope = 'institution:I-1'",
                String.class)).containsExactly("SENT " + messageId);
        assertThat(noticesTo("ai@deeplab.example.com")).isEmpty();
    }

    @Test
    void anAllocationFourteenDaysFromItsEndIsNamedWhateverItsStatus() throws Exception {
        // given: I-2 also holds S-1 (1 GPU, 11-01..11-19), used all day like T-1: on track, and
        // 11-19 - 11-05 = 14 days left on 11-05 (15 on 11-04, 13 on 11-06)
        reference("allocations.csv", Allocations.of()
                .row("L-1", "I-1", "멈춘 연구", "demo", 1, "2026-11-01", "2026-11-30")
                .row("T-1", "I-2", "꾸준한 연구", "demo", 1, "2026-11-01", "2026-11-30")
                .row("S-1", "I-2", "끝나가는 연구", "demo", 1, "2026-11-01", "2026-11-19")
                .csv());
        for (int day = 1; day <= 6; day++) {
            LocalDate date = LocalDate.parse("2026-11-%02d".formatted(day));
            String next = date.plusDays(1) + "T00:00:00";
            inbox("jobs-demo-" + date + ".csv", DemoProgram.HEADER
                    + (100 + day) + "|demo|T-1|lee|" + date + "T00:00:00|" + next + "|COMPLETED|gres/gpu=1\n"
                    + (300 + day) + "|demo|S-1|park|" + date + "T00:00:00|" + next + "|COMPLETED|gres/gpu=1\n"
                    + (day <= 2 ? (200 + day) + "|demo|L-1|kim|" + date + "T00:00:00|" + next + "|COMPLETED|gres/gpu=1\n" : ""));
        }

        // when: the nights of 11-04, 11-05 and 11-06
        assertCompleted(run(LocalDate.parse("2026-11-04")));
        assertThat(noticesTo("ai@deeplab.example.com")).as("15 days left on 11-04").isEmpty();
        assertCompleted(run(LocalDate.parse("2026-11-05")));
        assertCompleted(run(LocalDate.parse("2026-11-06")));

        // then: I-2 got one notice, of 11-05, naming S-1 for its end date although it is ON_TRACK:
        // term 19 x 24 = 456 GPU-h, 5 x 24 = 120 used (26.32 %), 120 + 24 x 14 = 456 projected (100.00 %)
        List<MimeMessage> notices = noticesTo("ai@deeplab.example.com");
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).getSubject()).contains("(주)딥러닝랩").contains("2026-11-05");
        String text = textOf(notices.get(0));
        assertThat(text).contains("S-1 (주)딥러닝랩 (demo): 누적 사용률 26.32%, 예상 사용률 100.00%, "
                + "예상 미사용 0.00 GPU-h, 0 KRW, 남은 일수 14, 상태 ON_TRACK [종료 14일 전 / 14 days to its end date]");
        // S-1 is named (reason) and listed (rows); T-1 only listed
        assertThat(text.split("S-1 \\(주\\)딥러닝랩", -1)).hasSize(3);
        assertThat(text.split("T-1 \\(주\\)딥러닝랩", -1)).hasSize(2);
        // its rows are I-2's two allocations, T-1 listed but not named; nothing of I-1
        String csv = new String(attachment(notices.get(0), "outlook.csv"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(',')))).containsExactly("S-1", "T-1");
        assertThat(csv).contains("S-1,I-2,demo,2026-11-01,2026-11-19,456.00,120.00,26.32,26.32,14,24.00,456.00,100.00,0.00,0,0,ON_TRACK\n");
        for (String other : List.of("I-1", "한빛대학교", "L-1", "멈춘 연구", "LOW")) {
            assertThat(text).doesNotContain(other);
            assertThat(csv).doesNotContain(other);
        }
        // and I-1 still got its own notice of 11-05 (L-1 turned LOW), and only that one
        assertThat(noticesTo("lab@univ.example.ac.kr")).extracting(MimeMessage::getSubject)
                .singleElement().asString().contains("2026-11-05");
    }

    private static List<MimeMessage> noticesTo(String address) throws Exception {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getAllRecipients()[0].toString().equals(address)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static byte[] attachment(MimeMessage mail, String name) throws Exception {
        Multipart multipart = (Multipart) mail.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no " + name + " attachment");
    }

    private static String textOf(MimeMessage mail) throws Exception {
        StringBuilder text = new StringBuilder();
        collectText((Multipart) mail.getContent(), text);
        return text.toString().replace("\r\n", "\n");
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
