package kr.gpuprogram.reports.support;

/**
 * A test's {@code allocations.csv}: the header, then one line a {@link #row}, each ending in a
 * newline. The fields go in as given, comma-joined and unquoted (a test that needs a quoted or
 * malformed line appends it to {@link #csv()} itself).
 */
public final class Allocations {

    public static final String HEADER =
            "allocation_id,institution_id,project_title,cluster_id,gpu_count,start_date,end_date\n";

    private final StringBuilder csv = new StringBuilder(HEADER);

    private Allocations() {
    }

    /** An allocations file to add rows to. */
    public static Allocations of() {
        return new Allocations();
    }

    /** An allocations file with no allocation: the header alone. */
    public static String none() {
        return HEADER;
    }

    public Allocations row(String allocationId, String institutionId, String projectTitle, String clusterId,
                           int gpuCount, String startDate, String endDate) {
        csv.append(String.join(",", allocationId, institutionId, projectTitle, clusterId, String.valueOf(gpuCount),
                startDate, endDate)).append('\n');
        return this;
    }

    public String csv() {
        return csv.toString();
    }
}
