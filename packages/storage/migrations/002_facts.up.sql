-- Per-file facts extracted by the parsers. Every row belongs to a file and is replaced when the
-- file changes (delete by file_id, insert) and removed with it (ON DELETE CASCADE).
-- Nested lists (parameters, decorators, names …) are JSON arrays.

ALTER TABLE files ADD COLUMN parse_errors INTEGER;   -- recovered syntax errors; NULL when not parsed
ALTER TABLE files ADD COLUMN package TEXT;           -- package / namespace declaration

CREATE TABLE functions (
  id                 INTEGER PRIMARY KEY,
  file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  name               TEXT    NOT NULL,
  qualified_name     TEXT    NOT NULL,
  kind               TEXT    NOT NULL,
  class_name         TEXT,
  parameters         TEXT    NOT NULL,   -- JSON [{name, type, defaultValue, rest}]
  return_type        TEXT,
  is_async           INTEGER NOT NULL,
  is_generator       INTEGER NOT NULL,
  is_exported        INTEGER NOT NULL,
  is_static          INTEGER NOT NULL,
  visibility         TEXT,
  decorators         TEXT    NOT NULL,   -- JSON [{name, arguments}]
  doc_comment        TEXT,
  start_line         INTEGER NOT NULL,
  start_column       INTEGER NOT NULL,
  end_line           INTEGER NOT NULL,
  end_column         INTEGER NOT NULL,
  body_lines         INTEGER NOT NULL
) STRICT;
CREATE INDEX functions_by_file ON functions (file_id);

CREATE TABLE classes (
  id                 INTEGER PRIMARY KEY,
  file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  name               TEXT    NOT NULL,
  qualified_name     TEXT    NOT NULL,
  kind               TEXT    NOT NULL,
  extends            TEXT    NOT NULL,   -- JSON [string]
  implements         TEXT    NOT NULL,   -- JSON [string]
  methods            TEXT    NOT NULL,   -- JSON [string]
  properties         TEXT    NOT NULL,   -- JSON [{name, type, visibility, isStatic, isReadonly, line}]
  decorators         TEXT    NOT NULL,   -- JSON [{name, arguments}]
  is_exported        INTEGER NOT NULL,
  is_abstract        INTEGER NOT NULL,
  visibility         TEXT,
  doc_comment        TEXT,
  start_line         INTEGER NOT NULL,
  start_column       INTEGER NOT NULL,
  end_line           INTEGER NOT NULL,
  end_column         INTEGER NOT NULL
) STRICT;
CREATE INDEX classes_by_file ON classes (file_id);

CREATE TABLE imports (
  id                 INTEGER PRIMARY KEY,
  file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  module             TEXT    NOT NULL,
  kind               TEXT    NOT NULL,
  names              TEXT    NOT NULL,   -- JSON [{name, alias}]
  default_name       TEXT,
  namespace_name     TEXT,
  type_only          INTEGER NOT NULL,
  side_effect        INTEGER NOT NULL,
  line               INTEGER NOT NULL,
  column             INTEGER NOT NULL
) STRICT;
CREATE INDEX imports_by_file ON imports (file_id);

CREATE TABLE exports (
  id                 INTEGER PRIMARY KEY,
  file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  name               TEXT    NOT NULL,
  alias              TEXT,
  kind               TEXT    NOT NULL,
  module             TEXT,
  type_only          INTEGER NOT NULL,
  line               INTEGER NOT NULL
) STRICT;
CREATE INDEX exports_by_file ON exports (file_id);

CREATE TABLE calls (
  id                 INTEGER PRIMARY KEY,
  file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  callee             TEXT    NOT NULL,
  receiver           TEXT,
  argument_count     INTEGER NOT NULL,
  enclosing_function TEXT,
  is_constructor     INTEGER NOT NULL,
  line               INTEGER NOT NULL,
  column             INTEGER NOT NULL
) STRICT;
CREATE INDEX calls_by_file ON calls (file_id);

CREATE TABLE string_literals (
  id                 INTEGER PRIMARY KEY,
  file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  kind               TEXT    NOT NULL,
  value              TEXT    NOT NULL,
  context            TEXT,
  line               INTEGER NOT NULL,
  column             INTEGER NOT NULL
) STRICT;
CREATE INDEX string_literals_by_file ON string_literals (file_id);
