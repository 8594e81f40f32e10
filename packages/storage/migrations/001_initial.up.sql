-- Files discovered by the scanner. Skipped files are stored only when the reason depends on
-- their content (binary, too_large), so an unchanged skipped file is not read again.
CREATE TABLE files (
  id              INTEGER PRIMARY KEY,
  path            TEXT    NOT NULL UNIQUE,   -- root-relative, '/'-separated
  language        TEXT    NOT NULL,
  size            INTEGER NOT NULL,          -- bytes
  mtime_ms        REAL    NOT NULL,          -- stat mtimeMs
  content_hash    TEXT,                      -- 16 hex digits; NULL when not hashed
  skip_reason     TEXT,                      -- NULL when analysed
  invalid_utf8    INTEGER NOT NULL DEFAULT 0,
  first_seen_at   INTEGER NOT NULL,          -- epoch ms
  changed_at      INTEGER NOT NULL,          -- epoch ms of the last content change
  last_scanned_at INTEGER NOT NULL           -- epoch ms the content was last read
) STRICT;

CREATE TABLE scan_history (
  id              INTEGER PRIMARY KEY,
  root            TEXT    NOT NULL,
  started_at      INTEGER NOT NULL,
  ended_at        INTEGER,
  status          TEXT    NOT NULL
                  CHECK (status IN ('running', 'complete', 'partial', 'failed', 'interrupted')),
  files_total     INTEGER NOT NULL DEFAULT 0,
  files_added     INTEGER NOT NULL DEFAULT 0,
  files_modified  INTEGER NOT NULL DEFAULT 0,
  files_removed   INTEGER NOT NULL DEFAULT 0,
  files_unchanged INTEGER NOT NULL DEFAULT 0,
  files_skipped   INTEGER NOT NULL DEFAULT 0,
  duration_ms     INTEGER,
  error_count     INTEGER NOT NULL DEFAULT 0,
  error_message   TEXT                       -- the fatal error of a failed scan
) STRICT;

CREATE TABLE scan_errors (
  id      INTEGER PRIMARY KEY,
  scan_id INTEGER NOT NULL REFERENCES scan_history (id) ON DELETE CASCADE,
  path    TEXT    NOT NULL,
  code    TEXT    NOT NULL,
  reason  TEXT    NOT NULL
) STRICT;
CREATE INDEX scan_errors_by_scan ON scan_errors (scan_id);

-- Files that left the project. Added and modified files are answered from files.first_seen_at
-- and files.changed_at; only removals need a log, because their rows are gone.
CREATE TABLE file_removals (
  id         INTEGER PRIMARY KEY,
  scan_id    INTEGER NOT NULL REFERENCES scan_history (id) ON DELETE CASCADE,
  path       TEXT    NOT NULL,
  removed_at INTEGER NOT NULL               -- epoch ms
) STRICT;
CREATE INDEX file_removals_by_path ON file_removals (path, removed_at);
CREATE INDEX file_removals_by_scan ON file_removals (scan_id);

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;
