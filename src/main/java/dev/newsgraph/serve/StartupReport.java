package dev.newsgraph.serve;

import dev.newsgraph.Ingestion;
import dev.newsgraph.NewsgraphProperties;
import dev.newsgraph.annotate.NlpReadiness;
import dev.newsgraph.ingest.BadInputException;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.store.GraphStore;
import dev.newsgraph.store.Neo4jEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;

/**
 * On {@code serve}: says where everything is, and once the NLP models are in, fills an empty graph
 * with the seed articles so a first look in the Browser shows something.
 */
@Component
@ConditionalOnWebApplication
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Neo4jEndpoint endpoint;
    private final GraphStore store;
    private final NlpReadiness nlp;
    private final Ingestion ingestion;
    private final NewsgraphProperties props;
    private final dev.newsgraph.project.SparqlEndpoint sparql;

    StartupReport(Neo4jEndpoint endpoint, GraphStore store, NlpReadiness nlp, Ingestion ingestion, NewsgraphProperties props,
                  dev.newsgraph.project.SparqlEndpoint sparql) {
        this.sparql = sparql;
        nlp.start();   // the models load while the rest of the server starts
        this.endpoint = endpoint;
        this.store = store;
        this.nlp = nlp;
        this.ingestion = ingestion;
        this.props = props;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        String web = "http://localhost:" + port;
        log.info("""

              Newsgraph is up ({})
              Neo4j Bolt     {}
              Neo4j Browser  {}/browser/?connectURL={}   (no authentication on the embedded database)
              API            {}/api   (OpenAPI: {}/swagger-ui.html)
              SPARQL         {}   (query UI: http://localhost:{}/)
              Entity pages   {}/entity/
              Health         {}/actuator/health
              Data dir       {}
            """, endpoint.embedded() ? "embedded Neo4j" : "external Neo4j", endpoint.uri(), web, endpoint.uri(), web, web,
            sparql.queryUrl(), sparql.port(), web, web,
            props.dataDir().toAbsolutePath());
        nlp.whenReady().thenRun(this::seedIfEmpty);
    }

    private void seedIfEmpty() {
        try {
            if (store.documentCount() == 0) {
                for (SourceDocument doc : SeedLoader.load(props.seeds())) {
                    Ingestion.Result r = ingestion.ingest(doc);
                    if (r.failed()) log.warn("seed {} not ingested: {}", doc.name(), r.error());
                    else log.info("seeded {}: {} entities, {} facts", doc.name(), r.entities(), r.facts());
                }
            }
            double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
            log.info("Newsgraph ready in {} s (JVM start to NLP loaded and graph seeded)", String.format("%.1f", seconds));
        } catch (BadInputException | RuntimeException e) {
            log.error("seeding failed: {}", e.getMessage(), e);
        }
    }
}
