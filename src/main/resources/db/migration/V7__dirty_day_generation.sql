-- A day marked for recomputation carries one row per mark, each with its own generation
-- number. A compute reads the marks of its day first and deletes exactly those at its end
-- (compare-and-delete): a merge that commits while the day is being computed leaves its own
-- mark, so the day is computed again instead of being taken for current. Merges keep
-- inserting (day) as before; with no unique day there is never a conflict to skip.
ALTER TABLE dirty_day DROP CONSTRAINT dirty_day_pkey;
ALTER TABLE dirty_day ADD COLUMN generation bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
CREATE INDEX dirty_day_day ON dirty_day (day);
