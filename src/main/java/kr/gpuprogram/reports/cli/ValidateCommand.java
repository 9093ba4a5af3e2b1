package kr.gpuprogram.reports.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.gpuprogram.reports.ingest.InputFileChecks;
import kr.gpuprogram.reports.ingest.InputFileChecks.FileCheck;

/**
 * {@code validate [--date D]}: every reference file and every inbox file (or those of day D), read
 * with the readers of {@code run}, one line per file and its first rejects. Starts no database and
 * no Spring context: its settings are the command line's ({@code --data-dir},
 * {@code --gpu.program-zone=}), for an operator runs it on a laptop with the jar and its exports.
 * Exit 0 when {@code run} can use every file, 1 when one cannot be read (or every line of it is rejected).
 */
final class ValidateCommand {

    private ValidateCommand() {
    }

    static int run(Path dataDir, ZoneId programZone, Optional<LocalDate> day, PrintStream out) throws IOException {
        DataDirCheck.refuseUnusable(dataDir);
        InputFileChecks checks = new InputFileChecks(dataDir, programZone);
        List<FileCheck> files = new ArrayList<>(checks.referenceFiles());
        files.addAll(checks.inboxFiles(day));
        long unusable = 0;
        for (FileCheck file : files) {
            out.println(line(file));
            for (InputFileChecks.Reject reject : file.firstRejects()) {
                if (reject.lineNo() > 0) {
                    out.println("    line " + reject.lineNo() + ": " + reject.reason()
                            + (reject.content().isEmpty() ? "" : ": " + abbreviated(reject.content())));
                }
            }
            if (file.rejected() > file.firstRejects().size() && file.problem() == null) {
                out.println("    ... and " + (file.rejected() - file.firstRejects().size()) + " more rejected");
            }
            if (!file.usable()) {
                unusable++;
            }
        }
        if (day.isPresent()) {
            List<String> missing = checks.clustersWithoutJobFile(day.get());
            if (!missing.isEmpty()) {
                out.println("no job file for " + day.get() + " from " + missing.size() + " cluster(s) in service: "
                        + String.join(", ", missing));
            }
        }
        out.println(files.size() + " file(s): " + (files.size() - unusable) + " can be read, " + unusable + " cannot"
                + day.map(d -> " (inbox files of " + d + ")").orElse(""));
        return unusable == 0 ? 0 : 1;
    }

    static String line(FileCheck file) {
        if (file.problem() != null) {
            return file.file() + "  " + file.form() + "  cannot be read: " + file.problem();
        }
        String counts = file.unit() + ": " + file.read() + " read, " + file.used() + " used, " + file.rejected() + " rejected"
                + (file.steps() > 0 ? ", " + file.steps() + " steps" : "");
        String verdict = file.usable() ? "" : "  (every line rejected: run counts the day as missing)";
        return file.file() + "  " + file.form() + "  " + file.encoding() + "  " + counts + verdict;
    }

    private static String abbreviated(String content) {
        return content.length() <= 120 ? content : content.substring(0, 120) + "...";
    }
}
