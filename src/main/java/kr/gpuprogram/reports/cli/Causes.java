package kr.gpuprogram.reports.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * An error as the one line an operator reads in cron's mail, naming its cause: the system's
 * reason for a file ({@code Permission denied}: Java names only the path), the host and port of a
 * connection that was refused (Java's own message is just "Connection refused"), the setting as
 * written with its value and its range (Spring names the record component, on standard output).
 */
final class Causes {

    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9._\\-\\[\\]:]+?):(\\d{1,5})\\b");

    private Causes() {
    }

    /** Jakarta Mail's words for a mail server it could not reach, as Spring's MailSendException repeats them. */
    private static final Pattern MAIL_CONNECT = Pattern.compile(
            "Mail server connection failed\\.?\\s*(?:Failed messages: )?(?:\\S+: )?Couldn't connect to host, port: ([^,]+), (\\d+); timeout -?\\d+;?");

    static String of(Throwable error) {
        String line = describe(error);
        // a mail failure that reached us as text alone (the delivery keeps only the message)
        return MAIL_CONNECT.matcher(line).replaceAll("cannot connect to mail server $1:$2").strip();
    }

    private static String describe(Throwable error) {
        List<Throwable> chain = chain(error);
        for (Throwable t : chain) {
            if (t instanceof BindValidationException invalid) {
                return settings(invalid);
            }
        }
        for (Throwable t : chain) {
            if (t instanceof BindException bind && bind.getProperty() != null) {
                return bind.getProperty().getName() + "=" + bind.getProperty().getValue() + ": "
                        + firstLine(chain.get(chain.size() - 1).getMessage(), "cannot be read as " + bind.getTarget().getType());
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        String deepest = deepestMessage(chain);
        if (root instanceof FileSystemException file) {
            String withReason = file(file);
            // an outer message that ends with the bare path ("cannot write ...: reports/x") gets the reason
            String plain = file.getMessage();
            for (Throwable t : chain) {
                String message = firstLine(t.getMessage(), "");
                if (t != root && plain != null && message.endsWith(plain)) {
                    return message.substring(0, message.length() - plain.length()) + withReason;
                }
            }
            return withReason;
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException || root instanceof UnknownHostException) {
            String server = server(chain);
            String reason = root instanceof UnknownHostException ? "unknown host " + root.getMessage()
                    : firstLine(root.getMessage(), root.getClass().getSimpleName());
            return server == null ? "cannot connect: " + reason : "cannot connect to " + server + ": " + reason;
        }
        return deepest;
    }

    /** Whether the error is a setting that cannot be used (out of range, not a number): exit 2, like a bad option. */
    static boolean setting(Throwable error) {
        return chain(error).stream().anyMatch(t -> t instanceof BindException || t instanceof BindValidationException);
    }

    /** A file's path and the system's reason for it, as {@code ls} or {@code mkdir} would say it. */
    static String file(FileSystemException e) {
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) {
            if (e instanceof AccessDeniedException) {
                reason = "Permission denied";
            } else if (e instanceof NoSuchFileException) {
                reason = "No such file or directory";
            } else if (e instanceof NotDirectoryException) {
                reason = "Not a directory";
            } else if (e instanceof FileAlreadyExistsException) {
                reason = "File exists";
            } else if (e instanceof DirectoryNotEmptyException) {
                reason = "Directory not empty";
            } else {
                reason = e.getClass().getSimpleName();
            }
        }
        return e.getFile() + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile()) + ": " + reason;
    }

    /** The host:port that an outer error names (the JDBC driver and Jakarta Mail do, each in its words). */
    private static String server(List<Throwable> chain) {
        for (Throwable t : chain) {
            String message = t.getMessage();
            if (message == null) {
                continue;
            }
            // jakarta mail: "Couldn't connect to host, port: smtp.example.org, 25; timeout -1"
            Matcher mail = Pattern.compile("host, port: ([^,]+), (\\d+)").matcher(message);
            if (mail.find()) {
                return mail.group(1) + ":" + mail.group(2);
            }
            Matcher hostPort = HOST_PORT.matcher(message);
            if (hostPort.find() && !message.startsWith("jdbc:")) {
                return hostPort.group(1) + ":" + hostPort.group(2);
            }
        }
        return null;
    }

    /** Every rejected setting: {@code gpu.reclaim-window-days=0: must be at least 1}. */
    private static String settings(BindValidationException invalid) {
        List<String> lines = new ArrayList<>();
        for (ObjectError error : invalid.getValidationErrors().getAllErrors()) {
            if (error instanceof FieldError field) {
                lines.add(field.getObjectName() + "." + kebab(field.getField()) + "=" + field.getRejectedValue() + ": "
                        + range(field.getDefaultMessage()));
            } else {
                lines.add(error.getObjectName() + ": " + error.getDefaultMessage());
            }
        }
        return String.join("; ", lines);
    }

    /** Bean Validation's words for a bound, in an operator's. */
    static String range(String message) {
        if (message == null) {
            return "is not valid";
        }
        return message.replace("must be greater than or equal to", "must be at least")
                .replace("must be less than or equal to", "must be at most");
    }

    /** {@code reclaimWindowDays} as it is written in a properties file: {@code reclaim-window-days}. */
    static String kebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<Throwable> chain(Throwable error) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = error; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private static String deepestMessage(List<Throwable> chain) {
        String message = null;
        for (Throwable t : chain) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        if (message == null) {
            message = chain.get(chain.size() - 1).getClass().getSimpleName();
        }
        return firstLine(message, message);
    }

    private static String firstLine(String message, String fallback) {
        if (message == null || message.isBlank()) {
            return fallback;
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
