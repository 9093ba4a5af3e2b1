package kr.gpuprogram.reports.report;

import java.util.List;

/**
 * The glossary: every label the workbook, the PDF and the mail show, in Korean and English,
 * settled once so that a manager reading two outputs side by side sees one name per figure
 * (docs/glossary.md lists it). The CSV extracts keep SPEC.md's column names and do not use it.
 * {@code retired} are Korean words earlier versions used for the same thing; a test keeps them
 * out of every output.
 */
public enum Term {
    // figures
    CAPACITY("용량", "Capacity"),
    ALLOCATED("할당", "Allocated", "배분"),
    USED("사용", "Used"),
    UNATTRIBUTED("미귀속 사용", "Unattributed"),
    UNALLOCATED("미할당", "Unallocated", "미배분"),
    IDLE("유휴", "Idle"),
    ALLOCATED_IDLE("할당 유휴", "Allocated idle", "할당 후 미사용", "배분 후 미사용"),
    ACTIVE_IDLE("활성 유휴", "Active idle", "작업 중 유휴"),
    OVER_ALLOCATED("초과 할당", "Over-allocated"),
    OVER_USE("초과 사용", "Over-use"),
    // the summary's breakdowns (SPEC "How the report reads to a manager")
    USED_ON_ALLOCATIONS("할당 사용", "Used on allocations"),
    CAPACITY_CORRECTION("용량 초과 보정", "Beyond-capacity correction"),
    MEASURED_CLUSTER_DAYS("측정 클러스터-일", "Measured cluster-days"),
    WINDOW_USE_PCT("구간 사용률", "Window use"),
    CLUSTER_DAYS_WITHOUT_JOB_FILE("작업 파일이 없는 클러스터-일", "Cluster-days without a job file"),
    UTILIZATION("가동률", "Utilization"),
    ALLOCATION_UTILIZATION("할당 대비 사용률", "Allocation utilization", "배분 대비 사용률"),
    MEAN_GPU_UTIL("평균 GPU 사용률", "Mean GPU util"),
    ALLOCATED_SUPPORT("할당 지원액", "Allocated support", "지원 금액 (할당 기준)", "할당 금액"),
    USED_SUPPORT("사용 지원액", "Used support", "지원 금액(사용)", "지원 금액 (사용 기준)", "사용 금액"),
    RATE("단가", "Rate"),
    JOBS("작업 수", "Jobs"),
    RANK("순위", "Rank"),
    SELF_USE("자체 사용", "Self-use", "운영사 자체 사용"),
    SELF_USE_ON_UNALLOCATED("미할당분 자체 사용", "Self-use on unallocated"),
    SELF_USE_SUPPORT("자체 사용 금액", "Self-use value"),
    JOBS_STARTED("시작 작업 수", "Jobs started"),
    MEAN_WAIT("평균 대기", "Mean wait"),
    P90_WAIT("90% 대기", "P90 wait"),
    OBSERVED_JOB("관측 작업", "Observed job"),
    JOBS_WITHOUT_SAMPLES("샘플 없는 작업", "Jobs without samples"),
    UNKNOWN_JOB_SAMPLES("미확인 작업 샘플", "Unknown-job samples"),
    OPERATOR_ID("운영사 ID", "Operator ID"),
    // the reclaim window (구간), never the report's period (기간)
    WINDOW_DAYS("구간 일수", "Window days", "기간 일수"),
    WINDOW_ALLOCATED("구간 할당", "Window allocated", "기간 할당"),
    WINDOW_USED("구간 사용", "Window used", "기간 사용"),
    WINDOW_IDLE("구간 유휴", "Window idle", "기간 유휴"),
    WINDOW_IDLE_SUPPORT("구간 유휴 금액", "Window idle support", "유휴 금액", "미사용 금액"),
    ZERO_USE_STREAK_DAYS("연속 미사용 일수", "Zero-use streak days", "무사용 연속일"),
    WINDOW_MISSING_DAYS("파일 누락 일수", "Window missing days"),
    RECLAIM_CANDIDATES("회수 후보", "Reclaim candidates", "회수 검토 대상"),
    UNVERIFIED("확인 불가", "Unverified"),
    // the allocation outlook (issue 26): the whole term of an allocation, never the report's period (기간)
    OUTLOOK("할당 전망", "Allocation outlook"),
    START_DATE("시작일", "Start date"),
    END_DATE("종료일", "End date"),
    TERM_ALLOCATED("총 할당", "Term allocated"),
    USED_TO_DATE("누적 사용", "Used to date"),
    USED_TO_DATE_PCT("누적 사용률", "Used to date share"),
    ELAPSED_PCT("경과율", "Elapsed share"),
    DAYS_LEFT("남은 일수", "Days left"),
    PACE("사용 속도", "Pace"),
    PROJECTED_USED("예상 사용", "Projected used"),
    PROJECTED_USE_PCT("예상 사용률", "Projected use share"),
    PROJECTED_UNUSED("예상 미사용", "Projected unused"),
    PROJECTED_UNUSED_SUPPORT("예상 미사용 금액", "Projected unused support"),
    FULL_USE("전량 사용", "Full use"),
    REMAINING_SHARE("남은 할당 비율", "Remaining share"),
    OUTLOOK_LOW("저조", "Low"),
    OUTLOOK_OVER("초과 예상", "Over"),
    OUTLOOK_ON_TRACK("순조", "On track"),
    INSTITUTION_NOTICE("기관 알림", "Institution notice"),
    // identifiers and counts
    CLUSTER("클러스터", "Cluster"),
    CLUSTER_COUNT("클러스터 수", "Clusters"),
    OPERATOR("운영사", "Operator"),
    GPU_MODEL("GPU 모델", "GPU model"),
    INSTITUTION_ID("기관 ID", "Institution ID"),
    INSTITUTION("기관명", "Institution"),
    INSTITUTION_COUNT("기관 수", "Institutions"),
    ALLOCATION_ID("할당 ID", "Allocation ID"),
    SECTOR("부문", "Sector"),
    SECTOR_NAME("부문명", "Sector name"),
    DAY("날짜", "Day"),
    DAYS("일수", "Days"),
    DATES("날짜 범위", "Dates"),
    FILE("파일", "File"),
    FILE_KIND("파일 종류", "File kind"),
    JOB_FILES("작업 파일", "Job files", "작업 기록 파일"),
    TELEMETRY_FILES("텔레메트리 파일", "Telemetry files"),
    LINE("줄", "Line"),
    REASON("사유", "Reason"),
    CONTENT("내용", "Content"),
    KIND("종류", "Kind"),
    SIZE("크기", "Size"),
    SHA256("SHA-256", "SHA-256"),
    ENCODING("인코딩", "Encoding"),
    LINES_READ("읽은 줄", "Lines read"),
    LINES_USED("사용 줄", "Lines used"),
    LINES_NOT_STARTED("미시작 작업 줄", "Never started"),
    LINES_STEP("작업 단계 줄", "Job step lines"),
    LINES_REJECTED("거부 줄", "Lines rejected"),
    REJECTED_INPUT_LINES("거부된 입력 줄", "Rejected input lines"),
    STATUS("상태", "Status"),
    FIGURE("항목", "Figure"),
    VALUE("값", "Value"),
    UNIT("단위", "Unit"),
    TOTAL("합계", "Total"),
    // sectors (Sector gives their order)
    SECTOR_INDUSTRY("산업", "Industry"),
    SECTOR_ACADEMIA("학계", "Academia"),
    SECTOR_RESEARCH("연구기관", "Research institutes"),
    SECTOR_PUBLIC("공공", "Public"),
    // units
    UNIT_GPU_HOURS("GPU-시간", "GPU-h"),
    UNIT_KRW("원", "KRW"),
    UNIT_HOURS("시간", "h"),
    UNIT_KRW_PER_GPU_HOUR("원/GPU-시간", "KRW per GPU-h"),
    UNIT_BYTES("바이트", "bytes"),
    UNIT_COUNT("개", "count"),
    UNIT_CASES("건", "count of"),
    UNIT_LINES("줄 수", "lines"),
    UNIT_GPU_HOURS_PER_DAY("GPU-시간/일", "GPU-h per day"),
    // sections and completeness wording
    REPORT_TITLE("GPU 지원사업 사용 현황", "GPU support program usage"),
    PERIOD("기간", "Period"),
    SCOPE("범위", "Scope"),
    WHOLE_PROGRAM("사업 전체", "Whole program"),
    DATA_COMPLETENESS("데이터 완전성", "Data completeness"),
    DAILY_TOTALS("일별 합계", "Daily totals"),
    CLUSTER_DAYS_WITHOUT_FILE("파일이 없는 클러스터-일", "Cluster-days without a file"),
    PROVISIONAL("잠정", "PROVISIONAL"),
    NOT_MEASURED("측정 없음", "not measured (no telemetry)"),
    OPERATOR_REVIEW("운영사 점검", "Operator review"),
    TELEMETRY_COVERAGE("텔레메트리 포괄률", "Telemetry coverage"),
    WAITING_DURING_SELF_USE("자체 사용 중 대기", "Waiting during self-use"),
    SELF_USE_ON_ALLOCATED("할당분 자체 사용", "Self-use on allocated"),
    ATTACHED("첨부", "Attached");

    private final String ko;
    private final String en;
    private final List<String> retired;

    Term(String ko, String en, String... retired) {
        this.ko = ko;
        this.en = en;
        this.retired = List.of(retired);
    }

    public String ko() {
        return ko;
    }

    public String en() {
        return en;
    }

    /** Korean words other outputs once used for this term; none may appear in an output again. */
    public List<String> retired() {
        return retired;
    }

    /** {@code 한국어 / English}, the form the workbook's Summary and the mail use. */
    public String pair() {
        return ko + " / " + en;
    }

    /** A figure with its unit, e.g. {@code 할당 GPU-시간}: the workbook's header lines. */
    public String ko(Term unit) {
        return unit == UNIT_GPU_HOURS ? ko + " " + unit.ko : ko + "(" + unit.ko + ")";
    }

    public String en(Term unit) {
        return unit == UNIT_GPU_HOURS ? en + " " + unit.en : en + " (" + unit.en + ")";
    }
}
