-- The reference tables are replaced as a whole: the newest content of the files wins.
DELETE FROM operator_self_use_account;
DELETE FROM operator;
DELETE FROM cluster_period;
DELETE FROM institution;
DELETE FROM allocation;
DELETE FROM rate;
DELETE FROM recipient;
DELETE FROM reference_reject;
DELETE FROM reference_file;
