package dev.newsgraph.store;

import dev.newsgraph.NewsgraphProperties;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.store.read.GraphQueries;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The database endpoint, the driver (the only way the code talks to Neo4j) and the store on top. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    Neo4jEndpoint neo4jEndpoint(NewsgraphProperties props) {
        return Neo4jEndpoint.open(props);
    }

    @Bean(destroyMethod = "close")
    Driver graphDriver(Neo4jEndpoint endpoint, NewsgraphProperties props) {
        NewsgraphProperties.Neo4j cfg = props.neo4j();
        AuthToken auth = cfg.user() == null || cfg.user().isBlank() ? AuthTokens.none() : AuthTokens.basic(cfg.user(), cfg.password());
        Driver driver = GraphDatabase.driver(endpoint.uri(), auth, Config.builder().withLogging(org.neo4j.driver.Logging.slf4j()).build());
        driver.verifyConnectivity();
        return driver;
    }

    @Bean
    GraphQueries graphQueries(Driver driver, NewsgraphProperties props) {
        return new GraphQueries(driver, props.neo4j().database());
    }

    @Bean
    MergeLog mergeLog(Driver driver, NewsgraphProperties props) {
        return new MergeLog(driver, props.neo4j().database());
    }

    @Bean
    GraphStore graphStore(Driver driver, NewsgraphProperties props) {
        GraphStore store = new GraphStore(driver, props.neo4j().database(), Ontology.get());
        store.applySchema();
        return store;
    }
}
