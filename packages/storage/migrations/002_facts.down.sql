DROP TABLE string_literals;
DROP TABLE calls;
DROP TABLE exports;
DROP TABLE imports;
DROP TABLE classes;
DROP TABLE functions;
ALTER TABLE files DROP COLUMN package;
ALTER TABLE files DROP COLUMN parse_errors;
