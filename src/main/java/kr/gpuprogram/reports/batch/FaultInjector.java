package kr.gpuprogram.reports.batch;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A way for tests to make the job fail at a chosen point: after {@code n} passes through
 * a point, it throws once, or halts the JVM ({@code halt}: a process killed there), or pauses
 * so that a test can kill the process itself ({@code pause}). Disarmed by default. Settable
 * with {@code gpu.fault.point}, {@code gpu.fault.after}, {@code gpu.fault.halt} and
 * {@code gpu.fault.pause}.
 */
@Component
public class FaultInjector {

    public static final String JOB_LINE = "job-line";
    public static final String FIGURES_DAY = "figures-day";
    public static final String REPORT_WRITE = "report-write";
    public static final String TELEMETRY_BLOCK = "telemetry-block";
    public static final String REFERENCE_LOAD = "reference-load";
    public static final String INBOX_FILE = "inbox-file";
    public static final String MERGE_FILE = "merge-file";
    public static final String DELIVERY = "delivery";

    private volatile String armedPoint;
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile boolean halt;
    private volatile boolean pause;

    public FaultInjector(@Value("${gpu.fault.point:}") String point,
                         @Value("${gpu.fault.after:0}") int after,
                         @Value("${gpu.fault.halt:false}") boolean halt,
                         @Value("${gpu.fault.pause:false}") boolean pause) {
        if (!point.isEmpty()) {
            arm(point, after, halt);
            this.pause = pause;
        }
    }

    public void arm(String point, int after, boolean halt) {
        this.remaining.set(after);
        this.halt = halt;
        this.armedPoint = point;
    }

    public void disarm() {
        armedPoint = null;
    }

    public void reached(String point) {
        if (!point.equals(armedPoint)) {
            return;
        }
        if (remaining.getAndDecrement() <= 0) {
            armedPoint = null;
            if (pause) {
                System.err.println("fault point " + point + " reached: pausing");
                System.err.flush();
                try {
                    Thread.sleep(600_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (halt) {
                Runtime.getRuntime().halt(137);
            }
            throw new InjectedFault("fault injected at " + point);
        }
    }

    public static class InjectedFault extends RuntimeException {
        public InjectedFault(String message) {
            super(message);
        }
    }
}
