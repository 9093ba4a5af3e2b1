package kr.gpuprogram.reports.ingest;

import kr.gpuprogram.reports.batch.FaultInjector;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Classifies each line of a job file: a job line to store, or a reject with its reason. */
public class JobLineProcessor implements ItemProcessor<InputLine, ClassifiedLine> {

    private final SacctLineParser parser;
    private final FaultInjector faults;

    public JobLineProcessor(SacctLineParser parser, FaultInjector faults) {
        this.parser = parser;
        this.faults = faults;
    }

    @Override
    public ClassifiedLine process(InputLine line) {
        faults.reached(FaultInjector.JOB_LINE);
        return parser.classify(line);
    }
}
