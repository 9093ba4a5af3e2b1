package kr.gpuprogram.reports.db;

/** Another live process owns the state directory; the command line turns this into exit 75 (EX_TEMPFAIL). */
public class StateDirectoryBusyException extends RuntimeException {

    public StateDirectoryBusyException(String message) {
        super(message);
    }
}
