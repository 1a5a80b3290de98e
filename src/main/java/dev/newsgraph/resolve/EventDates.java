package dev.newsgraph.resolve;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When an event happened, as the sentence says it: a DATE next to the event's noun ("talks on
 * Tuesday"), on the verb it is the object or subject of ("held a meeting on Sunday"), or in a
 * clause about it ("talks held on 2 June"). The value is SUTime's normalisation, which is relative to
 * the publication date when the document has one.
 */
final class EventDates {

    /** Calendar values only: a day, a month, a year or a week; not "XXXX-WXX-7" or "PRESENT_REF". */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");

    private EventDates() {
    }

    static String of(SemanticGraph g, IndexedWord event) {
        List<IndexedWord> places = new ArrayList<>();
        places.add(event);
        for (SemanticGraphEdge e : g.incomingEdgeList(event)) {
            String rel = e.getRelation().toString();
            if (rel.equals("obj") || rel.startsWith("nsubj")) places.add(e.getGovernor());
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(event)) {
            if (e.getRelation().toString().startsWith("acl")) places.add(e.getDependent());
        }
        for (IndexedWord w : places) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                String value = calendarDate(e.getDependent());
                if (value != null) return value;
            }
        }
        return null;
    }

    private static String calendarDate(IndexedWord w) {
        if (!"DATE".equals(w.ner())) return null;
        String value = w.backingLabel().get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return value != null && CALENDAR.matcher(value).matches() ? value : null;
    }
}
