package kr.gpuprogram.reports;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The program's notion of "now", from which the schedule's dates (yesterday, last month)
 * are computed in the program zone. {@code gpu.now} (an instant, e.g.
 * {@code 2026-11-30T21:00:00Z}) pins it, so a test can stand at any moment of a month.
 */
@Configuration(proxyBeanMethods = false)
class ProgramClockConfiguration {

    @Bean
    Clock clock(@Value("${gpu.now:}") String now) {
        return now.isBlank() ? Clock.systemUTC() : Clock.fixed(Instant.parse(now), java.time.ZoneOffset.UTC);
    }
}
