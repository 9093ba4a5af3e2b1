package kr.gpuprogram.reports.ingest;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.gpuprogram.reports.batch.FaultInjector;
import kr.gpuprogram.reports.ingest.TelemetryAggregate.Key;
import kr.gpuprogram.reports.ingest.TelemetryAggregate.Sums;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Adds up a block of telemetry lines per day and job; lines that cannot be used become rejects. */
public class TelemetryBlockAggregator implements ItemProcessor<TelemetryBlock, TelemetryAggregate> {

    private final ClusterCatalog catalog;
    private final ZoneId programZone;
    private final FaultInjector faults;
    private TelemetryLineParser parser;

    public TelemetryBlockAggregator(ClusterCatalog catalog, ZoneId programZone, FaultInjector faults) {
        this.catalog = catalog;
        this.programZone = programZone;
        this.faults = faults;
    }

    @Override
    public TelemetryAggregate process(TelemetryBlock block) {
        faults.reached(FaultInjector.TELEMETRY_BLOCK);
        if (block.fileProblem() == null && (parser == null || parser.file().fileId() != block.file().fileId())) {
            parser = new TelemetryLineParser(block.file(), block.header(), catalog, programZone);
        }
        Map<Key, Sums> sums = new HashMap<>();
        List<ClassifiedLine.Rejected> rejects = new ArrayList<>();
        Key lastKey = null;
        Sums lastSums = null;
        for (TelemetryBlock.Line line : block.lines()) {
            try {
                if (block.fileProblem() != null) {
                    throw new SacctLineParser.LineProblem(block.fileProblem());
                }
                // one pass over the values for both checks: this runs for every sample
                int length = 0;
                boolean invalidText = false;
                for (String value : line.values()) {
                    length += value.length() + 1;
                    invalidText |= value.indexOf(CsvInput.REPLACEMENT) >= 0 || value.indexOf('\0') >= 0;
                }
                if (length > CsvInput.MAX_LINE_CHARACTERS) {
                    throw new SacctLineParser.LineProblem("line of " + length + " characters, longer than "
                            + CsvInput.MAX_LINE_CHARACTERS + ": not a telemetry sample");
                }
                if (invalidText) {
                    throw new SacctLineParser.LineProblem("invalid text (NUL byte or undecodable bytes) in the line");
                }
                TelemetryLineParser.Sample sample = parser.parse(line.values());
                // the GPUs of one node usually run the same job: their samples follow each other
                if (lastKey == null || !lastKey.jobId().equals(sample.jobId()) || !lastKey.day().equals(sample.day())) {
                    lastKey = new Key(sample.day(), sample.jobId());
                    lastSums = sums.computeIfAbsent(lastKey, k -> new Sums());
                }
                lastSums.add(sample.util());
            } catch (RuntimeException problem) {
                // no line, however absurd, fails the run: whatever it throws makes it a reject
                rejects.add(new ClassifiedLine.Rejected(block.file(), line.lineNo(), LineProblems.reason(problem),
                        String.join(",", line.values())));
            }
        }
        return new TelemetryAggregate(block.file(), block.lines().get(0).lineNo(), sums, rejects);
    }
}
