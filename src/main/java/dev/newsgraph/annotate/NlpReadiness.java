package dev.newsgraph.annotate;

import dev.newsgraph.ExtractionPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Loads the extraction pipeline (CoreNLP models: 15-25 s) in the background so the server answers
 * at once; health reports the NLP component DOWN until the models are in.
 */
public final class NlpReadiness implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(NlpReadiness.class);
    private final CompletableFuture<ExtractionPipeline> pipeline;
    private final long started = System.nanoTime();

    public NlpReadiness(Supplier<ExtractionPipeline> loader) {
        this.pipeline = CompletableFuture.supplyAsync(() -> {
            ExtractionPipeline p = loader.get();
            log.info("NLP pipeline ready in {} s", String.format("%.1f", (System.nanoTime() - started) / 1e9));
            return p;
        }, r -> {
            Thread t = new Thread(r, "nlp-loader");
            t.setDaemon(true);
            t.start();
        });
    }

    /** The pipeline, waiting for it if it is still loading. */
    public ExtractionPipeline pipeline() {
        return pipeline.join();
    }

    public CompletableFuture<ExtractionPipeline> whenReady() {
        return pipeline;
    }

    @Override
    public Health health() {
        if (pipeline.isCompletedExceptionally()) {
            return Health.down().withDetail("error", pipeline.handle((p, e) -> String.valueOf(e)).join()).build();
        }
        return pipeline.isDone()
            ? Health.up().withDetail("annotators", NlpPipeline.ANNOTATORS).build()
            : Health.down().withDetail("status", "loading CoreNLP models").build();
    }
}
