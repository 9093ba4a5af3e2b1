package kr.gpuprogram.reports.ingest.inbox;

import java.nio.charset.Charset;

/** The charset the inbox accepts besides UTF-8, for tests outside the package that write such files. */
public final class FileEncodingAccess {

    public static final Charset CP949 = FileEncoding.CP949;

    private FileEncodingAccess() {
    }
}
