ALTER TABLE call_graph_edges DROP COLUMN dispatch;
