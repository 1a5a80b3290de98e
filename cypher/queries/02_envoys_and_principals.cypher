// Envoys and their principals, drawn as a graph (run it, then switch between Graph and Table).
MATCH path = (envoy:Person)-[r:ENVOY_OF]->(principal)
RETURN path;
