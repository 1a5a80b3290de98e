package dev.newsgraph;

import dev.newsgraph.annotate.NlpPipeline;
import dev.newsgraph.extract.RelationExtractor;
import dev.newsgraph.extract.RuleSet;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.resolve.EntityResolver;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * One document through the stages that need no database: annotate (CoreNLP) -> extract (rules) ->
 * resolve (entities). Thread-safe; one per process ({@link #shared()}) holds the loaded models.
 */
public final class ExtractionPipeline {

    private final NlpPipeline nlp;
    private final RelationExtractor extractor;
    private final EntityResolver resolver;

    public ExtractionPipeline(NlpPipeline nlp, Ontology ontology) {
        this.nlp = nlp;
        this.extractor = new RelationExtractor(RuleSet.load(ontology));
        this.resolver = new EntityResolver(ontology);
    }

    private static volatile ExtractionPipeline shared;

    /** The process-wide pipeline: CoreNLP's models are loaded once, however many callers ask. */
    public static ExtractionPipeline shared() {
        if (shared == null) {
            synchronized (ExtractionPipeline.class) {
                if (shared == null) shared = new ExtractionPipeline(NlpPipeline.load(), Ontology.get());
            }
        }
        return shared;
    }

    public Extraction process(SourceDocument document) {
        CoreDocument annotated = nlp.annotate(document.text());
        return resolver.resolve(document, annotated, extractor.matches(annotated));
    }
}
