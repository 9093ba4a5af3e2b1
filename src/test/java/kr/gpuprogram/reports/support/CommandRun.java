package kr.gpuprogram.reports.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.gpuprogram.reports.cli.CommandLineMain;

/**
 * The command line run in this JVM as cron would run it, its standard output and standard error
 * kept apart: what an operator reads in the log and in cron's mail.
 */
public record CommandRun(int status, String out, String err) {

    public static CommandRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            status = CommandLineMain.run(args);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of standard error, the log's lines (dated) left out should any reach it. */
    public List<String> errLines() {
        return err.lines().filter(l -> !l.matches("^\\d{4}-\\d{2}-\\d{2}T.*")).toList();
    }
}
