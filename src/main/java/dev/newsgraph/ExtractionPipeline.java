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
 * resolve (entities). Thread-safe; build one per process, it holds the loaded models.
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

    public static ExtractionPipeline load() {
        return new ExtractionPipeline(NlpPipeline.load(), Ontology.get());
    }

    public Extraction process(SourceDocument document) {
        CoreDocument annotated = nlp.annotate(document.text());
        return resolver.resolve(document, annotated, extractor.matches(annotated));
    }
}
