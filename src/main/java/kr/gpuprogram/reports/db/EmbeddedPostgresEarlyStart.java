package kr.gpuprogram.reports.db;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kr.gpuprogram.reports.OtherThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL (state directory lock, leftovers of a killed start, unpacking,
 * initdb on a first start, the server) on a thread of its own as soon as the command line's
 * settings are known, so that it runs while Spring builds the context; the database's bean
 * then takes it ({@link Handover}). Only when the embedded database is the one configured.
 * A failure (the directory owned by another process, say) is thrown where the bean takes it,
 * as a start in the bean would throw it.
 */
public final class EmbeddedPostgresEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEarlyStart.class);

    private Handover handover;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            ConfigurableEnvironment environment = prepared.getEnvironment();
            if (ProgramDatabaseConfiguration.embedded(environment)) {
                Binder binder = Binder.get(environment);
                Path stateDir = binder.bind("gpu.state-dir", Path.class).orElse(Path.of("var"));
                boolean wait = binder.bind("gpu.wait", Boolean.class).orElse(false);
                handover = new Handover(stateDir, wait);
            }
        } else if (event instanceof ApplicationContextInitializedEvent initialized && handover != null) {
            initialized.getApplicationContext().getBeanFactory().registerSingleton("embeddedPostgresHandover", handover);
        } else if (event instanceof ApplicationFailedEvent && handover != null) {
            handover.closeUntaken();
        }
    }

    /** The start under way, until the database's bean takes it. */
    public static final class Handover {

        private final Path stateDir;
        private final CompletableFuture<StartedPostgres> started = new CompletableFuture<>();
        private boolean taken;

        Handover(Path stateDir, boolean wait) {
            this.stateDir = stateDir;
            OtherThreads.daemons("embedded-postgres-start").newThread(() -> {
                try {
                    started.complete(StartedPostgres.start(stateDir, wait));
                } catch (Throwable e) {
                    started.completeExceptionally(e);
                }
            }).start();
        }

        /** The started database, once it has started; null if it was started for another directory. */
        synchronized StartedPostgres take(Path settingsStateDir) throws IOException {
            if (taken || !settingsStateDir.toAbsolutePath().normalize().equals(stateDir.toAbsolutePath().normalize())) {
                closeUntaken();
                return null;
            }
            taken = true;
            return OtherThreads.result(started, "the embedded PostgreSQL started");
        }

        /** Stops a database nobody took (the context failed before it needed one). */
        synchronized void closeUntaken() {
            if (taken) {
                return;
            }
            taken = true;
            try {
                started.join().close();
            } catch (CompletionException e) {
                // it did not start: nothing to stop
            } catch (IOException | RuntimeException e) {
                log.warn("Could not stop the embedded PostgreSQL started for {}: {}", stateDir, e.toString());
            }
        }
    }
}
