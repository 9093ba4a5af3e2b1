package kr.gpuprogram.reports.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery settings ({@code gpu.mail.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*} (host, port, username, password, TLS), given on the command line or in
 * the environment, never in git. Without {@code spring.mail.host} nothing is sent.
 */
@ConfigurationProperties("gpu.mail")
public record MailSettings(String from, boolean holdProvisional, int attempts, Duration backoff) {

    public MailSettings {
        from = from == null || from.isBlank() ? "gpu-reports@localhost" : from;
        attempts = attempts <= 0 ? 4 : attempts;
        backoff = backoff == null ? Duration.ofSeconds(5) : backoff;
    }
}
