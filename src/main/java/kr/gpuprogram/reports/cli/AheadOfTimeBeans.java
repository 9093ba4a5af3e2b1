package kr.gpuprogram.reports.cli;

import org.springframework.aot.AotDetector;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.util.ClassUtils;

/**
 * The application's bean definitions as prepared at build time by Spring AOT
 * ({@code spring-boot-maven-plugin:process-aot}): with them the context skips reading the
 * configuration classes and evaluating conditions at every start (about 0.3 s and 0.5-0.7
 * CPU-seconds of each run on 2 cores; README, Benchmark). Used whenever the build made them,
 * unless {@code -Dspring.aot.enabled=false} says otherwise; never while they are being made.
 */
public final class AheadOfTimeBeans {

    private AheadOfTimeBeans() {
    }

    /** Whether Spring is preparing the definitions now: it runs the main method to do so. */
    static boolean processing() {
        return Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING);
    }

    /** Turns them on for this JVM when they exist; Spring reads the flag as a system property. */
    public static void useWhenBuilt(Class<?> application) {
        if (processing() || System.getProperty(AotDetector.AOT_ENABLED) != null) {
            return;
        }
        if (ClassUtils.isPresent(application.getName() + "__ApplicationContextInitializer", application.getClassLoader())) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }
}
