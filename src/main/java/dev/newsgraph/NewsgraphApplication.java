package dev.newsgraph;

import dev.newsgraph.annotate.NlpReadiness;
import dev.newsgraph.cli.Cli;
import dev.newsgraph.serve.api.ApiProperties;
import dev.newsgraph.store.GraphStore;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Spring wiring for {@code serve} and {@code ingest}; {@link Cli} decides which runs. */
@SpringBootApplication
@EnableConfigurationProperties({NewsgraphProperties.class, ApiProperties.class, dev.newsgraph.project.RdfProperties.class})
public class NewsgraphApplication {

    public static void main(String[] args) {
        int exit = Cli.run(args);
        if (exit != Cli.KEEP_RUNNING) System.exit(exit);
    }

    /** Named "nlp": its health shows as the "nlp" component of /actuator/health. */
    @Bean("nlp")
    NlpReadiness nlp() {
        return new NlpReadiness(ExtractionPipeline::shared);
    }

    @Bean
    Ingestion ingestion(NlpReadiness nlp, GraphStore store, io.micrometer.core.instrument.MeterRegistry metrics,
                        java.util.List<dev.newsgraph.store.DocumentListener> listeners,
                        @org.springframework.beans.factory.annotation.Value("${newsgraph.extract.min-confidence:0}") double minConfidence) {
        return new Ingestion(nlp, store, metrics, listeners, minConfidence);
    }
}
