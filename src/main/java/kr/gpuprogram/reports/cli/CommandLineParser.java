package kr.gpuprogram.reports.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the command line into the command with its options and the Spring properties
 * ({@code --name=value}) that go to Spring Boot. {@code --data-dir}, {@code --report-dir},
 * {@code --state-dir} and {@code --wait} become {@code gpu.*} settings. An option the
 * command does not take is refused rather than ignored: an operator who typed it meant
 * something by it.
 */
final class CommandLineParser {

    public static final String USAGE = """
            usage: java -jar target/gpu-usage-reports.jar COMMAND [OPTIONS]
              run [--date YYYY-MM-DD]            the nightly job (default: yesterday in the program zone)
              rerun --from YYYY-MM-DD --to YYYY-MM-DD [--mail]
                                                 recompute the days from what is stored, rewrite their reports
              report --month YYYY-MM|previous [--mail]
                                                 a month's report; 'previous' is last month in the program
                                                 zone and first ingests the files that arrived late
              history [--limit N]                the last N job runs and mails (default 20)
              status [--days N] [--csv]          per in-service cluster: its last job and telemetry files, the
                                                 days without them and the rejects of the last N days (14),
                                                 the last run and mail
              validate [--date YYYY-MM-DD]       read the reference and inbox files (all, or day D's) as run
                                                 would, without a database; exit 1 when one cannot be read
              generate --gpus N --days N --out DIR [--start YYYY-MM-DD] [--interval SECONDS] [--seed N] [--order time|gpu]
                                                 a synthetic program for benchmarks (no database)
              generate --sample [--out DIR]      the sample data into DIR (default sample-data), the same bytes
                                                 on every run (no database)
            options: --data-dir DIR (sample-data)  --report-dir DIR (reports)  --state-dir DIR (var)
                     --wait   wait for another process using the state dir instead of exiting 75
                     --help   this text
                     --name=value for any Spring property, e.g. --spring.datasource.url=...""";

    /** The options each command takes, beside the directories, --wait and Spring properties. */
    private static final Map<String, Set<String>> COMMAND_OPTIONS = Map.of(
            "run", Set.of("date"),
            "rerun", Set.of("from", "to", "mail"),
            "report", Set.of("month", "mail"),
            "history", Set.of("limit"),
            "status", Set.of("days", "csv"),
            "validate", Set.of("date"),
            "generate", Set.of("gpus", "days", "out", "start", "interval", "seed", "order", "sample"));
    /** The options of the synthetic program, which the sample data (generate --sample) does not take. */
    private static final Set<String> SYNTHETIC_OPTIONS = Set.of("gpus", "days", "start", "interval", "seed", "order");
    private static final Set<String> ALL_COMMAND_OPTIONS = Set.of("date", "from", "to", "month", "limit",
            "gpus", "days", "out", "start", "interval", "seed", "order");
    private static final Set<String> FLAG_OPTIONS = Set.of("mail", "wait", "help", "sample", "csv");
    private static final Map<String, String> DIRECTORY_OPTIONS = Map.of(
            "data-dir", "gpu.data-dir", "report-dir", "gpu.report-dir", "state-dir", "gpu.state-dir");

    public record Parsed(String command, Map<String, String> options, List<String> springArguments) {

        public boolean help() {
            return options.containsKey("help");
        }

        /** The command, its default dates taken from {@code today} in the program zone. */
        public ReportCommand toCommand(LocalDate today) {
            return switch (command) {
                case "run" -> new ReportCommand.Run(options.containsKey("date") ? date("date") : today.minusDays(1));
                case "rerun" -> {
                    LocalDate from = date(require("from"));
                    LocalDate to = date(require("to"));
                    if (to.isBefore(from)) {
                        throw new UsageException("--to " + to + " is before --from " + from);
                    }
                    yield new ReportCommand.Rerun(from, to, options.containsKey("mail"));
                }
                case "report" -> {
                    String month = options.get(require("month"));
                    if (month.equals("previous")) {
                        yield new ReportCommand.MonthReport(YearMonth.from(today).minusMonths(1), options.containsKey("mail"), true);
                    }
                    YearMonth asked;
                    try {
                        asked = YearMonth.parse(month);
                    } catch (DateTimeException e) {
                        throw new UsageException("--month '" + month + "' is not a month (YYYY-MM or previous)");
                    }
                    yield monthReport(asked, today);
                }
                case "history" -> new ReportCommand.History(number("limit", 20));
                case "status" -> new ReportCommand.Status(number("days", 14), options.containsKey("csv"));
                case "validate" -> new ReportCommand.Validate(
                        java.nio.file.Path.of(springSetting("gpu.data-dir", "sample-data")),
                        zone(springSetting("gpu.program-zone", "Asia/Seoul")),
                        options.containsKey("date") ? java.util.Optional.of(date("date")) : java.util.Optional.empty());
                case "generate" -> options.containsKey("sample") ? sample() : new ReportCommand.Generate(
                        number("gpus", 8), number("days", 1),
                        options.containsKey("start") ? date("start") : LocalDate.parse("2026-11-25"),
                        number("interval", 60), number("seed", 42), java.nio.file.Path.of(options.get(require("out"))),
                        rowOrder());
                default -> throw new UsageException("unknown command '" + command + "'\n" + USAGE);
            };
        }

        /** A setting as the command line gives it ({@code --data-dir} included), for a command that starts no Spring. */
        private String springSetting(String name, String defaultValue) {
            String value = defaultValue;
            for (String argument : springArguments) {
                if (argument.startsWith("--" + name + "=")) {
                    value = argument.substring(name.length() + 3);
                }
            }
            return value;
        }

        private static java.time.ZoneId zone(String id) {
            try {
                return java.time.ZoneId.of(id);
            } catch (DateTimeException e) {
                throw new UsageException("gpu.program-zone=" + id + ": is not a time zone");
            }
        }

        /**
         * A month that has not ended in the program zone is not reported as a month: the current month is
         * the range from its first day to yesterday (none on its 1st: nothing of it has ended), a later one is refused.
         */
        private ReportCommand.MonthReport monthReport(YearMonth asked, LocalDate today) {
            YearMonth current = YearMonth.from(today);
            boolean mail = options.containsKey("mail");
            if (asked.isBefore(current)) {
                return new ReportCommand.MonthReport(asked, mail);
            }
            if (asked.isAfter(current) || today.getDayOfMonth() == 1) {
                throw new UsageException("--month " + asked + ": no day of it has ended yet (today is " + today
                        + " in the program zone)");
            }
            return ReportCommand.MonthReport.toDate(asked, mail, today.minusDays(1));
        }

        /** {@code generate --sample [--out DIR]}: the sample data, into sample-data unless told. */
        private ReportCommand.GenerateSample sample() {
            for (String option : options.keySet().stream().sorted().toList()) {
                if (SYNTHETIC_OPTIONS.contains(option)) {
                    throw new UsageException("generate --sample does not take --" + option + " (it takes --out)");
                }
            }
            return new ReportCommand.GenerateSample(java.nio.file.Path.of(options.getOrDefault("out", "sample-data")));
        }

        private String require(String option) {
            if (!options.containsKey(option)) {
                throw new UsageException(command + " needs --" + option);
            }
            return option;
        }

        /** Telemetry rows all GPUs of a scrape after another (time, the default) or GPU after GPU. */
    private kr.gpuprogram.reports.generate.SyntheticProgramGenerator.RowOrder rowOrder() {
        String order = options.getOrDefault("order", "time");
        try {
            return kr.gpuprogram.reports.generate.SyntheticProgramGenerator.RowOrder.valueOf(order.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--order is time or gpu, not '" + order + "'");
        }
    }

    private int number(String option, int defaultValue) {
            if (!options.containsKey(option)) {
                return defaultValue;
            }
            try {
                int value = Integer.parseInt(options.get(option));
                if (value <= 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new UsageException("--" + option + " '" + options.get(option) + "' is not a positive whole number");
            }
        }

        private LocalDate date(String option) {
            try {
                return LocalDate.parse(options.get(option));
            } catch (DateTimeException e) {
                throw new UsageException("--" + option + " '" + options.get(option) + "' is not a date (YYYY-MM-DD)");
            }
        }
    }

    private CommandLineParser() {
    }

    public static Parsed parse(String[] args) {
        String command = null;
        Map<String, String> options = new HashMap<>();
        List<String> spring = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h")) {
                arg = "--help";
            }
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (FLAG_OPTIONS.contains(name) && value == null) {
                    options.put(name, "true");
                    continue;
                }
                boolean ours = ALL_COMMAND_OPTIONS.contains(name) || DIRECTORY_OPTIONS.containsKey(name);
                if (!ours) {
                    if (value == null) {
                        throw new UsageException("unknown option --" + name + " (Spring properties take the form --name=value)");
                    }
                    spring.add(arg);
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
                if (DIRECTORY_OPTIONS.containsKey(name)) {
                    spring.add("--" + DIRECTORY_OPTIONS.get(name) + "=" + value);
                } else {
                    options.put(name, value);
                }
            } else if (command == null) {
                command = arg;
            } else {
                throw new UsageException("unexpected argument '" + arg + "'\n" + USAGE);
            }
        }
        if (options.containsKey("help")) {
            return new Parsed(command == null ? "help" : command, options, spring);
        }
        if (command == null) {
            throw new UsageException("no command given\n" + USAGE);
        }
        refuseForeignOptions(command, options);
        if (options.containsKey("wait")) {
            spring.add("--gpu.wait=true");
        }
        return new Parsed(command, options, spring);
    }

    private static void refuseForeignOptions(String command, Map<String, String> options) {
        Set<String> taken = COMMAND_OPTIONS.get(command);
        if (taken == null) {
            throw new UsageException("unknown command '" + command + "'\n" + USAGE);
        }
        for (String option : options.keySet().stream().sorted().toList()) {
            if (!option.equals("wait") && !taken.contains(option)) {
                throw new UsageException(command + " does not take --" + option
                        + (taken.isEmpty() ? "" : " (it takes --" + String.join(", --", taken.stream().sorted().toList()) + ")"));
            }
        }
    }
}
