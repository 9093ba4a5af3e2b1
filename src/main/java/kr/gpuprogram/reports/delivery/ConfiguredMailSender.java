package kr.gpuprogram.reports.delivery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server's sender when mail is set up ({@code spring.mail.host}), else none. Spring Boot
 * defines its sender only when a host is set, but the jar's bean definitions are prepared at build
 * time (Spring AOT), where that condition is decided once: the build gives a placeholder host so
 * that the sender is always defined, and a sender whose host is empty at run time is no mail.
 */
@Component
public class ConfiguredMailSender {

    private final ObjectProvider<JavaMailSender> senders;

    public ConfiguredMailSender(ObjectProvider<JavaMailSender> senders) {
        this.senders = senders;
    }

    /** The sender, or null when no SMTP server is set up. */
    public JavaMailSender orNull() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
            return null;
        }
        return sender;
    }
}
