package dev.newsgraph.tools;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * For analysts without cypher-shell: runs one read query against a running Newsgraph (Bolt) and prints
 * the rows. {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsgraph.tools.RunCypher
 * -Dexec.args="bolt://localhost:7687 'MATCH (n) RETURN count(n)'"}
 */
public final class RunCypher {
    public static void main(String[] args) {
        try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.none()); Session session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(args[1]).forEachRemaining(r -> System.out.println(r.asMap()));
                return null;
            });
        }
    }
}
