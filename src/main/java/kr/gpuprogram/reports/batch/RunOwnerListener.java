package kr.gpuprogram.reports.batch;

import java.net.InetAddress;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Records which process runs an execution ({@code host:pid}), so that an execution left
 * "running" by a killed process can be told from one that really still runs.
 */
@Component
public class RunOwnerListener implements JobExecutionListener {

    private static final String OWNER = "owner";

    @Override
    public void beforeJob(JobExecution jobExecution) {
        jobExecution.getExecutionContext().putString(OWNER, currentOwner());
    }

    public static String owner(JobExecution execution) {
        return execution.getExecutionContext().getString(OWNER, "");
    }

    /** False only when the owner is a process of this host that no longer exists. */
    public static boolean mayStillRun(String owner) {
        if (owner.isEmpty() || owner.equals(currentOwner()) || !owner.startsWith(host() + ":")) {
            return true;
        }
        try {
            long pid = Long.parseLong(owner.substring(owner.lastIndexOf(':') + 1));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    static String currentOwner() {
        return host() + ":" + ProcessHandle.current().pid();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "localhost";
        }
    }
}
