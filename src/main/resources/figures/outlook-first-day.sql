-- The first day an outlook on :d needs stored: the earliest start_date of the allocations
-- active on d (used_to_date sums their whole term up to d); null when none is active.
SELECT min(start_date) FROM allocation WHERE CAST(:d AS date) BETWEEN start_date AND end_date;
