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
 * ({@code --name=value}) that go to Spring Boot. {@code --data-dir}, {@code --report-dir}
 * and {@code --state-dir} become the {@code gpu.*} settings.
 */
public final class CommandLineParser {

    public static final String USAGE = """
            usage: java -jar target/gpu-usage-reports.jar COMMAND [OPTIONS]
              run [--date YYYY-MM-DD]            the nightly job (default: yesterday in the program zone)
              rerun --from YYYY-MM-DD --to YYYY-MM-DD
              report --month YYYY-MM
            options: --data-dir DIR (sample-data)  --report-dir DIR (reports)  --state-dir DIR (var)
                     --name=value for any Spring property, e.g. --spring.datasource.url=...""";

    private static final Set<String> COMMAND_OPTIONS = Set.of("date", "from", "to", "month");
    private static final Map<String, String> DIRECTORY_OPTIONS = Map.of(
            "data-dir", "gpu.data-dir", "report-dir", "gpu.report-dir", "state-dir", "gpu.state-dir");

    public record Parsed(String command, Map<String, String> options, List<String> springArguments) {

        public ReportCommand toCommand(LocalDate yesterday) {
            return switch (command) {
                case "run" -> new ReportCommand.Run(options.containsKey("date") ? date("date") : yesterday);
                case "rerun" -> {
                    LocalDate from = date(require("from"));
                    LocalDate to = date(require("to"));
                    if (to.isBefore(from)) {
                        throw new UsageException("--to " + to + " is before --from " + from);
                    }
                    yield new ReportCommand.Rerun(from, to);
                }
                case "report" -> {
                    String month = require("month");
                    try {
                        yield new ReportCommand.MonthReport(YearMonth.parse(options.get(month)));
                    } catch (DateTimeException e) {
                        throw new UsageException("--month '" + options.get(month) + "' is not a month (YYYY-MM)");
                    }
                }
                default -> throw new UsageException("unknown command '" + command + "'\n" + USAGE);
            };
        }

        private String require(String option) {
            if (!options.containsKey(option)) {
                throw new UsageException(command + " needs --" + option);
            }
            return option;
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
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                boolean ours = COMMAND_OPTIONS.contains(name) || DIRECTORY_OPTIONS.containsKey(name);
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
        if (command == null) {
            throw new UsageException("no command given\n" + USAGE);
        }
        return new Parsed(command, options, spring);
    }
}
