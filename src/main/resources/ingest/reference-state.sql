INSERT INTO reference_state (id, sha256, loaded_at) VALUES (1, :sha256, now())
ON CONFLICT (id) DO UPDATE SET sha256 = EXCLUDED.sha256, loaded_at = EXCLUDED.loaded_at;
