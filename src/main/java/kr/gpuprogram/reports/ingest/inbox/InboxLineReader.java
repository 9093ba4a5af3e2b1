package kr.gpuprogram.reports.ingest.inbox;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;

/** Reads inbox files line by line: each line of a job file is one item. */
public class InboxLineReader extends InboxFilesReader<InputLine> {

    private final String delimiter;

    public InboxLineReader(List<InboxFile> files, CSVFormat format, Function<String[], FileHeader> headerRule) {
        super(files, format, headerRule);
        this.delimiter = format.getDelimiterString();
    }

    @Override
    protected InputLine readFromFile() {
        RawLine line = nextLine();
        if (line == null) {
            return null;
        }
        return new InputLine(line.file(), line.lineNo(), line.header(), Arrays.asList(line.values()),
                line.content() != null ? line.content() : String.join(delimiter, line.values()), line.fileProblem());
    }
}
