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
    private final CompletableFuture<ExtractionPipeline> pipeline = new CompletableFuture<>();
    private final Supplier<ExtractionPipeline> loader;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    public NlpReadiness(Supplier<ExtractionPipeline> loader) {
        this.loader = loader;
    }

    /** Starts loading in the background (once); commands that never extract (export, validate) never pay for it. */
    public NlpReadiness start() {
        if (started.compareAndSet(false, true)) {
            long t0 = System.nanoTime();
            Thread t = new Thread(() -> {
                try {
                    ExtractionPipeline p = loader.get();
                    log.info("NLP pipeline ready in {} s", String.format("%.1f", (System.nanoTime() - t0) / 1e9));
                    pipeline.complete(p);
                } catch (RuntimeException | Error e) {
                    pipeline.completeExceptionally(e);
                }
            }, "nlp-loader");
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    /** The pipeline, starting to load it if nobody has and waiting for it. */
    public ExtractionPipeline pipeline() {
        return start().pipeline.join();
    }

    public CompletableFuture<ExtractionPipeline> whenReady() {
        return start().pipeline;
    }

    @Override
    public Health health() {
        if (!started.get()) return Health.unknown().withDetail("status", "not loaded (this command does not extract)").build();
        if (pipeline.isCompletedExceptionally()) {
            return Health.down().withDetail("error", pipeline.handle((p, e) -> String.valueOf(e)).join()).build();
        }
        return pipeline.isDone()
            ? Health.up().withDetail("annotators", NlpPipeline.ANNOTATORS).build()
            : Health.down().withDetail("status", "loading CoreNLP models").build();
    }
}
