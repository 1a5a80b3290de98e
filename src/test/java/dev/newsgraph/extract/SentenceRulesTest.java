package dev.newsgraph.extract;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.ontology.Relation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentence-level checks of the extraction, one file per relation in {@code src/test/resources/sentences/}:
 * paraphrases that must be found (apposition, passive, possessive, relative clause, ...) and near
 * misses that must not. Sentences are written for the test, not taken from the dev set; they run
 * through the real CoreNLP pipeline.
 */
class SentenceRulesTest {

    /** One line of a sentence file. */
    record Case(String relation, int line, boolean positive, String sentence, String subject, String object) {
        @Override
        public String toString() {
            return relation + ".tsv:" + line + (positive ? " finds " : " near miss: ") + sentence;
        }
    }

    static List<Case> cases(String relation) {
        String resource = "sentences/" + relation + ".tsv";
        try (InputStream in = SentenceRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) return List.of();
            List<Case> out = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                boolean positive = cols[0].equals("+");
                if (!positive && !cols[0].equals("-") || positive && cols.length != 4 || !positive && cols.length != 2 && cols.length != 4) {
                    throw new IllegalArgumentException(resource + ":" + (i + 1) + ": expected '+ sentence subject object' or '- sentence [subject object]'");
                }
                boolean named = cols.length == 4;
                out.add(new Case(relation, i + 1, positive, cols[1], named ? cols[2] : null, named ? cols[3] : null));
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Extraction extract(String sentence) throws Exception {
        return ExtractionPipeline.shared().process(DocumentReader.fromBytes(sentence.getBytes(StandardCharsets.UTF_8), "t", "test"));
    }

    private static boolean matches(Fact f, String subject, String relation, String object) {
        String o = f.object().of() == null ? f.object().name() : f.object().name() + "|" + f.object().of();
        return f.subject().name().equals(subject) && f.relation().equals(relation) && o.equals(object);
    }

    @Test
    void everyRelationOfTheOntologyHasPositivesAndNearMisses() {
        for (Relation r : Ontology.get().relations()) {
            List<Case> cases = cases(r.name());
            assertThat(cases).as("sentences/%s.tsv positives", r.name()).filteredOn(Case::positive).hasSizeGreaterThanOrEqualTo(2);
            assertThat(cases).as("sentences/%s.tsv near misses", r.name()).filteredOn(c -> !c.positive()).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> sentences() {
        return Ontology.get().relations().stream().flatMap(r -> cases(r.name()).stream())
            .map(c -> DynamicTest.dynamicTest(c.toString(), () -> check(c)));
    }

    private static void check(Case c) throws Exception {
        Extraction x = extract(c.sentence());
        if (!c.positive()) {
            // a near miss with arguments forbids that one fact; without, any fact of the relation
            assertThat(x.facts()).as("%s in %s", c.sentence(), x.facts()).noneMatch(f -> f.relation().equals(c.relation())
                && (c.subject() == null || matches(f, c.subject(), c.relation(), c.object())));
            return;
        }
        assertThat(x.facts()).as("%s: %s in %s", c.sentence(), c.relation(), x.facts()).anyMatch(f -> matches(f, c.subject(), c.relation(), c.object()));
        Fact f = x.facts().stream().filter(ff -> matches(ff, c.subject(), c.relation(), c.object())).findFirst().orElseThrow();
        assertThat(f.evidence().sentence()).isEqualTo(c.sentence().substring(f.evidence().start(), f.evidence().end()));
        assertThat(f.confidence()).isBetween(0.3, 1.0);
    }
}
