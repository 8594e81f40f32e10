DROP TABLE call_graph_files;
DROP TABLE call_graph_edges;
DROP TABLE call_graph_nodes;
