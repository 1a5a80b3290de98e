package dev.newsgraph.ontology;

/**
 * One of the ontology's object properties.
 *
 * @param name      the ontology's local name (negotiatorOf): used in RDF, JSON and the API
 * @param neo4jType the Neo4j relationship type (NEGOTIATOR_OF)
 * @param domain    class local name of the subject
 * @param range     class local name of the object
 */
public record Relation(String name, String neo4jType, String label, String comment, String domain, String range,
                       boolean symmetric) {

    /** negotiatorOf -> NEGOTIATOR_OF. */
    public static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
