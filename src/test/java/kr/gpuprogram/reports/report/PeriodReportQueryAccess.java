package kr.gpuprogram.reports.report;

import java.util.List;
import kr.gpuprogram.reports.report.PeriodReport.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodReport.SectorRow;

/** Lets checks outside this package build sector rows the way {@link PeriodReportQuery} does. */
public final class PeriodReportQueryAccess {

    private PeriodReportQueryAccess() {
    }

    public static List<SectorRow> sectors(List<InstitutionRow> institutions) {
        return PeriodReportQuery.sectors(institutions);
    }
}
