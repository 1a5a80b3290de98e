package dev.newsgraph.resolve;

import java.util.Map;
import java.util.Optional;

/** CoreNLP's fine-grained NER tags, mapped onto the ontology's entity types. */
final class NerTypes {
    private NerTypes() {
    }

    private static final Map<String, String> TYPE_BY_TAG = Map.of(
        "PERSON", "Person",
        "ORGANIZATION", "Organization",
        "COUNTRY", "Country",
        "NATIONALITY", "Country",
        "CITY", "City",
        "STATE_OR_PROVINCE", "Location",
        "LOCATION", "Location");

    /** The ontology type for an NER tag, if the graph keeps entities of that tag. TITLEs become Positions elsewhere. */
    static Optional<String> typeOf(String nerTag) {
        return Optional.ofNullable(TYPE_BY_TAG.get(nerTag));
    }
}
