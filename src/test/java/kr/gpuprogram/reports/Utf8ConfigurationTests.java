package kr.gpuprogram.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** A config/application.properties written in UTF-8 keeps its Korean text (Boot alone reads ISO-8859-1). */
class Utf8ConfigurationTests {

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }

    @Test
    void aKoreanProgramNameInAPropertiesFileIsReadAsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("application.properties");
        Files.writeString(file, "gpu.program-name=국가 AI 컴퓨팅 GPU 지원사업\ngpu.mail.from=GPU 보고 <r@example.org>\n"
                + "gpu.escaped=\\uD55C\\uAE00\n", StandardCharsets.UTF_8);
        SpringApplication application = new SpringApplication(Empty.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(
                "--spring.config.location=file:" + file.toAbsolutePath())) {
            assertThat(context.getEnvironment().getProperty("gpu.program-name")).isEqualTo("국가 AI 컴퓨팅 GPU 지원사업");
            assertThat(context.getEnvironment().getProperty("gpu.mail.from")).isEqualTo("GPU 보고 <r@example.org>");
            assertThat(context.getEnvironment().getProperty("gpu.escaped")).isEqualTo("한글");
        }
    }

    @Test
    void aLatinOneFileStillReadsAsLatinOne() {
        byte[] latin1 = "name=caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Utf8PropertiesPropertySourceLoader.decode(latin1)).isEqualTo("name=café");
    }
}
