package dev.newsgraph.resolve;

import dev.newsgraph.model.Entity;
import dev.newsgraph.resolve.CrossDocumentLinker.Candidate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CrossDocumentLinkerTest {

    private final CrossDocumentLinker linker = new CrossDocumentLinker();

    private static Entity person(String name, String... aliases) {
        return new Entity("person:" + Keys.normalize(name), name, "Person", null, List.of(aliases));
    }

    private static Candidate known(String type, String name, int context, String... aliases) {
        return new Candidate(type.toLowerCase() + ":" + Keys.normalize(name), name, type, List.of(aliases), context);
    }

    @Test
    void aFullNameTheGraphKnowsAsTheAliasOfOneEntityJoinsIt() {
        var link = linker.link(person("Tony Blair"), List.of(known("Person", "Anthony Charles Blair", 0, "Tony Blair")));
        assertThat(link).get().satisfies(l -> {
            assertThat(l.targetKey()).isEqualTo("person:anthony charles blair");
            assertThat(l.rule()).isEqualTo("shared-name");
        });
    }

    @Test
    void aOneWordNameNeedsSharedContextAndClearlyMoreOfItThanAnyOtherBearer() {
        assertThat(linker.link(person("Blair"), List.of(known("Person", "Tony Blair", 0, "Blair")))).isEmpty();
        assertThat(linker.link(person("Blair"), List.of(known("Person", "Tony Blair", 1, "Blair")))).isPresent();
        List<Candidate> tie = List.of(known("Person", "Tony Blair", 2, "Blair"), known("Person", "Cherie Blair", 2, "Blair"));
        assertThat(linker.link(person("Blair"), tie)).isEmpty();
        List<Candidate> clear = List.of(known("Person", "Tony Blair", 4, "Blair"), known("Person", "Cherie Blair", 1, "Blair"));
        assertThat(linker.link(person("Blair"), clear)).get().extracting(CrossDocumentLinker.Link::targetKey).isEqualTo("person:tony blair");
    }

    @Test
    void anOrganisationGivenWithItsInitialsJoinsTheOneKnownByThoseInitialsInSharedContext() {
        Entity union = new Entity("organization:european union", "European Union", "Organization", null, List.of("EU"));
        assertThat(linker.link(union, List.of(known("Organization", "EU", 0)))).isEmpty();
        assertThat(linker.link(union, List.of(known("Organization", "EU", 2)))).get().satisfies(l -> {
            assertThat(l.targetKey()).isEqualTo("organization:eu");
            assertThat(l.rule()).isEqualTo("initials-in-context");
        });
        // the other way round: "EU" alone joins the one organisation known to have been given with it
        Entity bare = new Entity("organization:eu", "EU", "Organization", null, List.of());
        assertThat(linker.link(bare, List.of(known("Organization", "European Union", 0, "EU"))))
            .get().extracting(CrossDocumentLinker.Link::targetKey).isEqualTo("organization:european union");
        // initials the text did not give with the name are not enough: "British Airways" is not every "BA"
        Entity airline = new Entity("organization:british airways", "British Airways", "Organization", null, List.of());
        assertThat(linker.link(airline, List.of(known("Organization", "BA", 3)))).isEmpty();
    }

    @Test
    void aSharedSurnameAliasDoesNotMakeTwoFullNamesOnePerson() {
        assertThat(linker.link(person("Cherie Blair", "Blair"), List.of(known("Person", "Tony Blair", 5, "Blair")))).isEmpty();
        assertThat(linker.link(person("Ian Blair"), List.of(known("Person", "Tony Blair", 5, "Blair")))).isEmpty();
    }

    @Test
    void aBareSurnameJoinsTheOnePersonOfThatSurnameInSharedContext() {
        assertThat(linker.link(person("Mr Cable"), List.of(known("Person", "Vince Cable", 0)))).isEmpty();
        assertThat(linker.link(person("Mr Cable"), List.of(known("Person", "Vince Cable", 2))))
            .get().extracting(CrossDocumentLinker.Link::rule).isEqualTo("surname-in-context");
    }

    @Test
    void aShortFirstNameWithTheSameSurnameInSharedContextIsTheSamePerson() {
        assertThat(linker.link(person("Vincent Cable"), List.of(known("Person", "Vince Cable", 1))))
            .get().extracting(CrossDocumentLinker.Link::rule).isEqualTo("first-name-variant");
        assertThat(linker.link(person("Vincent Cable"), List.of(known("Person", "Vince Cable", 0)))).isEmpty();
        assertThat(linker.link(person("Ed Balls"), List.of(known("Person", "Edward Milliband", 3)))).isEmpty();
    }

    @Test
    void onlyPeopleAndOrganisationsOfTheSameTypeAreLinked() {
        Entity city = new Entity("city:paris", "Paris", "City", null, List.of());
        assertThat(linker.link(city, List.of(known("City", "Paris Hilton", 3, "Paris")))).isEmpty();
        assertThat(linker.link(person("Labour"), List.of(known("Organization", "Labour Party", 3, "Labour")))).isEmpty();
        Entity labour = new Entity("organization:labour", "Labour", "Organization", null, List.of());
        assertThat(linker.link(labour, List.of(known("Organization", "Labour Party", 1, "Labour")))).isPresent();
    }

    @Test
    void honorificsAreNotPartOfTheName() {
        assertThat(CrossDocumentLinker.surname("Mr Cable")).isEqualTo("cable");
        assertThat(CrossDocumentLinker.forms("Dr Fox", List.of("Mr Fox"))).containsExactly("fox");
        // a peer is not whoever else bears the surname
        assertThat(CrossDocumentLinker.forms("Baroness Kennedy", List.of())).containsExactly("baroness kennedy");
        assertThat(linker.link(person("Baroness Kennedy"), List.of(known("Person", "Charles Kennedy", 4, "Kennedy")))).isEmpty();
        assertThat(linker.link(person("Mrs Howard"), List.of(known("Person", "Michael Howard", 4, "Howard", "Mr Howard")))).isEmpty();
        assertThat(CrossDocumentLinker.forms("Mr", List.of())).containsExactly("mr");
    }
}
