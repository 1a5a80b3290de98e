package dev.newsgraph.cli;

import dev.newsgraph.NewsgraphApplication;
import org.springframework.boot.SpringApplication;

/** {@code serve}: the web server, the graph and Neo4j Browser; runs until stopped. */
final class ServeCommand {

    private ServeCommand() {
    }

    static int run(String[] args) {
        SpringApplication.run(NewsgraphApplication.class, args);
        return Cli.KEEP_RUNNING;
    }
}
