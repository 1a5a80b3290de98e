// Who negotiates for whom: negotiators, the side they negotiate for, and the sentence that says so.
MATCH (p:Person)-[r:NEGOTIATOR_OF]->(side)
OPTIONAL MATCH (v:Evidence {factKey: r.key})
RETURN p.name AS negotiator, side.name AS negotiatesFor, r.confidence AS confidence,
       collect(v.sentence)[0] AS evidence
ORDER BY negotiatesFor, negotiator;
