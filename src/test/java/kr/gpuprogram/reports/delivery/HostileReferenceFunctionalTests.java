package kr.gpuprogram.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.gpuprogram.reports.support.Allocations;
import kr.gpuprogram.reports.support.DemoProgram;
import kr.gpuprogram.reports.support.FunctionalTest;
import kr.gpuprogram.reports.support.FunctionalTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Reference rows written by a hostile or careless hand: an operator id that would end a mail
 * header, one that would climb out of the report dir, and a recipient that is a group of two
 * addresses. Each is a reference reject; nothing of them reaches a header, a path or a mailbox,
 * and the scopes' other recipients get their mail as before.
 */
@FunctionalTest("hostile")
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "gpu.mail.from=reports@gpu.example.org",
        "gpu.mail.attempts=1"})
class HostileReferenceFunctionalTests extends FunctionalTestSupport {

    // started here rather than by GreenMail's extension: Spring's extension builds the context first
    private static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        if (!smtp.isRunning()) {
            smtp.start();
        }
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static final LocalDate NOV_5 = LocalDate.parse("2026-11-05");
    private static final Path ESCAPE_ROOT = Path.of("target/functional/hostile").toAbsolutePath();

    @Test
    void hostileIdentifiersAndAGroupAddressAreRejectsAndReachNoHeaderPathOrMailbox() throws Exception {
        // given
        givenTheDemoReference();
        reference("operators.csv", DemoProgram.OPERATORS
                + "\"op-x\r\nReply-To: attacker@evil.example\",나쁜 운영사,\n"
                + "x/../../../../ESCAPED,탈출 운영사,\n");
        reference("clusters.csv", DemoProgram.CLUSTERS
                + "\"evil\",\"op-x\r\nReply-To: attacker@evil.example\",H100,8,2026-01-01,,\n"
                + "esc,x/../../../../ESCAPED,H100,8,2026-01-01,,\n");
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", """
                email,name,scope
                pm1@program.example.org,김사업,PROGRAM
                "Team: pm2@program.example.org, hidden@evil.example;",팀,PROGRAM
                noc@op.example.com,박운영,op
                "a@example.org, b@example.org",목록,op
                "attacker@evil.example","x","op-x\r\nReply-To: attacker@evil.example"
                escaped@evil.example,x,x/../../../../ESCAPED
                """);
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "1|demo|P-1|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2\n");
        removeEscapes();

        // when
        assertCompleted(run(NOV_5));

        // then: the listed single addresses get their mail, no one else does
        List<String> mailboxes = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            for (var recipient : mail.getAllRecipients()) {
                mailboxes.add(recipient.toString());
            }
            assertThat(mail.getHeader("Reply-To")).as("no header from an identifier").isNull();
            assertThat(mail.getMessageID()).doesNotContain("\r", "\n", "/", "..");
        }
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(mailboxes).containsExactlyInAnyOrder("pm1@program.example.org", "noc@op.example.com");

        // each hostile row is a reject naming the rule
        List<String> reasons = report("2026-11-05", "rejects.csv").rows().stream()
                .map(r -> r.get("file") + ": " + r.get("reason")).toList();
        assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("reference/operators.csv: operator_id 'op-x\\u000D\\u000AReply-To")
                .contains("1 to 64 characters of A-Z a-z 0-9 . _ -, not starting with '.'"));
        assertThat(reasons).anySatisfy(r -> assertThat(r)
                .startsWith("reference/operators.csv: operator_id 'x/../../../../ESCAPED' is not an identifier"));
        assertThat(reasons).anySatisfy(r -> assertThat(r)
                .startsWith("reference/recipients.csv: email 'Team: pm2@program.example.org, hidden@evil.example;' is not one address"));
        assertThat(reasons).anySatisfy(r -> assertThat(r)
                .startsWith("reference/recipients.csv: email 'a@example.org, b@example.org' is not one address"));
        assertThat(jdbc.queryForList("SELECT email FROM recipient ORDER BY email", String.class))
                .containsExactly("noc@op.example.com", "pm1@program.example.org");

        // no folder but the program's and op's, nothing outside the report dir
        try (Stream<Path> folders = Files.list(settings.reportDir().resolve("2026-11-05"))) {
            assertThat(folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .containsExactly("operator-op");
        }
        assertThat(escapes()).isEmpty();
    }

    @Test
    void aFormulaInANameOrARejectIsTextInTheCsvAndInTheWorkbook() throws Exception {
        // given: an institution named as a formula, and a job line that is one
        String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
        givenTheDemoReference();
        reference("institutions.csv", DemoProgram.INSTITUTIONS + "I-9,\"" + formula.replace("\"", "\"\"") + "\",PUBLIC,서울\n");
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .row("X-9", "I-9", "=1+1", "demo", 2, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", "email,name,scope\n");
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "1|demo|X-9|kim|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2\n"
                + "@SUM(1+1)|demo|P-1|kim|2026-11-05T01:00:00|bad|COMPLETED|gres/gpu=2\n");

        // when
        assertCompleted(run(NOV_5));

        // then: in the CSV, the text begins with ', the figures as they were
        Path folder = settings.reportDir().resolve("2026-11-05");
        var institution = report("2026-11-05", "institutions.csv").row("institution_id", "I-9");
        assertThat(institution.get("institution_name")).isEqualTo("'" + formula);
        assertThat(institution.get("used_gpu_hours")).isEqualTo("4.00");
        assertThat(report("2026-11-05", "rejects.csv").column("content")).contains("'@SUM(1+1)|demo|P-1|kim|2026-11-05T01:00:00|bad|COMPLETED|gres/gpu=2");
        // in the workbook, the name is a text cell holding the name itself
        byte[] workbook = Files.readAllBytes(folder.resolve("gpu-usage-2026-11-05.xlsx"));
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            List<org.apache.poi.ss.usermodel.Cell> cells = new ArrayList<>();
            book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                        || (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().contains("HYPERLINK"))) {
                    cells.add(cell);
                }
            })));
            assertThat(cells).isNotEmpty().allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(formula);
            });
        }
        // a rerun that changes nothing restates nothing (the published, defused names compare equal)
        assertCompleted(rerun(NOV_5, NOV_5));
        assertThat(folder.resolve("restatement.csv")).doesNotExist();
    }

    @Test
    void inboxEntriesThatAreNoRegularFileAreRejectsAndNothingTheyPointToIsRead() throws Exception {
        // given: a job file outside the inbox (another operator's, say), linked into it under demo's name;
        // a directory and a FIFO named like input files
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", """
                email,name,scope
                pm1@program.example.org,김사업,PROGRAM
                """);
        Path outside = ESCAPE_ROOT.resolve("outside");
        Files.createDirectories(outside);
        Path secret = Files.writeString(outside.resolve("secret.csv"), DemoProgram.HEADER
                + "777777|demo|P-1|leakeduser|2026-11-05T01:00:00|2026-11-05T03:00:00|COMPLETED|gres/gpu=2\n"
                + "777778|demo|P-1|leakeduser|2026-11-05T01:00:00|not-a-time|COMPLETED|gres/gpu=2\n");
        Files.createSymbolicLink(settings.inboxDir().resolve("jobs-demo-2026-11-05.csv"), secret);
        Files.createSymbolicLink(settings.inboxDir().resolve("gpu-metrics-demo-2026-11-05.csv"), secret);
        Files.createDirectory(settings.inboxDir().resolve("jobs-utc1-2026-11-05.csv"));
        Path fifo = settings.inboxDir().resolve("jobs-grow-2026-11-05.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        // when
        assertCompleted(run(NOV_5));

        // then: one reject at line 0 each, the days missing, nothing of the secret anywhere
        var rejects = report("2026-11-05", "rejects.csv").rows();
        assertThat(rejects).extracting(r -> r.get("file") + " " + r.get("line") + " " + r.get("reason"))
                .contains("inbox/jobs-demo-2026-11-05.csv 0 a symbolic link: not read",
                        "inbox/gpu-metrics-demo-2026-11-05.csv 0 a symbolic link: not read",
                        "inbox/jobs-utc1-2026-11-05.csv 0 a directory: not read",
                        "inbox/jobs-grow-2026-11-05.csv 0 not a regular file (a FIFO, socket or device): not read");
        assertThat(report("2026-11-05", "missing.csv").rows()).extracting(r -> r.get("cluster_id") + " " + r.get("kind"))
                .contains("demo jobs", "demo telemetry", "utc1 jobs", "grow jobs");
        assertThat(report("2026-11-05", "institutions.csv").row("institution_id", "I-1").get("used_gpu_hours"))
                .isEqualTo("0.00");
        try (Stream<Path> written = Files.walk(settings.reportDir())) {
            for (Path file : written.filter(Files::isRegularFile).toList()) {
                String text = file.toString().endsWith(".xlsx") ? String.join("\n", WorkbookText.cells(Files.readAllBytes(file)))
                        : new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(text).as(file.toString()).doesNotContain("leakeduser", "777777", "not-a-time");
            }
        }
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).isNotEmpty();
        for (MimeMessage mail : mails) {
            java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
            mail.writeTo(raw);
            assertThat(raw.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("leakeduser", "777777");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM job_record WHERE user_name = 'leakeduser'", Integer.class))
                .isZero();
    }

    @Test
    void usageBeyondCapacityIsNamedInTheCompletenessNotesOfThePdfTheWorkbookAndTheMail() throws Exception {
        // given: on demo (8 GPUs, 192 GPU-h a day) jobs of 192 + 192 + 48 = 432 GPU-h: 225.00 % used
        givenTheDemoReference();
        reference("allocations.csv", Allocations.of()
                .row("P-1", "I-1", "거대언어모델 연구", "demo", 4, "2026-11-01", "2026-11-30")
                .csv());
        reference("recipients.csv", """
                email,name,scope
                pm1@program.example.org,김사업,PROGRAM
                """);
        inbox("jobs-demo-2026-11-05.csv", DemoProgram.HEADER
                + "1|demo|P-1|kim|2026-11-05T00:00:00|2026-11-06T00:00:00|COMPLETED|gres/gpu=8\n"
                + "2|demo|P-1|kim|2026-11-05T00:00:00|2026-11-06T00:00:00|COMPLETED|gres/gpu=8\n"
                + "3|demo|P-1|kim|2026-11-05T00:00:00|2026-11-05T12:00:00|COMPLETED|gres/gpu=4\n");

        // when
        assertCompleted(run(NOV_5));

        // then
        assertThat(report("2026-11-05", "clusters.csv").row("cluster_id", "demo").get("utilization_pct")).isEqualTo("225.00");
        String english = "Usage beyond capacity on 1 cluster-day(s) (the job file holds jobs that cannot all have run): "
                + "demo 2026-11-05 225.00 %";
        Path folder = settings.reportDir().resolve("2026-11-05");
        assertThat(String.join("\n", WorkbookText.cells(Files.readAllBytes(folder.resolve("gpu-usage-2026-11-05.xlsx")))))
                .contains(english).contains("사용이 용량을 넘은 클러스터-일 1건");
        assertThat(kr.gpuprogram.reports.support.PdfText.of(folder.resolve("gpu-usage-2026-11-05.pdf")).replaceAll("\\s+", " "))
                .contains("demo 2026-11-05 225.00 %");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(mailText(smtp.getReceivedMessages()[0])).contains(english);
    }

    private static String mailText(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            collectText(multipart, text);
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static void collectText(jakarta.mail.Multipart multipart, StringBuilder text) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            jakarta.mail.BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart nested) {
                collectText(nested, text);
            } else if (part.isMimeType("text/plain") && part.getFileName() == null) {
                text.append(part.getContent());
            }
        }
    }

    private static List<Path> escapes() throws Exception {
        try (Stream<Path> walk = Files.walk(ESCAPE_ROOT.getParent().getParent(), 4)) {
            return walk.filter(p -> p.getFileName().toString().equals("ESCAPED")).toList();
        }
    }

    private static void removeEscapes() throws Exception {
        for (Path escaped : escapes()) {
            deleteRecursively(escaped);
        }
    }
}
