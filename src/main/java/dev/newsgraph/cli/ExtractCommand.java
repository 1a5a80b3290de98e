package dev.newsgraph.cli;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.ingest.BadInputException;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.resolve.OfficeHolders;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code extract --format jsonl [--threads N] PATH...}: JSON Lines on stdout, in input order, once all are read (they
 * are resolved together, see OfficeHolders); bad files are reported on stderr and skipped; a summary with throughput closes the run.
 */
final class ExtractCommand {

    private ExtractCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, ExtractionPipeline::shared);
    }

    static int run(String[] args, PrintStream out, PrintStream err, java.util.function.Supplier<ExtractionPipeline> pipelines) {
        String format = "jsonl";
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format" -> format = i + 1 < args.length ? args[++i] : "";
                case "--threads" -> {
                    String n = i + 1 < args.length ? args[++i] : "";
                    if (!n.matches("[1-9][0-9]?")) {
                        Cli.fail(err, "--threads takes a number from 1 to 99, not '" + n + "'");
                        return 2;
                    }
                    threads = Integer.parseInt(n);
                }
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (!format.equals("jsonl")) {
            Cli.fail(err, "unknown format '" + format + "' (known: jsonl)");
            return 2;
        }
        if (inputs.isEmpty()) {
            Cli.fail(err, "extract needs at least one file or folder");
            return 2;
        }
        List<Path> files = DocumentReader.expand(inputs);
        ExtractionPipeline pipeline = pipelines.get();
        long started = System.nanoTime();
        int failed = 0;
        long documents = 0;
        long tokens = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            // A bounded window of work in flight, kept in input order.
            Deque<CompletableFuture<Object>> window = new ArrayDeque<>();
            List<Extraction> extracted = new ArrayList<>();
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < threads * 2) {
                    Path file = files.get(next++);
                    window.add(CompletableFuture.supplyAsync(() -> extract(pipeline, file), pool));
                }
                Object result = window.removeFirst().join();
                if (result instanceof Extraction x) {
                    extracted.add(x);
                    documents++;
                    tokens += x.tokens();
                } else {
                    Cli.fail(err, String.valueOf(result));
                    failed++;
                }
            }
            // the documents are read together: what one leaves open (an office's holder, a title's owner) is filled from the others
            OfficeHolders.fill(extracted, Ontology.get()).forEach(x -> JsonLines.of(x).forEach(out::println));
        } finally {
            pool.shutdown();
        }
        out.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("extracted %d documents (%d tokens) in %.1f s with %d threads: %.2f documents/s, %.0f tokens/s; %d failed%n",
            documents, tokens, seconds, threads, documents / seconds, tokens / seconds, failed);
        return failed == 0 ? 0 : 1;
    }

    /** The extraction, or the message saying why this file could not be read. */
    private static Object extract(ExtractionPipeline pipeline, Path file) {
        try {
            return pipeline.process(DocumentReader.read(file));
        } catch (BadInputException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return file + ": extraction failed: " + e;
        }
    }
}
