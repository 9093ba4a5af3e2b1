package kr.gpuprogram.reports.ingest.sacct;

import kr.gpuprogram.reports.batch.Checkpoints;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.inbox.InputLine;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Classifies each line of a job file: a job line to store, or a reject with its reason. */
public class JobLineProcessor implements ItemProcessor<InputLine, ClassifiedLine> {

    private final SacctLineParser parser;
    private final Checkpoints faults;

    public JobLineProcessor(SacctLineParser parser, Checkpoints faults) {
        this.parser = parser;
        this.faults = faults;
    }

    @Override
    public ClassifiedLine process(InputLine line) {
        faults.reached(Checkpoints.JOB_LINE);
        return parser.classify(line);
    }
}
