package kr.gpuprogram.reports.ingest.sacct;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kr.gpuprogram.reports.db.CopyText;
import kr.gpuprogram.reports.db.SqlResource;
import kr.gpuprogram.reports.ingest.ClassifiedLine.JobLine;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Rejected;
import kr.gpuprogram.reports.ingest.ClassifiedLine.Step;
import kr.gpuprogram.reports.ingest.ClassifiedLine;
import kr.gpuprogram.reports.ingest.InputRejectWriter;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Stores a chunk of classified lines: job lines to {@code job_line}, the rest to {@code input_reject}. */
public class ClassifiedLineWriter implements ItemWriter<ClassifiedLine> {

    private final NamedParameterJdbcTemplate jdbc;

    public ClassifiedLineWriter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(Chunk<? extends ClassifiedLine> chunk) {
        CopyText jobs = new CopyText();
        List<JobLine> jobLines = new ArrayList<>();
        boolean copyable = true;
        List<Rejected> rejects = new ArrayList<>();
        List<SqlParameterSource> steps = new ArrayList<>();
        for (ClassifiedLine line : chunk) {
            if (line instanceof JobLine job) {
                jobLines.add(job);
                copyable &= CopyText.copyable(job.submit()) && CopyText.copyable(job.start()) && CopyText.copyable(job.end());
                jobs.number(job.file().fileId())
                        .number(job.lineNo())
                        .text(job.clusterId())
                        .text(job.jobId())
                        .text(job.account())
                        .text(job.user())
                        .instant(job.submit())
                        .instant(job.start())
                        .instant(job.end())
                        .text(job.state())
                        .number(job.gpus())
                        .text(job.content())
                        .endRow();
            } else if (line instanceof Rejected reject) {
                rejects.add(reject);
            } else if (line instanceof Step step) {
                steps.add(new MapSqlParameterSource()
                        .addValue("file_id", step.file().fileId())
                        .addValue("line_no", step.lineNo()));
            }
        }
        if (!copyable) {
            // a timestamp of a year COPY's text would not carry as pgjdbc binds it: this chunk the former way
            jdbc.batchUpdate(SqlResource.statement("ingest/insert-job-line.sql"),
                    jobLines.stream().map(ClassifiedLineWriter::jobParameters).toArray(SqlParameterSource[]::new));
        } else {
            jobs.insertThroughStage(jdbc.getJdbcTemplate(), SqlResource.statement("ingest/stage-job-lines.sql"),
                    SqlResource.statement("ingest/copy-job-lines.sql"), SqlResource.statement("ingest/insert-staged-job-lines.sql"));
        }
        if (!steps.isEmpty()) {
            jdbc.batchUpdate(SqlResource.statement("ingest/insert-step-line.sql"), steps.toArray(SqlParameterSource[]::new));
        }
        InputRejectWriter.store(jdbc, rejects);
    }

    private static SqlParameterSource jobParameters(JobLine job) {
        return new MapSqlParameterSource()
                .addValue("file_id", job.file().fileId())
                .addValue("line_no", job.lineNo())
                .addValue("cluster_id", job.clusterId())
                .addValue("job_id", job.jobId())
                .addValue("account", job.account())
                .addValue("user_name", job.user())
                .addValue("submit_ts", timestamp(job.submit()))
                .addValue("start_ts", timestamp(job.start()))
                .addValue("end_ts", timestamp(job.end()))
                .addValue("state", job.state())
                .addValue("gpus", job.gpus())
                .addValue("content", job.content());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
