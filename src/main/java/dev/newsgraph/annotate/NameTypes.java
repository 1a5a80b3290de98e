package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * NER's person/organisation call, corrected by how the text itself treats a name, before any rule reads
 * the tags:
 * <ul>
 * <li>"its chief executive Ainum Mohd-Saaid ... Ms Mohd-Saaid had resigned": an unfamiliar name read as
 * an organisation is a person's when the text addresses that surname as Mr, Ms or Dr and names no other
 * person with it;</li>
 * <li>"Laura Ashley, which is due to issue its trading statement": a name read as a person's that the text
 * takes up with "which", and never with "who", is a firm's (not one with a post at a body, "X, an analyst at Y,
 * which ...", where the "which" is the body's);</li>
 * <li>"constituency association president Sir Stanley Odell": a knight's or peer's rank and one or two names
 * are a person's, whatever NER made of them; so is a peer named after a place ("Lord Strathclyde", "Lord
 * Chelmsford"), which NER reads as the place;</li>
 * <li>"X, partner at BDO Stoy Hayward": where a post is held is a firm's name, not a person's;</li>
 * <li>"Halifax chief economist X", "Deloitte's chief economic advisor X": the name a person's trade is qualified by
 * is the firm it is plied at, not the town or the person NER took it for.</li>
 * </ul>
 * Tokens and the entity mention are retagged together, so rules and resolution see one type.
 */
final class NameTypes {

    private static final Pattern ADDRESSED = Pattern.compile("(?:Mr|Mrs|Ms|Miss|Dr)\\.?");
    /** The ranks a peer is named with, often after a place ("Lord Strathclyde", "Baroness Scotland"). */
    private static final Pattern PEERAGE = Pattern.compile("Lord|Lady|Baroness");
    /** The place types NER gives a peer's title ("Strathclyde", "Chelmsford"). */
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "STATE_OR_PROVINCE");
    /** A rank a person is named with, then one or two names ("Sir Stanley Odell", "Lord Rennard"). */
    private static final Pattern RANKED_NAME = Pattern.compile("(?:Sir|Dame|Lord|Lady|Baroness) \\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?");
    /** Trades plied at a firm, named before them ("Halifax chief economist"). */
    private static final Pattern TRADE = Pattern.compile("(?i)economist|analyst|strategist|advi[sz]or|adviser");
    /** What makes a trade a post at a firm rather than a description ("chief economist", not "Leeds economist"). */
    private static final Pattern SENIORITY = Pattern.compile("(?i)chief|senior|group|lead|principal|head");
    /** Two or three capitalised words, none of them an organisation's word ("Group", "Bank"). */
    private static final Pattern PERSONAL_NAME = Pattern.compile(
        "(?!.*\\b(?:Group|Bank|Holdings?|Securities|Partners|Associates|Capital|Foundation|Trust|Fund|Institute"
            + "|Party|Union|Council|Company|Corporation|Inc|Ltd|Plc|International|Airways|Airlines|Motors)\\b)"
            + "\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){1,2}");

    private NameTypes() {
    }

    static void repair(CoreDocument doc) {
        if (doc.entityMentions() == null) return;
        Set<String> addressed = addressedSurnames(doc);
        Set<String> fullNamed = new HashSet<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            if ("PERSON".equals(m.entityType()) && !isAddressed(m) && m.text().strip().contains(" ")) fullNamed.add(lastWord(m));
        }
        Set<String> takenUpWithWhich = new HashSet<>();
        Set<String> takenUpWithWho = new HashSet<>();
        relativePronouns(doc, takenUpWithWhich, takenUpWithWho);
        for (CoreEntityMention m : doc.entityMentions()) {
            String text = m.text().strip();
            if ("ORGANIZATION".equals(m.entityType()) && PERSONAL_NAME.matcher(text).matches()
                && addressed.contains(lastWord(m)) && !fullNamed.contains(lastWord(m))) {
                retag(m, "PERSON");
            } else if ("ORGANIZATION".equals(m.entityType()) && RANKED_NAME.matcher(text).matches()) {
                retag(m, "PERSON");
            } else if (PLACE_TYPES.contains(m.entityType()) && m.tokens().size() <= 2 && afterPeerage(m)) {
                retag(m, "PERSON");
            } else if ("PERSON".equals(m.entityType()) && takenUpWithWhich.contains(text) && text.contains(" ")
                && !takenUpWithWho.contains(text) && !holdsPostAtBody(m)) {
                retag(m, "ORGANIZATION");
            } else if ("PERSON".equals(m.entityType()) && isWorkplace(m) && !takenUpWithWho.contains(text)
                && !addressed.contains(lastWord(m))) {
                retag(m, "ORGANIZATION");
            } else if ((PLACE_TYPES.contains(m.entityType()) || "PERSON".equals(m.entityType())) && m.tokens().size() <= 3
                && qualifiesTrade(m) && !isKnownPerson(m, addressed, fullNamed)) {
                retag(m, "ORGANIZATION");
            }
        }
    }

    /**
     * The surnames written after Mr, Ms or Dr ("Ms Mohd-Saaid", tokenised Mohd - Saaid), whatever NER made of
     * them: when it reads the full name as a firm it often leaves the addressed one untagged.
     */
    private static Set<String> addressedSurnames(CoreDocument doc) {
        Set<String> out = new HashSet<>();
        for (var sentence : doc.sentences()) {
            List<CoreLabel> tokens = sentence.tokens();
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!ADDRESSED.matcher(tokens.get(i).word()).matches()) continue;
                int j = i + 1;
                while (j < tokens.size() && ("NNP".equals(tokens.get(j).tag()) || "HYPH".equals(tokens.get(j).tag()))) j++;
                if (j > i + 1 && "NNP".equals(tokens.get(j - 1).tag())) out.add(tokens.get(j - 1).word().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** "Lord Strathclyde": a name right after a peer's rank, outside the mention. */
    private static boolean afterPeerage(CoreEntityMention m) {
        CoreLabel before = tokenBefore(m);
        return before != null && PEERAGE.matcher(before.word()).matches();
    }

    /** "Ms Mohd-Saaid": a name written after Mr, Ms or Dr (inside the mention or right before it). */
    private static boolean isAddressed(CoreEntityMention m) {
        if (ADDRESSED.matcher(m.tokens().get(0).word()).matches()) return true;
        CoreLabel before = tokenBefore(m);
        return before != null && ADDRESSED.matcher(before.word()).matches();
    }

    /**
     * "said X, partner at BDO Stoy Hayward", "football specialist at Grant Thornton": what a post is held at is a
     * firm or body, not a person (the post a title, or a role in apposition to a person's name).
     */
    private static boolean isWorkplace(CoreEntityMention m) {
        SemanticGraph g = m.sentence().dependencyParse();
        IndexedWord head = headOf(m, g);
        if (head == null) return false;
        for (SemanticGraphEdge e : g.incomingEdgeList(head)) {
            if (!e.getRelation().toString().equals("nmod:at")) continue;
            IndexedWord post = e.getGovernor();
            boolean roleOfPerson = g.incomingEdgeList(post).stream()
                .anyMatch(a -> a.getRelation().toString().equals("appos") && "PERSON".equals(a.getGovernor().ner()));
            if ("TITLE".equals(post.ner()) || roleOfPerson) return true;
        }
        return false;
    }

    /**
     * A name the text also gives a person ("President Bush's chief economic adviser", "Mr Bush"): addressed, full-named
     * elsewhere, or written after a title.
     */
    private static boolean isKnownPerson(CoreEntityMention m, Set<String> addressed, Set<String> fullNamed) {
        if (!"PERSON".equals(m.entityType())) return false;
        CoreLabel before = tokenBefore(m);
        boolean titled = before != null && "TITLE".equals(before.ner());
        return titled || addressed.contains(lastWord(m)) || fullNamed.contains(lastWord(m));
    }

    /**
     * "Halifax chief economist Martin Ellis", "Deloitte's chief economic advisor Roger Bootle": the name compounded or
     * possessive on a senior trade that is itself a person's title (compounded on the name, or in apposition to it).
     */
    private static boolean qualifiesTrade(CoreEntityMention m) {
        SemanticGraph g = m.sentence().dependencyParse();
        IndexedWord head = headOf(m, g);
        if (head == null) return false;
        for (SemanticGraphEdge e : g.incomingEdgeList(head)) {
            if (!e.getRelation().toString().matches("compound|nmod:poss")) continue;
            IndexedWord trade = e.getGovernor();
            if (!TRADE.matcher(trade.word()).matches()) continue;
            boolean possessive = e.getRelation().toString().equals("nmod:poss");
            boolean senior = g.outgoingEdgeList(trade).stream()
                .anyMatch(a -> a.getRelation().toString().equals("amod") && SENIORITY.matcher(a.getDependent().word()).matches());
            // (before TitleHeads runs, the parser may still have the name as the title's bare dep)
            boolean personsTitle = g.incomingEdgeList(trade).stream()
                .anyMatch(a -> a.getRelation().toString().matches("compound|appos") && "PERSON".equals(a.getGovernor().ner()))
                || g.outgoingEdgeList(trade).stream()
                .anyMatch(a -> a.getRelation().toString().equals("dep") && "PERSON".equals(a.getDependent().ner()));
            if ((possessive || senior) && personsTitle) return true;
        }
        return false;
    }

    /**
     * "said Steve Roukis, an analyst at fund manager Matrix Asset Advisors, which has shares in GE": a name with a
     * title at a body is a person's; the parser may hang the "which" that is the body's on the name.
     */
    private static boolean holdsPostAtBody(CoreEntityMention m) {
        SemanticGraph g = m.sentence().dependencyParse();
        IndexedWord head = headOf(m, g);
        if (head == null) return false;
        return g.outgoingEdgeList(head).stream()
            .filter(e -> e.getRelation().toString().equals("appos") && "TITLE".equals(e.getDependent().ner()))
            .anyMatch(e -> g.outgoingEdgeList(e.getDependent()).stream()
                .anyMatch(b -> b.getRelation().toString().equals("nmod:at") && "ORGANIZATION".equals(b.getDependent().ner())));
    }

    /** The parse node of a name's last word, which heads it ("Stoy Hayward" hangs on "Hayward"); null without a parse. */
    private static IndexedWord headOf(CoreEntityMention m, SemanticGraph g) {
        return g == null ? null : g.getNodeByIndexSafe(m.tokens().get(m.tokens().size() - 1).index());
    }

    /** The names a relative "which" refers to, and those a "who" refers to, anywhere in the text. */
    private static void relativePronouns(CoreDocument doc, Set<String> which, Set<String> who) {
        for (CoreEntityMention m : doc.entityMentions()) {
            SemanticGraph g = m.sentence().dependencyParse();
            if (g == null) continue;
            for (CoreLabel t : m.tokens()) {
                var node = g.getNodeByIndexSafe(t.index());
                if (node == null) continue;
                for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                    if (!e.getRelation().toString().equals("ref")) continue;
                    String pronoun = e.getDependent().word().toLowerCase(Locale.ROOT);
                    if (pronoun.equals("which")) which.add(m.text().strip());
                    else if (pronoun.startsWith("who")) who.add(m.text().strip());
                }
            }
        }
    }

    /** The token right before the mention, or null at the start of its sentence. */
    private static CoreLabel tokenBefore(CoreEntityMention m) {
        int before = m.tokens().get(0).index() - 2;   // token indices are 1-based
        return before >= 0 ? m.sentence().tokens().get(before) : null;
    }

    private static String lastWord(CoreEntityMention m) {
        return m.tokens().get(m.tokens().size() - 1).word().toLowerCase(Locale.ROOT);
    }

    private static void retag(CoreEntityMention m, String type) {
        m.coreMap().set(CoreAnnotations.EntityTypeAnnotation.class, type);
        m.coreMap().set(CoreAnnotations.NamedEntityTagAnnotation.class, type);
        for (CoreLabel t : m.tokens()) t.setNER(type);
    }
}
