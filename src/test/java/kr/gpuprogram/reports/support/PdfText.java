package kr.gpuprogram.reports.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A written PDF's text as a reader sees it (lines in their order on the page), with thousands
 * ungrouped: the PDF groups them for readers ("1,234.50"), the CSV extracts do not.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return withoutThousandsSeparators(stripper().getText(document));
        }
    }

    public static List<String> pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = stripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(withoutThousandsSeparators(stripper.getText(document)));
            }
            return pages;
        }
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    private static String withoutThousandsSeparators(String text) {
        return text.replaceAll("(?<=\\d),(?=\\d{3})", "");
    }
}
