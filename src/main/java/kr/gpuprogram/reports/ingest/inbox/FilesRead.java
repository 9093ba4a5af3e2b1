package kr.gpuprogram.reports.ingest.inbox;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * A reader's list of inbox files and how far it got, kept in the step's execution context by
 * file id (the files read to their end, and the one it is in), not by position in a list that a
 * later scan may change: a restarted step finds its place again whatever was registered since.
 */
public final class FilesRead {

    private static final String FILE_ID = "file.id";
    private static final String FILES_DONE = "files.done";

    private final List<InboxFile> files;
    private final Set<Long> done = new LinkedHashSet<>();
    private int index;

    public FilesRead(List<InboxFile> files) {
        this.files = List.copyOf(files);
    }

    /** Restores the position; true when the current file was begun before (its read lines are to be skipped). */
    public boolean open(ExecutionContext context, UnaryOperator<String> key) {
        Arrays.stream(context.getString(key.apply(FILES_DONE), "").split(","))
                .filter(s -> !s.isEmpty()).map(Long::valueOf).forEach(done::add);
        long currentId = context.getLong(key.apply(FILE_ID), -1L);
        index = 0;
        InboxFile current = current();
        return current != null && current.fileId() == currentId;
    }

    /** The file to read now, past those read to their end; null when none is left. */
    public InboxFile current() {
        while (index < files.size() && done.contains(files.get(index).fileId())) {
            index++;
        }
        return index < files.size() ? files.get(index) : null;
    }

    /** The current file was read to its end (or has nothing to read). */
    public void finishCurrent() {
        done.add(files.get(index).fileId());
        index++;
    }

    public void update(ExecutionContext context, UnaryOperator<String> key) {
        InboxFile current = current();
        context.putLong(key.apply(FILE_ID), current == null ? -1L : current.fileId());
        context.putString(key.apply(FILES_DONE), done.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
}
