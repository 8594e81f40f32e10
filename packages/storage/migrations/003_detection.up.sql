-- Detection (issue 4, ARCHITECTURE §5). Observations and drift-ignore comments are per-file
-- facts: replaced with the file's other facts and removed with it. Patterns and violations are
-- derived by learning after each scan and replaced whole. Decisions, dismissals and detector
-- states are the user's: they outlive the patterns and violations they name.

CREATE TABLE observations (
  id          INTEGER PRIMARY KEY,
  file_id     INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  detector_id TEXT    NOT NULL,
  variant     TEXT    NOT NULL,
  line        INTEGER NOT NULL,
  column      INTEGER NOT NULL,
  end_line    INTEGER NOT NULL,
  snippet     TEXT    NOT NULL,
  context     TEXT,                      -- JSON object, or NULL
  fingerprint TEXT    NOT NULL           -- 16 hex digits; no line number in it
) STRICT;
CREATE INDEX observations_by_file ON observations (file_id);

CREATE TABLE suppressions (
  id      INTEGER PRIMARY KEY,
  file_id INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  line    INTEGER NOT NULL,
  target  TEXT,                          -- pattern id, detector id or category; NULL = any
  reason  TEXT,
  used    INTEGER NOT NULL DEFAULT 0     -- silenced a violation at the last learning
) STRICT;
CREATE INDEX suppressions_by_file ON suppressions (file_id);

CREATE TABLE patterns (
  id           TEXT    PRIMARY KEY,      -- hash of detector, scope and variant
  detector_id  TEXT    NOT NULL,
  scope        TEXT    NOT NULL,         -- package root or folder; '' = repository
  variant      TEXT    NOT NULL,
  confidence   REAL    NOT NULL,         -- 0-1
  occurrences  INTEGER NOT NULL,
  files        INTEGER NOT NULL,
  total        INTEGER NOT NULL,
  outliers     INTEGER NOT NULL,
  distribution TEXT    NOT NULL,         -- JSON {variant: count}
  first_seen   INTEGER NOT NULL,         -- epoch ms
  last_seen    INTEGER NOT NULL,
  scans_seen   INTEGER NOT NULL
) STRICT;
CREATE INDEX patterns_by_confidence ON patterns (confidence DESC, id);

CREATE TABLE pattern_decisions (
  pattern_id  TEXT    PRIMARY KEY,
  detector_id TEXT    NOT NULL,
  scope       TEXT    NOT NULL,
  variant     TEXT    NOT NULL,
  status      TEXT    NOT NULL CHECK (status IN ('approved', 'ignored', 'merged')),
  merged_into TEXT,                      -- pattern id, for 'merged'
  reason      TEXT,
  decided_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE violations (
  fingerprint TEXT    PRIMARY KEY,
  pattern_id  TEXT    NOT NULL,
  detector_id TEXT    NOT NULL,
  path        TEXT    NOT NULL,
  line        INTEGER NOT NULL,
  column      INTEGER NOT NULL,
  end_line    INTEGER NOT NULL,
  variant     TEXT    NOT NULL,
  snippet     TEXT    NOT NULL,
  message     TEXT    NOT NULL,
  severity    TEXT    NOT NULL CHECK (severity IN ('error', 'warning', 'info', 'hint')),
  enforced    INTEGER NOT NULL,
  first_seen  INTEGER NOT NULL           -- epoch ms
) STRICT;
CREATE INDEX violations_by_path ON violations (path, line, fingerprint);
CREATE INDEX violations_by_pattern ON violations (pattern_id);

CREATE TABLE dismissals (
  fingerprint  TEXT    PRIMARY KEY,
  detector_id  TEXT    NOT NULL,
  pattern_id   TEXT    NOT NULL,
  path         TEXT    NOT NULL,
  reason       TEXT    NOT NULL,
  dismissed_at INTEGER NOT NULL
) STRICT;
CREATE INDEX dismissals_by_detector ON dismissals (detector_id);

CREATE TABLE detector_states (
  detector_id  TEXT    PRIMARY KEY,
  disabled     INTEGER NOT NULL DEFAULT 0,
  reason       TEXT,
  alerted_rate REAL,                     -- dismissal rate last alerted on; NULL = never
  counted_from INTEGER NOT NULL DEFAULT 0, -- epoch ms; dismissals before it no longer count
  updated_at   INTEGER NOT NULL
) STRICT;
