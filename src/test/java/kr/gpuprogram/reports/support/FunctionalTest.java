package kr.gpuprogram.reports.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A functional test's own state, data and report dirs, {@code target/functional/<value>/state},
 * {@code data} and {@code reports}, derived from one name (by {@link FunctionalTestDirs}) rather
 * than spelled out in a {@code @TestPropertySource} block per class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FunctionalTest {

    String value();
}
