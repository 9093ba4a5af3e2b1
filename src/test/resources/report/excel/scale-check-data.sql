-- A synthetic month (2026-11) of a 10,000-GPU program for WorkbookScaleCheck, written
-- straight into the reference and daily_* tables: 4 operators, 20 clusters of 500 GPUs,
-- 800 institutions with Korean names, 2,500 allocations of 3 GPUs for the whole month,
-- pseudo-random use (some over use; every tenth allocation nearly idle: reclaim candidates), a few hundred missing cluster-days, 2,000 rejects.
INSERT INTO operator (operator_id, operator_name)
SELECT 'op-' || o, '가상운영사 ' || o || '(주)' FROM generate_series(1, 4) o;

INSERT INTO cluster_period (cluster_id, operator_id, gpu_model, gpu_count, in_service_from, in_service_to, time_zone)
SELECT 'cl-' || lpad(c::text, 2, '0'), 'op-' || (1 + c % 4), (ARRAY['H100', 'H200', 'B200'])[1 + c % 3], 500,
       DATE '2026-01-01', NULL, 'Asia/Seoul'
FROM generate_series(1, 20) c;

INSERT INTO rate (gpu_model, krw_per_gpu_hour, valid_from)
VALUES ('H100', 2800, DATE '2026-01-01'), ('H100', 2500, DATE '2026-11-15'), ('H200', 3500, DATE '2026-01-01'),
       ('B200', 5200, DATE '2026-01-01');

INSERT INTO institution (institution_id, institution_name, sector, region)
SELECT 'I-' || lpad(i::text, 4, '0'),
       (ARRAY['한빛', '새벽', '가온', '누리', '다온'])[1 + i % 5] || (ARRAY['대학교 인공지능연구소', '(주)딥러닝', '국가연구원 계산과학센터', '시청 데이터정책과'])[1 + i % 4] || ' ' || i,
       (ARRAY['ACADEMIA', 'INDUSTRY', 'RESEARCH', 'PUBLIC'])[1 + i % 4], '서울'
FROM generate_series(1, 800) i;

INSERT INTO allocation (allocation_id, institution_id, project_title, cluster_id, gpu_count, start_date, end_date)
SELECT 'A-' || lpad(a::text, 5, '0'), 'I-' || lpad((1 + a % 800)::text, 4, '0'), '과제 ' || a,
       'cl-' || lpad((1 + a % 20)::text, 2, '0'), 3, DATE '2026-10-01', DATE '2027-03-31'
FROM generate_series(1, 2500) a;

INSERT INTO daily_allocation (day, allocation_id, institution_id, cluster_id, allocated_gs, used_gs,
                              allocated_idle_gs, over_use_gs, active_idle_gs, util_samples, util_sum, krw_per_gpu_hour)
SELECT d.day, a.allocation_id, a.institution_id, a.cluster_id, a.gpu_count * 86400, u.used_gs,
       GREATEST(0, a.gpu_count * 86400 - u.used_gs), GREATEST(0, u.used_gs - a.gpu_count * 86400),
       u.used_gs / 10, u.used_gs / 60, u.used_gs / 60 * 55,
       CASE cp.gpu_model WHEN 'H100' THEN (CASE WHEN d.day >= DATE '2026-11-15' THEN 2500 ELSE 2800 END)
                         WHEN 'H200' THEN 3500 ELSE 5200 END
FROM allocation a
JOIN cluster_period cp ON cp.cluster_id = a.cluster_id
CROSS JOIN (SELECT g::date AS day FROM generate_series(DATE '2026-11-01', DATE '2026-11-30', interval '1 day') g) d
CROSS JOIN LATERAL (SELECT (a.gpu_count * 86400 * ((hashtext(a.allocation_id || d.day::text) & 1023) / 1000.0)
                            * CASE WHEN right(a.allocation_id, 1) = '0' THEN 0.05 ELSE 1 END)::bigint + 7 AS used_gs) u;

INSERT INTO daily_cluster (day, cluster_id, capacity_gs, allocated_gs, used_gs, unattributed_gs, unallocated_gs,
                           over_allocated_gs, allocated_idle_gs, idle_gs, active_idle_gs, util_samples, util_sum,
                           krw_per_gpu_hour)
SELECT da.day, da.cluster_id, 500 * 86400, sum(da.allocated_gs), sum(da.used_gs) + 3600, 3600,
       GREATEST(0, 500 * 86400 - sum(da.allocated_gs)), GREATEST(0, sum(da.allocated_gs) - 500 * 86400),
       sum(da.allocated_idle_gs), GREATEST(0, 500 * 86400 - sum(da.used_gs) - 3600), sum(da.active_idle_gs),
       sum(da.util_samples), sum(da.util_sum), max(da.krw_per_gpu_hour)
FROM daily_allocation da
GROUP BY da.day, da.cluster_id;

INSERT INTO inbox_file (file_name, kind, cluster_id, file_date, size_bytes, sha256, status)
SELECT 'jobs-' || cp.cluster_id || '-' || g::date || '.csv', 'jobs', cp.cluster_id, g::date, 1000,
       md5(cp.cluster_id || g::date), 'INGESTED'
FROM cluster_period cp
CROSS JOIN generate_series(DATE '2026-11-01', DATE '2026-11-30', interval '1 day') g
WHERE (hashtext(cp.cluster_id || g::date) & 7) <> 0;

INSERT INTO input_reject (file_id, file_name, file_date, line_no, reason, content)
SELECT NULL, 'jobs-cl-01-2026-11-' || lpad((1 + r % 30)::text, 2, '0') || '.csv',
       DATE '2026-11-01' + (r % 30), r, 'more GPUs than the cluster has (999 > 500)',
       r || '|cl-01|A-00001|kim|2026-11-05T01:00:00|2026-11-05T02:00:00|COMPLETED|gres/gpu=999'
FROM generate_series(1, 2000) r;
