package kr.gpuprogram.reports.ingest;

/** A reference file that cannot be read at all: the run stops with this one-line reason. */
class ReferenceFileException extends RuntimeException {

    public ReferenceFileException(String message) {
        super(message);
    }
}
