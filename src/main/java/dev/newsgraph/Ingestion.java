package dev.newsgraph;

import dev.newsgraph.annotate.NlpReadiness;
import dev.newsgraph.ingest.BadInputException;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.store.GraphStore;

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

    public Ingestion(NlpReadiness nlp, GraphStore store) {
        this.nlp = nlp;
        this.store = store;
    }

    public Result ingest(Path file) {
        try {
            return ingest(DocumentReader.read(file));
        } catch (BadInputException e) {
            return new Result(file.toString(), null, null, 0, 0, e.getMessage());
        }
    }

    public Result ingest(SourceDocument doc) {
        try {
            Extraction x = nlp.pipeline().process(doc);
            GraphStore.Outcome outcome = store.write(x);
            return new Result(doc.name(), doc, outcome, x.entities().size(), x.facts().size(), null);
        } catch (RuntimeException e) {
            // The transaction rolled back: nothing of this document was written.
            return new Result(doc.name(), doc, null, 0, 0, doc.name() + ": " + e.getMessage());
        }
    }
}
