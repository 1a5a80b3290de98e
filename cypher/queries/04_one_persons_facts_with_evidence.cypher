// One person's facts with their evidence. Set the name first in Browser:
//   :param name => 'Rustem Umerov'
// @param name Rustem Umerov
MATCH (p:Entity {name: $name})-[r]-(other:Entity)
MATCH (v:Evidence {factKey: r.key})-[:EVIDENCE_IN]->(d:Document)
RETURN CASE WHEN startNode(r) = p THEN 'out' ELSE 'in' END AS direction, r.relation AS relation,
       other.name AS other, labels(other) AS otherLabels, r.confidence AS confidence,
       v.sentence AS evidence, v.start AS start, v.end AS end, d.title AS document
ORDER BY relation, other;
