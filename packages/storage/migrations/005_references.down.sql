DROP INDEX call_graph_edges_registrations;
ALTER TABLE call_graph_nodes DROP COLUMN declared_entry_point;
ALTER TABLE call_graph_edges DROP COLUMN registers;
ALTER TABLE call_graph_edges DROP COLUMN reference;
DROP TABLE variable_types;
DROP TABLE function_references;
