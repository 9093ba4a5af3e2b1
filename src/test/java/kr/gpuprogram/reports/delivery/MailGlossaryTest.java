package kr.gpuprogram.reports.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.gpuprogram.reports.report.PeriodReport;
import kr.gpuprogram.reports.support.GlossaryFixture;
import org.junit.jupiter.api.Test;

/** The mail's labels are the glossary's: the same Korean word for a figure as the workbook and the PDF. */
class MailGlossaryTest {

    /** {@code 한국어 / English: value}, the form of every headline line; labels with a remark in brackets are free text. */
    private static final Pattern LABEL = Pattern.compile("^\\s*(?:- )?([^/:()\\n]+) / ([^/:()\\n]+): ", Pattern.MULTILINE);

    @Test
    void everyLabelOfTheBodyIsAGlossaryTerm() {
        PeriodReport figures = GlossaryFixture.month();
        String body = MailComposer.body(figures, List.of("gpu-usage-2026-11.pdf"), new BigDecimal("90"));

        Matcher m = LABEL.matcher(body);
        int labels = 0;
        while (m.find()) {
            GlossaryFixture.assertTerm("the mail", m.group(1).strip(), m.group(2).strip());
            labels++;
        }
        // the headline figures, period, scope, gaps and attachments: a body without them would pass vacuously
        assertThat(labels).as(body).isGreaterThanOrEqualTo(15);
        assertThat(body).contains("할당 / Allocated: 5,040.00 GPU-h", "활성 유휴 / Active idle: 3.00 GPU-h",
                "할당 대비 사용률 / Allocation utilization: 1.11%");
        GlossaryFixture.assertNoRetiredWords("the mail", body);
        GlossaryFixture.assertNoRetiredWords("the mail's subject", MailComposer.subject(figures));
    }
}
