package dev.newsgraph.extract;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sentence-level checks of the rule files on sentences written for this test (not from the dev set):
 * paraphrases that must fire, and near misses that must not. Run through the real CoreNLP pipeline.
 */
class SentenceRulesTest {

    private static Extraction extract(String sentence) throws Exception {
        return ExtractionPipeline.shared().process(DocumentReader.fromBytes(sentence.getBytes(), "t", "test"));
    }

    private static boolean has(Extraction x, String subject, String relation, String object) {
        return x.facts().stream().anyMatch(f -> matches(f, subject, relation, object));
    }

    private static boolean matches(Fact f, String subject, String relation, String object) {
        String o = f.object().of() == null ? f.object().name() : f.object().name() + "|" + f.object().of();
        return f.subject().name().equals(subject) && f.relation().equals(relation) && o.equals(object);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = ';', value = {
        "Talks resumed in Cairo as a Turkish delegation led by Hakan Fidan arrived on Monday.; Hakan Fidan; negotiatorOf; Turkey",
        "Maria Lopez, Mexico's chief negotiator, said a deal was close.; Maria Lopez; negotiatorOf; Mexico",
        "The talks were attended by Richard Grenell, Trump's special envoy.; Richard Grenell; envoyOf; Trump",
        "The meeting featured President Donald Trump's envoy, Steve Witkoff, and several aides.; Steve Witkoff; envoyOf; Donald Trump",
        "US special envoy Keith Kellogg arrived in Warsaw on Wednesday.; Keith Kellogg; envoyOf; United States",
        "Pierre Dubois resigned on Friday after a police raid on his office.; Pierre Dubois; resignedAfter; police raid on Pierre Dubois's office",
        "The resignation of Anna Berg, the finance minister, came after a damaging audit.; Anna Berg; resignedAfter; damaging audit",
        "Anna Berg resigned as Sweden's finance minister on Tuesday.; Anna Berg; resignedFrom; Finance Minister|Sweden",
        "German Chancellor Olaf Scholz spoke in Berlin.; Olaf Scholz; holdsPosition; Chancellor|Germany",
        "Olaf Scholz, the German chancellor, spoke in Berlin.; Olaf Scholz; holdsPosition; Chancellor|Germany",
        "The ceremony was attended by Donald Trump's son-in-law, Jared Kushner.; Jared Kushner; relativeOf; Donald Trump",
        "Russia annexed Crimea in 2014.; Russia; annexed; Crimea",
        "Crimea was annexed by Russia in 2014.; Russia; annexed; Crimea",
        "The Russian delegation was headed by Pavel Orlov, an aide to the president.; Pavel Orlov; negotiatorOf; Russia",
        "Special Envoy Mark Hill headed the US delegation in Oslo.; Mark Hill; envoyOf; United States",
        "Angela Moss stepped down after admitting the error.; Angela Moss; resignedAfter; admitting the error",
        "Talks resumed in Cairo as a Turkish delegation led by Hakan Fidan arrived on Monday.; Hakan Fidan; leaderOf; Turkish delegation",
        "Lee Jae-myung met Shigeru Ishiba in Tokyo on Saturday.; Lee Jae-myung; metWith; Shigeru Ishiba",
        "The talks, held in Geneva, lasted two days.; talks; heldIn; Geneva",
        "Keith Kellogg arrived in Kyiv on Wednesday.; Keith Kellogg; visited; Kyiv",
        "Zelensky is set to visit Paris next week.; Zelensky; plannedVisit; Paris",
        "Russia invaded Ukraine in February 2022.; Russia; invaded; Ukraine",
        "The United States proposed a ceasefire plan on Tuesday.; United States; proposed; ceasefire plan",
        "Washington proposed a ceasefire plan on Tuesday.; United States; proposed; ceasefire plan",
        "Rustem Umerov, who leads Kyiv's negotiating team, arrived on Monday.; Rustem Umerov; negotiatorOf; Ukraine",
        "A Jordanian delegation arrived in Geneva on Monday. The delegation was headed by Omar Haddad and included Samir Aziz and Layla Nasser.; Samir Aziz; memberOf; Jordanian delegation",
        "A Jordanian delegation arrived in Geneva on Monday. The delegation was headed by Omar Haddad and included Samir Aziz and Layla Nasser. The Jordanian delegation attended the talks on Tuesday.; Layla Nasser; participatedIn; talks",
        "Labour's Emily Thornberry criticised the plan.; Emily Thornberry; memberOf; Labour",
        "Chile and Peru signed a border agreement on Friday.; Peru; participatedIn; border agreement",
        "LIMA, Peru – Chile and Peru signed a border agreement on Friday.; Chile; participatedIn; border agreement",
        "Talks opened in Oslo. The Chileans were led by Foreign Minister Sergio Ruiz.; Sergio Ruiz; negotiatorOf; Chile",
        "A senior Peruvian delegation arrived in Quito on Monday. The delegation was headed by Paula Diaz.; Paula Diaz; negotiatorOf; Peru",
        "On Friday, Canada's Special Envoy for the Sahel, Anna Keller, called for calm.; Anna Keller; envoyOf; Canada",
        "Earlier on Friday, U.S. Special Envoy for Africa, Mark Hill, called for calm.; Mark Hill; envoyOf; United States",
        "Brazilian farm minister Paulo Lima said he has resigned to take responsibility for his remarks about beef prices.; Paulo Lima; resignedAfter; Paulo Lima's remarks about beef prices",
        "Mexican President Ana Ruiz and Chilean President Pablo Soto on Friday wrapped up a two-day summit in Lima.; Ana Ruiz; metWith; Pablo Soto",
        "Both sides ended indirect negotiations in the Peruvian capital, Lima, on Sunday.; indirect negotiations in the Peruvian capital; heldIn; Lima",
        "Both sides ended indirect negotiations in the Peruvian capital, Lima, on Sunday.; Lima; locatedIn; Peru",
        "Opposition leader Maria Costa held a meeting in Rome on Sunday with Italy's interior minister, Paolo Ricci.; Paolo Ricci; participatedIn; meeting in Rome",
    })
    void fires(String sentence, String subject, String relation, String object) throws Exception {
        Extraction x = extract(sentence);
        assertThat(has(x, subject, relation, object)).as("%s in %s", relation, x.facts()).isTrue();
        Fact f = x.facts().stream().filter(ff -> matches(ff, subject, relation, object)).findFirst().orElseThrow();
        assertThat(f.evidence().sentence()).isEqualTo(sentence.substring(f.evidence().start(), f.evidence().end()));
        assertThat(f.confidence()).isBetween(0.3, 1.0);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = ';', value = {
        "Pierre Dubois plans to step down after the election.; resignedAfter",
        "Anna Berg said she would resign after the vote.; resignedAfter",
        "Mike Smith, who met Trump's envoy on Monday, said nothing.; envoyOf",
        "Mike Smith criticised the resignation of the minister.; resignedFrom",
        "Russia threatened to annex more territory.; annexed",
        "The envoy met Mike Smith in Paris.; envoyOf",
        "Lee Jae-myung will meet Shigeru Ishiba in Tokyo next week.; metWith",
        "Keith Kellogg plans to visit Kyiv soon.; visited",
        "Keith Kellogg visited Kyiv last year.; plannedVisit",
        "Russia threatened to invade Ukraine.; invaded",
        "Officials in Kyiv said the envoy met Mike Smith in Paris.; envoyOf",
        "Chile refused to sign the border agreement.; participatedIn",
        "Paulo Lima said he would resign to take responsibility for the defeat.; resignedAfter",
        "Mexican President Ana Ruiz will hold a summit with Chilean President Pablo Soto next month.; metWith",
        "Party leaders said Paolo Ricci would meet the delegation in Rome next month.; participatedIn",
    })
    void doesNotFire(String sentence, String relation) throws Exception {
        Extraction x = extract(sentence);
        assertThat(x.facts()).as(sentence).noneMatch(f -> f.relation().equals(relation));
    }
}
