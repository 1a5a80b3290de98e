package dev.newsgraph.cli;

import dev.newsgraph.NewsgraphApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * {@code java -jar newsgraph.jar [extract|ingest|serve] ...}: one jar, three jobs. {@code serve} is
 * the default.
 */
public final class Cli {

    /** Returned by {@link #run} when the server keeps running after main returns. */
    public static final int KEEP_RUNNING = -1;

    static final String USAGE = """
        usage: java -jar newsgraph.jar <command> [options]

          serve                      start the graph (embedded Neo4j unless NEWSGRAPH_NEO4J_URI), Neo4j Browser
                                     at /browser/ and the API; ingests seeds/ into an empty graph (default)
          ingest PATH...             ingest .txt files or folders of them into the graph
          extract [--format jsonl] [--threads N] PATH...
                                     print entities and facts as JSON Lines; needs no database
          export --format F [--out FILE]
                                     the graph as RDF: turtle, ntriples, nquads, trig, jsonld or rdfxml
          validate                   check the RDF projection against ontology/shapes.ttl (SHACL)
          merges [--entity ID] [--document ID]
                                     cross-document merges: which mention of which document joined which entity
          merges undo MERGE_ID       undo one (the document is stored again without it, and it stays undone)
          eval --articles DIR --gold DIR [--show-errors]
                                     precision, recall and F1 of the extraction against gold facts
          help                       this text

        Spring options may follow, e.g. --newsgraph.data-dir=/var/lib/newsgraph --server.port=9090
        """;

    private Cli() {
    }

    public static int run(String[] args) {
        String command = args.length == 0 || args[0].startsWith("--") ? "serve" : args[0];
        String[] rest = args.length == 0 || args[0].startsWith("--") ? args : Arrays.copyOfRange(args, 1, args.length);
        return switch (command) {
            case "serve" -> ServeCommand.run(rest);
            case "ingest" -> IngestCommand.run(rest, System.err);
            case "extract" -> ExtractCommand.run(rest, System.out, System.err);
            case "export" -> RdfCommands.export(rest, System.out, System.err);
            case "eval" -> EvalCommand.run(rest, System.out, System.err, dev.newsgraph.ExtractionPipeline::shared);
            case "validate" -> RdfCommands.validate(rest, System.out, System.err);
            case "merges" -> MergesCommand.run(rest, System.out, System.err);
            case "help", "-h", "--help" -> {
                System.out.print(USAGE);
                yield 0;
            }
            default -> {
                System.err.println("newsgraph: unknown command '" + command + "'");
                System.err.print(USAGE);
                yield 2;
            }
        };
    }

    /** Arguments that are not Spring options (--x=y) are paths. */
    static List<String> paths(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
    }

    static void fail(PrintStream err, String message) {
        err.println("newsgraph: " + message);
    }

    /** The application without its web server, for commands that need the graph (ingest, export, merges). */
    static ConfigurableApplicationContext offlineContext(List<String> springArgs) {
        return new SpringApplicationBuilder(NewsgraphApplication.class).web(WebApplicationType.NONE)
            .run(springArgs.toArray(String[]::new));
    }
}
