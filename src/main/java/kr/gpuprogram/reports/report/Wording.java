package kr.gpuprogram.reports.report;

/**
 * The sentences the workbook, the PDF and the mail show around the figures (completeness
 * notes, reading aids, titles with counts), in one place beside the glossary ({@link Term})
 * whose words they use: a sentence that says the same thing in two outputs is one entry, so
 * the two cannot drift apart. {@code {0}}, {@code {1}}, ... are replaced by the arguments as
 * they are given (already formatted); nothing else in a pattern is special.
 */
public enum Wording {
    // titles and spans
    REPORT_DOCUMENT("GPU 사용 현황 보고서"),
    PROVISIONAL_DOCUMENT("GPU 사용 현황 보고서 · {0} ({1}): {2} {3}건"),
    PDF_METADATA_TITLE("{0} GPU 사용 현황 보고서 {1}"),
    OPERATOR_ONLY("{0} {1} 전용 (이 운영사의 클러스터만 포함)"),
    SPAN_DAYS("{0} ~ {1} ({2}일 / days)"),
    PDF_DAY("{0} (1일)"),
    PDF_MONTH("{0}년 {1}월 ({2} ~ {3}, {4}일)"),
    PDF_RANGE("{0} ~ {1} ({2}일)"),
    DAYS_COUNT("{0}일"),
    // how figures are formed
    UTILIZATION_RULE("사용 ÷ 용량 / used ÷ capacity"),
    ALLOCATION_UTILIZATION_RULE("할당 사용 ÷ 할당 / used ÷ allocated"),
    // completeness
    COMPLETE_BOTH("모든 가동 클러스터-일의 파일이 있습니다 / Every in-service cluster-day has its files."),
    COMPLETE("모든 가동 클러스터-일의 작업 파일과 텔레메트리 파일이 있습니다. (누락 없음)"),
    PROVISIONAL_MAY_CHANGE("{0}: 파일이 없는 날이 있어 수치가 바뀔 수 있습니다 / files are missing, so these figures may change."),
    MISSING_LISTED_BELOW("{0} {1}건 (아래 목록): 사용량 0은 유휴가 아니라 자료 누락일 수 있습니다."),
    MISSING_LISTED_BELOW_EN("{0} cluster-days without a file (listed below): zero use there may be missing data, not idleness."),
    BEYOND_CAPACITY("사용이 용량을 넘은 클러스터-일 {0}건 (작업 파일에 다 돌 수 없는 작업이 있음): {1}"),
    BEYOND_CAPACITY_EN("Usage beyond capacity on {0} cluster-day(s) (the job file holds jobs that cannot all have run): {1}"),
    TELEMETRY_GAPS_ONLY("텔레메트리 파일이 없는 클러스터-일 {0}건: 사용량은 완전하며, 활성 유휴는 {1}에서만 측정되었습니다."),
    TELEMETRY_GAPS_ONLY_EN("{0} cluster-day(s) without a telemetry file: usage is complete; active idle was measured on {1}."),
    MISSING_UNKNOWN_USE("{0} {1}건: 이 날들의 사용량은 0이 아니라 미확인입니다 (missing.csv 참조)."),
    UNVERIFIED_APART("회수 판단 구간에 작업 파일이 없는 날이 있는 할당 {0}건은 회수 후보가 아니라 확인 불가로 따로 표시했습니다."),
    UNVERIFIED_APART_SHEET("회수 판단 구간에 작업 파일이 없는 할당 {0}건은 후보가 아니라 확인 불가로 따로 표시합니다 (Reclaim 시트)."),
    UNVERIFIED_APART_SHEET_EN("{0} allocation(s) whose reclaim window lacks job files are shown apart as unverified, not as "
            + "candidates (Reclaim sheet)."),
    REJECTS_NONE("사용할 수 없어 제외된 입력 줄: 없음"),
    REJECTS_COUNT("사용할 수 없어 제외된 입력 줄: {0}건 (rejects.csv 참조)"),
    REJECTS_MORE("그 밖의 제외된 입력 줄 {0}건은 rejects.csv에 모두 있습니다 / {0} more rejected lines: every one is in rejects.csv."),
    PROVENANCE_LINE("출처 / Provenance: 작업 파일 {0}개, 텔레메트리 파일 {1}개 (목록과 SHA-256: provenance.csv); 참조 자료 {2}"),
    // reclaim
    UNVERIFIED_TITLE("{0}: 구간에 작업 파일이 없는 날이 있는 할당 / {1}: job files missing in the window"),
    UNVERIFIED_TITLE_PDF("{0}: 구간에 작업 파일이 없는 할당 (UNVERIFIED)"),
    UNVERIFIED_NOTE("사용이 적어 보이지만 구간 중 작업 파일이 없는 날이 있어 유휴인지 확인할 수 없습니다. "
            + "회수 후보가 아닙니다. 마지막 열은 파일이 없는 날의 수입니다."),
    RECLAIM_RULE("{0} 기준: 시작 후 {1}일 이상 지났고 최근 {2}일 사용률이 {3}% 미만인 할당"),
    RECLAIM_RULE_EN("As of {0}: allocations started at least {1} days ago that used under {3}% of the last {2} days."),
    RECLAIM_NOTE("최근 {2}일 구간(할당 시작일에서 자름)의 사용이 할당의 {3}% 미만이고 시작한 지 {1}일이 지난 "
            + "할당 중 구간의 모든 날에 작업 파일이 있는 할당입니다. 금액은 미사용 GPU-시간의 가치입니다."),
    NONE_OF("{0}가 없습니다."),
    // the allocation outlook (issue 26): one sentence per status, in the glossary's words
    OUTLOOK_RULE("{0} 기준: 사용 속도는 최근 {1}일 구간(할당 시작일에서 자름)의 하루 평균 사용, 예상 사용은 누적 사용 + "
            + "사용 속도 × 남은 일수입니다. 금액은 예상 미사용 GPU-시간의 가치입니다."),
    OUTLOOK_RULE_EN("As of {0}: the pace is the mean daily use over the last {1} days (cut at the allocation's start); "
            + "projected used = used to date + pace × days left."),
    OUTLOOK_LOW_SENTENCE("저조 (LOW): 지금 사용 속도라면 종료일까지 총 할당의 {0}% 미만을 사용합니다."),
    OUTLOOK_OVER_SENTENCE("초과 예상 (OVER): 지금 사용 속도라면 종료일 전에 총 할당을 넘겨 사용합니다."),
    OUTLOOK_ON_TRACK_SENTENCE("순조 (ON_TRACK): 지금 사용 속도라면 종료일까지 총 할당의 {0}% 이상 100% 이하를 사용합니다."),
    OUTLOOK_UNVERIFIED_SENTENCE("확인 불가 (UNVERIFIED): 구간에 작업 파일이 없는 날이 있어 사용 속도를 잴 수 없습니다."),
    OUTLOOK_NONE_LOW("{0} (LOW) 할당이 없습니다."),
    OUTLOOK_COUNTS("할당 전망: 저조 {0}건, 초과 예상 {1}건, 순조 {2}건, 확인 불가 {3}건 / Low {0}, over {1}, on track {2}, "
            + "unverified {3}"),
    OUTLOOK_CHART_TITLE("예상 미사용이 큰 할당 {0}건: 남은 할당 비율 — 실선은 누적 사용, 점선은 예상 (종료일까지), "
            + "검은 대각선은 전량 사용"),
    MAIL_OUTLOOK_LOW("{0} — {1} (LOW) {2}건, 예상 미사용 금액이 큰 순서 / largest projected loss first:\n"),
    NOTICE_SUBJECT("[GPU 지원사업] {0} 할당 전망 알림 {1}"),
    NOTICE_INTRO("{0} 담당자께: {1} 기준 귀 기관 할당의 사용 전망입니다. 아래 할당을 확인해 주십시오."),
    NOTICE_INTRO_EN("The outlook of your institution's allocations as of {0}."),
    NOTICE_TURNED_LOW("이날 저조가 됨 / turned LOW today"),
    NOTICE_ENDS_SOON("종료 {0}일 전 / {0} days to its end date"),
    // operators
    SELF_USE_NOTE("자체 사용: 운영사의 self_use_accounts 계정 작업. 할당분 자체 사용과 자체 사용 중 대기가 0보다 크면 "
            + "사업 사용자의 몫을 운영사가 쓴 것일 수 있습니다."),
    SELF_USE_NOTE_EN("Self-use: jobs under the operator's self_use_accounts. Self-use on allocated GPUs and waiting "
            + "during self-use above 0 mean program users may have made room for the operator."),
    COVERAGE_NOTE("텔레메트리 포괄률 = 관측 작업 GPU-시간 ÷ 텔레메트리가 있는 날의 사용 GPU-시간; 100%에서 멀면 회계와 측정이 "
            + "맞지 않습니다. / Coverage = observed ÷ used on the days with telemetry; far from 100% the "
            + "accounting and the measurements disagree."),
    OPERATORS_READING_AID("읽는 법: 자체 사용은 운영사가 자기 계정(self_use_accounts)으로 사업 GPU를 쓴 시간입니다. "
            + "① 할당분 자체 사용이 0보다 크면 기관에 할당된 GPU를 운영사가 썼다는 뜻입니다 (미할당 GPU만으로는 설명되지 않음). "
            + "② 자체 사용 중 대기가 0보다 크면 사업 사용자의 작업이 운영사 작업이 도는 동안 기다렸습니다. "
            + "③ 텔레메트리 포괄률(관측 ÷ 텔레메트리가 있는 날의 사용)이 100%에서 멀면, 특히 기준 {0}% 미만이면, "
            + "회계 파일의 사용을 GPU 측정이 뒷받침하지 않습니다. 샘플 없는 작업과 미확인 작업 샘플이 그 까닭을 가리킵니다. "
            + "빈칸은 0이 아니라 측정 없음입니다 (Submit 열이 없는 작업 파일, 텔레메트리 없음, 시작한 작업 없음)."),
    OPERATORS_NOTHING_TO_REVIEW("살펴볼 항목 없음: 할당분 자체 사용과 자체 사용 중 대기가 없고, 텔레메트리가 있는 클러스터의 "
            + "포괄률이 모두 기준 {0}% 이상입니다."),
    OPERATORS_TO_REVIEW("살펴볼 항목:"),
    // charts
    BY_CLUSTER("클러스터별 {0} / {1} by cluster"),
    VERSUS("{0} 대 {1} / {2} vs {3} ({4})"),
    DAILY_USED_VS_CAPACITY("일별 사용 대 용량 / Daily used vs capacity (GPU-h)"),
    // mail
    MAIL_SUBJECT("GPU 지원사업 사용 현황 / GPU usage report {0}{1}"),
    MAIL_SUBJECT_PROVISIONAL("[잠정/PROVISIONAL] "),
    MAIL_PROVISIONAL("[잠정 보고 / PROVISIONAL REPORT]\n"
            + "다음 클러스터-일의 작업 파일이 없어 사용량이 확정되지 않았습니다 (missing.csv 첨부).\n"
            + "Job files are missing for these cluster-days; usage is not final (missing.csv attached).\n"),
    MAIL_TELEMETRY_GAPS("{0} (활성 유휴만 측정되지 않음, 사용량은 완전함) / {1} (active idle unmeasured; usage is complete)"),
    MAIL_RECLAIM_CANDIDATES("{0}: {1}건 / {2}: {1}\n"),
    MAIL_RECLAIM_LINE("  - {0} · {1} ({2}) · {3} {4} · {5} {6} GPU-h · {7} KRW\n"),
    MAIL_RECLAIM_MORE("  ... 외 {0}건 / and {0} more (reclaim.csv)\n"),
    MAIL_JOB_GAPS("{0} (사용량에 영향) / {1} (usage depends on them)"),
    MAIL_MORE_CLUSTERS("  ... 외 클러스터 {0}개 / and {0} more cluster(s) (missing.csv)\n"),
    MAIL_REVIEW_THRESHOLD("{0} ({1} 기준 / coverage threshold {2}%):\n"),
    MAIL_NO_OPERATOR_TO_REVIEW("  해당 운영사 없음 / no operator to look at\n\n");

    private final String pattern;

    Wording(String pattern) {
        this.pattern = pattern;
    }

    /** The sentence with {@code {i}} replaced by the i-th argument. */
    public String text(Object... args) {
        String text = pattern;
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public String pattern() {
        return pattern;
    }
}
