package kr.gpuprogram.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** Each kind of error as one line with its cause: the system's reason, host:port, the setting's words. */
class CausesTest {

    @Test
    void aFileErrorGetsTheSystemsReasonWhereJavaGivesOnlyThePath() {
        // Java's AccessDeniedException for EACCES carries the path alone: "reports/.2026-11-25.writing"
        var denied = new AccessDeniedException("reports/.2026-11-25.writing");
        var wrapped = new IllegalStateException("step failed",
                new UncheckedIOException("cannot write the report folder reports/2026-11-25: " + denied.getMessage(), denied));

        assertThat(Causes.of(wrapped))
                .isEqualTo("cannot write the report folder reports/2026-11-25: reports/.2026-11-25.writing: Permission denied");
        assertThat(Causes.of(new IllegalStateException("lock", new AccessDeniedException("var/owner.lock"))))
                .isEqualTo("var/owner.lock: Permission denied");
        assertThat(Causes.of(new FileSystemException("reports/x", null, "No space left on device")))
                .isEqualTo("reports/x: No space left on device");
    }

    @Test
    void aRefusedConnectionNamesTheHostAndPortThatAnOuterErrorGives() {
        var jdbc = new RuntimeException("Failed to obtain JDBC Connection",
                new RuntimeException("Connection to 127.0.0.1:9 refused. Check that the hostname and port are correct",
                        new ConnectException("Connection refused")));
        var mail = new RuntimeException("Mail server connection failed",
                new RuntimeException("Couldn't connect to host, port: smtp.example.org, 2525; timeout -1",
                        new ConnectException("Connection refused")));

        // the delivery keeps only the message of the mail's failure, as Spring and Jakarta Mail word it
        var delivery = new IllegalStateException("4 mail(s) not sent: report 2026-11-24 to PROGRAM after 1 attempts: "
                + "Mail server connection failed. Failed messages: org.eclipse.angus.mail.util.MailConnectException: "
                + "Couldn't connect to host, port: 127.0.0.1, 9; timeout 10000;");

        assertThat(Causes.of(jdbc)).isEqualTo("cannot connect to 127.0.0.1:9: Connection refused");
        assertThat(Causes.of(delivery)).isEqualTo(
                "4 mail(s) not sent: report 2026-11-24 to PROGRAM after 1 attempts: cannot connect to mail server 127.0.0.1:9");
        assertThat(Causes.of(mail)).isEqualTo("cannot connect to smtp.example.org:2525: Connection refused");
    }

    @Test
    void aSettingIsNamedAsItIsWrittenWithItsRangeInAnOperatorsWords() {
        assertThat(Causes.kebab("reclaimWindowDays")).isEqualTo("reclaim-window-days");
        assertThat(Causes.range("must be greater than or equal to 1")).isEqualTo("must be at least 1");
        assertThat(Causes.range("must be less than or equal to 100")).isEqualTo("must be at most 100");
    }
}
