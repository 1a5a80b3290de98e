package dev.newsgraph;

import dev.newsgraph.annotate.NlpReadiness;
import dev.newsgraph.ingest.BadInputException;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.store.GraphStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.nio.file.Path;

/** Article in, graph out: read -> annotate -> extract -> resolve -> store, one transaction per document. */
public final class Ingestion {

    /** What became of one input. */
    public record Result(String source, SourceDocument document, GraphStore.Outcome outcome, int entities, int facts,
                         String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final NlpReadiness nlp;
    private final GraphStore store;
    private final Counter documentsIngested;
    private final Counter factsWritten;
    private final Counter documentsFailed;
    private final Timer latency;

    private final java.util.List<dev.newsgraph.store.DocumentListener> listeners;
    private final double minConfidence;

    public Ingestion(NlpReadiness nlp, GraphStore store, MeterRegistry metrics) {
        this(nlp, store, metrics, java.util.List.of());
    }

    public Ingestion(NlpReadiness nlp, GraphStore store, MeterRegistry metrics,
                     java.util.List<dev.newsgraph.store.DocumentListener> listeners) {
        this(nlp, store, metrics, listeners, 0.0);
    }

    /** @param minConfidence facts below this confidence are not stored (newsgraph.extract.min-confidence) */
    public Ingestion(NlpReadiness nlp, GraphStore store, MeterRegistry metrics,
                     java.util.List<dev.newsgraph.store.DocumentListener> listeners, double minConfidence) {
        this.minConfidence = minConfidence;
        this.nlp = nlp;
        this.store = store;
        this.listeners = java.util.List.copyOf(listeners);
        this.documentsIngested = Counter.builder("newsgraph.documents.ingested").description("documents stored").register(metrics);
        this.factsWritten = Counter.builder("newsgraph.facts.written").description("facts stored (with evidence)").register(metrics);
        this.documentsFailed = Counter.builder("newsgraph.documents.failed").description("documents refused or failed").register(metrics);
        this.latency = Timer.builder("newsgraph.ingest.latency").description("extraction + store, per document")
            .publishPercentiles(0.5, 0.99).register(metrics);
    }

    public Result ingest(Path file) {
        try {
            return ingest(DocumentReader.read(file));
        } catch (BadInputException e) {
            documentsFailed.increment();
            return new Result(file.toString(), null, null, 0, 0, e.getMessage());
        }
    }

    public Result ingest(SourceDocument doc) {
        Timer.Sample sample = Timer.start();
        try {
            Extraction extracted = nlp.pipeline().process(doc);
            Extraction x = new Extraction(extracted.document(), extracted.entities(),
                extracted.facts().stream().filter(f -> f.confidence() >= minConfidence).toList(), extracted.tokens());
            GraphStore.Outcome outcome = store.write(x);
            sample.stop(latency);
            if (outcome == GraphStore.Outcome.STORED) {
                documentsIngested.increment();
                factsWritten.increment(x.facts().size());
                listeners.forEach(l -> l.stored(doc.id()));
            }
            return new Result(doc.name(), doc, outcome, x.entities().size(), x.facts().size(), null);
        } catch (RuntimeException e) {
            documentsFailed.increment();
            // The transaction rolled back: nothing of this document was written.
            return new Result(doc.name(), doc, null, 0, 0, doc.name() + ": " + e.getMessage());
        }
    }

    /** Deletes a document and what only it supported, everywhere the graph is kept; false if unknown. */
    public boolean delete(String documentId) {
        if (!store.delete(documentId)) return false;
        listeners.forEach(l -> l.deleted(documentId));
        return true;
    }
}
