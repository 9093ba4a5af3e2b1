package kr.gpuprogram.reports.batch;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A way for tests to make the job fail at a chosen point: after {@code n} passes through
 * a point, it throws once (or halts the JVM, to play a killed process). Disarmed by default.
 * Settable with {@code gpu.fault.point}, {@code gpu.fault.after} and {@code gpu.fault.halt}.
 */
@Component
public class FaultInjector {

    public static final String JOB_LINE = "job-line";
    public static final String FIGURES_DAY = "figures-day";
    public static final String REPORT_WRITE = "report-write";

    private volatile String armedPoint;
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile boolean halt;

    public FaultInjector(@Value("${gpu.fault.point:}") String point,
                         @Value("${gpu.fault.after:0}") int after,
                         @Value("${gpu.fault.halt:false}") boolean halt) {
        if (!point.isEmpty()) {
            arm(point, after, halt);
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
