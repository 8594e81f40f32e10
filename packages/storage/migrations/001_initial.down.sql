DROP TABLE meta;
DROP TABLE file_removals;
DROP TABLE scan_errors;
DROP TABLE scan_history;
DROP TABLE files;
