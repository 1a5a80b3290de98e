package dev.newsgraph.cli;

import dev.newsgraph.Ingestion;
import dev.newsgraph.ingest.DocumentReader;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code ingest PATH...}: each file in its own transaction; a bad file is reported and the rest go on. */
final class IngestCommand {

    private IngestCommand() {
    }

    static int run(String[] args, PrintStream err) {
        List<Path> files = DocumentReader.expand(Cli.paths(args).stream().map(Path::of).toList());
        if (files.isEmpty()) {
            Cli.fail(err, "ingest needs at least one file or folder");
            return 2;
        }
        List<String> springArgs = java.util.Arrays.stream(args).filter(a -> a.startsWith("--")).toList();
        try (ConfigurableApplicationContext ctx = Cli.offlineContext(springArgs)) {
            return ingestAll(ctx.getBean(Ingestion.class), files, err);
        }
    }

    /**
     * Extracts on all cores (NLP is the slow part), reads the documents together (OfficeHolders), then stores one
     * document at a time, in input order, each in its own transaction.
     */
    static int ingestAll(Ingestion ingestion, List<Path> files, PrintStream err) {
        ProgressBar bar = files.size() > 1 ? new ProgressBar(err, files.size()) : null;
        int stored = 0, present = 0, failed = 0, facts = 0;
        List<String> problems = new java.util.ArrayList<>();
        List<Ingestion.Prepared> prepared = new java.util.ArrayList<>();
        int threads = Runtime.getRuntime().availableProcessors();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        java.util.Deque<java.util.concurrent.Future<Ingestion.Prepared>> window = new java.util.ArrayDeque<>();
        int next = 0;
        while (next < files.size() || !window.isEmpty()) {
            while (next < files.size() && window.size() < threads * 2) {
                Path file = files.get(next++);
                window.add(pool.submit(() -> ingestion.prepare(file)));
            }
            try {
                prepared.add(window.removeFirst().get());
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                pool.shutdownNow();
                throw new IllegalStateException("ingest interrupted", e);
            }
            if (bar != null) bar.step();
        }
        pool.shutdown();
        for (Ingestion.Prepared p : ingestion.together(prepared)) {
            Ingestion.Result r = ingestion.store(p);
            if (r.failed()) {
                failed++;
                problems.add(r.error());
            } else if (r.outcome() == dev.newsgraph.store.GraphStore.Outcome.STORED) {
                stored++;
                facts += r.facts();
            } else {
                present++;
            }
        }
        problems.forEach(p -> Cli.fail(err, p));
        err.printf("ingested %d documents (%d facts), %d already present, %d failed%n", stored, facts, present, failed);
        return failed == 0 ? 0 : 1;
    }
}
