package kr.gpuprogram.reports.support;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives a class marked {@link FunctionalTest} its three dirs. A record, so that two classes of
 * the same name share a cached context and two of different names never do.
 */
public final class FunctionalTestDirs implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        FunctionalTest test = AnnotatedElementUtils.findMergedAnnotation(testClass, FunctionalTest.class);
        return test == null ? null : new Dirs(test.value());
    }

    record Dirs(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            Path base = Path.of("target/functional", name);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("functional-test-" + name, Map.of(
                    "gpu.state-dir", base.resolve("state").toString(),
                    "gpu.data-dir", base.resolve("data").toString(),
                    "gpu.report-dir", base.resolve("reports").toString())));
        }
    }
}
