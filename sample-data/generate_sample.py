#!/usr/bin/env python3
"""Generate the sample data of the GPU support program usage reports.

What it writes, below the folder this script lives in (``sample-data/``):

* ``reference/operators.csv``, ``clusters.csv``, ``institutions.csv``,
  ``allocations.csv``, ``rates.csv``, ``recipients.csv``: a small fictional
  program of 3 Korean cloud operators, 6 GPU clusters (H100/H200/B200), 40
  institutions and 60 allocations (see /work/shared/SPEC.md, "Inputs").
* ``inbox/jobs-<cluster_id>-2026-11-DD.csv``: Slurm ``sacct --parsable2``
  exports, one per in-service cluster and day from 2026-11-01 to 2026-11-25,
  except one deliberately missing file, with a handful of deliberately broken
  lines (listed in README.md).
* ``README.md``: what the data looks like, the missing file and the defects
  with their file and line number.

How: per cluster, every allocation gets "lanes" of back-to-back jobs whose
busy share follows a usage profile (normal, heavy, over-use, low, practically
unused); a small first-come-first-served scheduler then starts the jobs only
while the cluster has free GPUs (jobs wait, or are cancelled while pending).
Each day's file then lists every job that overlapped that day in the
cluster's time zone, as sacct's --starttime/--endtime would: jobs not ended by
the end of that day are RUNNING with End "Unknown", jobs not started yet are
PENDING.

The output is deterministic: a fixed random seed, fixed clock (no "now"),
fixed-offset time zones (Asia/Seoul has no DST: +09:00), and sorted output.
Running it twice writes byte-identical files. Python 3 standard library only.

At the end the script reads every job file back, checks it (line validity,
concurrent GPU use per cluster never above capacity, jobs within their
allocation's dates) and prints a short summary.

Usage:  python3 sample-data/generate_sample.py
"""

import csv
import heapq
import io
import os
import random
import re
import sys
from datetime import date, datetime, timedelta, timezone

SEED = 20261125
HERE = os.path.dirname(os.path.abspath(__file__))
REF_DIR = os.path.join(HERE, "reference")
INBOX_DIR = os.path.join(HERE, "inbox")

KST = timezone(timedelta(hours=9))          # Asia/Seoul, the program zone (no DST)
UTC = timezone.utc
ZONES = {"": KST, "UTC": UTC}

FIRST_DAY = date(2026, 11, 1)               # first day with job files
LAST_DAY = date(2026, 11, 25)               # last day with job files
SIM_FROM = date(2026, 10, 18)               # simulation warm-up (jobs running into November)
SIM_TO = date(2026, 11, 27)                 # simulate a little past the last file
MAX_WAIT = 12 * 3600                        # a job pending longer than this is cancelled
MISSING_FILE = ("gaon-h200", date(2026, 11, 12))

HEADER = "JobID|Cluster|Account|User|Start|End|State|AllocTRES"
HEADER_SUBMIT = "JobID|Cluster|Account|User|Submit|Start|End|State|AllocTRES"
# gaon-b200's operator still runs an older export without Submit: its waits cannot be measured.
NO_SUBMIT = {"gaon-b200"}

# The operator's own workloads (operators.csv's self_use_accounts): op-hanbit's R&D team trains
# on hanbit-h100 every night (64 GPUs) and at weekends (128 GPUs, a day long), queued like anyone.
SELF_USE_ACCOUNT = "hanbit-rnd"

# GPU telemetry (DCGM_FI_DEV_GPU_UTIL every 60 s) of the small cluster saebyeok-dev on the last
# day only (a full day of a large cluster would not fit a sample). Its accounting runs ahead of
# its measurements: from 09:00 the exporter of node sd-n02 loses the job mapping (its samples
# carry no job_id), and an operator's test outside Slurm shows up as an unknown job id.
TELEMETRY_CLUSTER = "saebyeok-dev"
TELEMETRY_DAY = date(2026, 11, 25)
TELEMETRY_INTERVAL = 60
UNMAPPED_NODE_FROM_HOUR = 9
UNKNOWN_JOB = ("990001", 45 * 60)      # job id, seconds; on the first GPU free that long

# --------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------

OPERATORS = [
    ("op-hanbit", "한빛클라우드(주)", "%s;benchmark" % "hanbit-rnd"),
    ("op-saebyeok", "(주)새벽데이터센터", ""),
    ("op-gaon", "가온AI컴퓨팅(주)", ""),
]

# cluster_id, operator_id, gpu_model, gpu_count, in_service_from, in_service_to, time_zone
CLUSTERS = [
    ("hanbit-h100", "op-hanbit", "H100", 384, "2026-01-01", "", ""),
    ("hanbit-b200", "op-hanbit", "B200", 128, "2026-11-10", "", ""),
    ("saebyeok-h200", "op-saebyeok", "H200", 128, "2026-01-01", "2026-11-15", ""),
    ("saebyeok-h200", "op-saebyeok", "H200", 256, "2026-11-16", "", ""),
    ("saebyeok-h100", "op-saebyeok", "H100", 96, "2026-01-01", "", "UTC"),
    ("gaon-h200", "op-gaon", "H200", 512, "2026-01-01", "", ""),
    ("gaon-b200", "op-gaon", "B200", 192, "2026-06-01", "", ""),
    ("saebyeok-dev", "op-saebyeok", "H100", 16, "2026-01-01", "", ""),
]

# institution_id, institution_name, sector, region
INSTITUTIONS = [
    ("INST-001", "(주)딥러닝랩", "INDUSTRY", "서울"),
    ("INST-002", "(주)한결에이아이", "INDUSTRY", "경기"),
    ("INST-003", "누리비전(주)", "INDUSTRY", "서울"),
    ("INST-004", "(주)모두의언어", "INDUSTRY", "서울"),
    ("INST-005", "하늘로보틱스(주)", "INDUSTRY", "대구"),
    ("INST-006", "(주)새솔바이오인포", "INDUSTRY", "인천"),
    ("INST-007", "별빛게임즈(주)", "INDUSTRY", "경기"),
    ("INST-008", "(주)다온헬스케어AI", "INDUSTRY", "서울"),
    ("INST-009", "온새미로물류(주)", "INDUSTRY", "부산"),
    ("INST-010", "(주)바른음성", "INDUSTRY", "대전"),
    ("INST-011", "미르모빌리티(주)", "INDUSTRY", "울산"),
    ("INST-012", "(주)가람데이터", "INDUSTRY", "광주"),
    ("INST-013", "한울반도체설계(주)", "INDUSTRY", "경기"),
    ("INST-014", "(주)초록에너지AI", "INDUSTRY", "전남"),
    ("INST-015", "빛가람핀테크(주)", "INDUSTRY", "서울"),
    ("INST-016", "(주)아름번역", "INDUSTRY", "부산"),
    ("INST-017", "두리농업기술(주)", "INDUSTRY", "전북"),
    ("INST-018", "(주)해든미디어", "INDUSTRY", "서울"),
    ("INST-019", "한빛대학교", "ACADEMIA", "서울"),
    ("INST-020", "푸른솔대학교", "ACADEMIA", "경기"),
    ("INST-021", "미리내과학기술원", "ACADEMIA", "대전"),
    ("INST-022", "가온누리대학교", "ACADEMIA", "서울"),
    ("INST-023", "새빛공과대학교", "ACADEMIA", "경북"),
    ("INST-024", "은하수대학교", "ACADEMIA", "충북"),
    ("INST-025", "동녘대학교", "ACADEMIA", "대구"),
    ("INST-026", "해오름대학교", "ACADEMIA", "부산"),
    ("INST-027", "빛고을과학기술대학교", "ACADEMIA", "광주"),
    ("INST-028", "금강누리대학교", "ACADEMIA", "충남"),
    ("INST-029", "한라별대학교", "ACADEMIA", "제주"),
    ("INST-030", "국가AI연구원", "RESEARCH", "대전"),
    ("INST-031", "한국초거대모델연구소", "RESEARCH", "서울"),
    ("INST-032", "미래기상예측연구원", "RESEARCH", "세종"),
    ("INST-033", "국립바이오데이터연구원", "RESEARCH", "충북"),
    ("INST-034", "첨단소재시뮬레이션연구소", "RESEARCH", "경남"),
    ("INST-035", "한국언어자원연구원", "RESEARCH", "대전"),
    ("INST-036", "해양디지털연구원", "RESEARCH", "부산"),
    ("INST-037", "새솔시청", "PUBLIC", "경기"),
    ("INST-038", "가람군청", "PUBLIC", "강원"),
    ("INST-039", "국민건강데이터관리원", "PUBLIC", "강원"),
    ("INST-040", "디지털행정지원센터", "PUBLIC", "세종"),
]

# allocation number, institution_id, project_title, cluster_id, gpu_count,
# start_date, end_date, usage profile (generator only, not written)
#   normal  busy 50-80 % of the allocation      heavy  busy ~90-97 %
#   over    more work than allocated (exceeds its gpu_count at times)
#   low:x   busy share x                         sparse a few 1-GPU jobs a week
#   stop:D  normal-ish use, nothing at all from day D on (practically unused)
#   late:h  starts using h hours after its start date
ALLOCATIONS = [
    # hanbit-h100 (384 GPUs)
    (1, "INST-001", "한국어 초거대 언어모델 사전학습", "hanbit-h100", 64, "2026-03-01", "2026-12-31", "heavy"),
    (2, "INST-004", "법률 문서 요약 언어모델 미세조정", "hanbit-h100", 32, "2026-06-01", "2026-11-30", "normal"),
    (3, "INST-019", "의료영상 병변 분할 모델 연구", "hanbit-h100", 16, "2026-04-01", "2027-03-31", "normal"),
    (4, "INST-008", "흉부 X선 판독 보조 모델 개발", "hanbit-h100", 24, "2026-07-01", "2026-12-31", "normal"),
    (5, "INST-024", "농작물 병해 진단 비전 모델", "hanbit-h100", 16, "2026-09-01", "2027-02-28", "sparse"),
    (6, "INST-030", "과학기술 문헌 특화 언어모델", "hanbit-h100", 32, "2026-01-01", "2026-12-31", "normal"),
    (7, "INST-015", "금융 이상거래 탐지 모델 고도화", "hanbit-h100", 24, "2026-05-16", "2026-11-15", "normal"),
    (8, "INST-003", "CCTV 이상행동 탐지 모델", "hanbit-h100", 32, "2026-11-16", "2027-05-15", "normal"),
    (9, "INST-022", "저자원 언어 번역 연구", "hanbit-h100", 16, "2026-08-01", "2027-01-31", "normal"),
    (10, "INST-010", "콜센터 음성인식 엔진 개선", "hanbit-h100", 8, "2026-10-01", "2026-12-31", "normal"),
    (11, "INST-031", "초거대 모델 평가 벤치마크 구축", "hanbit-h100", 24, "2026-06-01", "2026-12-31", "heavy"),
    (12, "INST-026", "수중 음향 신호 분류 연구", "hanbit-h100", 16, "2026-03-01", "2026-11-20", "normal"),
    (13, "INST-002", "제조 공정 예지보전 시계열 모델", "hanbit-h100", 40, "2026-11-18", "2027-02-17", "normal"),
    (14, "INST-029", "제주 방언 음성 말뭉치 구축", "hanbit-h100", 32, "2026-02-01", "2026-10-31", "normal"),
    (60, "INST-020", "드론 영상 객체 탐지 모델", "hanbit-h100", 16, "2026-11-23", "2027-05-22", "late:20"),
    # hanbit-b200 (128 GPUs, in service from 2026-11-10)
    (15, "INST-001", "멀티모달 생성모델 사전학습", "hanbit-b200", 32, "2026-11-10", "2027-05-09", "heavy"),
    (16, "INST-021", "단백질 구조 예측 모델", "hanbit-b200", 24, "2026-11-10", "2027-02-28", "normal"),
    (17, "INST-007", "게임 NPC 대화 에이전트", "hanbit-b200", 16, "2026-11-16", "2027-02-15", "normal"),
    (18, "INST-032", "초단기 강수 예측 딥러닝 모델", "hanbit-b200", 24, "2026-11-12", "2027-05-11", "late:60"),
    (19, "INST-013", "반도체 배치 최적화 강화학습", "hanbit-b200", 16, "2026-11-10", "2027-01-31", "normal"),
    # saebyeok-h200 (128 GPUs, 256 from 2026-11-16; over-allocated 11-10..11-15)
    (20, "INST-005", "로봇 조작 정책 학습", "saebyeok-h200", 32, "2026-04-01", "2026-12-31", "normal"),
    (21, "INST-020", "자율주행 인지 모델 학습", "saebyeok-h200", 24, "2026-03-01", "2027-02-28", "normal"),
    (22, "INST-033", "유전체 변이 해석 모델", "saebyeok-h200", 16, "2026-01-01", "2026-12-31", "normal"),
    (23, "INST-016", "한영 특허 번역 모델 미세조정", "saebyeok-h200", 16, "2026-05-01", "2026-11-15", "normal"),
    (24, "INST-011", "교통량 예측 그래프 신경망", "saebyeok-h200", 16, "2026-07-01", "2026-12-31", "normal"),
    (25, "INST-039", "건강검진 데이터 질환 위험도 예측", "saebyeok-h200", 8, "2026-06-01", "2027-05-31", "normal"),
    (26, "INST-031", "초거대 모델 강화학습 정렬", "saebyeok-h200", 32, "2026-11-10", "2027-05-09", "heavy"),
    (27, "INST-035", "한국어 음성 말뭉치 기반 음성인식", "saebyeok-h200", 24, "2026-11-10", "2027-02-28", "normal"),
    (28, "INST-002", "코드 생성 언어모델 학습", "saebyeok-h200", 32, "2026-11-16", "2027-05-15", "normal"),
    (29, "INST-023", "재료 물성 예측 그래프 신경망", "saebyeok-h200", 32, "2026-11-16", "2027-02-15", "normal"),
    # saebyeok-h100 (96 GPUs, sacct times in UTC)
    (30, "INST-009", "항만 물류 수요 예측", "saebyeok-h100", 24, "2026-02-01", "2026-12-31", "normal"),
    (31, "INST-036", "해양 위성영상 적조 탐지", "saebyeok-h100", 16, "2026-01-01", "2026-12-31", "normal"),
    (32, "INST-026", "경상도 방언 음성인식", "saebyeok-h100", 16, "2026-09-01", "2027-02-28", "normal"),
    (33, "INST-037", "시정 민원 자동 분류 모델", "saebyeok-h100", 8, "2026-11-16", "2027-05-15", "normal"),
    (34, "INST-017", "스마트팜 작물 생육 예측", "saebyeok-h100", 16, "2026-06-01", "2026-11-13", "normal"),
    (35, "INST-028", "금융 시계열 이상 탐지 연구", "saebyeok-h100", 8, "2026-10-01", "2027-03-31", "normal"),
    # gaon-h200 (512 GPUs)
    (36, "INST-006", "신약 후보물질 생성 모델", "gaon-h200", 64, "2026-03-01", "2026-12-31", "over"),
    (37, "INST-030", "국가 공공 언어모델 학습", "gaon-h200", 48, "2026-01-01", "2026-12-31", "heavy"),
    (38, "INST-037", "민원 상담 챗봇 고도화", "gaon-h200", 32, "2026-09-01", "2027-02-28", "stop:2026-11-03"),
    (39, "INST-012", "공공데이터 표 질의응답 모델", "gaon-h200", 32, "2026-05-01", "2026-12-31", "normal"),
    (40, "INST-025", "의료 영상-텍스트 멀티모달 모델", "gaon-h200", 24, "2026-03-01", "2027-02-28", "normal"),
    (41, "INST-014", "전력 수요 예측 트랜스포머", "gaon-h200", 32, "2026-07-01", "2026-11-14", "normal"),
    (42, "INST-027", "도시 열섬 시뮬레이션 대리모델", "gaon-h200", 16, "2026-03-01", "2027-02-28", "normal"),
    (43, "INST-034", "이차전지 소재 탐색 생성모델", "gaon-h200", 40, "2026-01-01", "2026-12-31", "normal"),
    (44, "INST-008", "의료 상담 언어모델 정렬", "gaon-h200", 24, "2026-09-01", "2027-02-28", "normal"),
    (45, "INST-003", "산업 결함 검출 비전 파운데이션 모델", "gaon-h200", 32, "2026-06-01", "2026-12-31", "normal"),
    (46, "INST-040", "행정문서 OCR 및 요약", "gaon-h200", 16, "2026-10-01", "2027-03-31", "low:0.35"),
    (47, "INST-004", "한국어 검색 증강 생성 모델", "gaon-h200", 48, "2026-11-17", "2027-05-16", "normal"),
    (48, "INST-019", "뇌 MRI 영상 생성모델 연구", "gaon-h200", 24, "2026-11-16", "2027-05-15", "normal"),
    (49, "INST-010", "감정 표현 음성 합성 모델", "gaon-h200", 16, "2026-04-01", "2026-11-18", "normal"),
    (50, "INST-022", "초거대 모델 경량화 연구", "gaon-h200", 32, "2026-02-01", "2026-12-31", "normal"),
    (51, "INST-038", "산불 위험 예측 위성영상 모델", "gaon-h200", 24, "2026-08-01", "2027-01-31", "low:0.22"),
    # gaon-b200 (192 GPUs)
    (52, "INST-031", "초거대 모델 사전학습 B200 확장", "gaon-b200", 64, "2026-10-01", "2027-03-31", "heavy"),
    (53, "INST-018", "영상 생성 확산모델", "gaon-b200", 32, "2026-06-01", "2026-12-31", "normal"),
    (54, "INST-021", "기후 모델 다운스케일링", "gaon-b200", 24, "2026-06-01", "2027-03-31", "normal"),
    (55, "INST-015", "금융 상품 추천 모델", "gaon-b200", 16, "2026-11-16", "2027-05-15", "normal"),
    (56, "INST-005", "휴머노이드 보행 시뮬레이션 학습", "gaon-b200", 24, "2026-06-01", "2026-11-15", "normal"),
    (57, "INST-006", "항체 서열 언어모델", "gaon-b200", 16, "2026-09-01", "2027-02-28", "normal"),
    (58, "INST-029", "제주 관광 수요 예측", "gaon-b200", 8, "2026-11-20", "2027-02-19", "normal"),
    (59, "INST-013", "칩 레이아웃 검증 모델", "gaon-b200", 16, "2026-06-01", "2026-10-15", "normal"),
    # saebyeok-dev (16 GPUs, the cluster with telemetry)
    (61, "INST-035", "한국어 음성 인식 모델 미세조정", "saebyeok-dev", 8, "2026-09-01", "2027-02-28", "normal"),
    (62, "INST-009", "상품 이미지 검색 모델", "saebyeok-dev", 8, "2026-10-01", "2027-03-31", "low:0.4"),
]

# gpu_model, krw_per_gpu_hour, valid_from
RATES = [
    ("H100", 2800, "2026-01-01"),
    ("H100", 2500, "2026-11-15"),
    ("H200", 3500, "2026-01-01"),
    ("B200", 5200, "2026-01-01"),
]

# email, name, scope
RECIPIENTS = [
    ("jihyun.kim@example.org", "김지현", "PROGRAM"),
    ("seojun.park@example.org", "박서준", "PROGRAM"),
    ("noc@hanbit-cloud.example.com", "이도윤", "op-hanbit"),
    ("ops@saebyeok-dc.example.com", "최유나", "op-saebyeok"),
    ("gpu-support@gaon-ai.example.com", "정민호", "op-gaon"),
]

SURNAMES = ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim",
            "han", "oh", "seo", "shin", "kwon", "hwang", "ahn", "song", "jeon", "hong",
            "yoo", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh"]
INITIALS = ["jh", "sy", "mj", "hj", "dh", "yj", "sh", "jw", "hs", "ej", "ys", "jy",
            "sm", "dy", "hy", "mk", "jk", "sj", "bk", "tw", "gy", "eh", "jm", "yh"]

# Jobs on accounts that are no allocation of the cluster (operator staff, benchmarks,
# a user who typed another cluster's allocation id).
OPS_USERS = {"op-hanbit": ["leedy", "kimts"], "op-saebyeok": ["choiyn", "parkjs"],
             "op-gaon": ["jungmh", "seoyr"]}

# Deliberately broken lines: kind, cluster, day (in the cluster's zone)
DEFECTS = [
    ("missing_field", "hanbit-h100", date(2026, 11, 4)),
    ("wrong_cluster", "gaon-h200", date(2026, 11, 9)),
    ("bad_start", "gaon-b200", date(2026, 11, 13)),
    ("end_before_start", "saebyeok-h200", date(2026, 11, 17)),
    ("too_many_gpus", "hanbit-b200", date(2026, 11, 20)),
    ("duplicate", "hanbit-h100", date(2026, 11, 21)),
    ("negative_gpus", "saebyeok-h100", date(2026, 11, 23)),
]
DEFECT_TEXT = {
    "missing_field": "8 fields instead of 9 (the User field is missing)",
    "wrong_cluster": "Cluster is `gaon-b200`, not the file's cluster `gaon-h200` "
                     "(a line of gaon-b200's export of the same day pasted in)",
    "bad_start": "unparseable Start",
    "end_before_start": "End before Start",
    "too_many_gpus": "gres/gpu=9999: more GPUs than the cluster has",
    "duplicate": "exact duplicate of an earlier line of the same file (same job listed twice)",
    "negative_gpus": "negative GPU count (gres/gpu=-8)",
}

FIRST_JOB_ID = {"hanbit-h100": 1204517, "hanbit-b200": 1487, "saebyeok-h200": 388102,
                "saebyeok-h100": 75230, "gaon-h200": 2210433, "gaon-b200": 530011,
                "saebyeok-dev": 9120}


# --------------------------------------------------------------------------
# Time helpers (all instants are integer seconds since the epoch)
# --------------------------------------------------------------------------

def d(s):
    return date.fromisoformat(s)


def midnight(day, tz=KST):
    return int(datetime(day.year, day.month, day.day, tzinfo=tz).timestamp())


def local_date(ts, tz=KST):
    return datetime.fromtimestamp(ts, tz).date()


def fmt_time(ts, style, tz):
    """ISO date-time: local to the cluster (style 'local'), +09:00, or Z."""
    if style == "kst":
        return datetime.fromtimestamp(ts, KST).strftime("%Y-%m-%dT%H:%M:%S+09:00")
    if style == "utc":
        return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%dT%H:%M:%S")


def parse_time(s, tz):
    """Parse Start/End as the report job must; None for Unknown/None."""
    if s in ("Unknown", "None"):
        return None
    if s.endswith("Z"):
        s = s[:-1] + "+00:00"
    dt = datetime.fromisoformat(s)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return int(dt.timestamp())


def days(first, last):
    out = []
    while first <= last:
        out.append(first)
        first += timedelta(days=1)
    return out


# --------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------

class Cluster:
    def __init__(self, cid, operator, model, tz_name):
        self.id, self.operator, self.model = cid, operator, model
        self.tz_name, self.tz = tz_name, ZONES[tz_name]
        self.periods = []            # (from date, to date or None, gpu_count)

    def capacity_on(self, day):
        for f, t, n in self.periods:
            if f <= day and (t is None or day <= t):
                return n
        return 0

    def capacity_at(self, ts):
        # capacity periods are program-zone days
        return self.capacity_on(local_date(ts, KST))

    @property
    def max_gpus(self):
        return max(n for _, _, n in self.periods)


class Allocation:
    def __init__(self, row):
        num, inst, title, cluster, gpus, start, end, profile = row
        self.id = "AL-2026-%03d" % num
        self.inst, self.title, self.cluster, self.gpus = inst, title, cluster, gpus
        self.start, self.end, self.profile = d(start), d(end), profile
        self.t0 = midnight(self.start)                          # program zone
        self.t1 = midnight(self.end + timedelta(days=1))
        self.users = []

    def active_on(self, day):
        return self.start <= day <= self.end


class Job:
    __slots__ = ("cluster", "account", "user", "submit", "earliest", "dur", "gpus",
                 "tres", "style", "final_state", "limit", "start", "end", "cancel",
                 "array", "jid", "phantom")

    def __init__(self, cluster, account, user, submit, dur, gpus, limit=None,
                 earliest=None, array=None):
        self.cluster, self.account, self.user = cluster, account, user
        self.submit, self.dur, self.gpus = submit, dur, gpus
        self.earliest = submit if earliest is None else earliest
        self.limit = limit            # the job must end by then (allocation end)
        self.array = array            # (array key, task index) or None
        self.start = self.end = self.cancel = None
        self.tres = self.style = self.final_state = self.jid = None
        self.phantom = None           # defect kind for injected broken lines


def load_model():
    clusters = {}
    for cid, op, model, n, f, t, tz in CLUSTERS:
        c = clusters.setdefault(cid, Cluster(cid, op, model, tz))
        c.periods.append((d(f), d(t) if t else None, n))
    allocs = [Allocation(r) for r in ALLOCATIONS]
    allocs.sort(key=lambda a: a.id)
    return clusters, allocs


# --------------------------------------------------------------------------
# Job generation
# --------------------------------------------------------------------------

def tres_for(rng, model, gpus):
    """AllocTRES as sacct prints it (entries in alphabetical order)."""
    nodes = max(1, -(-gpus // 8))
    if gpus == 0:
        cpu = rng.choice([8, 16, 32, 64])
        return "billing=%d,cpu=%d,mem=%dG,node=1" % (cpu, cpu, cpu * 4)
    cpu = gpus * rng.choice([8, 12, 16])
    mem = gpus * rng.choice([128, 224, 240])
    typed = "gres/gpu:%s=%d" % (model.lower(), gpus)
    plain = "gres/gpu=%d" % gpus
    r = rng.random()
    gres = plain if r < 0.72 else (typed if r < 0.90 else plain + "," + typed)
    return "billing=%d,cpu=%d,%s,mem=%dG,node=%d" % (cpu, cpu, gres, mem, nodes)


def draw_duration(rng, width):
    r = rng.random()
    if width >= 32:
        r = min(0.999, r + 0.25)          # big multi-node runs are long
    if r < 0.22:
        h = rng.uniform(0.08, 1.0)
    elif r < 0.62:
        h = rng.uniform(1.0, 8.0)
    elif r < 0.92:
        h = rng.uniform(8.0, 30.0)
    else:
        h = rng.uniform(30.0, 80.0)
    return int(h * 3600) + rng.randrange(60)


def nudge_to_working_hours(rng, t):
    """People submit less at night and at weekends."""
    dt = datetime.fromtimestamp(t, KST)
    if 1 <= dt.hour < 7 and rng.random() < 0.6:
        t += (8 - dt.hour) * 3600 + rng.randrange(3 * 3600)
    elif dt.weekday() >= 5 and rng.random() < 0.35:
        t += int(rng.expovariate(1 / (10 * 3600)))
    return t


def lanes_for(alloc, width_factor):
    """Split the allocation's GPUs into lanes of back-to-back jobs."""
    total = int(round(alloc.gpus * width_factor / 8.0)) * 8
    lanes = []
    if total >= 48:                       # one multi-node lane for big allocations
        lanes.append(32)
        total -= 32
    while total >= 24 and len(lanes) < 2:
        lanes.append(16)
        total -= 16
    while total > 0:
        lanes.append(8)
        total -= 8
    return lanes


def gen_alloc_jobs(rng, alloc, cluster, sim_t0, sim_t1):
    jobs = []
    profile, _, arg = alloc.profile.partition(":")
    t_begin = max(alloc.t0, sim_t0)
    t_stop = min(alloc.t1, sim_t1)
    width_factor, u = 1.0, rng.uniform(0.7, 0.95)
    if profile == "heavy":
        u = rng.uniform(0.96, 0.99)
    elif profile == "over":
        width_factor, u = 1.125, 0.85
    elif profile == "low":
        u = float(arg)
    elif profile == "late":
        t_begin = alloc.t0 + int(float(arg) * 3600)
    elif profile == "stop":
        t_stop = min(t_stop, midnight(d(arg)))
        u = 0.25
    elif profile == "sparse":
        # a 1-GPU test job every few days
        t = t_begin + rng.randrange(2 * 86400)
        while t < t_stop:
            dur = rng.randrange(15 * 60, 90 * 60)
            jobs.append(Job(cluster.id, alloc.id, rng.choice(alloc.users), t, dur, 1,
                            limit=alloc.t1))
            t = nudge_to_working_hours(rng, t + int(rng.uniform(2.5, 5.5) * 86400))
        return jobs
    if alloc.t0 > sim_t0 and profile != "late":
        t_begin = alloc.t0 + rng.randrange(2 * 3600, 20 * 3600)     # ramp-up

    for width in lanes_for(alloc, width_factor):
        mean_dur = 13 * 3600 if width < 32 else 24 * 3600
        mean_gap = mean_dur * (1 - u) / u
        lane_user = rng.choice(alloc.users)
        t = t_begin + rng.randrange(int(mean_gap) + 3600)
        while t < t_stop:
            user = lane_user if rng.random() < 0.7 else rng.choice(alloc.users)
            r = rng.random()
            if r < 0.04:                              # CPU-only preprocessing
                dur = rng.randrange(10 * 60, 3 * 3600)
                jobs.append(Job(cluster.id, alloc.id, user, t, dur, 0, limit=alloc.t1))
                t += rng.randrange(5 * 60, 60 * 60)
                continue
            if r < 0.07 and width == 8 and profile != "stop":   # job array
                n = rng.randrange(4, 13)
                key = (alloc.id, t)
                for i in range(n):
                    dur = rng.randrange(20 * 60, 2 * 3600)
                    jobs.append(Job(cluster.id, alloc.id, user, t, dur, 1,
                                    limit=alloc.t1, array=(key, i + 1)))
                t += rng.randrange(30 * 60, 3 * 3600)
                continue
            if profile in ("heavy", "over"):
                gpus = width                          # automated training pipelines
            elif width == 8:
                gpus = rng.choices([1, 2, 4, 8], weights=[1, 1, 2, 10])[0]
            else:
                gpus = rng.choices([width, width // 2, 8], weights=[8, 1, 1])[0]
            dur = draw_duration(rng, width)
            wait = rng.randrange(60, 2 * 3600) if rng.random() < 0.12 else 0
            jobs.append(Job(cluster.id, alloc.id, user, t, dur, gpus, limit=alloc.t1,
                            earliest=t + wait))
            gap = int(rng.expovariate(1 / mean_gap)) if mean_gap > 0 else 0
            t = t + wait + dur + gap + rng.randrange(30, 600)
            if profile not in ("heavy", "over"):
                t = nudge_to_working_hours(rng, t)
    return jobs


def gen_unattributed_jobs(rng, cluster, sim_t0, sim_t1):
    """Operator health checks and benchmarks, plus a user on a wrong account."""
    jobs = []
    users = OPS_USERS[cluster.operator]
    first_day = max(SIM_FROM, min(f for f, _, _ in cluster.periods))
    t = max(sim_t0, midnight(first_day)) + rng.randrange(36 * 3600)
    while t < sim_t1:                                   # node health checks
        jobs.append(Job(cluster.id, "admin", rng.choice(users), t,
                        rng.randrange(8 * 60, 20 * 60), 8))
        t += rng.randrange(24 * 3600, 60 * 3600)
    t = max(sim_t0, midnight(first_day)) + rng.randrange(5 * 86400)
    while t < sim_t1:                                   # NCCL / MLPerf style runs
        jobs.append(Job(cluster.id, "benchmark", rng.choice(users), t,
                        rng.randrange(40 * 60, 2 * 3600), rng.choice([16, 32, 64])))
        t += rng.randrange(5 * 86400, 8 * 86400)
    if cluster.id == "hanbit-b200":                     # acceptance tests on day one
        t0 = midnight(date(2026, 11, 10))
        jobs.append(Job(cluster.id, "benchmark", users[0], t0 + 1800 + 17, 3 * 3600 + 412, 128))
        jobs.append(Job(cluster.id, "benchmark", users[1], t0 + 4 * 3600 + 95, 50 * 60, 64))
    if cluster.id == "gaon-b200":                       # typed gaon-h200's allocation id
        jobs.append(Job(cluster.id, "AL-2026-039", "yoomj", midnight(date(2026, 11, 19)) + 14 * 3600 + 321,
                        3 * 3600 + 1201, 8))
    if cluster.id == "saebyeok-h100":                   # typed saebyeok-h200's allocation id
        jobs.append(Job(cluster.id, "AL-2026-020", "ahnsh", midnight(date(2026, 11, 8)) + 2 * 3600 + 44,
                        5 * 3600 + 930, 4))
    return jobs


def gen_self_use_jobs(rng, cluster, sim_t0, sim_t1):
    """op-hanbit's own training runs on hanbit-h100: nightly 64 GPUs for ~9 h, at weekends 128 GPUs
    for ~20 h, submitted at 21:00 and queued like any job (program users may then wait)."""
    if cluster.id != "hanbit-h100":
        return []
    jobs = []
    users = OPS_USERS[cluster.operator]
    day = local_date(sim_t0)
    while midnight(day) < sim_t1:
        t = midnight(day) + 21 * 3600 + rng.randrange(600)
        if day.weekday() >= 5:
            jobs.append(Job(cluster.id, SELF_USE_ACCOUNT, users[1], t, 20 * 3600 + rng.randrange(3600), 128))
        else:
            jobs.append(Job(cluster.id, SELF_USE_ACCOUNT, users[1], t, 9 * 3600 + rng.randrange(3600), 64))
        day += timedelta(days=1)
    return jobs


def schedule(cluster, jobs):
    """First come, first served: start a job when the cluster has room for it.

    Jobs are admitted in order of their start instant and capacity never
    decreases over time, so checking at each start keeps the concurrent use at
    or below capacity at every instant. A job that waited MAX_WAIT, or whose
    allocation ended meanwhile, is cancelled while pending.
    """
    queue = [(j.earliest, i, j) for i, j in enumerate(jobs)]
    heapq.heapify(queue)
    running, used = [], 0
    while queue:
        t, i, job = heapq.heappop(queue)
        while running and running[0][0] <= t:
            used -= heapq.heappop(running)[1]
        cap = cluster.capacity_at(t)
        too_late = job.limit is not None and t >= job.limit - 600
        if not too_late and job.gpus <= cap - used:
            job.start = t
            job.end = t + job.dur
            if job.limit is not None and job.end > job.limit:
                job.end = job.limit - 60 - (job.dur % 240)     # killed at the allocation's end
                job.final_state = "TIMEOUT"
            if job.gpus:
                heapq.heappush(running, (job.end, job.gpus))
                used += job.gpus
            continue
        nxt = running[0][0] if running else t + 3600
        if too_late or nxt - job.submit > MAX_WAIT:
            job.cancel = min(max(t, job.submit + 60), job.submit + MAX_WAIT)
            continue
        heapq.heappush(queue, (nxt, i, job))


def finish_jobs(rng, cluster, jobs):
    """Job states, output styles, AllocTRES and job ids (in submit order)."""
    array_style = {}
    for j in jobs:
        if j.final_state is None:
            if j.account in ("admin", "benchmark"):
                j.final_state = "COMPLETED" if rng.random() < 0.95 else "FAILED"
            else:
                j.final_state = rng.choices(["COMPLETED", "FAILED", "CANCELLED", "TIMEOUT"],
                                            weights=[80, 8, 7, 5])[0]
        r = rng.random()
        j.style = "local" if r < 0.96 else ("kst" if r < 0.98 else "utc")
        if j.array:                       # one array's tasks are printed alike
            j.style = array_style.setdefault(j.array[0], j.style)
        j.tres = tres_for(rng, cluster.model, j.gpus)
    next_id = FIRST_JOB_ID[cluster.id]
    arrays = {}
    for j in sorted(jobs, key=lambda j: (j.submit, j.array[1] if j.array else 0)):
        if j.array:
            key, idx = j.array
            if key not in arrays:
                arrays[key] = next_id
            j.jid = "%d_%d" % (arrays[key], idx)
        else:
            j.jid = str(next_id)
        next_id += 1 + (rng.random() < 0.3) * rng.randrange(1, 4)   # other users' steps/ids


def make_phantoms(rng, clusters, allocs):
    """One extra job per defect (not scheduled; only in its defect file)."""
    out = []
    for kind, cid, day in DEFECTS:
        if kind in ("wrong_cluster", "duplicate"):
            continue                     # these copy real lines
        c = clusters[cid]
        active = [a for a in allocs if a.cluster == cid and a.active_on(day)]
        a = rng.choice(active)
        base = midnight(day, c.tz)
        t = base + rng.randrange(9 * 3600, 11 * 3600)
        gpus = {"too_many_gpus": 9999, "negative_gpus": -8}.get(kind, 8)
        j = Job(cid, a.id, rng.choice(a.users),
                t, rng.randrange(3600, 4 * 3600), gpus)
        j.phantom = kind
        j.start, j.end = t, t + j.dur
        if kind == "end_before_start":
            j.start, j.end = base + 14 * 3600 + 5 * 60 + 12, base + 9 * 3600 + 47 * 60 + 3
        out.append(j)
    return out


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------

def write_text(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


def write_reference(allocs):
    write_text(os.path.join(REF_DIR, "operators.csv"),
               csv_text(["operator_id", "operator_name", "self_use_accounts"], OPERATORS))
    write_text(os.path.join(REF_DIR, "clusters.csv"),
               csv_text(["cluster_id", "operator_id", "gpu_model", "gpu_count",
                         "in_service_from", "in_service_to", "time_zone"], CLUSTERS))
    write_text(os.path.join(REF_DIR, "institutions.csv"),
               csv_text(["institution_id", "institution_name", "sector", "region"], INSTITUTIONS))
    write_text(os.path.join(REF_DIR, "allocations.csv"),
               csv_text(["allocation_id", "institution_id", "project_title", "cluster_id",
                         "gpu_count", "start_date", "end_date"],
                        [(a.id, a.inst, a.title, a.cluster, a.gpus, a.start.isoformat(),
                          a.end.isoformat()) for a in allocs]))
    write_text(os.path.join(REF_DIR, "rates.csv"),
               csv_text(["gpu_model", "krw_per_gpu_hour", "valid_from"], RATES))
    write_text(os.path.join(REF_DIR, "recipients.csv"),
               csv_text(["email", "name", "scope"], RECIPIENTS))


def with_submit(fields, j, c, at=4):
    """sacct's Submit after User, for the clusters whose export has it."""
    if c.id not in NO_SUBMIT:
        fields.insert(at, fmt_time(j.submit, j.style or "local", c.tz))
    return "|".join(fields)


def job_line(j, c, w1):
    """The job's line in the file whose day ends at w1 (None: not listed)."""
    return with_submit(job_fields(j, c, w1), j, c)


def job_fields(j, c, w1):
    tz = c.tz
    if j.start is None:                               # never started
        end = "Unknown" if j.cancel >= w1 else fmt_time(j.cancel, j.style, tz)
        state = "PENDING" if j.cancel >= w1 else "CANCELLED"
        start = "Unknown" if state == "PENDING" else "None"
        return [j.jid, c.id, j.account, j.user, start, end, state, ""]
    if j.start >= w1:                                 # pending when the file was written
        return [j.jid, c.id, j.account, j.user, "Unknown", "Unknown", "PENDING", ""]
    start = fmt_time(j.start, j.style, tz)
    if j.end > w1:
        end, state = "Unknown", "RUNNING"
    else:
        end, state = fmt_time(j.end, j.style, tz), j.final_state
    return [j.jid, c.id, j.account, j.user, start, end, state, j.tres]


def phantom_line(j, c, day):
    start = fmt_time(j.start, "local", c.tz)
    end = fmt_time(j.end, "local", c.tz)
    fields = [j.jid, c.id, j.account, j.user, start, end, "COMPLETED", j.tres]
    if j.phantom == "missing_field":
        del fields[3]
    elif j.phantom == "bad_start":
        fields[4] = day.isoformat()[:-1] + "xT10:00"
    elif j.phantom == "too_many_gpus":
        fields[7] = "billing=128,cpu=128,gres/gpu=9999,mem=2048G,node=1"
    elif j.phantom == "negative_gpus":
        fields[7] = "billing=64,cpu=64,gres/gpu=-8,mem=1024G,node=1"
    return with_submit(fields, j, c, 3 if j.phantom == "missing_field" else 4)


def sort_key(jid):
    base, _, idx = jid.partition("_")
    return (int(base), int(idx) if idx else 0)


def file_days(c):
    """The cluster's file days (dates in its own zone) that are in service."""
    return [day for day in days(FIRST_DAY, LAST_DAY) if c.capacity_on(day) > 0]


def build_files(rng, clusters, jobs_by_cluster, phantoms):
    files = {}                 # (cluster_id, day) -> list of lines without header
    for cid, c in clusters.items():
        for day in file_days(c):
            w0, w1 = midnight(day, c.tz), midnight(day + timedelta(days=1), c.tz)
            entries = []
            for j in jobs_by_cluster[cid]:
                if j.start is not None:
                    listed = (j.start < w1 and j.end > w0) or \
                             (j.submit < w1 <= j.start and j.array is None)
                else:
                    listed = j.array is None and j.submit < w1 and j.cancel >= w0
                if listed:
                    entries.append((sort_key(j.jid), job_line(j, c, w1)))
            for j in phantoms:
                if j.cluster == cid and local_date(j.submit, c.tz) == day:
                    entries.append((sort_key(j.jid), phantom_line(j, c, day)))
            entries.sort(key=lambda e: e[0])
            files[(cid, day)] = [line for _, line in entries]
    defects = {}               # file name -> list of (line number, kind)
    for kind, cid, day in DEFECTS:
        lines = files[(cid, day)]
        if kind == "wrong_cluster":
            donor = [l for l in files[("gaon-b200", day)] if l.split("|")[6] == "COMPLETED"]
            pasted = rng.choice(donor).split("|")
            if cid not in NO_SUBMIT:          # pasted into an export with Submit: its Start as Submit
                pasted.insert(4, pasted[4])
            lines.append("|".join(pasted))
            no = len(lines) + 1
        elif kind == "duplicate":
            state = 6 if cid in NO_SUBMIT else 7
            done = [l for l in lines if l.split("|")[state] == "COMPLETED" and "_" not in l.split("|")[0]]
            lines.append(rng.choice(done))
            no = len(lines) + 1
        else:
            pid = [j.jid for j in phantoms if j.phantom == kind][0]
            no = [i for i, l in enumerate(lines) if l.split("|")[0] == pid][0] + 2
        defects.setdefault(file_name(cid, day), []).append((no, kind))
    return files, defects


def file_name(cid, day):
    return "jobs-%s-%s.csv" % (cid, day.isoformat())


def write_inbox(files):
    os.makedirs(INBOX_DIR, exist_ok=True)
    for name in sorted(os.listdir(INBOX_DIR)):
        if (name.startswith("jobs-") or name.startswith("gpu-metrics-")) and name.endswith(".csv"):
            os.remove(os.path.join(INBOX_DIR, name))
    for (cid, day), lines in sorted(files.items()):
        if (cid, day) == MISSING_FILE:
            continue
        write_text(os.path.join(INBOX_DIR, file_name(cid, day)),
                   "\n".join([HEADER if cid in NO_SUBMIT else HEADER_SUBMIT] + lines) + "\n")


def write_telemetry(cluster, jobs):
    """DCGM samples of one cluster-day: each running job's GPUs every TELEMETRY_INTERVAL seconds,
    GPUs given to jobs lowest index first (as Slurm's gres plugin does). GPUs without a job are
    left out (they count for no figure, and would double the file). Returns counts for the README."""
    rng = random.Random(SEED + 2)
    free = list(range(cluster.max_gpus))
    events = []
    for j in jobs:
        if j.start is not None and j.gpus > 0:
            events.append((j.start, 1, j))
            events.append((j.end, 0, j))
    events.sort(key=lambda e: (e[0], e[1], e[2].jid))
    gpus_of_job = {}
    for _, is_start, j in events:
        if is_start:
            free.sort()
            gpus_of_job[j.jid] = free[:j.gpus]
            del free[:j.gpus]
        else:
            free.extend(gpus_of_job[j.jid])
    t0 = midnight(TELEMETRY_DAY)
    unmapped_from = t0 + UNMAPPED_NODE_FROM_HOUR * 3600
    running = [j for j in jobs if j.start is not None and j.gpus > 0 and j.start < t0 + 86400 and j.end > t0]
    unknown_id, length = UNKNOWN_JOB
    u_gpu = None
    for hour in range(24):                 # the test runs from the first hour a GPU is free 45 minutes
        u0, u1 = hour * 3600, hour * 3600 + length
        busy = set()
        for j in running:
            if j.start < t0 + u1 and j.end > t0 + u0:
                busy.update(gpus_of_job[j.jid])
        idle = [g for g in range(8) if g not in busy]      # on sd-n01, whose exporter keeps the mapping
        if idle:
            u_gpu = idle[0]
            break
    assert u_gpu is not None, "no GPU free for 45 minutes on the telemetry day"
    rows, counts = [], {"job_samples": 0, "unmapped": 0, "unknown": 0, "unknown_gpu": u_gpu, "unknown_from": u0}
    for t in range(t0, t0 + 86400, TELEMETRY_INTERVAL):
        on_gpu = {}
        for j in running:
            if j.start <= t < j.end:
                for g in gpus_of_job[j.jid]:
                    on_gpu[g] = j.jid
        if t0 + u0 <= t < t0 + u1 and u_gpu not in on_gpu:
            on_gpu[u_gpu] = unknown_id
        stamp = datetime.fromtimestamp(t, KST).strftime("%Y-%m-%dT%H:%M:%S+09:00")
        for g in sorted(on_gpu):
            node = "sd-n%02d" % (g // 8 + 1)
            job = on_gpu[g]
            if node == "sd-n02" and t >= unmapped_from:
                job = ""                   # the exporter lost the job mapping on this node
                counts["unmapped"] += 1
            elif job == unknown_id:
                counts["unknown"] += 1
            else:
                counts["job_samples"] += 1
            rows.append("%s,%s,%s,%d,%s,%d" % (stamp, cluster.id, node, g % 8, job, rng.randrange(35, 100)))
    write_text(os.path.join(INBOX_DIR, "gpu-metrics-%s-%s.csv" % (cluster.id, TELEMETRY_DAY.isoformat())),
               "timestamp,cluster_id,hostname,gpu,job_id,gpu_util\n" + "\n".join(rows) + "\n")
    return counts


# --------------------------------------------------------------------------
# Self-check: read the files back as the report job would
# --------------------------------------------------------------------------

GPU_RE = re.compile(r"(?:^|,)gres/gpu=(-?\d+)(?:,|$)")
TYPED_RE = re.compile(r"(?:^|,)gres/gpu:[^=,]+=(-?\d+)(?:,|$)")


def gpus_of(tres):
    m = GPU_RE.search(tres)
    if m:
        return int(m.group(1))
    return sum(int(x) for x in TYPED_RE.findall(tres))


def self_check(clusters, allocs, expected_defects):
    name_re = re.compile(r"^jobs-(.+)-(\d{4}-\d{2}-\d{2})\.csv$")
    alloc_by_key = {(a.cluster, a.id): a for a in allocs}
    names = sorted((n for n in os.listdir(INBOX_DIR) if name_re.match(n)),
                   key=lambda n: (name_re.match(n).group(2), n))
    flagged, records = {}, {}
    n_lines = 0
    for name in names:
        cid, day = name_re.match(name).group(1), d(name_re.match(name).group(2))
        c = clusters[cid]
        raw = open(os.path.join(INBOX_DIR, name), "rb").read()
        assert not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw, name
        lines = raw.decode("utf-8").split("\n")
        submit = cid not in NO_SUBMIT
        assert lines[0] == (HEADER_SUBMIT if submit else HEADER) and lines[-1] == "", name
        seen = set()
        day_end = midnight(day + timedelta(days=1), c.tz)
        for no, line in enumerate(lines[1:-1], start=2):
            n_lines += 1
            f = line.split("|")
            if submit and len(f) == 9:
                del f[4]                  # Submit: checked as sacct writes it, not needed below
            elif submit:
                f = f[:8]
            reason = None
            if len(f) != 8 or (submit and len(line.split("|")) != 9):
                reason = "missing_field"
            elif f[1] != cid:
                reason = "wrong_cluster"
            elif line in seen:
                reason = "duplicate"
            else:
                try:
                    start, end = parse_time(f[4], c.tz), parse_time(f[5], c.tz)
                except ValueError:
                    reason = "bad_start"
                else:
                    g = gpus_of(f[7])
                    if g < 0:
                        reason = "negative_gpus"
                    elif g > c.max_gpus:
                        reason = "too_many_gpus"
                    elif start is not None and end is not None and end < start:
                        reason = "end_before_start"
            seen.add(line)
            if reason:
                flagged.setdefault(name, []).append((no, reason))
                continue
            if f[4] in ("Unknown", "None"):
                assert f[6] in ("PENDING", "CANCELLED"), (name, no)
                continue
            records[(cid, f[0])] = (start, end if end is not None else day_end, g, f[2])
    assert flagged == {k: sorted(v) for k, v in expected_defects.items()}, \
        ("defects differ", flagged, expected_defects)

    # concurrent use <= capacity at every start instant; jobs inside their allocation
    over_use_seen = set()
    for cid, c in clusters.items():
        recs = [(s, e, g, acc) for (k, _), (s, e, g, acc) in records.items() if k == cid]
        events = sorted([(s, 1, g) for s, e, g, _ in recs] + [(e, 0, -g) for s, e, g, _ in recs])
        cur = 0
        for t, is_start, delta in events:
            cur += delta
            if is_start:
                assert cur <= c.capacity_at(t), ("over capacity", cid, t, cur)
        for s, e, g, acc in recs:
            assert g <= c.max_gpus and c.capacity_at(s) > 0, (cid, s, g)
            a = alloc_by_key.get((cid, acc))
            if a:
                assert a.t0 <= s and e <= a.t1, ("outside allocation", cid, acc, s, e)
    return records, n_lines


def stats(clusters, allocs, records):
    """Utilization 11-01..11-25 (program days) and reclaim candidates on 11-25."""
    p0, p1 = midnight(FIRST_DAY), midnight(LAST_DAY + timedelta(days=1))

    by_key = {}
    for (k, _), (s, e, g, ac) in records.items():
        by_key.setdefault((k, None), []).append((s, e, g))
        by_key.setdefault((k, ac), []).append((s, e, g))

    def used_between(cid, acc, a, b):
        tot = sum(g * max(0, min(e, b) - max(s, a)) for s, e, g in by_key.get((cid, acc), []))
        return tot / 3600.0

    out = {"clusters": [], "allocs": {}, "over_alloc": {}, "reclaim": [], "over_use": [],
           "self_use": used_between("hanbit-h100", SELF_USE_ACCOUNT, p0, p1),
           "array_example": min((k for k in records if "_" in k[1]), key=lambda k: sort_key(k[1]))[1]}
    for cid, c in clusters.items():
        cap = sum(c.capacity_on(day) * 24 for day in days(FIRST_DAY, LAST_DAY))
        used = used_between(cid, None, p0, p1)
        out["clusters"].append((cid, cap, used))
        for day in days(FIRST_DAY, LAST_DAY):
            alloc = sum(a.gpus for a in allocs if a.cluster == cid and a.active_on(day))
            if alloc > c.capacity_on(day):
                out["over_alloc"].setdefault(cid, []).append((day, alloc, c.capacity_on(day)))
    last = LAST_DAY
    for a in allocs:
        # allocation utilization over November 1-25 and reclaim test on the last day
        ds = [x for x in days(FIRST_DAY, LAST_DAY) if a.active_on(x)]
        if not ds:
            continue
        alloc_h = a.gpus * 24 * len(ds)
        used_h = sum(used_between(a.cluster, a.id, midnight(x), midnight(x + timedelta(days=1)))
                     for x in ds)
        out["allocs"][a.id] = (alloc_h, used_h)
        daily_over = [x for x in ds if used_between(a.cluster, a.id, midnight(x),
                                                    midnight(x + timedelta(days=1))) > a.gpus * 24]
        if daily_over:
            out["over_use"].append((a.id, len(daily_over)))
        if a.active_on(last) and a.start <= last - timedelta(days=7):
            w0 = max(a.start, last - timedelta(days=13))
            wd = days(w0, last)
            wa = a.gpus * 24 * len(wd)
            wu = used_between(a.cluster, a.id, midnight(w0), midnight(last + timedelta(days=1)))
            if wu < 0.2 * wa:
                streak = 0
                for x in reversed(days(max(a.start, FIRST_DAY), last)):
                    if used_between(a.cluster, a.id, midnight(x), midnight(x + timedelta(days=1))) > 0:
                        break
                    streak += 1
                out["reclaim"].append((a.id, len(wd), wa, wu, streak))
    return out


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------

def readme(clusters, allocs, defects, st, n_files, n_lines):
    inst = {i[0]: i for i in INSTITUTIONS}
    ops = {o[0]: o[1] for o in OPERATORS}
    L = []
    L.append("# Sample data: a small fictional GPU support program, November 2026\n")
    L.append("Everything here is written by `generate_sample.py` (Python 3, standard library only, "
             "fixed seed %d: rerunning it writes byte-identical files). Do not edit the files by hand; "
             "change the script and rerun `python3 sample-data/generate_sample.py`. "
             "All names, ids and addresses are fictional.\n" % SEED)
    L.append("Layout follows `SPEC.md` (\"Inputs\"): `reference/` (6 CSV files), "
             "`inbox/jobs-<cluster_id>-YYYY-MM-DD.csv` (%d Slurm `sacct --parsable2` exports, "
             "2026-11-01 .. 2026-11-25, %d job lines) and one GPU telemetry file "
             "`inbox/gpu-metrics-%s-%s.csv` (see \"Telemetry\").\n"
             % (n_files, n_lines, TELEMETRY_CLUSTER, TELEMETRY_DAY.isoformat()))
    L.append("## Operators\n")
    L.append("| operator_id | operator_name | self_use_accounts |\n| --- | --- | --- |")
    for o in OPERATORS:
        L.append("| `%s` | %s | %s |" % (o[0], o[1], "`%s`" % o[2] if o[2] else ""))
    L.append("")
    L.append("- **Self-use**: `op-hanbit` runs its own workloads on program GPUs under `%s` (its R&D "
             "team's training on hanbit-h100, submitted at 21:00 every night: 64 GPUs for about 9 h, at "
             "weekends 128 GPUs for about 20 h, queued like any job) and `benchmark`; %.1f GPU-hours of "
             "`%s` over 11-01..11-25. At weekends its use exceeds the cluster's unallocated capacity: "
             "self-use on allocated GPUs. Its `admin` health checks stay unattributed.\n"
             % (SELF_USE_ACCOUNT, st["self_use"], SELF_USE_ACCOUNT))
    L.append("## Clusters\n")
    L.append("| cluster_id | operator | model | GPUs (capacity periods) | time_zone |\n"
             "| --- | --- | --- | --- | --- |")
    for cid, c in clusters.items():
        per = "; ".join("%d from %s%s" % (n, f, " to %s" % t if t else "")
                        for f, t, n in c.periods)
        L.append("| `%s` | `%s` | %s | %s | %s |" % (cid, c.operator, c.model, per,
                                                    c.tz_name or "(empty: Asia/Seoul)"))
    L.append("")
    L.append("- **Expansion**: `saebyeok-h200` has two capacity rows: 128 GPUs up to 2026-11-15, "
             "256 GPUs from 2026-11-16.")
    L.append("- **New cluster**: `hanbit-b200` enters service on 2026-11-10; it has job files only "
             "from 2026-11-10 (its first jobs are the operator's acceptance benchmarks, "
             "one of them on all 128 GPUs).")
    L.append("- **UTC cluster**: `saebyeok-h100` has `time_zone` `UTC`: its sacct times without "
             "offset are UTC, and its file `jobs-saebyeok-h100-D.csv` covers the UTC day D "
             "(D 09:00 to D+1 09:00 in Seoul). Seoul's 2026-11-01 00:00..09:00 would need its file of "
             "2026-10-31, which is not part of the sample (jobs running across UTC midnight still "
             "appear in the 11-01 file).")
    L.append("- Rates (`rates.csv`): H100 2,800 KRW per GPU-hour, 2,500 from 2026-11-15; "
             "H200 3,500; B200 5,200.")
    L.append("- Recipients: 2 program managers (`PROGRAM`) and one contact per operator.\n")
    L.append("## Institutions\n")
    counts = {}
    for i in INSTITUTIONS:
        counts[i[2]] = counts.get(i[2], 0) + 1
    L.append("%d institutions (`INST-001` .. `INST-%03d`): %s. Regions across Korea "
             "(서울, 경기, 대전, 부산, 광주, 대구, 세종, ...).\n"
             % (len(INSTITUTIONS), len(INSTITUTIONS),
                ", ".join("%s %d" % (s, counts[s]) for s in ("INDUSTRY", "ACADEMIA", "RESEARCH", "PUBLIC"))))
    L.append("## Allocations\n")
    L.append("%d allocations (`AL-2026-001` .. `AL-2026-%03d`, 8 to 64 GPUs). Per cluster, the sum "
             "of allocated GPUs on 2026-11-01 / 2026-11-25:\n" % (len(allocs), len(allocs)))
    L.append("| cluster | allocations | allocated GPUs 11-01 | allocated GPUs 11-25 | capacity 11-25 |\n"
             "| --- | --- | --- | --- | --- |")
    for cid, c in clusters.items():
        mine = [a for a in allocs if a.cluster == cid]
        s1 = sum(a.gpus for a in mine if a.active_on(FIRST_DAY))
        s25 = sum(a.gpus for a in mine if a.active_on(LAST_DAY))
        L.append("| `%s` | %d | %d | %d | %d |" % (cid, len(mine), s1, s25, c.capacity_on(LAST_DAY)))
    L.append("")
    ends = [a for a in allocs if FIRST_DAY <= a.end < LAST_DAY]
    starts = [a for a in allocs if FIRST_DAY < a.start <= LAST_DAY]
    before = [a for a in allocs if a.end < FIRST_DAY]
    L.append("- Ending in November (before the 25th): %s." %
             ", ".join("`%s` (%s)" % (a.id, a.end.isoformat()) for a in ends))
    L.append("- Starting in November: %s." %
             ", ".join("`%s` (%s)" % (a.id, a.start.isoformat()) for a in starts))
    L.append("- Ended before November (no November figures): %s." %
             ", ".join("`%s` (%s)" % (a.id, a.end.isoformat()) for a in before))
    multi = {}
    for a in allocs:
        multi.setdefault(a.inst, []).append(a.id)
    L.append("- Institutions with several allocations: %s." %
             ", ".join("%s %s (%s)" % (k, inst[k][1], ", ".join(v))
                       for k, v in sorted(multi.items()) if len(v) > 1))
    for cid, rows in st["over_alloc"].items():
        L.append("- **Over-allocated**: `%s` on %s .. %s (%d GPUs allocated, capacity %d): two "
                 "allocations start on 11-10, ahead of the 11-16 expansion." %
                 (cid, rows[0][0].isoformat(), rows[-1][0].isoformat(), rows[0][1], rows[0][2]))
    heavy = [a for a in allocs if a.profile in ("heavy", "over")]
    L.append("- Heavy users (used/allocated over 11-01..11-25): %s; `AL-2026-036` runs more than its "
             "64 GPUs at times (daily over-use on %s)." %
             (", ".join("`%s` %.0f %%" % (a.id, 100 * st["allocs"][a.id][1] / st["allocs"][a.id][0])
                        for a in heavy),
              ", ".join("`%s` %d days" % x for x in st["over_use"])))
    L.append("- Practically unused (reclaim candidates by design): `AL-2026-038` (32 GPUs on gaon-h200, "
             "no job submitted from 2026-11-03 on), `AL-2026-005` (16 GPUs on hanbit-h100, a 1-GPU test job "
             "every few days). Low users: %s. Allocation `AL-2026-018` "
             "starts on 11-12 but runs its first job only 2.5 days later." %
             ", ".join("`%s` %.0f %%" % (k, 100 * st["allocs"][k][1] / st["allocs"][k][0])
                       for k in ("AL-2026-046", "AL-2026-051")))
    L.append("")
    L.append("As generated (read back with the spec's rules, program days 11-01..11-25), the cluster "
             "utilization is about: %s. Reclaim candidates on 2026-11-25 with the default settings "
             "(7 days, 14-day window, 20 %%): %s.\n" %
             (", ".join("%s %.0f %%" % (cid, 100 * u / cap) for cid, cap, u in st["clusters"]),
              ", ".join("`%s` (%.1f %% used, zero-use streak %d day%s)"
                        % (r[0], 100 * r[3] / r[2], r[4], "" if r[4] == 1 else "s")
                        for r in st["reclaim"])))
    L.append("## Job files\n")
    L.append("One file per in-service cluster and day (the cluster's own zone), with every job that "
             "overlapped that day, sorted by JobID, as `sacct --allusers --allocations --parsable2 "
             "--starttime D --endtime D+1` prints them:\n")
    L.append("- A job still running at the end of the file's day has End `Unknown` and State "
             "`RUNNING`; it appears again in the next days' files, finished in the file of the day "
             "it ended (COMPLETED, FAILED, CANCELLED or TIMEOUT). Several jobs are still running "
             "in the files of 2026-11-25.")
    L.append("- Jobs submitted but not yet started when the file was written are `PENDING` with "
             "Start and End `Unknown` and an empty AllocTRES (as sacct prints them); a job cancelled "
             "while pending has Start `None`, End the cancel time and State `CANCELLED`. Neither is usage "
             "nor an error.")
    L.append("- Times are local to the cluster (`2026-11-25T03:12:44`); about 4 % of jobs use "
             "`+09:00` or `Z` instead.")
    L.append("- AllocTRES: mostly `gres/gpu=N`, some typed `gres/gpu:h100=N` only, some both; "
             "CPU-only jobs have no GPU entry. Array tasks look like `%s`." % st["array_example"])
    L.append("- Accounts are allocation ids; `admin` (node health checks) and `benchmark` jobs, and "
             "two jobs on another cluster's allocation id (`AL-2026-039` on `gaon-b200`, "
             "`AL-2026-020` on `saebyeok-h100`), are unattributed usage.")
    L.append("- Concurrent GPU use never exceeds a cluster's capacity, and attributed jobs run only "
             "within their allocation's dates (checked by the script when it runs).\n")
    L.append("- **Submit**: every job file has sacct's `Submit` column (`%s`), except those of %s, "
             "whose operator still runs an older export (`%s`): their waits are not measured "
             "(empty in `operators.csv`)." % (HEADER_SUBMIT, ", ".join("`%s`" % c for c in sorted(NO_SUBMIT)), HEADER))
    L.append("- **A small cluster with telemetry**: `saebyeok-dev` (16 H100, two allocations of 8 GPUs).\n")
    L.append("### Telemetry\n")
    L.append("`inbox/gpu-metrics-%s-%s.csv`: DCGM `DCGM_FI_DEV_GPU_UTIL` every %d s on %s, nodes `sd-n01` "
             "(GPUs 0-7) and `sd-n02` (GPUs 8-15), job GPUs given lowest index first. Rows of GPUs without "
             "a job are left out (they count for no figure). The cluster's accounting runs ahead of its "
             "measurements: from %02d:00 the exporter of `sd-n02` loses the job mapping (%d samples with an "
             "empty `job_id`), so the jobs there are measured short and some not at all (jobs without "
             "samples); and an operator's test outside Slurm shows up as job `%s` on GPU %d from %02d:00 for %d minutes "
             "(%d samples of an unknown job). %d samples carry a known job id.\n"
             % (TELEMETRY_CLUSTER, TELEMETRY_DAY.isoformat(), TELEMETRY_INTERVAL, TELEMETRY_DAY.isoformat(),
                UNMAPPED_NODE_FROM_HOUR, st["telemetry"]["unmapped"], UNKNOWN_JOB[0], st["telemetry"]["unknown_gpu"],
                st["telemetry"]["unknown_from"] // 3600, UNKNOWN_JOB[1] // 60,
                st["telemetry"]["unknown"], st["telemetry"]["job_samples"]))
    L.append("### The missing file\n")
    L.append("`inbox/%s` is deliberately absent (every other in-service cluster-day 2026-11-01 .. "
             "2026-11-25 has its file). Jobs that ran through that day still show up in the next "
             "day's file; jobs that started and ended on it are lost.\n" % file_name(*MISSING_FILE))
    L.append("### Deliberate defects\n")
    L.append("Line numbers count the header as line 1. Every other line is valid.\n")
    L.append("| file | line | what is wrong |\n| --- | --- | --- |")
    for name in sorted(defects, key=lambda n: [x for x in DEFECTS if file_name(x[1], x[2]) == n][0][2]):
        for no, kind in defects[name]:
            text = DEFECT_TEXT[kind]
            if kind == "duplicate":
                lines = open(os.path.join(INBOX_DIR, name), encoding="utf-8").read().split("\n")
                text += ": line %d repeats line %d" % (no, lines.index(lines[no - 1]) + 1)
            L.append("| `inbox/%s` | %d | %s |" % (name, no, text))
    L.append("")
    return "\n".join(L)


# --------------------------------------------------------------------------

def main():
    rng = random.Random(SEED)
    clusters, allocs = load_model()
    used_names = set()
    for a in allocs:                      # 2-5 users per allocation
        for _ in range(rng.randrange(2, 6)):
            while True:
                u = rng.choice(SURNAMES) + rng.choice(INITIALS)
                if u not in used_names:
                    used_names.add(u)
                    a.users.append(u)
                    break

    sim_t0, sim_t1 = midnight(SIM_FROM), midnight(SIM_TO)
    jobs_by_cluster = {}
    for cid, c in clusters.items():
        jobs = []
        for a in allocs:
            if a.cluster == cid and a.t1 > sim_t0:
                jobs += gen_alloc_jobs(rng, a, c, sim_t0, sim_t1)
        jobs += gen_unattributed_jobs(rng, c, sim_t0, sim_t1)
        jobs += gen_self_use_jobs(random.Random(SEED + 1), c, sim_t0, sim_t1)   # own stream: the rest stays put
        jobs.sort(key=lambda j: (j.earliest, j.submit, j.account, j.array[1] if j.array else 0))
        schedule(c, jobs)
        jobs = [j for j in jobs if not (j.start is None and j.array)]  # unstarted array tasks vanish
        jobs_by_cluster[cid] = jobs

    phantoms = make_phantoms(rng, clusters, allocs)
    for cid, c in clusters.items():
        mine = jobs_by_cluster[cid] + [p for p in phantoms if p.cluster == cid]
        finish_jobs(rng, c, mine)

    files, defects = build_files(rng, clusters, jobs_by_cluster, phantoms)
    write_reference(allocs)
    write_inbox(files)
    telemetry = write_telemetry(clusters[TELEMETRY_CLUSTER], jobs_by_cluster[TELEMETRY_CLUSTER])
    expected = {k: sorted(v) for k, v in defects.items()}
    records, n_lines = self_check(clusters, allocs, expected)
    st = stats(clusters, allocs, records)
    n_files = len([n for n in os.listdir(INBOX_DIR) if n.startswith("jobs-")])
    st["telemetry"] = telemetry
    write_text(os.path.join(HERE, "README.md"),
               readme(clusters, allocs, defects, st, n_files, n_lines))

    total = 0
    for root, _, names in os.walk(HERE):
        if "__pycache__" in root:
            continue
        total += sum(os.path.getsize(os.path.join(root, n)) for n in names)
    print("sample-data written: %d job files, %d job lines, %d reference files, total %.2f MiB"
          % (n_files, n_lines, len(os.listdir(REF_DIR)), total / 2 ** 20))
    print("missing file: inbox/%s" % file_name(*MISSING_FILE))
    print("telemetry %s %s: %s" % (TELEMETRY_CLUSTER, TELEMETRY_DAY, telemetry))
    print("self-use %s: %.1f GPU-h over 11-01..11-25" % (SELF_USE_ACCOUNT, st["self_use"]))
    for cid, cap, used in st["clusters"]:
        print("  %-14s capacity %9.0f GPU-h, used %9.1f GPU-h (%.1f %%)" % (cid, cap, used, 100 * used / cap))
    for cid, rows in st["over_alloc"].items():
        print("  over-allocated: %s on %d days (%s..%s)" % (cid, len(rows), rows[0][0], rows[-1][0]))
    print("  over-use days: %s" % st["over_use"])
    print("  reclaim candidates on %s: %s" % (LAST_DAY, [(r[0], round(100 * r[3] / r[2], 1), r[4])
                                                        for r in st["reclaim"]]))
    print("defects (file:line):")
    for name, items in sorted(defects.items()):
        for no, kind in items:
            print("  inbox/%s:%d  %s" % (name, no, kind))
    assert total < 3 * 2 ** 20, "sample data too large"
    print("self-check OK")


if __name__ == "__main__":
    sys.exit(main())
