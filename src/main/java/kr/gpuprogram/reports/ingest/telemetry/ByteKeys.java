package kr.gpuprogram.reports.ingest.telemetry;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kr.gpuprogram.reports.ingest.inbox.ByteFields;

/**
 * Gives each distinct byte string (a hostname, a job id) a small int id, storing its bytes
 * once: telemetry repeats a few thousand names millions of times, and a String for each
 * occurrence would cost more than the rest of the line.
 */
final class ByteKeys {

    private byte[] arena = new byte[4096];
    private int arenaUsed;
    private int[] start = new int[256];
    private int[] length = new int[256];
    private int[] hash = new int[256];
    private String[] strings = new String[256];
    private int size;
    /** open addressing: id + 1, 0 = free */
    private int[] table = new int[512];

    int size() {
        return size;
    }

    /** The id of {@code bytes[from, to)}, added when new. */
    int id(byte[] bytes, int from, int to) {
        int h = 1;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        h ^= h >>> 16;
        int mask = table.length - 1;
        for (int slot = h & mask; ; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                return add(bytes, from, to, h, slot);
            }
            int id = entry - 1;
            if (hash[id] == h && is(id, bytes, from, to)) {
                return id;
            }
        }
    }

    int id(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return id(bytes, 0, bytes.length);
    }

    /** Whether id's bytes are {@code bytes[from, to)}. */
    boolean is(int id, byte[] bytes, int from, int to) {
        return length[id] == to - from && ByteFields.same(arena, start[id], bytes, from, to - from);
    }

    String string(int id) {
        String s = strings[id];
        if (s == null) {
            s = new String(arena, start[id], length[id], StandardCharsets.UTF_8);
            strings[id] = s;
        }
        return s;
    }

    private int add(byte[] bytes, int from, int to, int h, int slot) {
        int n = to - from;
        if (arenaUsed + n > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + n));
        }
        System.arraycopy(bytes, from, arena, arenaUsed, n);
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            length = Arrays.copyOf(length, size * 2);
            hash = Arrays.copyOf(hash, size * 2);
            strings = Arrays.copyOf(strings, size * 2);
        }
        int id = size++;
        start[id] = arenaUsed;
        length[id] = n;
        hash[id] = h;
        arenaUsed += n;
        table[slot] = id + 1;
        if (size * 2 > table.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        int[] grown = new int[table.length * 2];
        int mask = grown.length - 1;
        for (int id = 0; id < size; id++) {
            int slot = hash[id] & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = id + 1;
        }
        table = grown;
    }
}
