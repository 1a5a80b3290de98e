package dev.newsgraph.project;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;

/**
 * Fuseki, embedded, serving the TDB2 copy read-only at {@code http://localhost:<port>/kg/sparql}
 * (SPARQL 1.1 Protocol; updates and Graph Store writes are refused). Bound to localhost unless
 * configured otherwise. Fuseki's query UI is on; its admin module is left out because it lets anyone
 * who reaches the port create writable datasets.
 */
public final class SparqlEndpoint implements AutoCloseable {

    private final FusekiServer server;

    private SparqlEndpoint(FusekiServer server) {
        this.server = server;
    }

    public static SparqlEndpoint start(Dataset dataset, int port, boolean localhostOnly, long timeoutMillis) {
        // A query running longer than this is cancelled and answered as such.
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        FusekiServer server = FusekiServer.create()
            .port(port)
            .loopback(localhostOnly)
            // The query UI's files (jena-fuseki-ui); its module expects the admin module, so it is set up here.
            .staticFileBase(uiFiles())
            .addServlet("/$/validate/query", new QueryValidator())
            .addServlet("/$/datasets/*", new ReadOnlyDatasetList("kg"))
            .addServlet("/$/server", new ReadOnlyDatasetList("kg"))
            .enablePing(true)
            .enableStats(true)
            .add("/kg", dataset, false)
            .build()
            .start();
        return new SparqlEndpoint(server);
    }

    private static String uiFiles() {
        java.net.URL ui = SparqlEndpoint.class.getClassLoader().getResource("webapp/index.html");
        if (ui == null) throw new IllegalStateException("jena-fuseki-ui is not on the classpath");
        String s = ui.toString();
        return s.substring(0, s.length() - "index.html".length());
    }

    public int port() {
        return server.getHttpPort();
    }

    public String queryUrl() {
        return "http://localhost:" + port() + "/kg/sparql";
    }

    @Override
    public void close() {
        server.stop();
    }
}
