package kr.gpuprogram.reports.ingest.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums, as lower-case hex, of files (streamed) and of text. */
public final class Sha256 {

    /** A file's checksum and its size in bytes, read once. */
    public record FileDigest(long sizeBytes, String sha256) {
    }

    private Sha256() {
    }

    public static FileDigest of(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
            long size = in.transferTo(OutputStream.nullOutputStream());
            return new FileDigest(size, HexFormat.of().formatHex(in.getMessageDigest().digest()));
        }
    }

    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The checksum of bytes already in memory, such as a reference file read once. */
    public static String of(byte[] content) {
        return HexFormat.of().formatHex(newDigest().digest(content));
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
