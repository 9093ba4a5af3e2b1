package kr.gpuprogram.reports.ingest.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What an inbox entry is, seen without following a link: only a regular file is read. Uploads
 * made with {@code rsync -a} keep symbolic links, and a link named like an input file would
 * otherwise put what it points to ({@code /etc/passwd}, another operator's job file) into a
 * report; a FIFO would block the night's run and a device ({@code /dev/zero}) never end its hash.
 */
final class InboxEntry {

    private InboxEntry() {
    }

    /** The entry's attributes, its own and not those of what a link points to. */
    static BasicFileAttributes attributes(Path path) throws IOException {
        return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    }

    /** Why an entry that is not a regular file is not read: the reject's reason. */
    static String notRead(BasicFileAttributes attributes) {
        if (attributes.isSymbolicLink()) {
            return "a symbolic link: not read";
        }
        if (attributes.isDirectory()) {
            return "a directory: not read";
        }
        return "not a regular file (a FIFO, socket or device): not read";
    }
}
