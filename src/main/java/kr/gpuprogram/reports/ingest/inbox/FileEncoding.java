package kr.gpuprogram.reports.ingest.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * What an input file is before any of its lines is read: its size and SHA-256, and the
 * charset it can be read with. SPEC.md: UTF-8 (a BOM accepted); else, when it decodes
 * cleanly as CP949 (what Korean Excel saves as "CSV"), CP949; else no text at all. Binary
 * data (a NUL byte among the first 8,000 bytes, as git decides) is no text either. The file
 * is read once; a second pass runs only for a file that is not UTF-8.
 */
public record FileEncoding(long sizeBytes, String sha256, Charset charset, String problem) {

    /** Korean Excel's "CSV" encoding; Java's MS949 is CP949 with Microsoft's extensions. */
    public static final Charset CP949 = Charset.forName("x-windows-949");

    private static final int BINARY_PROBE = 8_000;

    public boolean readable() {
        return problem == null;
    }

    /** The name stored with the file and shown in provenance: UTF-8 or CP949. */
    public String charsetName() {
        return charset == null ? null : charset.equals(CP949) ? "CP949" : "UTF-8";
    }

    public static Charset charsetNamed(String name) {
        return "CP949".equals(name) ? CP949 : StandardCharsets.UTF_8;
    }

    public static FileEncoding of(Path file) throws IOException {
        return of(file, true);
    }

    /**
     * @param binaryProbe whether a NUL among the first 8,000 bytes makes the file binary; reference
     *                    files are small and edited by hand, so a NUL there only costs its line
     */
    public static FileEncoding of(Path file, boolean binaryProbe) throws IOException {
        // an inbox entry that became a link after it was listed is not followed either
        return of(() -> Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), binaryProbe);
    }

    /** The same for content already read (reference files are small and read whole). */
    public static FileEncoding of(byte[] content, boolean binaryProbe) {
        try {
            return of(() -> new java.io.ByteArrayInputStream(content), binaryProbe);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Opens the bytes again for each pass. */
    private interface Bytes {
        InputStream open() throws IOException;
    }

    private static FileEncoding of(Bytes bytes, boolean binaryProbe) throws IOException {
        MessageDigest sha = Sha256.newDigest();
        Utf8Validator utf8 = new Utf8Validator();
        long size = 0;
        boolean nul = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = bytes.open()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                sha.update(buffer, 0, n);
                if (binaryProbe && size < BINARY_PROBE && !nul) {
                    int probe = (int) Math.min(n, BINARY_PROBE - size);
                    for (int i = 0; i < probe; i++) {
                        if (buffer[i] == 0) {
                            nul = true;
                            break;
                        }
                    }
                }
                utf8.accept(buffer, n);
                size += n;
            }
        }
        String digest = HexFormat.of().formatHex(sha.digest());
        if (size == 0) {
            return new FileEncoding(0, digest, null, "empty file: no header row and no lines");
        }
        if (nul) {
            return new FileEncoding(size, digest, null,
                    "binary data (NUL bytes), not a text file: no line of it can be read");
        }
        if (utf8.valid()) {
            return new FileEncoding(size, digest, StandardCharsets.UTF_8, null);
        }
        if (decodesCleanly(bytes, CP949)) {
            return new FileEncoding(size, digest, CP949, null);
        }
        return new FileEncoding(size, digest, null, "neither valid UTF-8 nor CP949 (first invalid UTF-8 byte at offset "
                + utf8.firstInvalidOffset() + "): no line of it can be read");
    }

    private static boolean decodesCleanly(Bytes bytes, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (var channel = java.nio.channels.Channels.newChannel(bytes.open())) {
            boolean end = false;
            while (!end) {
                end = channel.read(in) < 0;
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
            }
            in.flip();
            CoderResult flush = decoder.flush(out);
            return !flush.isError() && !in.hasRemaining();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A streaming check of well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates,
     * nothing above U+10FFFF), fed buffer after buffer; a sequence may span two buffers.
     */
    static final class Utf8Validator {
        private int pending;      // continuation bytes still expected
        private int lowerBound = 0x80;
        private int upperBound = 0xBF;
        private long offset;
        private long firstInvalid = -1;

        void accept(byte[] bytes, int length) {
            if (firstInvalid >= 0) {
                return;
            }
            for (int i = 0; i < length; i++) {
                if (pending == 0) {
                    // most of an export is ASCII: skip it eight bytes at a time (hashing and this check
                    // read every inbox byte before a line is parsed)
                    i = ByteFields.pastAsciiWords(bytes, i, length);
                    if (i == length) {
                        break;
                    }
                }
                int b = bytes[i] & 0xFF;
                if (pending == 0) {
                    if (b < 0x80) {
                        continue;
                    }
                    if (b >= 0xC2 && b <= 0xDF) {
                        pending = 1;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        pending = 2;
                        lowerBound = b == 0xE0 ? 0xA0 : 0x80;
                        upperBound = b == 0xED ? 0x9F : 0xBF;
                        continue;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        pending = 3;
                        lowerBound = b == 0xF0 ? 0x90 : 0x80;
                        upperBound = b == 0xF4 ? 0x8F : 0xBF;
                        continue;
                    } else {
                        invalid(i);
                        return;
                    }
                    lowerBound = 0x80;
                    upperBound = 0xBF;
                } else {
                    if (b < lowerBound || b > upperBound) {
                        invalid(i);
                        return;
                    }
                    lowerBound = 0x80;
                    upperBound = 0xBF;
                    pending--;
                }
            }
            offset += length;
        }

        private void invalid(int index) {
            firstInvalid = offset + index;
        }

        boolean valid() {
            return firstInvalid < 0 && pending == 0;
        }

        long firstInvalidOffset() {
            return firstInvalid >= 0 ? firstInvalid : offset;
        }
    }
}
