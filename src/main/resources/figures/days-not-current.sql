-- Of the days asked for, those not stored yet or lagging.
SELECT d::date AS day
FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') d
WHERE NOT EXISTS (SELECT 1 FROM day_computed c
                  WHERE c.day = d::date
                    AND c.reference_sha256 = (SELECT sha256 FROM reference_state WHERE id = 1))
   OR EXISTS (SELECT 1 FROM dirty_day x WHERE x.day = d::date)
ORDER BY 1;
