package kr.gpuprogram.reports;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

/** Work handed to another thread (hashing inbox files, writing a report part), awaited as if it had run here. */
public final class OtherThreads {

    private OtherThreads() {
    }

    /** Threads named {@code name} that never keep the JVM from exiting. */
    public static ThreadFactory daemons(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The work's result once it is done; what it threw is thrown here unwrapped (an I/O error
     * as itself), so that a step fails with the work's own reason.
     */
    public static <T> T result(Future<T> work, String what) throws IOException {
        try {
            return work.get();
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while " + what);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed: " + cause, cause);
        }
    }
}
