package dev.newsgraph.tools;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.annotate.NlpPipeline;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.ontology.Ontology;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Benchmark: tokens per second of each annotator set, and of the whole extraction (annotate + rules +
 * resolve), on 1 and 2 threads, over the .txt files of a folder. Prints a Markdown table.
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.newsgraph.tools.AnnotatorSpeed -Dexec.args="../shared/corpus/bbc/politics 60"}
 */
public final class AnnotatorSpeed {

    private static final String[] SETS = {
        "tokenize,ssplit,pos,lemma,ner",
        "tokenize,ssplit,pos,lemma,ner,depparse",
        "tokenize,ssplit,pos,lemma,ner,depparse,coref",
        NlpPipeline.ANNOTATORS,
    };

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/corpus/bbc/politics");
        int max = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(max).toList()) {
                texts.add(DocumentReader.read(f).text());
            }
        }
        System.out.printf("%d documents from %s%n%n", texts.size(), dir);
        System.out.println("| annotators | load s | tokens | 1 thread tok/s | 2 threads tok/s |");
        System.out.println("|---|---|---|---|---|");
        for (String set : SETS) {
            Properties props = NlpPipeline.properties();
            props.setProperty("annotators", set);
            long t0 = System.nanoTime();
            StanfordCoreNLP nlp = new StanfordCoreNLP(props);
            double load = seconds(t0);
            annotate(nlp, texts, 2);   // warm-up: the first pass is slower while the JIT compiles
            long[] one = annotate(nlp, texts, 1);
            long[] two = annotate(nlp, texts, 2);
            System.out.printf("| %s | %.1f | %d | %.0f | %.0f |%n", set, load, one[0], rate(one), rate(two));
        }
        ExtractionPipeline full = new ExtractionPipeline(NlpPipeline.shared(), Ontology.get());
        extract(full, texts, 2);   // warm-up
        long[] one = extract(full, texts, 1);
        long[] two = extract(full, texts, 2);
        System.out.printf("| whole extraction (annotate + rules + resolve) | - | %d | %.0f | %.0f |%n",
            one[0], rate(one), rate(two));
        System.gc();
        System.out.printf("%nheap in use after a GC: %d MB%n", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20);
    }

    /** {tokens, nanoseconds}: each document annotated whole on one of {@code threads} threads. */
    private static long[] annotate(StanfordCoreNLP nlp, List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>();
        for (String t : texts) {
            futures.add(pool.submit(() -> {
                Annotation a = new Annotation(t);
                nlp.annotate(a);
                return a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
            }));
        }
        long tokens = 0;
        for (Future<Integer> f : futures) tokens += f.get();
        pool.shutdown();
        return new long[] {tokens, System.nanoTime() - t0};
    }

    private static long[] extract(ExtractionPipeline pipeline, List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<Integer>> futures = new ArrayList<>();
        for (String t : texts) {
            SourceDocument d = DocumentReader.fromBytes(t.getBytes(java.nio.charset.StandardCharsets.UTF_8), "b", "bench");
            futures.add(pool.submit(() -> pipeline.process(d).tokens()));
        }
        long tokens = 0;
        for (Future<Integer> f : futures) tokens += f.get();
        pool.shutdown();
        return new long[] {tokens, System.nanoTime() - t0};
    }

    private static double rate(long[] tokensAndNanos) {
        return tokensAndNanos[0] / (tokensAndNanos[1] / 1e9);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
