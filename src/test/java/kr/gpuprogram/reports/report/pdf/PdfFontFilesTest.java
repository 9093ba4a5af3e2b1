package kr.gpuprogram.reports.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The PDF's Korean font must reach OpenPDF as bytes from the classpath, not as a file. Given a
 * file, OpenPDF maps it once, and after closing reopens it unmapped when the subset is written,
 * reading the 4.6 MB font's glyph index with a system call per byte: 0.15 s of every PDF.
 */
class PdfFontFilesTest {

    @Test
    void everyPdfFontOfTheFamilyIsAClasspathResourceThatNoWorkingDirectoryTurnsIntoAFile() throws Exception {
        // given: the font family as JasperReports reads it
        List<String> pdfFonts = new ArrayList<>();
        try (InputStream xml = getClass().getResourceAsStream("/report-templates/fonts/fonts.xml")) {
            NodeList faces = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml).getElementsByTagName("pdf");
            for (int i = 0; i < faces.getLength(); i++) {
                pdfFonts.add(((Element) faces.item(i)).getTextContent().trim());
            }
        }

        // then: a regular and a bold face, each an absolute name that is no file (here: the project root)
        assertThat(pdfFonts).hasSize(2);
        for (String font : pdfFonts) {
            assertThat(font).as("PDF font name").startsWith("/report-templates/fonts/").endsWith(".ttf");
            assertThat(Files.exists(Path.of(font))).as(font + " as a file").isFalse();
            try (InputStream bytes = BaseFont.getResourceStream(font)) {
                assertThat(bytes).as(font + " on the classpath, as OpenPDF looks it up").isNotNull();
                assertThat(bytes.readNBytes(4)).as("TrueType signature").containsExactly(0, 1, 0, 0);
            }
        }
    }
}
