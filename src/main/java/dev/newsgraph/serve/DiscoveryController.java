package dev.newsgraph.serve;

import dev.newsgraph.store.Neo4jEndpoint;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

import java.util.Map;

/**
 * The root: a person is sent to the Browser; Neo4j Browser itself asks the root for JSON to learn
 * where Bolt is (the discovery document a Neo4j server would serve).
 */
@RestController
class DiscoveryController {

    private final Neo4jEndpoint endpoint;

    DiscoveryController(Neo4jEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @GetMapping(value = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> discovery() {
        return Map.of("bolt_direct", endpoint.uri(), "bolt_routing", endpoint.uri().replace("bolt://", "neo4j://"),
            "neo4j_edition", "community", "neo4j_version", org.neo4j.kernel.internal.Version.getNeo4jVersion());
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    RedirectView home() {
        return new RedirectView("/browser/");
    }
}
