package kr.gpuprogram.reports.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.time.ZoneId;
import org.slf4j.LoggerFactory;

/**
 * The log of a command that starts no Spring context ({@code validate}): without it logback's
 * default writes undated lines to standard output, in the middle of the command's answer. Here
 * warnings go to standard error in the lines of {@code logging.pattern.console}
 * (application.properties): the date, time and program zone's offset on each.
 */
final class StandardErrorLogging {

    private StandardErrorLogging() {
    }

    static void warningsOnly(ZoneId programZone) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX," + programZone.getId() + "} %-5level %logger{0} - %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(console);
    }
}
