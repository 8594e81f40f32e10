-- The call graph (issue 5), derived from the facts and rebuilt per file: nodes are the functions
-- of a file (and its module-level code), edges the resolved call sites of a caller file.
-- Nodes and edges go with their file (ON DELETE CASCADE); call_graph_files remembers which
-- version of each file the graph was built from, so an update knows what changed or vanished.

CREATE TABLE call_graph_nodes (
  id              TEXT    PRIMARY KEY,   -- stable: path#qualifiedName, @n from the 2nd namesake on
  file_id         INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  name            TEXT    NOT NULL,
  qualified_name  TEXT    NOT NULL,
  class_name      TEXT,
  start_line      INTEGER NOT NULL,
  end_line        INTEGER NOT NULL,
  is_exported     INTEGER NOT NULL,
  entry_point     TEXT                   -- EntryPointKind, NULL when not an entry point
) STRICT, WITHOUT ROWID;
CREATE INDEX call_graph_nodes_by_file ON call_graph_nodes (file_id);
CREATE INDEX call_graph_nodes_by_name ON call_graph_nodes (name);
CREATE INDEX call_graph_entry_points ON call_graph_nodes (entry_point, id)
  WHERE entry_point IS NOT NULL;

CREATE TABLE call_graph_edges (
  id              INTEGER PRIMARY KEY,
  file_id         INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,   -- the call site's file
  caller          TEXT    NOT NULL,
  callee          TEXT    NOT NULL,
  line            INTEGER NOT NULL,
  column          INTEGER NOT NULL,
  kind            TEXT    NOT NULL,      -- ResolutionKind
  confidence      REAL    NOT NULL
) STRICT;
CREATE INDEX call_graph_edges_by_caller ON call_graph_edges (caller);
CREATE INDEX call_graph_edges_by_callee ON call_graph_edges (callee);
CREATE INDEX call_graph_edges_by_file ON call_graph_edges (file_id);

CREATE TABLE call_graph_files (
  path            TEXT    PRIMARY KEY,   -- no foreign key: a removed file's row says it was there
  scanned_at      INTEGER NOT NULL,      -- files.last_scanned_at when its edges were resolved
  calls           INTEGER NOT NULL,      -- call sites
  unresolved      INTEGER NOT NULL,      -- ambiguous among project functions
  external        INTEGER NOT NULL       -- no project candidate (library, runtime)
) STRICT, WITHOUT ROWID;
