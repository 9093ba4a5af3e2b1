package kr.gpuprogram.reports.ingest.reference;

/** A reference file that cannot be read at all: the run stops with this one-line reason. */
public class ReferenceFileException extends RuntimeException {

    public ReferenceFileException(String message) {
        super(message);
    }
}
