package kr.gpuprogram.reports.report;

import java.util.Arrays;
import java.util.List;

/** The program's four sectors in the order every output lists them (all four, always), with their glossary names. */
public enum Sector {
    INDUSTRY(Term.SECTOR_INDUSTRY),
    ACADEMIA(Term.SECTOR_ACADEMIA),
    RESEARCH(Term.SECTOR_RESEARCH),
    PUBLIC(Term.SECTOR_PUBLIC);

    /** The codes as institutions.csv and sectors.csv write them, in report order. */
    public static final List<String> CODES = Arrays.stream(values()).map(Sector::name).toList();

    private final Term term;

    Sector(Term term) {
        this.term = term;
    }

    public Term term() {
        return term;
    }

    /** {@code 학계 (ACADEMIA)}: the PDF's sector table, which shows the code beside the name. */
    public String label() {
        return term.ko() + " (" + name() + ")";
    }
}
