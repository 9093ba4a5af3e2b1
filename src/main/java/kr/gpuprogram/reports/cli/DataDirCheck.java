package kr.gpuprogram.reports.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import kr.gpuprogram.reports.StandardError;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Refuses a data dir that is not one before anything starts: a mistyped {@code --data-dir}
 * would otherwise read every reference file from its stored version, count no upload and
 * rewrite a published report as if the night had had no data. Runs as soon as the settings
 * are known (command line, config files, environment), before the embedded database starts.
 * A data dir without {@code inbox/} is a warning only: reference data alone is a valid start.
 */
final class DataDirCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        refuseUnusable(Binder.get(event.getEnvironment()).bind("gpu.data-dir", Path.class).orElse(Path.of("sample-data")));
    }

    /** After Spring Boot's own listeners have read the config files, before the database starts. */
    @Override
    public int getOrder() {
        return 0;
    }

    static void refuseUnusable(Path dataDir) {
        if (!Files.isDirectory(dataDir)) {
            throw new DataDirRefusedException("data dir " + dataDir + (Files.exists(dataDir) ? " is not a folder" : " does not exist")
                    + ": nothing computed, written or mailed");
        }
        if (!Files.isDirectory(dataDir.resolve("reference"))) {
            throw new DataDirRefusedException("data dir " + dataDir + " holds no reference/ folder: nothing computed, written or mailed");
        }
        if (!Files.isDirectory(dataDir.resolve("inbox"))) {
            StandardError.warning("data dir " + dataDir + " holds no inbox/ folder: no upload is read");
        }
    }

    /** A refusal: exit 2, as for a command line that cannot be carried out. */
    static final class DataDirRefusedException extends UsageException {

        DataDirRefusedException(String message) {
            super(message);
        }
    }
}
