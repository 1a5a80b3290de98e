package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;

/**
 * The CoreNLP pipeline, built once per process (loading its models takes 15-25 s and about 1.5 GB)
 * and shared: {@link StanfordCoreNLP#annotate} is safe to call from several threads.
 */
public final class NlpPipeline {

    /**
     * Annotators the extraction relies on: fine-grained NER types, enhanced++ dependencies, coref, and
     * KBP relations as hints (about a tenth of the time, EXTRACTION.md).
     */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,nameconsistency,entitymentions,depparse,coref,kbp";

    private final StanfordCoreNLP coreNlp;

    private NlpPipeline(StanfordCoreNLP coreNlp) {
        this.coreNlp = coreNlp;
    }

    public static NlpPipeline load() {
        return new NlpPipeline(new StanfordCoreNLP(properties()));
    }

    private static volatile NlpPipeline shared;

    /** The process-wide pipeline: the models are loaded once, however many callers ask. */
    public static NlpPipeline shared() {
        if (shared == null) {
            synchronized (NlpPipeline.class) {
                if (shared == null) shared = load();
            }
        }
        return shared;
    }

    /** The settings the pipeline runs with (public for the speed benchmark, which varies the annotators). */
    public static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        // one name, one type within a document (NameConsistency); the entity mentions are then built again from
        // the corrected tags
        props.setProperty("customAnnotatorClass.nameconsistency", NameConsistency.class.getName());
        // News text keeps one paragraph per line; a headline without a full stop is its own sentence.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // fastneural keeps separate people apart where the statistical model merged them (EXTRACTION.md).
        props.setProperty("coref.algorithm", "fastneural");
        // Places, bodies and party names the shipped gazetteer misses or mistypes; each line says which tags it may
        // overwrite (O, which is how CoreNLP tags most of them; PERSON for "Tory", which it reads as a name).
        props.setProperty("ner.additional.regexner.mapping", "nlp/gazetteer.tsv");
        props.setProperty("ner.additional.regexner.ignorecase", "false");
        // Political parties, recognised by how news writes about them ("Labour MP", "the Liberal Democrats"),
        // offices NER leaves untagged ("Presidents X and Y", "European Commission President X") and national
        // banks of which NER tagged only the country ("Bank of England").
        props.setProperty("ner.additional.tokensregex.rules", "nlp/bodies.rules,nlp/parties.rules,nlp/titles.rules,nlp/places.rules");
        props.setProperty("ner.useSUTime", "true");
        // SUTime's holiday binder needs JAXB (javax.xml.bind), which is left out of the build to avoid
        // duplicate classes; dates, durations and relative dates still normalise without it.
        props.setProperty("sutime.binders", "0");
        // KBP's statistical classifier only: its TokensRegex and Semgrex extractors write NER tags into
        // the sentence copy all mention pairs share, visited in an order that changes from run to run,
        // so a fact's confidence depended on what was read before (KbpReproducibilityTest). Without them
        // the dev set keeps its facts and F1; a few confidences drop (none of the facts at >= 0.8).
        props.setProperty("kbp.tokensregex", "none");
        props.setProperty("kbp.semgrex", "none");
        return props;
    }

    /**
     * Annotates one document's text. The annotated text has the same length as {@code text} (a
     * dateline's dash becomes a line break), so token offsets point into the original.
     */
    public CoreDocument annotate(String text) {
        return annotate(text, null);
    }

    /** As {@link #annotate(String)}; relative dates ("on Sunday", "last week") resolve against {@code published}. */
    public CoreDocument annotate(String text, Instant published) {
        CoreDocument doc = new CoreDocument(Datelines.mask(text));
        if (published != null) {
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, LocalDate.ofInstant(published, ZoneOffset.UTC).toString());
        }
        coreNlp.annotate(doc);
        NameTypes.repair(doc);
        PostNominals.repair(doc);
        TitleHeads.repair(doc);
        RelativeClauses.repair(doc);
        return doc;
    }
}
