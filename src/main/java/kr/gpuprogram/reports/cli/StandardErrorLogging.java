package kr.gpuprogram.reports.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Properties;
import java.util.regex.Matcher;
import org.slf4j.LoggerFactory;

/**
 * The log of a command that starts no Spring context ({@code validate}): without it logback's
 * default writes undated lines to standard output, in the middle of the command's answer. Here
 * warnings go to standard error in the lines of {@code logging.pattern.console}, read from
 * application.properties as Spring Boot reads it for the other commands: the date, time and
 * program zone's offset on each.
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
        encoder.setPattern(consolePattern(programZone));
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

    private static String consolePattern(ZoneId programZone) {
        Properties properties = new Properties();
        try (InputStream in = StandardErrorLogging.class.getResourceAsStream("/application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("logging.pattern.console")
                .replaceAll("\\$\\{gpu\\.program-zone(:[^}]*)?}", Matcher.quoteReplacement(programZone.getId()));
    }
}
