-- Dispatch edges of the call graph: a method to each method overriding or implementing it in a
-- subclass (class hierarchy analysis), owned by the overriding method's file. Graphs built
-- before them are rebuilt in full by the next update (call graph format 3).
ALTER TABLE call_graph_edges ADD COLUMN dispatch INTEGER NOT NULL DEFAULT 0;   -- 1: caller is overridden by callee
