package dev.newsgraph.resolve;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.ingest.SourceDocument;
import dev.newsgraph.model.Entity;
import dev.newsgraph.model.Extraction;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Events carry the date the text gives them, normalised by SUTime against the publication date. */
class EventDatesTest {

    private static Extraction extract(String text, Instant published) throws Exception {
        SourceDocument d = DocumentReader.fromBytes(text.getBytes(), "t", "test");
        return ExtractionPipeline.shared().process(new SourceDocument(d.id(), d.name(), d.title(), null, published, d.text()));
    }

    private static Entity event(Extraction x, String nameContains) {
        return x.entities().stream().filter(e -> e.type().equals("Event") && e.name().contains(nameContains)).findFirst()
            .orElseThrow(() -> new AssertionError("no event '" + nameContains + "' in " + x.entities()));
    }

    @Test
    void aWeekdayIsResolvedAgainstThePublicationDate() throws Exception {
        // 27 November 2025 was a Thursday; "on Tuesday" in that week's news is 25 November.
        Extraction x = extract("A Jordanian delegation held talks in Geneva on Tuesday with the Swiss foreign minister, Anna Keller.",
            Instant.parse("2025-11-27T09:00:00Z"));
        assertThat(event(x, "talks").date()).isEqualTo("2025-11-25");
    }

    @Test
    void aFullDateNeedsNoPublicationDate() throws Exception {
        Extraction x = extract("Chile and Peru signed a border agreement on 2 June 2025 in Lima.", null);
        assertThat(event(x, "agreement").date()).isEqualTo("2025-06-02");
    }

    @Test
    void anUndatedEventHasNoDate() throws Exception {
        Extraction x = extract("Chile and Peru signed a border agreement in Lima.", null);
        assertThat(event(x, "agreement").date()).isNull();
        Extraction weekdayOnly = extract("Chile and Peru signed a border agreement on Tuesday.", null);
        assertThat(event(weekdayOnly, "agreement").date()).isNull();   // "XXXX-WXX-2" is no calendar date
    }
}
