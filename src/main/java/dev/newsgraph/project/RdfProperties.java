package dev.newsgraph.project;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code newsgraph.rdf.*}: the linked-data view.
 *
 * @param base          base of all IRIs (default http://localhost:8080/): entities are {base}resource/{id}
 * @param sparqlPort    Fuseki's port (default 3030; 0 = any free port)
 * @param sparqlTimeout queries running longer are cancelled (default 30 s)
 * @param sparqlLocalhostOnly bind Fuseki to localhost only (default true)
 */
@ConfigurationProperties("newsgraph.rdf")
public record RdfProperties(String base, Integer sparqlPort, Duration sparqlTimeout, Boolean sparqlLocalhostOnly) {
    public RdfProperties {
        if (base == null || base.isBlank()) base = "http://localhost:8080/";
        if (sparqlPort == null) sparqlPort = 3030;
        if (sparqlTimeout == null) sparqlTimeout = Duration.ofSeconds(30);
        if (sparqlLocalhostOnly == null) sparqlLocalhostOnly = true;
    }
}
