package dev.newsgraph.extract;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.annotate.NlpPipeline;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.resolve.EntityResolver;
import edu.stanford.nlp.pipeline.CoreDocument;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.ontology.Ontology;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CoreNLP's KBP relations, mapped by rules/kbp.tsv, confirm what the rule files found and add nothing of their own. */
class KbpHintsTest {

    private static Extraction extract(String text) throws Exception {
        return ExtractionPipeline.shared().process(DocumentReader.fromBytes(text.getBytes(), "t", "test"));
    }

    private static Fact title(String text, KbpHints hints) throws Exception {
        SourceDocument source = DocumentReader.fromBytes(text.getBytes(), "t", "test");
        CoreDocument doc = NlpPipeline.shared().annotate(text);
        RelationExtractor extractor = new RelationExtractor(RuleSet.load(Ontology.get()), hints);
        return new EntityResolver(Ontology.get()).resolve(source, doc, extractor.matches(doc)).facts().stream()
            .filter(f -> f.relation().equals("holdsPosition")).findFirst().orElseThrow();
    }

    @Test
    void aTitleKbpAlsoFindsIsMoreConfidentThanWithTheRuleAlone() throws Exception {
        String text = "German Chancellor Olaf Scholz spoke in Berlin on Monday.";
        Fact alone = title(text, KbpHints.none());
        Fact confirmed = title(text, KbpHints.load(Ontology.get()));
        assertThat(alone.rule()).doesNotContain("kbp");
        assertThat(confirmed.rule()).startsWith(alone.rule()).contains("kbp:per:title");
        assertThat(confirmed.object()).isEqualTo(alone.object());
        assertThat(confirmed.confidence()).isGreaterThan(alone.confidence()).isLessThanOrEqualTo(0.97);
    }

    @Test
    void aSpouseKbpReadsTheOtherWayRoundStillConfirmsTheRelative() throws Exception {
        // relativeOf names the husband as the relative ("her husband, Pablo Soto"); KBP's per:spouse may name either
        // partner first, and a marriage holds both ways
        Extraction x = extract("Ana Ruiz and her husband, Pablo Soto, attended the ceremony.");
        Fact relative = x.facts().stream().filter(f -> f.relation().equals("relativeOf")).findFirst().orElseThrow();
        assertThat(relative.subject().name()).isEqualTo("Pablo Soto");
        assertThat(relative.object().name()).isEqualTo("Ana Ruiz");
        assertThat(relative.rule()).startsWith("rules/relativeOf.semgrex").contains("kbp:per:spouse");
    }

    @Test
    void aMembershipOnlyKbpSeesIsNotStated() throws Exception {
        // KBP reads per:employee_or_member_of here; no rule file states a membership, so none is stored.
        Extraction x = extract("Lucy Powell, who works for the House of Commons, said the vote was close.");
        assertThat(x.facts()).noneMatch(f -> f.relation().equals("memberOf"));
        assertThat(x.facts()).noneMatch(f -> f.rule().startsWith("kbp:"));
    }
}
