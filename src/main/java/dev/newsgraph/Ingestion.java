package dev.newsgraph;

import dev.newsgraph.annotate.NlpReadiness;
import dev.newsgraph.ingest.BadInputException;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.resolve.OfficeHolders;
import dev.newsgraph.store.GraphStore;
import dev.newsgraph.store.MergeLog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

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

    /** A document read and extracted, ready to store (or the reason it cannot be). */
    public record Prepared(String source, SourceDocument document, Extraction extraction, String error, long nanos) {
    }

    public Result ingest(Path file) {
        return store(prepare(file));
    }

    public Result ingest(SourceDocument doc) {
        return store(prepare(doc));
    }

    /** Reads and extracts; needs no database, so several can run at once (see IngestCommand). */
    public Prepared prepare(Path file) {
        try {
            return prepare(DocumentReader.read(file));
        } catch (BadInputException e) {
            return new Prepared(file.toString(), null, null, e.getMessage(), 0);
        }
    }

    public Prepared prepare(SourceDocument doc) {
        long started = System.nanoTime();
        try {
            Extraction x = confident(nlp.pipeline().process(doc));
            return new Prepared(doc.name(), doc, x, null, System.nanoTime() - started);
        } catch (RuntimeException e) {
            return new Prepared(doc.name(), doc, null, doc.name() + ": extraction failed: " + e.getMessage(), 0);
        }
    }

    /**
     * Documents prepared as one batch, read together: what one leaves open (an office's holder, a title's owner) is
     * filled from the others (OfficeHolders). In the same order; failed ones are passed on as they are.
     */
    public List<Prepared> together(List<Prepared> batch) {
        List<Prepared> extracted = batch.stream().filter(p -> p.error() == null).toList();
        Iterator<Extraction> filled = OfficeHolders.fill(extracted.stream().map(Prepared::extraction).toList(), Ontology.get()).iterator();
        return batch.stream().map(p -> p.error() != null ? p : new Prepared(p.source(), p.document(), confident(filled.next()), null, p.nanos()))
            .toList();
    }

    private Extraction confident(Extraction x) {
        return x.withFacts(x.entities(), x.facts().stream().filter(f -> f.confidence() >= minConfidence).toList());
    }

    /** Stores one prepared document in one transaction and tells the listeners (the RDF copy). */
    public Result store(Prepared p) {
        if (p.error() != null) {
            documentsFailed.increment();
            return new Result(p.source(), p.document(), null, 0, 0, p.error());
        }
        long started = System.nanoTime();
        Extraction x = p.extraction();
        try {
            GraphStore.Outcome outcome = store.write(x);
            if (outcome == GraphStore.Outcome.STORED) {
                documentsIngested.increment();
                factsWritten.increment(x.facts().size());
                listeners.forEach(l -> l.stored(p.document().id()));
            }
            latency.record(p.nanos() + System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
            return new Result(p.source(), p.document(), outcome, x.entities().size(), x.facts().size(), null);
        } catch (RuntimeException e) {
            // The transaction rolled back: nothing of this document was written.
            documentsFailed.increment();
            return new Result(p.source(), p.document(), null, 0, 0, p.source() + ": " + e.getMessage());
        }
    }

    /**
     * Undoes one cross-document merge: the document is extracted again from its stored text and stored
     * with that merge vetoed, so its mention becomes an entity of its own (now and on any re-ingest).
     * Empty if there is no such merge.
     *
     * @throws IllegalStateException if the document was stored without its text (before merges were logged)
     */
    public java.util.Optional<MergeLog.Merge> undoMerge(String mergeId, MergeLog log) {
        java.util.Optional<MergeLog.Merge> found = log.get(mergeId);
        if (found.isEmpty()) return found;
        MergeLog.Merge merge = found.get();
        SourceDocument source = log.source(merge.documentId()).orElseThrow(() -> new IllegalStateException(
            "document " + merge.documentId() + " was stored without its text; delete it and ingest the file again"));
        Prepared p = prepare(source);
        if (p.error() != null) throw new IllegalStateException(p.error());
        store.rewriteWithout(p.extraction(), merge.mentionKey(), merge.entityKey());
        listeners.forEach(l -> l.stored(source.id()));
        return found;
    }

    /** Deletes a document and what only it supported, everywhere the graph is kept; false if unknown. */
    public boolean delete(String documentId) {
        if (!store.delete(documentId)) return false;
        listeners.forEach(l -> l.deleted(documentId));
        return true;
    }
}
