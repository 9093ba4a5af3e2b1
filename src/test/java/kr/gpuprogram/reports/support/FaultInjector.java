package kr.gpuprogram.reports.support;

import java.util.concurrent.atomic.AtomicInteger;
import kr.gpuprogram.reports.batch.Checkpoints;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * A way for tests to make the job fail at a chosen point: after {@code n} passes through
 * a point, it throws once, or halts the JVM ({@code halt}: a process killed there), or pauses
 * so that a test can kill the process itself ({@code pause}). Disarmed by default. Settable
 * with {@code gpu.fault.point}, {@code gpu.fault.after}, {@code gpu.fault.halt},
 * {@code gpu.fault.pause} and {@code gpu.fault.pause-seconds} (a pause after which the run
 * goes on: a slow step).
 */
@Component
@Primary
public class FaultInjector implements Checkpoints {

    private volatile String armedPoint;
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile boolean halt;
    private volatile boolean pause;
    private volatile int pauseSeconds;
    private volatile boolean paused;

    public FaultInjector(@Value("${gpu.fault.point:}") String point,
                         @Value("${gpu.fault.after:0}") int after,
                         @Value("${gpu.fault.halt:false}") boolean halt,
                         @Value("${gpu.fault.pause:false}") boolean pause,
                         @Value("${gpu.fault.pause-seconds:0}") int pauseSeconds) {
        if (!point.isEmpty()) {
            arm(point, after, halt);
            this.pause = pause;
            this.pauseSeconds = pauseSeconds;
        }
    }

    public void arm(String point, int after, boolean halt) {
        this.remaining.set(after);
        this.halt = halt;
        this.armedPoint = point;
    }

    /** Arms a pause of {@code seconds} (then the run goes on) at the {@code after}+1-th pass through {@code point}. */
    public void armPause(String point, int after, int seconds) {
        this.pauseSeconds = seconds;
        this.paused = false;
        arm(point, after, false);
    }

    /** Whether an armed pause has begun (it may still last). */
    public boolean paused() {
        return paused;
    }

    public void disarm() {
        armedPoint = null;
        pauseSeconds = 0;
    }

    @Override
    public void reached(String point) {
        if (!point.equals(armedPoint)) {
            return;
        }
        if (remaining.getAndDecrement() <= 0) {
            armedPoint = null;
            if (pauseSeconds > 0) {
                // a slow step, not a fault: the run holds its place a while, then goes on
                System.err.println("fault point " + point + " reached: pausing " + pauseSeconds + " s");
                System.err.flush();
                paused = true;
                sleep(pauseSeconds * 1000L);
                return;
            }
            if (pause) {
                System.err.println("fault point " + point + " reached: pausing");
                System.err.flush();
                sleep(600_000);
            }
            if (halt) {
                Runtime.getRuntime().halt(137);
            }
            throw new InjectedFault("fault injected at " + point);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static class InjectedFault extends RuntimeException {
        public InjectedFault(String message) {
            super(message);
        }
    }
}
