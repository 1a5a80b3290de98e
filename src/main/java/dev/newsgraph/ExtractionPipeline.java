package dev.newsgraph;

import dev.newsgraph.annotate.NlpPipeline;
import dev.newsgraph.extract.KbpHints;
import dev.newsgraph.extract.RelationExtractor;
import dev.newsgraph.extract.RuleSet;
import dev.newsgraph.ingest.Sections;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.resolve.EntityResolver;
import dev.newsgraph.resolve.SectionJoiner;
import edu.stanford.nlp.pipeline.CoreDocument;

import java.util.List;

/**
 * One document through the stages that need no database: annotate (CoreNLP) -> extract (rules) ->
 * resolve (entities). Thread-safe; one per process ({@link #shared()}) holds the loaded models.
 */
public final class ExtractionPipeline {

    private final NlpPipeline nlp;
    private final RelationExtractor extractor;
    private final EntityResolver resolver;

    private final int maxSectionWords;

    public ExtractionPipeline(NlpPipeline nlp, Ontology ontology) {
        this(nlp, ontology, Sections.DEFAULT_MAX_WORDS);
    }

    /** @param maxSectionWords a longer document is annotated in sections of at most this many words */
    public ExtractionPipeline(NlpPipeline nlp, Ontology ontology, int maxSectionWords) {
        this.maxSectionWords = maxSectionWords;
        this.nlp = nlp;
        this.extractor = new RelationExtractor(RuleSet.load(ontology), KbpHints.load(ontology));
        this.resolver = new EntityResolver(ontology);
    }

    private static volatile ExtractionPipeline shared;

    /** The process-wide pipeline: CoreNLP's models are loaded once, however many callers ask. */
    public static ExtractionPipeline shared() {
        if (shared == null) {
            synchronized (ExtractionPipeline.class) {
                if (shared == null) shared = new ExtractionPipeline(NlpPipeline.shared(), Ontology.get());
            }
        }
        return shared;
    }

    public Extraction process(SourceDocument document) {
        List<Sections.Section> sections = Sections.split(document.text(), maxSectionWords);
        if (sections.size() == 1) return processWhole(document);
        // Sections are independent until joined, so they are annotated on all cores (in order).
        List<Extraction> parts = sections.parallelStream().map(section -> processWhole(new SourceDocument(document.id(),
                document.name(), document.title(), document.url(), document.publishedAt(), section.text())).shifted(section.start()))
            .toList();
        return SectionJoiner.combine(document, parts);
    }

    private Extraction processWhole(SourceDocument document) {
        CoreDocument annotated = nlp.annotate(document.text(), document.publishedAt());
        return resolver.resolve(document, annotated, extractor.matches(annotated));
    }
}
