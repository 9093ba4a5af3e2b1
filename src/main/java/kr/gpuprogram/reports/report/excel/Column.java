package kr.gpuprogram.reports.report.excel;

import kr.gpuprogram.reports.report.excel.WorkbookStyles.Kind;

/** A workbook column: its Korean and English header (written on two lines of one cell) and the kind of its cells. */
record Column(String korean, String english, Kind kind) {

    static Column text(String korean, String english) {
        return new Column(korean, english, Kind.TEXT);
    }

    static Column hours(String korean, String english) {
        return new Column(korean, english, Kind.HOURS);
    }

    static Column of(Kind kind, String korean, String english) {
        return new Column(korean, english, kind);
    }

    String header() {
        return korean + "\n" + english;
    }
}
