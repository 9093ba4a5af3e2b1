package kr.gpuprogram.reports.ingest.telemetry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kr.gpuprogram.reports.ingest.inbox.InboxFile;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the pending telemetry files among the partitions of the telemetry step, largest file
 * first to the partition with the fewest bytes so far, so that each thread (or, with remote
 * partitioning, each machine) gets about the same number of lines. A partition's files are
 * in its execution context (file ids, in reading order): a restart reads the same files.
 */
public class TelemetryFilePartitioner implements Partitioner {

    public static final String FILE_IDS = "telemetry.file.ids";

    private final List<InboxFile> files;

    public TelemetryFilePartitioner(List<InboxFile> files) {
        this.files = List.copyOf(files);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int partitions = Math.max(1, Math.min(gridSize, files.size()));
        List<List<InboxFile>> assigned = new ArrayList<>();
        long[] bytes = new long[partitions];
        for (int i = 0; i < partitions; i++) {
            assigned.add(new ArrayList<>());
        }
        List<InboxFile> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(TelemetryFilePartitioner::size).reversed()
                .thenComparingLong(InboxFile::fileId));
        for (InboxFile file : bySize) {
            int least = 0;
            for (int i = 1; i < partitions; i++) {
                if (bytes[i] < bytes[least]) {
                    least = i;
                }
            }
            assigned.get(least).add(file);
            bytes[least] += size(file);
        }
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < partitions; i++) {
            List<InboxFile> mine = new ArrayList<>(assigned.get(i));
            mine.sort(Comparator.comparingLong(InboxFile::fileId));
            ExecutionContext context = new ExecutionContext();
            context.putString(FILE_IDS, mine.stream().map(f -> Long.toString(f.fileId())).collect(Collectors.joining(",")));
            contexts.put("telemetry-partition-" + i, context);
        }
        return contexts;
    }

    /** The files of a partition, from all pending files and the partition's file ids. */
    public static List<InboxFile> filesOf(List<InboxFile> pending, String fileIds) {
        if (fileIds == null) {
            return pending;
        }
        List<Long> ids = fileIds.isEmpty() ? List.of()
                : java.util.Arrays.stream(fileIds.split(",")).map(Long::valueOf).toList();
        return pending.stream().filter(f -> ids.contains(f.fileId())).toList();
    }

    private static long size(InboxFile file) {
        try {
            return Files.size(file.path());
        } catch (IOException e) {
            return 0; // a file that vanished is the reader's to report
        }
    }
}
