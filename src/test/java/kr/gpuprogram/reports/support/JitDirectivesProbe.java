package kr.gpuprogram.reports.support;

import java.security.MessageDigest;

/**
 * Run by {@code JitDirectivesTest} in a JVM of its own under the directives: hashes 64 MB
 * (hot in the JDK's SHA-256) and runs {@link #spin}, hot and outside the packages that the
 * directives leave to C2; its compilations are what the test reads.
 */
public final class JitDirectivesProbe {

    private JitDirectivesProbe() {
    }

    public static void main(String[] args) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[1 << 20];
        long sum = 0;
        for (int i = 0; i < 64; i++) {
            sha256.update(block);
            for (int j = 0; j < 2_000; j++) {
                sum += spin(i, j);
            }
        }
        System.out.println(sha256.digest().length + " " + sum);
    }

    static long spin(int i, int j) {
        long x = i;
        for (int k = 0; k < 100; k++) {
            x = x * 31 + j + k;
        }
        return x;
    }
}
