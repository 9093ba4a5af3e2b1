package kr.gpuprogram.reports.support;

/** The reference files of SPEC.md's worked day, and a few more, as the tests write them. */
public final class DemoProgram {

    private DemoProgram() {
    }

    /** Operator op runs its own workloads under the Slurm account op-own (SPEC.md's "Self-use and waiting"). */
    public static final String OPERATORS = """
            operator_id,operator_name,self_use_accounts
            op,데모 클라우드,op-own
            op2,두번째 클라우드,
            """;

    /** SPEC.md's demo cluster (H100, 8 GPUs, program zone), a cluster that grows on 11-16, one in UTC. */
    public static final String CLUSTERS = """
            cluster_id,operator_id,gpu_model,gpu_count,in_service_from,in_service_to,time_zone
            demo,op,H100,8,2026-01-01,,
            grow,op,H200,8,2026-01-01,2026-11-15,
            grow,op,H200,16,2026-11-16,,
            utc1,op2,B200,4,2026-01-01,,UTC
            """;

    public static final String INSTITUTIONS = """
            institution_id,institution_name,sector,region
            I-1,한빛대학교,ACADEMIA,대전
            I-2,(주)딥러닝랩,INDUSTRY,서울
            I-3,국가AI연구원,RESEARCH,대전
            I-4,세종시청,PUBLIC,세종
            """;

    /** H200's rate doubles on 11-16. */
    public static final String RATES = """
            gpu_model,krw_per_gpu_hour,valid_from
            H100,3000,2026-01-01
            H200,1000,2026-01-01
            H200,2000,2026-11-16
            B200,5000,2026-01-01
            """;

    public static final String HEADER = "JobID|Cluster|Account|User|Start|End|State|AllocTRES\n";

    /** The header of an export with Submit, as SPEC.md's second worked day writes it. */
    public static final String HEADER_WITH_SUBMIT = "JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES\n";

    public static final String TELEMETRY_HEADER = "timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n";
}
