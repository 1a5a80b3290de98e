// How two entities connect: the shortest path over facts (documents and evidence left out).
//   :param from => 'Steve Witkoff'
//   :param to => 'Jared Kushner'
// @param from Steve Witkoff
// @param to Jared Kushner
MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH path = shortestPath((a)-[*..6]-(b))
WHERE all(r IN relationships(path) WHERE r.relation IS NOT NULL)
RETURN path, [r IN relationships(path) | r.relation] AS relations;
