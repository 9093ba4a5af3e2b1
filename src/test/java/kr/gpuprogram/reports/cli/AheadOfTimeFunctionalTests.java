package kr.gpuprogram.reports.cli;

import static kr.gpuprogram.reports.support.ChildRuns.finish;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kr.gpuprogram.reports.GpuUsageReportsApplication;
import kr.gpuprogram.reports.support.ChildRuns;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.ClassUtils;

/**
 * The program as its jar starts it, in a child JVM: with the bean definitions the build prepared
 * (Spring AOT). Conditions were decided once, at build time; these show that the settings a
 * condition would have fixed there still decide at run time: a mail host given or not, and a
 * database server named instead of the embedded one.
 */
class AheadOfTimeFunctionalTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private final ChildRuns runs = new ChildRuns(Path.of("target/functional/aot-children"));

    @BeforeEach
    void givenTheBuildsBeansAndAProgramManagerToMail() throws Exception {
        assertThat(ClassUtils.isPresent(GpuUsageReportsApplication.class.getName() + "__ApplicationContextInitializer",
                getClass().getClassLoader())).as("the build (process-aot) prepared the bean definitions").isTrue();
        Files.writeString(runs.data().resolve("reference/recipients.csv"), """
                email,name,scope
                pm@program.example.org,김사업,PROGRAM
                """);
        for (String name : new String[] {"mailed", "unmailed", "server"}) {
            runs.clean(name);
        }
    }

    @Test
    void aNightlyRunWithAMailHostMailsTheReport() throws Exception {
        // when
        int exit = finish(runs.start("mailed", "--spring.mail.host=127.0.0.1", "--spring.mail.port=3025"));

        // then
        String log = Files.readString(runs.log("mailed"), StandardCharsets.UTF_8);
        assertThat(exit).as(log).isZero();
        assertThat(log).contains("Starting AOT-processed GpuUsageReportsApplication");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("pm@program.example.org");
        assertThat(mails[0].getSubject()).contains("GPU usage report 2026-11-06");
    }

    @Test
    void withoutAMailHostNothingIsMailedThoughTheBuildGaveOne() throws Exception {
        // when
        int exit = finish(runs.start("unmailed"));

        // then the sender the build defined for its placeholder host counts as no mail
        String log = Files.readString(runs.log("unmailed"), StandardCharsets.UTF_8);
        assertThat(exit).as(log).isZero();
        assertThat(log).contains("Starting AOT-processed GpuUsageReportsApplication")
                .contains("Mail is not set up (spring.mail.host): report 2026-11-06 is not mailed");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(runs.root().resolve("unmailed-reports/2026-11-06/clusters.csv")).isRegularFile();
    }

    @Test
    void aServerNamedBySpringDatasourceUrlIsUsedInsteadOfTheEmbeddedDatabase() throws Exception {
        // when nothing listens at the server's address
        int exit = finish(runs.startWithOwnStderr("server", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none",
                "--spring.datasource.username=nobody", "--spring.datasource.password=none",
                "--spring.datasource.hikari.connection-timeout=1000"));

        // then the run fails on that server, and no embedded database was started in the state dir
        assertThat(exit).isEqualTo(1);
        assertThat(runs.stderr("server")).contains("Connection refused");
        assertThat(Files.readString(runs.log("server"), StandardCharsets.UTF_8))
                .contains("Starting AOT-processed GpuUsageReportsApplication");
        assertThat(runs.root().resolve("server-state/pgdata")).doesNotExist();
    }
}
