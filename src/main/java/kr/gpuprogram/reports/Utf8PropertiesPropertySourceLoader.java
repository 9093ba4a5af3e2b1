package kr.gpuprogram.reports;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;

/**
 * Reads {@code .properties} files (such as {@code config/application.properties}) as UTF-8.
 * Spring Boot reads them as ISO-8859-1, which turns a Korean {@code gpu.program-name} into
 * mojibake on the PDF's title. The text is decoded as UTF-8 (or as ISO-8859-1 when it is not
 * valid UTF-8, so older files keep working), its non-ASCII characters written as
 * {@code \\uXXXX} escapes, and the result handed to Boot's own loader, which keeps origins
 * and multi-document files. Registered in {@code META-INF/spring.factories} ahead of Boot's
 * loader: the first loader that claims an extension loads it.
 */
public class Utf8PropertiesPropertySourceLoader implements PropertySourceLoader, Ordered {

    private final PropertiesPropertySourceLoader boot = new PropertiesPropertySourceLoader();

    @Override
    public String[] getFileExtensions() {
        return new String[] {"properties"};
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        byte[] bytes;
        try (var in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        }
        String escaped = escapeNonAscii(decode(bytes));
        return boot.load(name, new ByteArrayResource(escaped.getBytes(StandardCharsets.ISO_8859_1),
                resource.getDescription()) {
            @Override
            public String getFilename() {
                return resource.getFilename();
            }
        });
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static String escapeNonAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
