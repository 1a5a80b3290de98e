package dev.newsgraph.extract;

import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.ontology.Relation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleFilesTest {

    @Test
    void rulesExistForTheFirstSevenRelationsAndAllCompile() {
        RuleSet rules = RuleSet.load(Ontology.get());
        Set<String> covered = rules.rules().stream().map(SemgrexRule::relation).collect(Collectors.toSet());
        assertThat(covered).contains("negotiatorOf", "envoyOf", "resignedAfter", "resignedFrom", "holdsPosition",
            "relativeOf", "annexed");
        assertThat(covered).allMatch(r -> Ontology.get().relation(r).isPresent());
        assertThat(rules.rules()).allSatisfy(r -> {
            assertThat(r.confidence()).isBetween(0.01, 1.0);
            assertThat(r.id()).matches("rules/\\w+\\.semgrex:\\d+");
        });
    }

    @Test
    void everyRuleNamesItsArguments() {
        for (SemgrexRule r : RuleSet.load(Ontology.get()).rules()) {
            String p = r.pattern().toString();
            assertThat(p).as(r.id()).contains("=subject");
            // =office ("X resigned": the office the document gives X) only where the relation's object is a Position
            boolean office = p.contains("=office") && "Position".equals(Ontology.get().requireRelation(r.relation()).range());
            assertThat(p.contains("=object") || p.contains("=title") || office).as(r.id()).isTrue();
        }
    }

    @Test
    void aBrokenRuleIsReportedWithFileAndLine() {
        String file = "# comment\n0.9 {lemma:envoy}=trigger >nmod:poss {}=object\n";
        assertThatThrownBy(() -> RuleSet.parse("rules/x.semgrex", "envoyOf", stream(file)))
            .hasMessageContaining("rules/x.semgrex:2");
        String noConfidence = "{lemma:envoy}=trigger\n";
        assertThatThrownBy(() -> RuleSet.parse("rules/y.semgrex", "envoyOf", stream(noConfidence)))
            .hasMessageContaining("rules/y.semgrex:1").hasMessageContaining("CONFIDENCE");
    }

    @Test
    void surfaceRulesLoadAndABrokenOneIsReportedWithFileAndLine() {
        assertThat(RuleSet.load(Ontology.get()).surfaceRules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.id()).matches("rules/\\w+\\.tokensregex:\\d+");
            assertThat(Ontology.get().relation(r.relation())).isPresent();
        });
        String unbalanced = "0.8 (?$subject [{ner:PERSON}]\n";
        assertThatThrownBy(() -> RuleSet.parseSurface("rules/z.tokensregex", "envoyOf", stream(unbalanced)))
            .hasMessageContaining("rules/z.tokensregex:1");
        String noObject = "0.8 (?$subject [{ner:PERSON}]) [{lemma:envoy}]\n";
        assertThatThrownBy(() -> RuleSet.parseSurface("rules/z.tokensregex", "envoyOf", stream(noObject)))
            .hasMessageContaining("rules/z.tokensregex:1").hasMessageContaining("$object");
    }

    private static ByteArrayInputStream stream(String ruleFile) {
        return new ByteArrayInputStream(ruleFile.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void relationNamesComeFromTheOntologyOnly() {
        for (Relation r : Ontology.get().relations()) {
            assertThat(r.neo4jType()).matches("[A-Z_]+");
        }
    }
}
