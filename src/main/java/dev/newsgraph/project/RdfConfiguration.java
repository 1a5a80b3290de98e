package dev.newsgraph.project;

import dev.newsgraph.NewsgraphProperties;
import dev.newsgraph.store.DocumentListener;
import org.apache.jena.system.Txn;
import org.neo4j.driver.Driver;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The RDF side: projection, TDB2 copy kept in step with Neo4j, exports, SHACL, and (when serving) Fuseki. */
@Configuration(proxyBeanMethods = false)
public class RdfConfiguration {

    @Bean
    RdfProjection rdfProjection(Driver driver, NewsgraphProperties props, RdfProperties rdf) {
        return new RdfProjection(driver, props.neo4j().database(), new Iris(rdf.base()));
    }

    /** Opened after the graph store (the schema is in place), then brought in line with Neo4j. */
    @Bean(destroyMethod = "close")
    RdfMirror rdfMirror(RdfProjection projection, NewsgraphProperties props, dev.newsgraph.store.GraphStore store) {
        RdfMirror mirror = RdfMirror.open(props.dataDir().resolve("tdb2"), projection);
        mirror.catchUp();
        return mirror;
    }

    @Bean
    DocumentListener rdfFollowsNeo4j(RdfMirror mirror) {
        return new DocumentListener() {
            @Override
            public void stored(String documentId) {
                mirror.sync(documentId);
            }

            @Override
            public void deleted(String documentId) {
                mirror.remove(documentId);
            }
        };
    }

    @Bean
    RdfExport rdfExport(RdfProjection projection) {
        return new RdfExport(projection);
    }

    @Bean
    ShaclValidation shaclValidation(RdfProjection projection) {
        return new ShaclValidation(projection);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnWebApplication
    SparqlEndpoint sparqlEndpoint(RdfMirror mirror, RdfProperties rdf) {
        return SparqlEndpoint.start(mirror.dataset(), rdf.sparqlPort(), rdf.sparqlLocalhostOnly(), rdf.sparqlTimeout().toMillis());
    }

    /** "sparql" in /actuator/health: the RDF store answers and holds as many documents as Neo4j. */
    @Bean("sparql")
    @ConditionalOnWebApplication
    HealthIndicator sparqlHealth(RdfMirror mirror, RdfProjection projection, SparqlEndpoint endpoint) {
        return () -> {
            try {
                int inRdf = Txn.calculateRead(mirror.dataset(), () -> mirror.documentIds().size());
                return Health.up().withDetail("endpoint", endpoint.queryUrl()).withDetail("documentGraphs", inRdf).build();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        };
    }
}
