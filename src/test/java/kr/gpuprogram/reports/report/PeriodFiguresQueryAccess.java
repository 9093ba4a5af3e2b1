package kr.gpuprogram.reports.report;

import java.util.List;
import kr.gpuprogram.reports.report.PeriodFigures.InstitutionRow;
import kr.gpuprogram.reports.report.PeriodFigures.SectorRow;

/** Lets checks outside this package build sector rows the way {@link PeriodFiguresQuery} does. */
public final class PeriodFiguresQueryAccess {

    private PeriodFiguresQueryAccess() {
    }

    public static List<SectorRow> sectors(List<InstitutionRow> institutions) {
        return PeriodFiguresQuery.sectors(institutions);
    }
}
