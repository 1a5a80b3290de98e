// Resignations and what preceded them: who resigned, from which position, after which event.
MATCH (p:Person)-[after:RESIGNED_AFTER]->(event:Event)
OPTIONAL MATCH (p)-[:RESIGNED_FROM]->(position:Position)
OPTIONAL MATCH (v:Evidence {factKey: after.key})
RETURN p.name AS person, position.name AS resignedFrom, position.of AS positionOf, event.name AS after,
       collect(DISTINCT v.sentence) AS evidence;
