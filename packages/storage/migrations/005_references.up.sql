-- Functions passed as values and typed variables (parser facts), and reference edges in the
-- call graph: a function passed to a call (`app.get('/', handler)`) gets an edge from the
-- function that passes it, marked as a reference, and may become an entry point through it.

CREATE TABLE function_references (
  id                 INTEGER PRIMARY KEY,
  file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  name               TEXT    NOT NULL,
  receiver           TEXT,
  enclosing_function TEXT,
  call               TEXT    NOT NULL,   -- callee of the call it is an argument of
  call_receiver      TEXT,
  line               INTEGER NOT NULL,
  column             INTEGER NOT NULL
) STRICT;
CREATE INDEX function_references_by_file ON function_references (file_id);

CREATE TABLE variable_types (
  id                 INTEGER PRIMARY KEY,
  file_id            INTEGER NOT NULL REFERENCES files (id) ON DELETE CASCADE,
  name               TEXT    NOT NULL,
  type               TEXT    NOT NULL,
  enclosing_function TEXT,
  line               INTEGER NOT NULL
) STRICT;
CREATE INDEX variable_types_by_file ON variable_types (file_id);

ALTER TABLE call_graph_edges ADD COLUMN reference INTEGER NOT NULL DEFAULT 0;   -- 1: passed as a value
ALTER TABLE call_graph_edges ADD COLUMN registers TEXT;   -- EntryPointKind a registration gives the callee
CREATE INDEX call_graph_edges_registrations ON call_graph_edges (callee) WHERE registers IS NOT NULL;

-- entry_point is declared_entry_point (from the function's own file) raised by registrations.
ALTER TABLE call_graph_nodes ADD COLUMN declared_entry_point TEXT;

-- Graphs built before references existed are rebuilt in full by the next update.
DELETE FROM call_graph_edges;
DELETE FROM call_graph_nodes;
DELETE FROM call_graph_files;
