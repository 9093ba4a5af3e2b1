package kr.gpuprogram.reports.ingest.telemetry;

import java.util.Arrays;

/**
 * The last sample time of each GPU of one telemetry file, by hostname and device index, for
 * the "duplicate or out-of-order" rule. Shared by the byte parser and {@link TelemetryLineParser}
 * so that the rule holds across lines read either way.
 */
final class GpuClocks {

    private final ByteKeys hosts = new ByteKeys();
    private long[][] lastSecond = new long[64][];

    int hostId(byte[] bytes, int from, int to) {
        return hosts.id(bytes, from, to);
    }

    boolean isHost(int hostId, byte[] bytes, int from, int to) {
        return hosts.is(hostId, bytes, from, to);
    }

    /** The last-second array of a host, holding at least {@code gpuIndex}. */
    long[] lastSeconds(int hostId, int gpuIndex) {
        if (hostId >= lastSecond.length) {
            lastSecond = Arrays.copyOf(lastSecond, Math.max(hostId + 1, lastSecond.length * 2));
        }
        long[] seconds = lastSecond[hostId];
        if (seconds == null || seconds.length <= gpuIndex) {
            long[] grown = new long[Math.max(8, gpuIndex + 1)];
            Arrays.fill(grown, Long.MIN_VALUE);
            if (seconds != null) {
                System.arraycopy(seconds, 0, grown, 0, seconds.length);
            }
            seconds = grown;
            lastSecond[hostId] = seconds;
        }
        return seconds;
    }

    long[] lastSeconds(String host, int gpuIndex) {
        return lastSeconds(hosts.id(host), gpuIndex);
    }
}
