package kr.gpuprogram.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What the other thread threw is what the waiting one throws. */
class OtherThreadsTest {

    @Test
    void theResultOrWhatTheWorkThrewUnwrapped() throws Exception {
        assertThat(OtherThreads.result(CompletableFuture.completedFuture(42), "adding up")).isEqualTo(42);
        IOException full = new IOException("No space left on device");
        assertThatThrownBy(() -> OtherThreads.result(CompletableFuture.failedFuture(full), "writing")).isSameAs(full);
        UncheckedIOException unchecked = new UncheckedIOException(full);
        assertThatThrownBy(() -> OtherThreads.result(CompletableFuture.failedFuture(unchecked), "writing")).isSameAs(unchecked);
        assertThatThrownBy(() -> OtherThreads.result(CompletableFuture.failedFuture(new Exception("odd")), "hashing x"))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("hashing x failed: ")
                .hasCauseInstanceOf(Exception.class);
    }

    @Test
    void anInterruptedWaitCancelsTheWorkAndKeepsTheInterrupt() {
        CompletableFuture<Integer> never = new CompletableFuture<>();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> OtherThreads.result(never, "a report part was written"))
                    .isInstanceOf(InterruptedIOException.class).hasMessage("interrupted while a report part was written");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
            assertThat(never).isCancelled();
        } finally {
            Thread.interrupted();
        }
    }
}
