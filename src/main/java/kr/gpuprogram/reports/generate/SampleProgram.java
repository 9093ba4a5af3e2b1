package kr.gpuprogram.reports.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sample program's fixed facts: its reference rows (what {@code reference/*.csv} holds),
 * the allocations' usage profiles, the user names, the job id ranges, the missing file and
 * the deliberately broken lines. Everything random is drawn from {@link #SEED}.
 */
final class SampleProgram {

    static final long SEED = 20261125L;

    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 1);    // first day with job files
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 25);    // last day with job files
    static final LocalDate SIM_FROM = LocalDate.of(2026, 10, 18);    // warm-up: jobs running into November
    static final LocalDate SIM_TO = LocalDate.of(2026, 11, 27);      // a little past the last file
    static final long MAX_WAIT = 12 * 3600;                          // pending longer than this: cancelled
    static final String MISSING_FILE_CLUSTER = "gaon-h200";
    static final LocalDate MISSING_FILE_DAY = LocalDate.of(2026, 11, 12);

    static final String HEADER = "JobID|Cluster|Account|User|Start|End|State|AllocTRES";
    static final String HEADER_SUBMIT = "JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES";
    /** gaon-b200's operator still runs an older export without Submit: its waits cannot be measured. */
    static final Set<String> NO_SUBMIT = Set.of("gaon-b200");

    /**
     * The operator's own workloads (operators.csv's self_use_accounts): op-hanbit's R&D team
     * trains on hanbit-h100 every night (64 GPUs) and at weekends (128 GPUs, a day long),
     * queued like anyone.
     */
    static final String SELF_USE_ACCOUNT = "hanbit-rnd";

    /*
     * GPU telemetry (DCGM_FI_DEV_GPU_UTIL every 60 s) of the small cluster saebyeok-dev on the
     * last day only. Its accounting runs ahead of its measurements: from 09:00 the exporter of
     * node sd-n02 loses the job mapping (its samples carry no job_id), and an operator's test
     * outside Slurm shows up as an unknown job id.
     */
    static final String TELEMETRY_CLUSTER = "saebyeok-dev";
    static final LocalDate TELEMETRY_DAY = LocalDate.of(2026, 11, 25);
    static final int TELEMETRY_INTERVAL = 60;
    static final int UNMAPPED_NODE_FROM_HOUR = 9;
    static final String UNKNOWN_JOB_ID = "990001";
    static final int UNKNOWN_JOB_SECONDS = 45 * 60;   // on the first GPU free that long

    record Operator(String id, String name, String selfUseAccounts) {
    }

    record ClusterRow(String clusterId, String operatorId, String gpuModel, int gpuCount, String inServiceFrom,
                      String inServiceTo, String timeZone) {
    }

    record Institution(String id, String name, String sector, String region) {
    }

    /**
     * An allocation and its usage profile (generator only, not written): {@code normal} busy
     * 70-95 % of its lanes, {@code heavy} 96-99 %, {@code over} more work than allocated,
     * {@code low:x} busy share x, {@code sparse} a few 1-GPU jobs a week, {@code stop:D}
     * nothing at all from day D on, {@code late:h} starts using h hours after its start date.
     */
    record AllocationRow(int number, String institutionId, String title, String clusterId, int gpus, String start,
                         String end, String profile) {
    }

    record Rate(String gpuModel, int krwPerGpuHour, String validFrom) {
    }

    record Recipient(String email, String name, String scope) {
    }

    /** A deliberately broken line: its kind, and the cluster and day (in the cluster's zone) of its file. */
    record Defect(DefectKind kind, String clusterId, LocalDate day) {
    }

    static final List<Operator> OPERATORS = List.of(
            new Operator("op-hanbit", "한빛클라우드(주)", "hanbit-rnd;benchmark"),
            new Operator("op-saebyeok", "(주)새벽데이터센터", ""),
            new Operator("op-gaon", "가온AI컴퓨팅(주)", ""));

    static final List<ClusterRow> CLUSTERS = List.of(
            new ClusterRow("hanbit-h100", "op-hanbit", "H100", 384, "2026-01-01", "", ""),
            new ClusterRow("hanbit-b200", "op-hanbit", "B200", 128, "2026-11-10", "", ""),
            new ClusterRow("saebyeok-h200", "op-saebyeok", "H200", 128, "2026-01-01", "2026-11-15", ""),
            new ClusterRow("saebyeok-h200", "op-saebyeok", "H200", 256, "2026-11-16", "", ""),
            new ClusterRow("saebyeok-h100", "op-saebyeok", "H100", 96, "2026-01-01", "", "UTC"),
            new ClusterRow("gaon-h200", "op-gaon", "H200", 512, "2026-01-01", "", ""),
            new ClusterRow("gaon-b200", "op-gaon", "B200", 192, "2026-06-01", "", ""),
            new ClusterRow("saebyeok-dev", "op-saebyeok", "H100", 16, "2026-01-01", "", ""));

    static final List<Institution> INSTITUTIONS = List.of(
            new Institution("INST-001", "(주)딥러닝랩", "INDUSTRY", "서울"),
            new Institution("INST-002", "(주)한결에이아이", "INDUSTRY", "경기"),
            new Institution("INST-003", "누리비전(주)", "INDUSTRY", "서울"),
            new Institution("INST-004", "(주)모두의언어", "INDUSTRY", "서울"),
            new Institution("INST-005", "하늘로보틱스(주)", "INDUSTRY", "대구"),
            new Institution("INST-006", "(주)새솔바이오인포", "INDUSTRY", "인천"),
            new Institution("INST-007", "별빛게임즈(주)", "INDUSTRY", "경기"),
            new Institution("INST-008", "(주)다온헬스케어AI", "INDUSTRY", "서울"),
            new Institution("INST-009", "온새미로물류(주)", "INDUSTRY", "부산"),
            new Institution("INST-010", "(주)바른음성", "INDUSTRY", "대전"),
            new Institution("INST-011", "미르모빌리티(주)", "INDUSTRY", "울산"),
            new Institution("INST-012", "(주)가람데이터", "INDUSTRY", "광주"),
            new Institution("INST-013", "한울반도체설계(주)", "INDUSTRY", "경기"),
            new Institution("INST-014", "(주)초록에너지AI", "INDUSTRY", "전남"),
            new Institution("INST-015", "빛가람핀테크(주)", "INDUSTRY", "서울"),
            new Institution("INST-016", "(주)아름번역", "INDUSTRY", "부산"),
            new Institution("INST-017", "두리농업기술(주)", "INDUSTRY", "전북"),
            new Institution("INST-018", "(주)해든미디어", "INDUSTRY", "서울"),
            new Institution("INST-019", "한빛대학교", "ACADEMIA", "서울"),
            new Institution("INST-020", "푸른솔대학교", "ACADEMIA", "경기"),
            new Institution("INST-021", "미리내과학기술원", "ACADEMIA", "대전"),
            new Institution("INST-022", "가온누리대학교", "ACADEMIA", "서울"),
            new Institution("INST-023", "새빛공과대학교", "ACADEMIA", "경북"),
            new Institution("INST-024", "은하수대학교", "ACADEMIA", "충북"),
            new Institution("INST-025", "동녘대학교", "ACADEMIA", "대구"),
            new Institution("INST-026", "해오름대학교", "ACADEMIA", "부산"),
            new Institution("INST-027", "빛고을과학기술대학교", "ACADEMIA", "광주"),
            new Institution("INST-028", "금강누리대학교", "ACADEMIA", "충남"),
            new Institution("INST-029", "한라별대학교", "ACADEMIA", "제주"),
            new Institution("INST-030", "국가AI연구원", "RESEARCH", "대전"),
            new Institution("INST-031", "한국초거대모델연구소", "RESEARCH", "서울"),
            new Institution("INST-032", "미래기상예측연구원", "RESEARCH", "세종"),
            new Institution("INST-033", "국립바이오데이터연구원", "RESEARCH", "충북"),
            new Institution("INST-034", "첨단소재시뮬레이션연구소", "RESEARCH", "경남"),
            new Institution("INST-035", "한국언어자원연구원", "RESEARCH", "대전"),
            new Institution("INST-036", "해양디지털연구원", "RESEARCH", "부산"),
            new Institution("INST-037", "새솔시청", "PUBLIC", "경기"),
            new Institution("INST-038", "가람군청", "PUBLIC", "강원"),
            new Institution("INST-039", "국민건강데이터관리원", "PUBLIC", "강원"),
            new Institution("INST-040", "디지털행정지원센터", "PUBLIC", "세종"));

    static final List<AllocationRow> ALLOCATIONS = List.of(
            // hanbit-h100 (384 GPUs)
            new AllocationRow(1, "INST-001", "한국어 초거대 언어모델 사전학습", "hanbit-h100", 64, "2026-03-01", "2026-12-31", "heavy"),
            new AllocationRow(2, "INST-004", "법률 문서 요약 언어모델 미세조정", "hanbit-h100", 32, "2026-06-01", "2026-11-30", "normal"),
            new AllocationRow(3, "INST-019", "의료영상 병변 분할 모델 연구", "hanbit-h100", 16, "2026-04-01", "2027-03-31", "normal"),
            new AllocationRow(4, "INST-008", "흉부 X선 판독 보조 모델 개발", "hanbit-h100", 24, "2026-07-01", "2026-12-31", "normal"),
            new AllocationRow(5, "INST-024", "농작물 병해 진단 비전 모델", "hanbit-h100", 16, "2026-09-01", "2027-02-28", "sparse"),
            new AllocationRow(6, "INST-030", "과학기술 문헌 특화 언어모델", "hanbit-h100", 32, "2026-01-01", "2026-12-31", "normal"),
            new AllocationRow(7, "INST-015", "금융 이상거래 탐지 모델 고도화", "hanbit-h100", 24, "2026-05-16", "2026-11-15", "normal"),
            new AllocationRow(8, "INST-003", "CCTV 이상행동 탐지 모델", "hanbit-h100", 32, "2026-11-16", "2027-05-15", "normal"),
            new AllocationRow(9, "INST-022", "저자원 언어 번역 연구", "hanbit-h100", 16, "2026-08-01", "2027-01-31", "normal"),
            new AllocationRow(10, "INST-010", "콜센터 음성인식 엔진 개선", "hanbit-h100", 8, "2026-10-01", "2026-12-31", "normal"),
            new AllocationRow(11, "INST-031", "초거대 모델 평가 벤치마크 구축", "hanbit-h100", 24, "2026-06-01", "2026-12-31", "heavy"),
            new AllocationRow(12, "INST-026", "수중 음향 신호 분류 연구", "hanbit-h100", 16, "2026-03-01", "2026-11-20", "normal"),
            new AllocationRow(13, "INST-002", "제조 공정 예지보전 시계열 모델", "hanbit-h100", 40, "2026-11-18", "2027-02-17", "normal"),
            new AllocationRow(14, "INST-029", "제주 방언 음성 말뭉치 구축", "hanbit-h100", 32, "2026-02-01", "2026-10-31", "normal"),
            new AllocationRow(60, "INST-020", "드론 영상 객체 탐지 모델", "hanbit-h100", 16, "2026-11-23", "2027-05-22", "late:20"),
            // hanbit-b200 (128 GPUs, in service from 2026-11-10)
            new AllocationRow(15, "INST-001", "멀티모달 생성모델 사전학습", "hanbit-b200", 32, "2026-11-10", "2027-05-09", "heavy"),
            new AllocationRow(16, "INST-021", "단백질 구조 예측 모델", "hanbit-b200", 24, "2026-11-10", "2027-02-28", "normal"),
            new AllocationRow(17, "INST-007", "게임 NPC 대화 에이전트", "hanbit-b200", 16, "2026-11-16", "2027-02-15", "normal"),
            new AllocationRow(18, "INST-032", "초단기 강수 예측 딥러닝 모델", "hanbit-b200", 24, "2026-11-12", "2027-05-11", "late:60"),
            new AllocationRow(19, "INST-013", "반도체 배치 최적화 강화학습", "hanbit-b200", 16, "2026-11-10", "2027-01-31", "normal"),
            // saebyeok-h200 (128 GPUs, 256 from 2026-11-16; over-allocated 11-10..11-15)
            new AllocationRow(20, "INST-005", "로봇 조작 정책 학습", "saebyeok-h200", 32, "2026-04-01", "2026-12-31", "normal"),
            new AllocationRow(21, "INST-020", "자율주행 인지 모델 학습", "saebyeok-h200", 24, "2026-03-01", "2027-02-28", "normal"),
            new AllocationRow(22, "INST-033", "유전체 변이 해석 모델", "saebyeok-h200", 16, "2026-01-01", "2026-12-31", "normal"),
            new AllocationRow(23, "INST-016", "한영 특허 번역 모델 미세조정", "saebyeok-h200", 16, "2026-05-01", "2026-11-15", "normal"),
            new AllocationRow(24, "INST-011", "교통량 예측 그래프 신경망", "saebyeok-h200", 16, "2026-07-01", "2026-12-31", "normal"),
            new AllocationRow(25, "INST-039", "건강검진 데이터 질환 위험도 예측", "saebyeok-h200", 8, "2026-06-01", "2027-05-31", "normal"),
            new AllocationRow(26, "INST-031", "초거대 모델 강화학습 정렬", "saebyeok-h200", 32, "2026-11-10", "2027-05-09", "heavy"),
            new AllocationRow(27, "INST-035", "한국어 음성 말뭉치 기반 음성인식", "saebyeok-h200", 24, "2026-11-10", "2027-02-28", "normal"),
            new AllocationRow(28, "INST-002", "코드 생성 언어모델 학습", "saebyeok-h200", 32, "2026-11-16", "2027-05-15", "normal"),
            new AllocationRow(29, "INST-023", "재료 물성 예측 그래프 신경망", "saebyeok-h200", 32, "2026-11-16", "2027-02-15", "normal"),
            // saebyeok-h100 (96 GPUs, sacct times in UTC)
            new AllocationRow(30, "INST-009", "항만 물류 수요 예측", "saebyeok-h100", 24, "2026-02-01", "2026-12-31", "normal"),
            new AllocationRow(31, "INST-036", "해양 위성영상 적조 탐지", "saebyeok-h100", 16, "2026-01-01", "2026-12-31", "normal"),
            new AllocationRow(32, "INST-026", "경상도 방언 음성인식", "saebyeok-h100", 16, "2026-09-01", "2027-02-28", "normal"),
            new AllocationRow(33, "INST-037", "시정 민원 자동 분류 모델", "saebyeok-h100", 8, "2026-11-16", "2027-05-15", "normal"),
            new AllocationRow(34, "INST-017", "스마트팜 작물 생육 예측", "saebyeok-h100", 16, "2026-06-01", "2026-11-13", "normal"),
            new AllocationRow(35, "INST-028", "금융 시계열 이상 탐지 연구", "saebyeok-h100", 8, "2026-10-01", "2027-03-31", "normal"),
            // gaon-h200 (512 GPUs)
            new AllocationRow(36, "INST-006", "신약 후보물질 생성 모델", "gaon-h200", 64, "2026-03-01", "2026-12-31", "over"),
            new AllocationRow(37, "INST-030", "국가 공공 언어모델 학습", "gaon-h200", 48, "2026-01-01", "2026-12-31", "heavy"),
            new AllocationRow(38, "INST-037", "민원 상담 챗봇 고도화", "gaon-h200", 32, "2026-09-01", "2027-02-28", "stop:2026-11-03"),
            new AllocationRow(39, "INST-012", "공공데이터 표 질의응답 모델", "gaon-h200", 32, "2026-05-01", "2026-12-31", "normal"),
            new AllocationRow(40, "INST-025", "의료 영상-텍스트 멀티모달 모델", "gaon-h200", 24, "2026-03-01", "2027-02-28", "normal"),
            new AllocationRow(41, "INST-014", "전력 수요 예측 트랜스포머", "gaon-h200", 32, "2026-07-01", "2026-11-14", "normal"),
            new AllocationRow(42, "INST-027", "도시 열섬 시뮬레이션 대리모델", "gaon-h200", 16, "2026-03-01", "2027-02-28", "normal"),
            new AllocationRow(43, "INST-034", "이차전지 소재 탐색 생성모델", "gaon-h200", 40, "2026-01-01", "2026-12-31", "normal"),
            new AllocationRow(44, "INST-008", "의료 상담 언어모델 정렬", "gaon-h200", 24, "2026-09-01", "2027-02-28", "normal"),
            new AllocationRow(45, "INST-003", "산업 결함 검출 비전 파운데이션 모델", "gaon-h200", 32, "2026-06-01", "2026-12-31", "normal"),
            new AllocationRow(46, "INST-040", "행정문서 OCR 및 요약", "gaon-h200", 16, "2026-10-01", "2027-03-31", "low:0.35"),
            new AllocationRow(47, "INST-004", "한국어 검색 증강 생성 모델", "gaon-h200", 48, "2026-11-17", "2027-05-16", "normal"),
            new AllocationRow(48, "INST-019", "뇌 MRI 영상 생성모델 연구", "gaon-h200", 24, "2026-11-16", "2027-05-15", "normal"),
            new AllocationRow(49, "INST-010", "감정 표현 음성 합성 모델", "gaon-h200", 16, "2026-04-01", "2026-11-18", "normal"),
            new AllocationRow(50, "INST-022", "초거대 모델 경량화 연구", "gaon-h200", 32, "2026-02-01", "2026-12-31", "normal"),
            new AllocationRow(51, "INST-038", "산불 위험 예측 위성영상 모델", "gaon-h200", 24, "2026-08-01", "2027-01-31", "low:0.22"),
            // gaon-b200 (192 GPUs)
            new AllocationRow(52, "INST-031", "초거대 모델 사전학습 B200 확장", "gaon-b200", 64, "2026-10-01", "2027-03-31", "heavy"),
            new AllocationRow(53, "INST-018", "영상 생성 확산모델", "gaon-b200", 32, "2026-06-01", "2026-12-31", "normal"),
            new AllocationRow(54, "INST-021", "기후 모델 다운스케일링", "gaon-b200", 24, "2026-06-01", "2027-03-31", "normal"),
            new AllocationRow(55, "INST-015", "금융 상품 추천 모델", "gaon-b200", 16, "2026-11-16", "2027-05-15", "normal"),
            new AllocationRow(56, "INST-005", "휴머노이드 보행 시뮬레이션 학습", "gaon-b200", 24, "2026-06-01", "2026-11-15", "normal"),
            new AllocationRow(57, "INST-006", "항체 서열 언어모델", "gaon-b200", 16, "2026-09-01", "2027-02-28", "normal"),
            new AllocationRow(58, "INST-029", "제주 관광 수요 예측", "gaon-b200", 8, "2026-11-20", "2027-02-19", "normal"),
            new AllocationRow(59, "INST-013", "칩 레이아웃 검증 모델", "gaon-b200", 16, "2026-06-01", "2026-10-15", "normal"),
            // saebyeok-dev (16 GPUs, the cluster with telemetry)
            new AllocationRow(61, "INST-035", "한국어 음성 인식 모델 미세조정", "saebyeok-dev", 8, "2026-09-01", "2027-02-28", "normal"),
            new AllocationRow(62, "INST-009", "상품 이미지 검색 모델", "saebyeok-dev", 8, "2026-10-01", "2027-03-31", "low:0.4"));

    static final List<Rate> RATES = List.of(
            new Rate("H100", 2800, "2026-01-01"),
            new Rate("H100", 2500, "2026-11-15"),
            new Rate("H200", 3500, "2026-01-01"),
            new Rate("B200", 5200, "2026-01-01"));

    static final List<Recipient> RECIPIENTS = List.of(
            new Recipient("jihyun.kim@example.org", "김지현", "PROGRAM"),
            new Recipient("seojun.park@example.org", "박서준", "PROGRAM"),
            new Recipient("noc@hanbit-cloud.example.com", "이도윤", "op-hanbit"),
            new Recipient("ops@saebyeok-dc.example.com", "최유나", "op-saebyeok"),
            new Recipient("gpu-support@gaon-ai.example.com", "정민호", "op-gaon"));

    static final List<String> SURNAMES = List.of(
            "kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
            "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "jeon", "hong",
            "yoo", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh");
    static final List<String> INITIALS = List.of(
            "jh", "sy", "mj", "hj", "dh", "yj", "sh", "jw", "hs", "ej", "ys", "jy",
            "sm", "dy", "hy", "mk", "jk", "sj", "bk", "tw", "gy", "eh", "jm", "yh");

    /**
     * Users of the jobs on accounts that are no allocation of the cluster (operator staff,
     * benchmarks, a user who typed another cluster's allocation id).
     */
    static final Map<String, List<String>> OPS_USERS = Map.of(
            "op-hanbit", List.of("leedy", "kimts"),
            "op-saebyeok", List.of("choiyn", "parkjs"),
            "op-gaon", List.of("jungmh", "seoyr"));

    static final List<Defect> DEFECTS = List.of(
            new Defect(DefectKind.MISSING_FIELD, "hanbit-h100", LocalDate.of(2026, 11, 4)),
            new Defect(DefectKind.WRONG_CLUSTER, "gaon-h200", LocalDate.of(2026, 11, 9)),
            new Defect(DefectKind.BAD_START, "gaon-b200", LocalDate.of(2026, 11, 13)),
            new Defect(DefectKind.END_BEFORE_START, "saebyeok-h200", LocalDate.of(2026, 11, 17)),
            new Defect(DefectKind.TOO_MANY_GPUS, "hanbit-b200", LocalDate.of(2026, 11, 20)),
            new Defect(DefectKind.DUPLICATE, "hanbit-h100", LocalDate.of(2026, 11, 21)),
            new Defect(DefectKind.NEGATIVE_GPUS, "saebyeok-h100", LocalDate.of(2026, 11, 23)));

    /** The first job id of each cluster (other users' jobs take ids in between). */
    static final Map<String, Long> FIRST_JOB_ID = Map.of(
            "hanbit-h100", 1204517L, "hanbit-b200", 1487L, "saebyeok-h200", 388102L, "saebyeok-h100", 75230L,
            "gaon-h200", 2210433L, "gaon-b200", 530011L, "saebyeok-dev", 9120L);

    private SampleProgram() {
    }

    static String fileName(String clusterId, LocalDate day) {
        return "jobs-" + clusterId + "-" + day + ".csv";
    }
}
