package kr.gpuprogram.reports.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The SHA-256 of every file under a folder, by relative path: equal maps mean untouched bytes. */
public final class FolderChecksums {

    private FolderChecksums() {
    }

    public static Map<String, String> of(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                sums.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file))
                        + " " + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return sums;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
