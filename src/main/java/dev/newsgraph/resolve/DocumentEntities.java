package dev.newsgraph.resolve;

import dev.newsgraph.extract.PairReference;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The entities of one document: named-entity mentions grouped into one entity per real-world thing
 * (Rustem Umerov / Umerov; US / United States; Ukrainian -> Ukraine), plus Positions and Events made on
 * demand when a rule needs them. Answers "which entity does this token stand for?".
 */
final class DocumentEntities {

    /** Head words of bodies, which alone stand for the body the text named in full. */
    private static final Pattern BODY_HEAD = Pattern.compile(
        "(?i)committee|commission|bank|council|board|exchange|ministry|department|authority|agency|fund|court|assembly|tribunal|institute|foundation|society|consortium|federation|confederation|association|union|party");
    /** How a name qualifies a noun: "French President", "US envoy", "Russia's Putin". */
    private static final Set<String> QUALIFIERS = Set.of("amod", "compound", "nmod:poss");
    /** What may stand before a title and name a listed office with it (see listedOfficeOfBody). */
    private static final Set<String> NAMING_BODIES = Set.of("Organization", "Country", "Location");
    /** Words that with "American" name a part of the continent (see partOfRegion). */
    private static final Set<String> REGION_WORDS = Set.of("Latin", "South", "Central", "North");
    /** How a title names the body it serves: "adviser to", "minister in", "analyst at". */
    private static final Set<String> SERVED = Set.of("nmod:to", "nmod:in", "nmod:at");
    /** Joining words whose body counts only as the name in apposition to a description ("for the campaign group Vega"). */
    private static final Set<String> DESCRIBED_SERVED = Set.of("nmod:for", "nmod:of");
    /**
     * Dependents of a title that can name whose title it is ("US Secretary", "Ukrainian President"); "obj" where the
     * office is a verb ("X, who chairs the trade committee"); "nmod:'s" where the parser names the "of" before a name
     * ending in 's by its ending ("head of fast-food giant McDonald's").
     */
    private static final Set<String> OWNER_RELATIONS = Set.of("compound", "amod", "nmod:poss", "nmod:of", "nmod:'s", "nmod:for", "nmod:in", "obj");
    /** How a state or a city names its own office: "Texas Governor", "London's mayor", "the mayor of London". */
    private static final Set<String> LOCAL_OWNER_RELATIONS = Set.of("compound", "nmod:poss", "nmod:of");
    /** Dependents that belong to an event's name ("anti-corruption raid at his residence"). */
    private static final Pattern EVENT_NAME_RELATIONS = Pattern.compile("amod|compound|nummod|nmod(:.*)?|case|nmod:poss");
    private static final Set<String> QUOTE_TAGS = Set.of("``", "''");
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("his", "her");
    /** Nouns that describe a firm or another body ("the Frankfurt-based exchange", "the carmaker"). */
    private static final Set<String> BODY_NOUNS = Set.of("company", "firm", "group", "exchange", "bank", "airline", "carrier",
        "insurer", "retailer", "maker", "carmaker", "giant", "operator", "business", "conglomerate", "regulator", "watchdog",
        "agency", "organisation", "organization", "charity", "union", "bourse", "lender", "broadcaster", "publisher", "party");
    /** Verbs that report what someone said or thinks of someone ("X said the prime minister was ..."). */
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "claim", "insist", "believe", "think", "argue", "suggest");
    /** Verbs of holding a meeting (as in participatedIn's rules), not part of its name. */
    private static final Set<String> CONDUCTING = Set.of("hold", "conclude", "attend", "host", "chair");
    /** How sure a title fact is whose title has no known owner: still a fact, but a weaker one. */
    static final double UNOWNED_TITLE_CERTAINTY = 0.6;
    /** How far a title's country is trusted when it is only the one country its sentence names. */
    static final double GUESSED_OWNER_CERTAINTY = 0.8;
    /** How many words after a title a posting ("as high commissioner to") may still be its holder's. */
    private static final int POSTING_REACH = 6;
    /** What a country is when something is aimed at it ("restrictions on Cuba"). */
    private static final Pattern TARGET = Pattern.compile("(nmod|obl):(on|against)");
    /** Words that name a body of government ("the Treasury", "the Home Office", "the European Commission"). */
    private static final Pattern GOVERNMENT_BODY = Pattern.compile(
        "(?i)\\b(ministry|office|department|treasury|commission|council|cabinet|government|committee|assembly|parliament|executive|agency|authority|bureau|administration)\\b");
    /** Titles of people posted somewhere on another's behalf: "envoy for Syria" names the posting, not the owner. */
    private static final Set<String> POSTED = Set.of("envoy", "emissary", "ambassador", "commissioner", "representative", "coordinator");
    /** Nouns for the other side of an encounter: a country qualifying them is not a title's country. */
    private static final Set<String> OTHER_PARTIES = Set.of("counterpart", "delegation", "delegate", "team", "official", "envoy", "ambassador");
    /** Parts of a country's territory: "37 English council areas" says where, not whose a title is. */
    private static final Set<String> TERRITORY = Set.of("area", "region", "constituency", "seat", "council", "county",
        "district", "ward", "town", "village", "city", "province");
    /** Letters after a name that NER may take into it: a seat or a rank at the bar, not part of the name. */
    private static final Pattern POST_NOMINAL = Pattern.compile("(?<=\\S)\\s+(?:MP|MEP|MSP|QC|KC)$");
    /** Dropped from a person's name; "Mrs", "Ms" and "Miss" stay: "Mrs Howard" is not Michael Howard. */
    private static final String FORM_OF_ADDRESS_WORD = "(?:Mr|Dr|Prof)\\.?";
    private static final Pattern FORM_OF_ADDRESS = Pattern.compile("^" + FORM_OF_ADDRESS_WORD + "\\s+(?=\\S)");
    /**
     * Kept with a person's name when NER leaves them out: "Lord Walker", "Mrs Howard" and "Charles I" are
     * not any Walker, Howard or Charles (see foldAddressedSurnames for "Ms Kelly").
     */
    private static final Set<String> RANKS = Set.of("Lord", "Lady", "Baroness", "Baron", "Sir", "Dame", "King", "Queen", "Prince", "Princess", "Pope",
        "Mrs", "Ms", "Miss");
    private static final Pattern ADDRESSED = Pattern.compile("(?:Mrs|Ms|Miss) (\\S+)");
    private static final Pattern KNIGHT = Pattern.compile("(?:Sir|Dame) \\S+");
    private static final Pattern REGNAL_NUMBER = Pattern.compile("[IVX]{1,4}");
    private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");
    /** A clause saying what an event is about ("talks on ending the war"). */
    private static final Pattern TOPIC_CLAUSE = Pattern.compile("acl:(on|about|over)");
    /** For an event named by a clause ("admitting she underpaid stamp duty"), its arguments too. */
    private static final Pattern CLAUSE_NAME_RELATIONS = Pattern.compile("amod|compound|nummod|nmod(:.*)?|case|nmod:poss|obj|ccomp|xcomp|nsubj|obl(:.*)?|mark|det");
    /** "called for the embargo to be lifted": a change asked for is named with what it is done to. */
    private static final Pattern PASSIVE_INFINITIVE_NAME_RELATIONS = Pattern.compile(CLAUSE_NAME_RELATIONS.pattern() + "|nsubj:pass|aux:pass");
    /**
     * "plans to cut 100,000 civil servants", "a deal to buy plasma technology": a plan or a deal is named by what it
     * would do (not by when or why it would).
     */
    private static final Set<String> PLAN_NOUNS = Set.of("plan", "proposal", "scheme", "pledge", "promise", "bid", "offer", "move", "initiative", "drive",
        "deal", "agreement");
    private static final Pattern PLAN_CLAUSE_RELATIONS = Pattern.compile("obj|iobj|amod|compound|compound:prt|nummod|nmod(:.*)?|case|det|xcomp|mark");
    /** "Lee met Ishiba at the premier's residence in Tokyo": who met whom where, not why or when. */
    private static final Pattern MEETING_NAME_RELATIONS = Pattern.compile("compound|flat|nmod:poss|case|amod|nmod:(in|at|of)|nsubj|obj|obl:(with|in|at)");
    /**
     * "Soto Bank has bought Vega Press for $2bn, the firm said": who bought or merged with whom (or a stake in whom), not
     * the price or the source.
     */
    private static final Pattern TAKEOVER_NAME_RELATIONS = Pattern.compile("compound|flat|case|amod|nsubj|nsubj:pass|obj|obl:(with|agent|by)|nmod:(in|of)|dep|appos");
    /** The verbs of participatedIn.semgrex's takeover rules, whose events are named that way. */
    private static final Set<String> TAKEOVER_VERBS = Set.of("buy", "acquire", "purchase", "merge");
    /** What a takeover may be done "in": "bought Vega Press in a $2bn deal". */
    private static final Set<String> DEAL_NOUNS = Set.of("deal", "transaction", "agreement", "takeover");
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
    private static final Set<String> IMPERSONAL = Set.of("it", "its");
    /** Verbs that report what their subject says, announces or confirms. */
    private static final Pattern REPORTING = Pattern.compile("say|announce|confirm|report|state|add|reveal|insist|claim");
    /** Verbs whose subject a counterpart is met by ("He will meet Chinese counterpart X", "held talks with"). */
    private static final Set<String> MEETING_VERBS = Set.of("meet", "hold", "have");
    private static final Pattern PLACE_NAME_RELATIONS = Pattern.compile("compound|flat|nmod:poss|case|amod|det|nmod:(in|at|of)");
    /** A TITLE span that swallowed its country ("secretary of Ukraine"). */
    private static final Pattern TITLE_OF = Pattern.compile("(?i)^(.+?)\\s+of\\s+(.+)$");
    /** NER reads two names joined by a hyphen ("the Ruiz-Soto meeting") as one place. */
    private static final Pattern HYPHENATED = Pattern.compile("\\p{Lu}\\S*\\s?[-–/]\\s?\\p{Lu}\\S*");
    /** The head word of a gathering's name ("World Economic Forum", "Earth Summit"). */
    private static final Pattern GATHERING = Pattern.compile("Forum|Summit|Conference|Congress|Convention|Talks");
    /** Not part of an organisation's name: "Ex-Labour MP", "the Reform UK party". */
    private static final Pattern FORMER_PREFIX = Pattern.compile("^(?i)ex-(?=\\p{Lu})");
    private static final Pattern LOWER_CASE_PARTY = Pattern.compile("(?<=\\S)\\s+party$");

    private final CoreDocument doc;
    private final Map<String, Cluster> clusters = new LinkedHashMap<>();
    private final Map<Long, Cluster> byToken = new HashMap<>();
    private final Map<Long, CoreEntityMention> titleByToken = new HashMap<>();
    private final Map<Long, Cluster> corefByToken = new HashMap<>();
    private final List<CoreLabel> swallowedCountries = new ArrayList<>();
    private final Set<Cluster> guessedOwners = new HashSet<>();
    private final Set<Long> unknownGovernment = new HashSet<>();   // "the government" of a story with no one home
    private Cluster homeGovernment;   // "the government" of the story's home country, and that country
    private String homeGovernmentOf;
    private List<TitleMention> titleMentions;   // see titleMentions()
    private Optional<LeadFirm> leadFirm;   // see leadFirm()
    private Optional<String> institutionCountry;   // see institutionCountry()
    /** Delegations, teams, sides: organisations named by a common noun, not by NER. */
    private final Set<Cluster> groups = new HashSet<>();
    private static final Set<String> TRAVEL = Set.of("visit", "trip", "tour", "travel", "fly", "arrive", "land", "go", "head");
    private static final Pattern DESTINATION = Pattern.compile("obj|obl:(to|in)|nmod:to");
    private static final Set<String> DEFINITE = Set.of("the", "these", "those");
    private static final Pattern OWN_SIDES = Pattern.compile("nmod:(between|with|of|poss)");
    private static final Set<String> TALKS = Set.of("talk", "talks", "negotiation", "meeting", "summit", "consultation");
    /** Gatherings held somewhere, for {@link #isVenue}: talks and the like, and conferences. */
    private static final Set<String> GATHERINGS = Stream.concat(TALKS.stream(), Stream.of("conference", "forum", "gathering"))
        .collect(Collectors.toUnmodifiableSet());
    /** Talks named by their two sides ("the Euronext–LSE talks"), when one side holds them with the other. */
    private static final Set<String> BILATERAL = Set.of("talk", "negotiation", "discussion", "consultation");
    /** Holding talks of one's own ("joined the talks with Y" were somebody else's). */
    private static final Set<String> HOLDING = Set.of("hold", "have", "begin", "start", "open", "resume", "conclude");
    private static final Set<String> SIDE_TYPES = Set.of("Person", "Country", "Organization");
    private static final Set<String> PLACE_RELATIONS = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at");
    private static final Set<String> PLACE_TAGS = Set.of("CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCATION");

    private DocumentEntities(CoreDocument doc) {
        this.doc = doc;
    }

    static DocumentEntities of(CoreDocument doc) {
        DocumentEntities e = new DocumentEntities(doc);
        e.clusterNamedMentions();
        e.foldAddressedSurnames();
        e.foldKnightsByFirstName();
        e.foldInitials();
        e.foldBareHeads();
        e.foldShortNames();
        e.foldAbbreviatedNames();
        e.foldStatesNamedAsCountries();
        e.nameTheGovernment();
        e.indexCoreference();
        return e;
    }

    private static long ref(int sentence, int tokenIndex) {
        return ((long) sentence << 20) | tokenIndex;
    }

    // ------------------------------------------------------------------ named mentions

    private void clusterNamedMentions() {
        List<CoreEntityMention> named = new ArrayList<>();
        for (CoreEntityMention m : doc.entityMentions()) {
            if (m.tokens().stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) {
                continue;   // "he", "his": coreference says whom they stand for, not NER
            }
            if ("TITLE".equals(m.entityType())) {
                for (CoreLabel t : m.tokens()) titleByToken.put(ref(t.sentIndex(), t.index()), m);
                swallowedCountries.addAll(countryTokensInside(m));
            } else if (NerTypes.typeOf(m.entityType()).isPresent()) {
                named.add(m);
            }
        }
        // Longest names first, so "Umerov" finds "Rustem Umerov" already there; a rank counts ("Goldsmith
        // denies claim ... Lord Goldsmith said": NER leaves "Lord" out of both names).
        List<CoreEntityMention> ordered = new ArrayList<>(named);
        ordered.sort(Comparator.comparingInt((CoreEntityMention m) -> -nameWords(m)));
        Map<CoreEntityMention, Cluster> assigned = new HashMap<>();
        for (CoreEntityMention m : ordered) {
            Cluster c = clusterFor(m);
            if (c != null) assigned.put(m, c);
        }
        for (CoreEntityMention m : named) {   // document order, for aliases
            Cluster c = assigned.get(m);
            if (c == null) continue;
            c.surfaces.add(m.text());
            for (CoreLabel t : m.tokens()) byToken.put(ref(t.sentIndex(), t.index()), c);
        }
        for (CoreLabel t : swallowedCountries) {
            Cluster c = named("Country", CountryNames.get().canonical(t.word()).orElseThrow());
            c.surfaces.add(t.word());
            byToken.put(ref(t.sentIndex(), t.index()), c);
        }
    }

    /** How many words a name has with the rank or regnal number NER leaves out of it ("Lord Goldsmith": two). */
    private int nameWords(CoreEntityMention m) {
        return withRankAndNumber(m, m.text().strip()).split("\\s+").length;
    }

    /** NER sometimes swallows a country into a TITLE ("secretary of Ukraine 's Council"): keep the country. */
    private static List<CoreLabel> countryTokensInside(CoreEntityMention title) {
        List<CoreLabel> tokens = title.tokens();
        List<CoreLabel> countries = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            if ("of".equalsIgnoreCase(tokens.get(i - 1).word()) && CountryNames.get().canonical(tokens.get(i).word()).isPresent()) {
                countries.add(tokens.get(i));
            }
        }
        return countries;
    }

    private Cluster clusterFor(CoreEntityMention m) {
        String type = NerTypes.typeOf(m.entityType()).orElseThrow();
        String text = m.text().strip();
        if ("Country".equals(type)) {
            Optional<String> country = CountryNames.get().canonical(text);
            if (country.isEmpty() && "NATIONALITY".equals(m.entityType())) return null;   // "European": no country
            if ("NATIONALITY".equals(m.entityType()) && partOfRegion(m)) return null;   // "Latin American": no country either
            return named("Country", country.orElse(text));
        }
        if ("Person".equals(type)) {
            boolean addressed = FORM_OF_ADDRESS.matcher(text).find() || wordBefore(m).matches(FORM_OF_ADDRESS_WORD);
            text = FORM_OF_ADDRESS.matcher(withRankAndNumber(m, text)).replaceFirst("");   // "Mr Hodge" is Hodge
            text = POST_NOMINAL.matcher(text).replaceFirst("");   // "Frank Field MP" is Frank Field
            String last = Keys.normalize(text.substring(text.lastIndexOf(' ') + 1));
            List<String> words = List.of(Keys.normalize(text).split(" "));
            for (Cluster c : clusters.values()) {
                if (c.type.equals("Person") && sameSurname(c.lastWord(), last)
                    && Set.of(Keys.normalize(c.name).split(" ")).containsAll(words.subList(0, words.size() - 1))) {
                    return c;
                }
            }
            // "Mr Howard" is addressed by his surname: not Howard Flight, whatever else the document calls him
            if (words.size() == 1 && !addressed) {
                Cluster byFirstName = soleFirstName(last);
                if (byFirstName != null) return byFirstName;
            }
        }
        if ("Organization".equals(type)) {
            // "last week US Treasury Secretary X": NER sometimes tags a state's bare name as an organisation (a state
            // has a capital; a union of states, also in the country list, does not)
            Optional<String> state = CountryNames.get().canonical(text).filter(c -> CountryNames.get().capitalOf(c).isPresent());
            if (state.isPresent()) return named("Country", state.get());
            // "the Reform UK party" is Reform UK; an "Ex-Labour MP" was in Labour
            text = FORMER_PREFIX.matcher(LOWER_CASE_PARTY.matcher(text).replaceFirst("")).replaceFirst("");
        }
        return named(type, text.replaceFirst("(?i)^the\\s+", ""));
    }

    /** The word right before the mention in its sentence ("" at its start): NER leaves "Mr" out of the name. */
    private String wordBefore(CoreEntityMention m) {
        int first = m.tokens().get(0).index();   // 1-based
        return first < 2 ? "" : doc.sentences().get(m.tokens().get(0).sentIndex()).tokens().get(first - 2).word();
    }

    /** "Latin American", "South American": a part of the continent, not the United States. */
    private boolean partOfRegion(CoreEntityMention m) {
        return REGION_WORDS.contains(wordBefore(m)) && m.text().strip().equals("American");
    }

    /**
     * "Anil" for Anil Ambani: news calls relatives who share a surname by their first names. Only when
     * one person of the document has that first name (a surname was tried before).
     */
    private Cluster soleFirstName(String word) {
        List<Cluster> firstNamed = clusters.values().stream()
            .filter(c -> c.type.equals("Person") && c.name.contains(" ")
                && Keys.normalize(c.name.substring(0, c.name.indexOf(' '))).equals(word))
            .toList();
        return firstNamed.size() == 1 ? firstNamed.get(0) : null;
    }

    private String withRankAndNumber(CoreEntityMention m, String text) {
        List<CoreLabel> sentence = doc.sentences().get(m.tokens().get(0).sentIndex()).tokens();
        int first = m.tokens().get(0).index() - 1;
        int last = m.tokens().get(m.tokens().size() - 1).index() - 1;
        // "ex-King Michael" is King Michael too (the tokenizer keeps the prefix on the rank)
        String rank = first > 0 ? sentence.get(first - 1).word().replaceFirst("^(?i)ex-", "") : "";
        if (RANKS.contains(rank)) text = rank + " " + text;
        CoreLabel next = last + 1 < sentence.size() ? sentence.get(last + 1) : null;
        // "Henry VIII", "Charles I" tagged as a name or number; a lone "I" tagged as a pronoun is one ("Kilroy: I will")
        if (next != null && REGNAL_NUMBER.matcher(next.word()).matches()
            && (next.word().length() > 1 || "NNP".equals(next.tag()) || "CD".equals(next.tag()))) {
            text = text + " " + next.word();
        }
        return text;
    }

    /** Transliterations differ by a letter (Zelensky / Zelenskyy / Zelenskiy); short names must match exactly. */
    static boolean sameSurname(String a, String b) {
        if (a.equals(b)) return true;
        if (Math.min(a.length(), b.length()) < 6 || Math.abs(a.length() - b.length()) > 1) return false;
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()] <= 1;
    }

    private Cluster named(String type, String name) {
        return clusters.computeIfAbsent(Keys.of(type, name, null), k -> new Cluster(type, name, null));
    }

    // ------------------------------------------------------------------ coreference

    /**
     * "Ms Kelly" is the document's Ruth Kelly when coreference (which knows gender agreement) puts them in
     * one chain, or when she is the one person with that surname and a first name not a man's; "Mrs Howard"
     * next to Michael Howard stays another person.
     */
    private void foldAddressedSurnames() {
        Map<Integer, CorefChain> chains = doc.corefChains();
        for (CorefChain chain : chains == null ? List.<CorefChain>of() : chains.values()) {
            Set<Cluster> inChain = new LinkedHashSet<>();
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                Cluster c = byToken.get(ref(m.sentNum - 1, m.headIndex));
                if (c != null && c.type.equals("Person")) inChain.add(c);
            }
            for (Cluster addressed : List.copyOf(inChain)) {
                Matcher a = ADDRESSED.matcher(addressed.name);
                if (!a.matches()) continue;
                inChain.stream().filter(c -> c != addressed && !ADDRESSED.matcher(c.name).matches() && c.name.contains(" ")
                        && c.lastWord().equals(Keys.normalize(a.group(1))) && !hasMansFirstName(c))
                    .findFirst().ifPresent(full -> fold(addressed, full));
            }
        }
        // Coreference often leaves them apart ("Laura Ashley is parting company with its chief executive Ainum
        // Mohd-Saaid ... said Ms Mohd-Saaid had resigned"): the one person of the document with that surname and
        // a full name, unless the first name is a man's ("Mrs Howard" next to Michael Howard is his wife)
        for (Cluster addressed : List.copyOf(clusters.values())) {
            Matcher a = ADDRESSED.matcher(addressed.name);
            if (!addressed.type.equals("Person") || !a.matches() || !clusters.containsValue(addressed)) continue;
            List<Cluster> full = clusters.values().stream()
                .filter(c -> c.type.equals("Person") && c != addressed && !ADDRESSED.matcher(c.name).matches()
                    && c.name.contains(" ") && c.lastWord().equals(Keys.normalize(a.group(1))))
                .toList();
            if (full.size() == 1 && !hasMansFirstName(full.get(0))) fold(addressed, full.get(0));
        }
    }

    /** Whether the person's first name (after a rank: "Sir Michael") is a man's. */
    private static boolean hasMansFirstName(Cluster person) {
        return Arrays.stream(person.name.split("\\s+")).filter(w -> !RANKS.contains(w)).findFirst().filter(FirstNames::isMale).isPresent();
    }

    /** "Sir Keir" (a knight is addressed by his first name) is the document's one "Sir Keir Starmer". */
    private void foldKnightsByFirstName() {
        for (Cluster knight : List.copyOf(clusters.values())) {
            if (!knight.type.equals("Person") || !KNIGHT.matcher(knight.name).matches()) continue;
            List<Cluster> full = clusters.values().stream()
                .filter(c -> c != knight && c.type.equals("Person") && c.name.startsWith(knight.name + " "))
                .toList();
            if (full.size() == 1) fold(knight, full.get(0));
        }
    }

    /**
     * "the London Stock Exchange (LSE)": an organisation named by its initials is the one organisation of
     * the document whose name has them (none, or two, and the initials stay an entity of their own).
     */
    private void foldInitials() {
        for (Cluster initials : List.copyOf(clusters.values())) {
            if (!initials.type.equals("Organization") || !Initials.written(initials.name)) continue;
            soleOrganization(initials, name -> initials.name.equals(Initials.of(name))).ifPresent(whole -> fold(initials, whole));
        }
    }

    /**
     * "Committee chairman X" after "the Constitutional Affairs Select Committee": a body NER found as its
     * head word alone (a capital at the start of a sentence, "the Bank") is the one organisation of the
     * document whose name has that head ("Bank of England"); none, or two, and it stays an entity of its own.
     */
    private void foldBareHeads() {
        for (Cluster bare : List.copyOf(clusters.values())) {
            if (!bare.type.equals("Organization") || !BODY_HEAD.matcher(bare.name).matches()) continue;
            soleOrganization(bare, name -> name.contains(" ") && headWord(name).equalsIgnoreCase(bare.name)).ifPresent(whole -> fold(bare, whole));
        }
    }

    /**
     * "Telecoms equipment maker Nortel Networks ... Nortel said": an organisation named by the first words of the
     * one organisation whose full name the story gave before it is that organisation. Two candidates ("Deutsche
     * Boerse", "Deutsche Bank"), or the short name first, and it stays an entity of its own; so do initials,
     * a name in full already ("BBC News ... the BBC": the BBC is not its news division). A name run together from
     * two ("GlaxoSmithKline ... Glaxo") is shortened to its first part the same way.
     */
    private void foldShortNames() {
        Map<Cluster, Long> first = firstStoryMentions();
        for (Cluster part : List.copyOf(clusters.values())) {
            if (!part.type.equals("Organization") || Initials.written(part.name)) continue;
            Optional<Cluster> named = soleOrganization(part, name -> startsWithName(name, part.name));
            if (named.isEmpty()) continue;
            Long whole = first.get(named.get());
            Long shortName = first.get(part);
            if (whole != null && (shortName == null || whole < shortName)) fold(part, named.get());
        }
    }

    /**
     * "Man Utd" in a headline over "Manchester United" in the story, "Lib Dems" beside "Liberal Democrats" (which
     * were two entities of one document before): a name of two or more words, each shortened from
     * the same word of the one organisation whose full name the document gives, is that organisation, whatever NER
     * made of it (it reads "Man Utd" as a person's name). Two candidates, and it stays an entity of its own. (A
     * person's name that happens to shorten a firm's of as many words, "Tom Brown" beside "Thomas Brownfield", would
     * be taken for the firm; none does in the BBC corpus.)
     */
    private void foldAbbreviatedNames() {
        for (Cluster part : List.copyOf(clusters.values())) {
            if (!part.type.equals("Organization") && !part.type.equals("Person")) continue;
            soleOrganization(part, name -> abbreviates(part.name, name)).ifPresent(whole -> fold(part, whole));
        }
    }

    /** The one organisation of the document, other than {@code part}, whose name {@code names} accepts; none if two do. */
    private Optional<Cluster> soleOrganization(Cluster part, Predicate<String> names) {
        List<Cluster> named = clusters.values().stream()
            .filter(c -> c != part && c.type.equals("Organization") && names.test(c.name))
            .limit(2).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Whether each of two or more words of {@code shortName} is shortened from the same word of {@code name} ("Man Utd"). */
    static boolean abbreviates(String shortName, String name) {
        String[] shortWords = shortName.split(" ");
        String[] words = name.split(" ");
        if (shortWords.length < 2 || shortWords.length != words.length) return false;
        for (int i = 0; i < words.length; i++) {
            if (!shortenedFrom(shortWords[i], words[i])) return false;
        }
        return true;
    }

    /** "Man" from "Manchester", "Utd" from "United": the same first letter, then the rest in order, and shorter. */
    private static boolean shortenedFrom(String shortWord, String word) {
        if (shortWord.length() >= word.length() || shortWord.isEmpty() || shortWord.charAt(0) != word.charAt(0)) return false;
        int at = 1;
        for (int i = 1; i < shortWord.length(); i++) {
            at = word.indexOf(shortWord.charAt(i), at) + 1;
            if (at == 0) return false;
        }
        return true;
    }

    /** Whether {@code whole} begins with the word or words of {@code start}: "Nortel Networks", "GlaxoSmithKline". */
    static boolean startsWithName(String whole, String start) {
        if (!whole.startsWith(start) || whole.length() == start.length()) return false;
        char next = whole.charAt(start.length());
        return next == ' ' || Character.isUpperCase(next) && Character.isLowerCase(start.charAt(start.length() - 1));
    }

    /**
     * "Georgia plans tax amnesty ... The Georgian Parliament": NER may take a country that shares its name with a
     * US state for the state. When the document also names the country (by its people, or tagged as a country),
     * the place is that country; otherwise it stays a place.
     */
    private void foldStatesNamedAsCountries() {
        for (Cluster place : List.copyOf(clusters.values())) {
            if (!place.type.equals("Location")) continue;
            Optional<String> country = CountryNames.get().canonical(place.name);
            Cluster named = country.map(c -> clusters.get(Keys.of("Country", c, null))).orElse(null);
            if (named != null) fold(place, named);
        }
    }

    /**
     * "The government has announced plans to cut 100,000 civil servants": in a story whose institutions are one
     * country's ("MPs", "the Commons"), the government is that country's ("Government of the United Kingdom", as the
     * gold names it). In any other story "the government" could be anybody's, and is no entity (a bare name would
     * join every government of every document into one node).
     */
    private void nameTheGovernment() {
        Cluster bare = clusters.get(Keys.of("Organization", "government", null));
        if (bare == null) return;
        // a story at home in Scotland or Wales may mean Westminster's government or its own: no entity either
        Optional<String> home = institutionCountry().filter(c -> CountryNames.get().governingState(c).equals(c));
        if (home.isEmpty()) {
            byToken.forEach((token, c) -> {
                if (c == bare) unknownGovernment.add(token);
            });
            byToken.values().removeIf(c -> c == bare);
            clusters.remove(bare.key());
            return;
        }
        String country = home.get().startsWith("United ") ? "the " + home.get() : home.get();
        homeGovernment = named("Organization", "Government of " + country);
        homeGovernmentOf = home.get();
        fold(bare, homeGovernment);
    }

    /** Each entity's first mention after the headline, as a token reference (which orders by position). */
    private Map<Cluster, Long> firstStoryMentions() {
        Map<Cluster, Long> first = new HashMap<>();
        byToken.forEach((token, c) -> {
            if (token >= ref(1, 0)) first.merge(c, token, Math::min);
        });
        return first;
    }

    /** The noun a body's name is built on: "Bank" in "Bank of England", "Committee" in "Select Committee". */
    private static String headWord(String name) {
        int of = name.indexOf(" of ");
        String head = of > 0 ? name.substring(0, of) : name;
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    /** One entity after all: {@code part}'s mentions and surface forms join {@code whole}. */
    private void fold(Cluster part, Cluster whole) {
        byToken.replaceAll((token, c) -> c == part ? whole : c);
        whole.surfaces.addAll(part.surfaces);
        clusters.remove(part.key());
    }

    private void indexCoreference() {
        Map<Integer, CorefChain> chains = doc.corefChains();
        if (chains == null) return;
        for (CorefChain chain : chains.values()) {
            CorefChain.CorefMention rep = chain.getRepresentativeMention();
            // The mention's head names what the chain is about ("Japanese farm minister Taku Eto" is
            // Taku Eto, not Japan); failing that, the first named token in it that does not own the
            // head ("India's biggest oil firm, ONGC," is ONGC, not India) nor say where a firm is from
            // ("A US firm has said it is in talks" is an unnamed firm, not the US).
            Cluster target = byToken.get(ref(rep.sentNum - 1, rep.headIndex));
            Set<Integer> owners = new HashSet<>(possessorsOf(rep.sentNum - 1, rep.headIndex));
            owners.addAll(originsOfFirm(rep.sentNum - 1, rep.headIndex));
            for (int i = rep.startIndex; i < rep.endIndex && target == null; i++) {
                if (!owners.contains(i)) target = byToken.get(ref(rep.sentNum - 1, i));
            }
            if (target == null) continue;
            for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
                corefByToken.putIfAbsent(ref(m.sentNum - 1, m.headIndex), target);
            }
        }
    }

    /** The token indexes of the possessor ("India" in "India's firm") of a word, with the words of its name. */
    private Set<Integer> possessorsOf(int sentence, int index) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(index);
        if (w == null) return Set.of();
        Set<Integer> out = new HashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (!e.getRelation().toString().equals("nmod:poss")) continue;
            out.add(e.getDependent().index());
            for (IndexedWord part : g.getChildList(e.getDependent())) out.add(part.index());
        }
        return out;
    }

    /**
     * The place words saying where a firm is from ("US" in "a US firm"), when the word is a noun for a firm or body;
     * not the body's own name ("the Kestrel group", "the Labour party").
     */
    private Set<Integer> originsOfFirm(int sentence, int index) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        IndexedWord w = g == null ? null : g.getNodeByIndexSafe(index);
        if (w == null || !BODY_NOUNS.contains(String.valueOf(w.lemma()).toLowerCase(Locale.ROOT))) return Set.of();
        Set<Integer> out = new HashSet<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String ner = String.valueOf(e.getDependent().ner());
            boolean place = PLACE_TAGS.contains(ner) || ner.equals("NATIONALITY");
            if (place && e.getRelation().toString().matches("compound|amod")) out.add(e.getDependent().index());
        }
        return out;
    }

    // ------------------------------------------------------------------ arguments

    /**
     * The Position a title token names, held by {@code holder} (null when the holder is not known):
     * its office and whose office it is.
     */
    Optional<Argument> position(int sentence, IndexedWord w, IndexedWord holder) {
        CoreEntityMention title = titleByToken.get(ref(sentence, w.index()));
        // "Trump's special envoy" serves a person (envoyOf), it is not an office of a country
        if (title == null || servesPerson(sentence, title)) return Optional.empty();
        // "Lt Col X of the PCO": a rank is no post, even at a named body (a trade there is: "analyst X at UBS")
        if (TitleWording.isRank(title.text().strip())) return Optional.empty();
        if (!TitleWording.isOffice(title.text().strip()) && !isPostAtNamedBody(sentence, title)
            && bodyOfHolder(sentence, holder) == null) return Optional.empty();
        return Optional.of(position(sentence, title, holder));
    }

    /**
     * "EEF chief economist X", "X, an analyst at UBS", "BBC political correspondent X": a trade is a post
     * when the text says which organisation it is held at (an economist alone is nobody's office).
     */
    private boolean isPostAtNamedBody(int sentence, CoreEntityMention title) {
        if (!TitleWording.isPostWithinBody(title.text().strip())) return false;
        Owner owner = owner(sentence, title);
        return owner.cluster() != null && !owner.guessed() && owner.cluster().type.equals("Organization");
    }

    /**
     * What a rule's matched token stands for, given what the relation expects there: the entity of a
     * named mention; a pronoun's referent; else, for a common noun, the Event or the Organization (a
     * delegation, a government) its noun phrase names.
     */
    Optional<Argument> argument(int sentence, IndexedWord w, boolean wantsEvent) {
        return argument(sentence, w, wantsEvent, false);
    }

    Optional<Argument> argument(int sentence, IndexedWord w, boolean wantsEvent, boolean wantsGroup) {
        long r = ref(sentence, w.index());
        if (unknownGovernment.contains(r)) return Optional.empty();
        Cluster c = byToken.get(r);
        // a proper noun NER left out, or read with its neighbour as one place ("the Ruiz-Soto meeting")
        boolean nerMissed = c == null || c.type.equals("Location") && HYPHENATED.matcher(c.name).matches();
        if (nerMissed && w.tag() != null && w.tag().startsWith("NNP") && !titleByToken.containsKey(r)) {
            Cluster named = nameNerMissed(w.word());
            if (named != null) return Optional.of(new Argument(named, 0.9));
        }
        // "arrived in Davos for the World Economic Forum": where a rule wants an event, a body named for its
        // gathering is that gathering
        if (c != null && wantsEvent && c.type.equals("Organization") && GATHERING.matcher(w.word()).matches()) {
            return Optional.of(new Argument(phrase(sentence, w, "Event"), 0.9));
        }
        if (c != null) return Optional.of(new Argument(c, 1.0));
        if (titleByToken.containsKey(r)) {
            // "with Egypt's Minister of Intelligence, Hassan Rashad": the title stands for its holder
            Cluster holder = appositivePerson(sentence, w);
            if (holder != null) return Optional.of(new Argument(holder, 0.95));
        }
        if (w.tag() != null && w.tag().startsWith("PRP")) {
            Cluster ahead = cataphoricSubject(sentence, w);
            if (ahead != null) return Optional.of(new Argument(ahead, 0.9));
            Optional<Cluster> reporter = reportingBody(sentence, w);
            if (reporter != null) return reporter.map(b -> new Argument(b, 0.9));
            Cluster viaCoref = corefByToken.get(r);
            // "he", "her": a person, whatever place or body the chain's first mention named
            boolean personal = PERSONAL_PRONOUNS.contains(w.word().toLowerCase(Locale.ROOT));
            if (viaCoref != null && (!personal || viaCoref.type.equals("Person"))) return Optional.of(new Argument(viaCoref, 0.9));
            // "Britain was well placed because of its alliance with the US": "it" is a country or a body, not a person
            Cluster near = IMPERSONAL.contains(w.word().toLowerCase(Locale.ROOT))
                ? nearestBefore(sentence, w.index(), k -> k.type.equals("Country") || k.type.equals("Organization"))
                : nearestPersonBefore(sentence, w.index());
            if (near != null) return Optional.of(new Argument(near, 0.8));
            // the only person the sentence before names ("X has resigned. ... linked to her aunt")
            Cluster previous = personal ? onlyPersonOfSentenceBefore(sentence) : null;
            if (previous != null) return Optional.of(new Argument(previous, 0.7));
            return Optional.empty();
        }
        Cluster people = countryOfPeople(w.tag(), w.word());
        if (people != null) return Optional.of(new Argument(people, 0.9));   // "the Iranians were led by ..."
        if ("capital".equalsIgnoreCase(w.lemma()) && "NN".equals(w.tag())) {
            Cluster city = capitalOfModifyingCountry(sentence, w);
            if (city != null) return Optional.of(new Argument(city, 0.9));
        }
        boolean commonNoun = w.tag() != null && (w.tag().equals("NN") || w.tag().equals("NNS"));
        // "The Hampstead and Highgate MP": an unnamed mention that coreference ties to a person
        Cluster described = corefByToken.get(r);
        if (w.tag() != null && w.tag().startsWith("NN") && described != null && described.type.equals("Person") && !wantsEvent) {
            return Optional.of(new Argument(described, 0.85));
        }
        // a noun phrase, a gerund, or a clause a rule chose ("after police raided his home")
        if (wantsEvent && w.tag() != null && (w.tag().startsWith("NN") || w.tag().startsWith("VB"))) {
            return Optional.of(new Argument(phrase(sentence, w, "Event"), 0.95));
        }
        if (wantsGroup && commonNoun && !titleByToken.containsKey(r)) {
            Optional<Cluster> named = namedGroup(sentence, w);
            // "the party's spring conference" where coreference found no party and none was named a "party" before:
            // a party has a name, and which one is meant is not known (a delegation or a side may have none)
            if (named.isEmpty() && "party".equalsIgnoreCase(w.lemma())) return Optional.empty();
            return Optional.of(new Argument(named.orElseGet(() -> unnamedGroup(sentence, w)), 0.9));
        }
        return Optional.empty();
    }

    /**
     * A proper noun NER left untagged or misread, as in "the U.S.-Russia talks" or "the Ruiz-Soto
     * meeting" (a MISC or a place to NER): a country by its name, or the one person of the document
     * with that surname.
     */
    private Cluster nameNerMissed(String word) {
        Optional<String> country = CountryNames.get().canonical(word);
        // "the Turkey-EU talks" in a document that names the EU as an organisation elsewhere: that one body
        Cluster organization = country.isEmpty() ? null
            : Optional.ofNullable(clusters.get(Keys.of("Organization", word, null))).orElse(clusters.get(Keys.of("Organization", country.get(), null)));
        if (organization != null && !groups.contains(organization)) return organization;   // not "the Chileans", a group
        if (country.isPresent()) {
            Cluster c = named("Country", country.get());
            c.surfaces.add(word);
            return c;
        }
        String surname = Keys.normalize(word);
        List<Cluster> people = clusters.values().stream()
            .filter(c -> c.type.equals("Person") && sameSurname(c.lastWord(), surname)).toList();
        return people.size() == 1 ? people.get(0) : null;
    }

    /** "in the Saudi capital", "Ukraine's capital": the city, when the capitals list knows it. */
    private Cluster capitalOfModifyingCountry(int sentence, IndexedWord capital) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        for (SemanticGraphEdge e : g.outgoingEdgeList(capital)) {
            String rel = e.getRelation().toString();
            if (!QUALIFIERS.contains(rel)) continue;
            Cluster country = byToken.get(ref(sentence, e.getDependent().index()));
            if (country == null || !country.type.equals("Country")) continue;
            Optional<String> city = CountryNames.get().capitalOf(country.name);
            if (city.isEmpty()) return null;
            Cluster c = named("City", city.get());
            c.surfaces.add(e.getDependent().word() + " capital");
            return c;
        }
        return null;
    }

    /** The country or organisation a title belongs to, as the object of e.g. negotiatorOf. */
    Optional<Argument> ownerOfTitle(int sentence, IndexedWord w) {
        CoreEntityMention title = titleByToken.get(ref(sentence, w.index()));
        Owner owner = title != null ? owner(sentence, title) : ownerFromDependents(sentence, List.of(w.index()));
        if (title == null && (owner.cluster() == null || owner.guessed())) {
            // "The delegation was headed by X": the side of the delegation the document named before
            Mention earlier = earlierGroupMention(sentence, w);
            if (earlier != null) {
                Owner stated = ownerFromDependents(earlier.sentence(), List.of(earlier.word().index()));
                if (stated.cluster() != null && !stated.guessed()) owner = new Owner(stated.cluster(), 0.9 * stated.certainty());
            }
        }
        return owner.cluster() == null ? Optional.empty() : Optional.of(new Argument(owner.cluster(), owner.certainty()));
    }

    record Mention(int sentence, IndexedWord word) {
    }

    private Argument position(int sentence, CoreEntityMention title, IndexedWord holder) {
        Optional<Argument> listed = listedOfficeOfBody(sentence, title);
        if (listed.isPresent()) return listed.get();
        Owner owner = owner(sentence, title);
        // "the government's Work and Pensions Minister": an office of the government is its country's
        if (owner.cluster() != null && owner.cluster() == homeGovernment) owner = new Owner(named("Country", homeGovernmentOf), owner.certainty());
        if (holder != null && (owner.cluster() == null || owner.guessed())) {
            // "Presidents X (Peru) and Y (Chile)", "Presidents X of Peru and Y of Chile": each holder's own
            Cluster own = countryOfHolder(sentence, holder);
            if (own != null) owner = new Owner(own, 1.0);
            // "said analyst X at Calyon Securities": the body after the name is the post's
            Cluster body = own == null ? bodyOfHolder(sentence, holder) : null;
            if (body != null) owner = new Owner(body, 0.9);
        }
        NamedTitle t = officeNamedForNation(inState(namedTitle(sentence, title, owner)));
        String of = t.owner().cluster() == null ? null : t.owner().cluster().name;
        boolean known = clusters.containsKey(Keys.of("Position", t.name(), of));
        Cluster c = clusters.computeIfAbsent(Keys.of("Position", t.name(), of), k -> new Cluster("Position", t.name(), of));
        if (!t.owner().guessed()) guessedOwners.remove(c);
        else if (!known) guessedOwners.add(c);
        c.surfaces.add(title.text());
        return new Argument(c, t.owner().cluster() == null ? UNOWNED_TITLE_CERTAINTY : t.owner().certainty());
    }

    /**
     * "Paul Boateng, chief secretary to the Treasury", "the Trade and Industry Secretary Patricia Hewitt": an office
     * whose name takes in the body it serves (which NER tags as an organisation, after or before the title), as only
     * one country names one of its offices (nlp/national-offices.tsv), is that country's, under its full name.
     */
    private Optional<Argument> listedOfficeOfBody(int sentence, CoreEntityMention title) {
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        int first = title.tokens().get(0).index() - 1;   // 0-based
        int last = title.tokens().get(title.tokens().size() - 1).index();
        String text = TitleWording.withPortfolio(doc.sentences().get(sentence), title, t -> titleByToken.get(ref(sentence, t.index())));
        StringBuilder after = new StringBuilder(text);
        Cluster body = namedAfter(sentence, last, "to", Set.of("Organization"));
        if (body == null) body = namedAfter(sentence, last, "of", Set.of("Organization"));
        for (int i = last; body != null && i < tokens.size(); i++) {
            Cluster c = byToken.get(ref(sentence, tokens.get(i).index()));
            if (i > last + 1 && c != body) break;
            after.append(' ').append(tokens.get(i).word());
        }
        StringBuilder before = new StringBuilder(text);
        Cluster bodyBefore = first > 0 ? byToken.get(ref(sentence, tokens.get(first - 1).index())) : null;
        // the body before may also be a nation the office is named for ("Scotland secretary X", "Wales Secretary X"):
        // the list gives such an office to the state, not to the nation
        for (int i = first - 1; bodyBefore != null && NAMING_BODIES.contains(bodyBefore.type) && i >= 0
            && byToken.get(ref(sentence, tokens.get(i).index())) == bodyBefore; i--) {
            before.insert(0, tokens.get(i).word() + " ");
        }
        for (StringBuilder name : List.of(after, before)) {
            String office = TitleWording.titleCase(name.toString());
            Optional<String> country = name.length() > text.length() ? NationalNames.offices().countryOf(office) : Optional.empty();
            // an office the list gives to the very country named before it is that country's own, found as any other is
            if (name == before && bodyBefore != null && country.filter(bodyBefore.name::equals).isPresent()) continue;
            if (country.isEmpty()) continue;
            Cluster c = clusters.computeIfAbsent(Keys.of("Position", office, country.get()), k -> new Cluster("Position", office, country.get()));
            c.surfaces.add(name.toString());
            named("Country", country.get());
            return Optional.of(new Argument(c, 1.0));
        }
        return Optional.empty();
    }

    private record NamedTitle(String name, Owner owner) {
    }

    /**
     * "Chancellor Gordon Brown's announcement ... in Wales": England's offices, and those the UK keeps for Wales and
     * Scotland, are the UK's, as the gold writes them ("Lord Chief Justice|United Kingdom"); and a president is no
     * monarchy's.
     */
    private NamedTitle inState(NamedTitle t) {
        Cluster nation = t.owner().cluster();
        if (nation == null || !(nation.type.equals("Country") || nation.type.equals("Location"))) return t;
        // "the impeachment of President X raised concerns in Japan": a country its sentence happened to name is not a
        // president's when it has none
        if (t.owner().guessed() && TitleWording.isPresident(t.name()) && !CountryNames.get().hasPresident(nation.name)) {
            return new NamedTitle(t.name(), new Owner(null, 0));
        }
        String state = CountryNames.get().officeCountry(nation.name, TitleWording.isStateKeptOffice(t.name()));
        return state.equals(nation.name) ? t : new NamedTitle(t.name(), new Owner(named("Country", state), t.owner().certainty(), t.owner().guessed()));
    }

    /**
     * "Wales Secretary Peter Hain": the nation a listed office is named for is part of its name, not its owner (the
     * parser hangs "Wales" on "Secretary" as it hangs "Peru" in "Peru Foreign Minister"); the list gives the state.
     */
    private NamedTitle officeNamedForNation(NamedTitle t) {
        Cluster nation = t.owner().cluster();
        if (nation == null || !(nation.type.equals("Country") || nation.type.equals("Location"))
            || !(" " + t.name() + " ").contains(" " + nation.name + " ")) return t;
        return NationalNames.offices().countryOf(t.name()).filter(state -> !state.equals(nation.name))
            .map(state -> new NamedTitle(t.name(), new Owner(named("Country", state), 1.0))).orElse(t);
    }

    /** The title as the graph names it ("Foreign Minister"), and its owner ("Minister of Foreign Affairs of Peru" swallows its country). */
    private NamedTitle namedTitle(int sentence, CoreEntityMention title, Owner owner) {
        String text = TitleWording.withPortfolio(doc.sentences().get(sentence), title,
            t -> titleByToken.get(ref(sentence, t.index())));
        Matcher swallowed = TITLE_OF.matcher(text);
        if (swallowed.matches()) {
            Optional<String> country = CountryNames.get().canonical(swallowed.group(2));
            if (country.isPresent()) {
                text = swallowed.group(1);
                owner = new Owner(named("Country", country.get()), 1.0);
            }
        }
        boolean countryStated = owner.cluster() != null && owner.cluster().type.equals("Country") && !owner.guessed();
        // "he was appointed as minister for science": a government office whose country is left to the story keeps its portfolio too
        boolean countryLeft = (owner.cluster() == null || owner.cluster().type.equals("Country")) && TitleWording.isGovernmentOffice(text);
        if (countryStated || countryLeft) {
            // common words name the portfolio of a minister or secretary, or an office the national list knows ("chancellor
            // of the exchequer"); not "the longest serving chancellor of modern times"
            String portfolio = TitleWording.withNamedPortfolio(doc.sentences().get(sentence), title, text, true);
            boolean common = countryStated || TitleWording.isPortfolioOffice(text)
                || NationalNames.offices().countryOf(TitleWording.titleCase(portfolio)).isPresent();
            text = common ? portfolio : TitleWording.withNamedPortfolio(doc.sentences().get(sentence), title, text, false);
        } else {
            text = TitleWording.withUnit(doc.sentences().get(sentence), title, text);
        }
        String name = TitleWording.titleCase(TitleWording.spelledOut(TitleWording.withoutTime(TitleWording.singular(doc.sentences().get(sentence), title, text))));
        return new NamedTitle(name, owner);
    }

    /** "The South African archbishop said": a title its sentence gives a country but no name (see EntityResolver). */
    record TitleDescription(int sentence, String title, Cluster country) {
    }

    /**
     * The titles that stand, as the definite subject of their clause or of what someone says ("Mr Abbas said the
     * British prime minister was ..."), for someone the text named before ("Archbishop Desmond Tutu ... The South
     * African archbishop said"), with the country they state.
     */
    List<TitleDescription> titleDescriptions() {
        List<TitleDescription> out = new ArrayList<>();
        for (TitleMention d : definiteTitles(true)) {
            Owner owner = owner(d.sentence(), d.title());
            if (owner.cluster() == null || owner.guessed() || !owner.cluster().type.equals("Country")) continue;
            NamedTitle t = namedTitle(d.sentence(), d.title(), owner);
            out.add(new TitleDescription(d.sentence(), t.name(), t.owner().cluster()));
        }
        return out;
    }

    /**
     * Whether a speaker says something about the title ("Mr Abbas said the British prime minister was ..."), which
     * the parser may make the object of "said": the subject of what is reported, not someone met or praised.
     */
    private static boolean isReportedSubject(SemanticGraph g, IndexedWord head) {
        return g.incomingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().equals("obj") && SPEECH.contains(e.getGovernor().lemma()))
            && g.outgoingEdgeList(head).stream().anyMatch(d -> d.getDependent().tag().startsWith("VB"));
    }

    private static boolean hasDeterminer(SemanticGraph g, IndexedWord head, String determiner) {
        return g.outgoingEdgeList(head).stream()
            .anyMatch(e -> e.getRelation().toString().equals("det") && determiner.equalsIgnoreCase(e.getDependent().word()));
    }

    /**
     * "Mr Straw said ... The Foreign Secretary told the BBC": an office standing for a person named before, whom
     * coreference or the headline points to; or, as a story's lead, for the person its headline opens with or the
     * next sentence names (see leadDescription).
     */
    record DescribedPerson(int sentence, Cluster person, Cluster position, Basis basis, List<Cluster> namedBefore) {
    }

    /** What points a description to its person. */
    enum Basis {
        COREFERENCE("nearest person named"), HEADLINE("nearest person named, the headline's"),
        AGREED("coreference's person, the headline's"),
        NEAREST("nearest person named, no coreference"), LEAD("the lead's subject, named in the headline or after");

        final String label;

        Basis(String label) {
            this.label = label;
        }

        /** Whether the text itself ties the description to its person (not only the headline or nearness). */
        boolean pointsByItself() {
            return this == COREFERENCE || this == AGREED || this == LEAD;
        }

        /**
         * Whether it is surer than the person a story keeps naming (EntityResolver.salientHolders): coreference and
         * nearness agreeing may still both take the last name before ("Harold Wilson took over ... the prime minister
         * favours a February poll" in a story about Tony Blair); with the headline too, or as the lead, they do not.
         */
        boolean outweighsSalience() {
            return this == AGREED || this == LEAD;
        }
    }

    /**
     * The offices that stand, as the definite subject of their clause and outside quotation marks, for a person
     * named before them, when coreference ties them to that person ("Mr Straw said ... The Foreign Secretary told
     * the BBC"), with the people named before the office, nearest first ({@code namedBefore}): the resolver takes
     * the description only when coreference's person is the nearest one the description can fit. Either alone is
     * often wrong: coreference joins "the prime minister" to whoever is talking about him, and the last name
     * before may be someone he echoes.
     */
    List<DescribedPerson> describedPeople() {
        List<DescribedPerson> out = new ArrayList<>();
        for (TitleMention d : definiteTitles(false)) {
            CoreEntityMention title = d.title();
            if (quoted(doc.sentences().get(d.sentence()), d.head().index())) continue;
            // "the Scottish Executive" is a body: a capitalised one-word "title" is not read as a description, unless
            // it is a government office ("Gordon Brown has addressed the conference. The Chancellor said ...")
            if (title.tokens().size() == 1 && Character.isUpperCase(title.text().charAt(0))
                && !TitleWording.isGovernmentOffice(title.text().strip())) continue;
            Cluster coreferent = corefByToken.get(ref(d.sentence(), d.head().index()));
            List<Cluster> before = peopleNamedBefore(d.sentence());
            // the person coreference ties it to, and the person the headline is about ("Blair sees greater Bush
            // consensus ... the prime minister said Mr Bush had learned": coreference took Bush), unless coreference
            // ties it to someone named only after it ("the home secretary ... Charles Clarke said"). The resolver
            // keeps whichever is the nearest name the description fits, if either.
            Set<Cluster> candidates = new LinkedHashSet<>();
            Set<Cluster> headlined = new HashSet<>();
            boolean corefPerson = coreferent != null && coreferent.type.equals("Person");
            if (corefPerson) candidates.add(coreferent);
            if (!corefPerson || before.contains(coreferent)) {
                // nor when the text writes the title on somebody else's name ("Home Secretary Charles Clarke")
                headlinePerson().filter(o -> holdersNamed(title.text()).stream().allMatch(o::equals)).ifPresent(headlined::add);
            }
            candidates.addAll(headlined);
            // "... under Mr Brown. The chancellor walked side-by-side with Mr Milburn": a government office coreference
            // ties to nobody named, or to someone named further back than another person, may stand for someone named
            // in the two sentences before it (the resolver keeps the nearest whom no other title fits; "Mr Kennedy held
            // talks with Tony Blair. He said the Prime Minister had offered ..." is Blair, whoever the headline is
            // about); not a company's trade ("The US telecoms operator filed for bankruptcy" is the firm)
            boolean corefNearest = corefPerson && !before.isEmpty() && before.get(0) == coreferent;
            boolean byNearness = !corefNearest && TitleWording.isGovernmentOffice(title.text().strip())
                && isOwnClauseSubject(d.graph(doc), d.head());
            if (byNearness) {
                // not someone the text writes another title on ("Metropolitan Police Commissioner X ... The pressure
                // prompted the prime minister to say")
                peopleNamedJustBefore(d.sentence()).stream()
                    .filter(p -> titlesNamedOn(p).stream().allMatch(t -> t.equalsIgnoreCase(title.text().strip())))
                    .forEach(candidates::add);
            }
            candidates.removeIf(c -> !before.contains(c));
            // nor is it whoever its own sentence names after it, though named just before: "... dubbing Mr Brown 'Sir
            // Wastealot'. The shadow chancellor said Mr Brown's golden rule had turned to dross" is not Mr Brown (one
            // named before it may be: "Michael Howard has said a claim by Peter Hain that the Tory leader is ...")
            Set<Cluster> namedAfter = namedIn(d.sentence(), Integer.MAX_VALUE, c -> c.type.equals("Person"));
            namedAfter.removeAll(namedIn(d.sentence(), title.tokens().get(0).index(), c -> c.type.equals("Person")));
            candidates.removeAll(namedAfter);
            if (candidates.isEmpty()) continue;
            Optional<Cluster> position = describedPosition(d.sentence(), d.head());
            for (Cluster person : candidates) {
                Basis basis = person == coreferent ? (headlined.contains(person) ? Basis.AGREED : Basis.COREFERENCE)
                    : headlined.contains(person) ? Basis.HEADLINE : Basis.NEAREST;
                position.ifPresent(p -> out.add(new DescribedPerson(d.sentence(), person, p, basis, before)));
            }
        }
        leadDescription().ifPresent(out::add);
        return out;
    }

    /**
     * "The latest speculation suggests the prime minister favours a February poll": a one-holder government office
     * written as a description, whoever it stands for, with the people named before it (nearest first), in the
     * story's lead or the two sentences just before it, and in its own sentence (a writer who names someone does not
     * call him "the prime minister" in the same breath).
     */
    record OfficeDescription(int sentence, Cluster position, List<Cluster> namedBefore, Set<Cluster> namedNear, Set<Cluster> namedWith) {
    }

    /** The one-holder offices the story writes as descriptions, with no owner stated (see OfficeDescription). */
    List<OfficeDescription> officeDescriptions() {
        Predicate<Cluster> person = c -> c.type.equals("Person");
        List<OfficeDescription> out = new ArrayList<>();
        for (TitleMention d : definiteTitles(true)) {
            if (!TitleWording.isOneHolderOffice(d.title().text())) continue;
            describedPosition(d.sentence(), d.head()).filter(p -> p.of == null).ifPresent(p -> out.add(new OfficeDescription(
                d.sentence(), p, peopleNamedBefore(d.sentence()), leadOrJustBefore(d.sentence()), namedIn(d.sentence(), Integer.MAX_VALUE, person))));
        }
        return out;
    }

    /** A one-holder office named in passing: the sentence that names it, and the office, with no owner yet. */
    record OfficeInPassing(int sentence, Cluster position) {
    }

    /**
     * "Mr Fox accused the prime minister of hiding away", "The prime minister's spokesman said": a one-holder government
     * office the story names with "the" in any role, not only as a clause's subject (see OfficeDescription), with no
     * owner stated and no name on it. Not a former or future holder ("the former prime minister").
     */
    List<OfficeInPassing> officesInPassing() {
        List<OfficeInPassing> out = new ArrayList<>();
        for (TitleMention t : titleMentions()) {
            SemanticGraph g = t.graph(doc);
            if (!TitleWording.isOneHolderOffice(t.title().text()) || !hasDeterminer(g, t.head(), "the") || touchesName(g, t.head())) continue;
            boolean notSitting = g.outgoingEdgeList(t.head()).stream().anyMatch(e -> e.getRelation().toString().equals("amod")
                && NOT_SITTING.contains(e.getDependent().word().toLowerCase(Locale.ROOT)));
            if (notSitting) continue;
            describedPosition(t.sentence(), t.head()).filter(p -> p.of == null).ifPresent(p -> out.add(new OfficeInPassing(t.sentence(), p)));
        }
        return out;
    }

    /** Words that point past the sitting holder of an office ("the former prime minister", "the next chancellor"). */
    private static final Set<String> NOT_SITTING = Set.of("former", "ex", "late", "then", "future", "next", "previous", "new", "last");

    /**
     * The people named in the two sentences before this one, or in the story's lead (the sentence after the headline);
     * not those named in the headline only ("Vega and Soto deny war advice claim. The attorney general has denied ...":
     * describedPeople weighs the headline's person with its own rules).
     */
    private Set<Cluster> leadOrJustBefore(int sentence) {
        Set<Cluster> out = new LinkedHashSet<>();
        for (int i = Math.max(1, sentence - 2); i < sentence; i++) out.addAll(namedIn(i, Integer.MAX_VALUE, c -> c.type.equals("Person")));
        if (sentence > 1) out.addAll(namedIn(1, Integer.MAX_VALUE, c -> c.type.equals("Person")));
        return out;
    }

    /** How many times the text names each person (by name: pronouns and descriptions are not counted). */
    Map<Cluster, Integer> timesNamed() {
        Map<Cluster, Integer> out = new HashMap<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            Cluster previous = null;
            for (CoreLabel t : doc.sentences().get(i).tokens()) {
                Cluster c = byToken.get(ref(i, t.index()));
                if (c != null && c != previous && c.type.equals("Person")) out.merge(c, 1, Integer::sum);
                previous = c;
            }
        }
        return out;
    }

    /** The titles the text writes on this person's name ("Home Secretary Charles Clarke", "Y, the home secretary"). */
    private Set<String> titlesNamedOn(Cluster person) {
        Set<String> out = new HashSet<>();
        for (TitleMention t : titleMentions()) {
            if (peopleOn(t).contains(person)) out.add(t.title().text().strip());
        }
        return out;
    }

    /** The people the text names with this title on them ("Home Secretary Charles Clarke", "Y, the home secretary"). */
    private Set<Cluster> holdersNamed(String titleText) {
        Set<Cluster> out = new HashSet<>();
        for (TitleMention t : titleMentions()) {
            if (t.title().text().strip().equalsIgnoreCase(titleText.strip())) out.addAll(peopleOn(t));
        }
        return out;
    }

    /** The people whose names hang on the title or it on them. */
    private Set<Cluster> peopleOn(TitleMention t) {
        SemanticGraph g = t.graph(doc);
        List<IndexedWord> touching = new ArrayList<>(g.getChildList(t.head()));
        touching.addAll(g.getParentList(t.head()));
        Set<Cluster> out = new HashSet<>();
        for (IndexedWord w : touching) {
            Cluster c = byToken.get(ref(t.sentence(), w.index()));
            if (c != null && c.type.equals("Person")) out.add(c);
        }
        return out;
    }

    /**
     * Whom the headline is about: the person it opens with, or the one person it names ("UK heading wrong way, says
     * Howard").
     */
    private Optional<Cluster> headlinePerson() {
        Set<Cluster> named = namedIn(0, Integer.MAX_VALUE, c -> c.type.equals("Person"));
        return headlineOpener().or(() -> named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty());
    }

    /** The person a headline opens with ("Brown calls for £5.5bn Aids fund"): whom the story is about. */
    private Optional<Cluster> headlineOpener() {
        return Optional.ofNullable(byToken.get(ref(0, 1))).filter(c -> c.type.equals("Person"));
    }

    /**
     * The people named in the sentences before a description, nearest first. Not those named in its own sentence:
     * a writer who names someone does not call him "the chancellor" in the same breath ("Mr Blair changed his mind
     * amid suspicion the chancellor was manoeuvring against him"), so they are neither who it stands for nor nearer.
     */
    private List<Cluster> peopleNamedBefore(int sentence) {
        List<Cluster> out = new ArrayList<>();
        for (int i = sentence - 1; i >= 0; i--) {
            for (int t = doc.sentences().get(i).tokens().size(); t >= 1; t--) {
                Cluster c = byToken.get(ref(i, t));
                if (c != null && c.type.equals("Person") && !out.contains(c)) out.add(c);
            }
        }
        return out;
    }

    /** The people named in the two sentences before this one. */
    private Set<Cluster> peopleNamedJustBefore(int sentence) {
        Set<Cluster> out = new LinkedHashSet<>();
        for (int i = sentence - 1; i >= Math.max(0, sentence - 2); i--) out.addAll(namedIn(i, Integer.MAX_VALUE, c -> c.type.equals("Person")));
        return out;
    }

    /**
     * A story may open on an office and name its holder elsewhere. When the lead names nobody, the title that
     * is its subject belongs to the person the headline opens with ("Goldsmith denies war advice claim / The
     * attorney general has denied ..."); when the headline names nobody either, to the one person the next
     * sentence names without a title of their own ("The former chief financial officer at WorldCom has admitted
     * ... Speaking at the trial of his former boss Bernard Ebbers, Scott Sullivan said": the boss is somebody else).
     */
    private Optional<DescribedPerson> leadDescription() {
        Predicate<Cluster> person = c -> c.type.equals("Person");
        if (doc.sentences().size() < 3 || !namedIn(1, Integer.MAX_VALUE, person).isEmpty()) return Optional.empty();
        Set<Cluster> headlined = namedIn(0, Integer.MAX_VALUE, person);
        Set<Cluster> untitled = namedIn(2, Integer.MAX_VALUE, person);
        untitled.removeIf(c -> titledIn(2, c));
        Cluster holder = headlined.isEmpty() ? (untitled.size() == 1 ? untitled.iterator().next() : null)
            : headlined.size() == 1 ? headlineOpener().orElse(null) : null;
        CoreSentence lead = doc.sentences().get(1);
        SemanticGraph g = lead.dependencyParse();
        if (g == null || lead.entityMentions() == null || holder == null) return Optional.empty();
        for (CoreEntityMention title : lead.entityMentions()) {
            if (!"TITLE".equals(title.entityType())) continue;
            IndexedWord head = g.getNodeByIndexSafe(title.tokens().get(title.tokens().size() - 1).index());
            if (head == null || !isLeadSubject(g, head)) continue;
            return describedPosition(1, head).map(p -> new DescribedPerson(1, holder, p, Basis.LEAD, List.of(holder)));
        }
        return Optional.empty();
    }

    /**
     * The office a description names; an owner guessed from its sentence ("the plan used by the United States")
     * is left to the document's home country instead (EntityResolver.completeTitles).
     */
    private Optional<Cluster> describedPosition(int sentence, IndexedWord head) {
        return position(sentence, head, null).map(p -> ownerGuessed(p.cluster()) ? unowned(p.cluster()) : p.cluster());
    }

    /** Whether a title in the sentence hangs on the person's name or the name on it ("his former boss X", "X, the chairman"). */
    private boolean titledIn(int sentence, Cluster person) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            boolean down = byToken.get(ref(sentence, e.getGovernor().index())) == person && "TITLE".equals(e.getDependent().ner());
            boolean up = byToken.get(ref(sentence, e.getDependent().index())) == person && "TITLE".equals(e.getGovernor().ner());
            if (down || up) return true;
        }
        return false;
    }

    /**
     * "The former chief financial officer ... has admitted", "An ex-chief executive ... has been jailed", "The US stock
     * market watchdog's chairman has said": the main clause's subject, determined by an article or a possessive.
     */
    private static boolean isLeadSubject(SemanticGraph g, IndexedWord head) {
        boolean determined = g.outgoingEdgeList(head).stream().anyMatch(e -> (e.getRelation().toString().equals("det")
            && Set.of("the", "a", "an").contains(e.getDependent().word().toLowerCase(Locale.ROOT)))
            || e.getRelation().toString().equals("nmod:poss"));
        boolean mainSubject = g.incomingEdgeList(head).stream()
            .anyMatch(e -> e.getRelation().toString().startsWith("nsubj") && g.getRoots().contains(e.getGovernor()));
        return determined && mainSubject && "NN".equals(head.tag())
            && g.outgoingEdgeList(head).stream().noneMatch(e -> "PERSON".equals(e.getDependent().ner()));
    }

    /** A title NER found, with the word its phrase hangs on in the parse. */
    private record TitleMention(int sentence, CoreEntityMention title, IndexedWord head) {
        SemanticGraph graph(CoreDocument doc) {
            return doc.sentences().get(sentence).dependencyParse();
        }
    }

    /** Every title of the document, in order (read once: descriptions look through them for each definite title). */
    private List<TitleMention> titleMentions() {
        if (titleMentions != null) return titleMentions;
        List<TitleMention> out = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            CoreSentence s = doc.sentences().get(i);
            SemanticGraph g = s.dependencyParse();
            if (g == null || s.entityMentions() == null) continue;
            for (CoreEntityMention title : s.entityMentions()) {
                if (!"TITLE".equals(title.entityType())) continue;
                IndexedWord head = g.getNodeByIndexSafe(title.tokens().get(title.tokens().size() - 1).index());
                if (head != null) out.add(new TitleMention(i, title, head));
            }
        }
        titleMentions = List.copyOf(out);
        return titleMentions;
    }

    /**
     * The titles that are the definite subject of their clause, with no name on them ("The chancellor said"); with
     * {@code reported}, also the subject of what someone says when the parser made it the object of "said".
     */
    private List<TitleMention> definiteTitles(boolean reported) {
        return titleMentions().stream().filter(t -> {
            SemanticGraph g = t.graph(doc);
            if (touchesName(g, t.head())) return false;
            return isDefiniteSubject(g, t.head()) || reported && hasDeterminer(g, t.head(), "the") && isReportedSubject(g, t.head());
        }).toList();
    }

    /** What follows a closing quotation mark without a space ('"...", the Tory leader said'). */
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[,.;:!?)]");

    /** Whether the token (1-based) is inside quotation marks (see quotedTokens). */
    private static boolean quoted(CoreSentence s, int index) {
        return quotedTokens(s).get(index - 1);
    }

    /**
     * The tokens (0-based) inside quotation marks, in one pass over the sentence. A mark is told by its spacing,
     * not its tag: the sentence splitter may hand the previous sentence's closing mark to this one ("... of
     * him." The Foreign Secretary told the BBC: "I was ..."), and a mark with a space or punctuation after it opens nothing.
     */
    private static BitSet quotedTokens(CoreSentence s) {
        List<CoreLabel> tokens = s.tokens();
        BitSet out = new BitSet(tokens.size());
        // '"The biggest problem ... election. "It might ... than Iraq," said X': a sentence that begins inside a
        // quotation (its opening mark went with the sentence before) is quoted up to the first mark, which closes it
        for (int i = 1; i < tokens.size(); i++) {
            if (!QUOTE_TAGS.contains(tokens.get(i).tag())) continue;
            if (i + 1 == tokens.size() || tokens.get(i + 1).beginPosition() > tokens.get(i).endPosition()) out.set(0, i);
            break;
        }
        int open = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (open > 0) out.set(i);
            CoreLabel t = tokens.get(i);
            if (!QUOTE_TAGS.contains(t.tag())) continue;
            // '"Britain is heading the wrong way", the Tory leader said': a mark punctuation follows closes
            boolean opens = i + 1 < tokens.size() && tokens.get(i + 1).beginPosition() == t.endPosition()
                && !CLOSING_PUNCTUATION.matcher(tokens.get(i + 1).word()).matches();
            if (opens) open++;
            else if (open > 0) open--;
        }
        return out;
    }

    /** "The prime minister said", not "The pressure prompted the prime minister to say": the subject of its own verb. */
    private static boolean isOwnClauseSubject(SemanticGraph g, IndexedWord head) {
        return g.incomingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().matches("nsubj|nsubj:pass"))
            && g.incomingEdgeList(head).stream().noneMatch(e -> e.getRelation().toString().equals("obj"));
    }

    /** "the archbishop said": one holder (not "the ministers"), named by "the", as a clause's subject. */
    private static boolean isDefiniteSubject(SemanticGraph g, IndexedWord head) {
        boolean subject = g.incomingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().startsWith("nsubj"));
        return hasDeterminer(g, head, "the") && subject && ("NN".equals(head.tag()) || "NNP".equals(head.tag()));
    }

    /**
     * Whether a name hangs on the title or the title on a name ("the president, X,"; "the X government"). A party
     * or body written on the title is its owner, not a name ("the Conservative leader said").
     */
    private static boolean touchesName(SemanticGraph g, IndexedWord head) {
        Predicate<IndexedWord> named = w -> "PERSON".equals(w.ner()) || "ORGANIZATION".equals(w.ner());
        return g.outgoingEdgeList(head).stream().anyMatch(e -> named.test(e.getDependent())
                && !("ORGANIZATION".equals(e.getDependent().ner()) && e.getRelation().toString().matches("amod|compound")))
            || g.incomingEdgeList(head).stream().anyMatch(e -> named.test(e.getGovernor()));
    }

    /**
     * "analyst X at Calyon Securities", "economist X of Vega Securities": the organisation the parser hangs on the
     * name of a title's holder, with "at" or "of".
     */
    private Cluster bodyOfHolder(int sentence, IndexedWord holder) {
        if (holder == null) return null;
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        for (SemanticGraphEdge e : g.outgoingEdgeList(holder)) {
            if (!e.getRelation().toString().matches("nmod:(at|of)")) continue;
            Cluster c = byToken.get(ref(sentence, e.getDependent().index()));
            if (c != null && c.type.equals("Organization")) return c;
        }
        return null;
    }

    /**
     * The country stated with a person's name: in brackets after it, after "of", or before it as a
     * possessive ("Britain's Europe Director X": the parser may hang "Britain's" on the name).
     */
    private Cluster countryOfHolder(int sentence, IndexedWord holder) {
        return dependentCountry(sentence, doc.sentences().get(sentence).dependencyParse(), holder,
            rel -> rel.equals("appos") || rel.equals("nmod:of") || rel.equals("nmod:poss"));
    }

    /** {@code guessed}: not stated with the title, only the one country its sentence names. */
    private record Owner(Cluster cluster, double certainty, boolean guessed) {
        Owner(Cluster cluster, double certainty) {
            this(cluster, certainty, false);
        }
    }

    /** Whether the position's country is only the one its sentence happened to name. */
    boolean ownerGuessed(Cluster position) {
        return guessedOwners.contains(position);
    }

    private Owner owner(int sentence, CoreEntityMention title) {
        List<Integer> indexes = withPortfolioNouns(sentence, title.tokens().stream().map(CoreLabel::index).toList());
        Owner fromParse = ownerFromDependents(sentence, indexes);
        Cluster stated = ownerAfterOf(sentence, title);
        // "Egypt's Minister of General Intelligence": a country stated before the title wins, but not over
        // the firm or body a company office is of ("the German co-head of EADS" is EADS's, and German)
        boolean bodyAfter = stated != null && stated.type.equals("Organization") && !TitleWording.isGovernmentOffice(title.text());
        // "chief UK economist at Capital Economics", "UK economist for Capital Economics": a trade is held at the
        // body, whatever country it covers
        Cluster tradeBody = TitleWording.isPostWithinBody(title.text().strip()) ? bodyOfTrade(sentence, title) : null;
        if (tradeBody != null) return new Owner(tradeBody, 0.95);
        if (fromParse.cluster() != null && fromParse.cluster().type.equals("Country") && !fromParse.guessed() && !bodyAfter) return fromParse;
        if (stated != null) return new Owner(stated, 1.0);
        // an organisation stated with the title ("Iran's Foreign Ministry spokesman") comes next
        if (fromParse.cluster() != null && !fromParse.guessed()) return fromParse;
        Cluster serves = organizationServed(sentence, title);
        if (serves != null) return new Owner(serves, 0.95);
        Cluster before = ownerRightBefore(sentence, title);
        return before != null ? new Owner(before, 0.9) : fromParse;
    }

    /** The body an analyst, economist or journalist works at, with or for ("economist for Capital Economics"). */
    private Cluster bodyOfTrade(int sentence, CoreEntityMention title) {
        Cluster served = organizationServed(sentence, title);
        int last = title.tokens().get(title.tokens().size() - 1).index();
        return served != null ? served : namedAfter(sentence, last, "for", Set.of("Organization"));
    }

    /**
     * The organisation a description ("the watchdog", "the charity") on a title stands for. As the title's "of"
     * ("X, chief executive of the Frankfurt-based exchange"; a kind of body, not "chancellor of the exchequer"),
     * the one body its sentence names before it ("Despite the rejection of the Deutsche Boerse bid, ..."); failing
     * that, the one body the sentence before was about ("The SEC found similar problems. The watchdog's chief
     * accountant X"). Coreference was tried and left out: it tied "the company" to a ratings agency and "the
     * watchdog" to another regulator.
     */
    private Cluster organizationDescribed(int sentence, SemanticGraph g, SemanticGraphEdge onTitle) {
        IndexedWord description = onTitle.getDependent();
        Set<Cluster> before = namedIn(sentence, description.index(), c -> c.type.equals("Organization"));
        // "Labour will ..., the party's election chief X has said": as the title's possessive too
        boolean ofThe = Set.of("nmod:of", "nmod:poss").contains(onTitle.getRelation().toString()) && hasDeterminer(g, description, "the")
            && BODY_NOUNS.contains(description.lemma().toLowerCase(Locale.ROOT));
        if (ofThe && before.size() == 1) return before.iterator().next();
        return sentence == 0 ? null : organizationSubject(sentence - 1).orElse(null);
    }

    /** A lower-case common noun that describes a body rather than naming it ("central bank"). */
    private static boolean isDescription(IndexedWord w) {
        return ("NN".equals(w.tag()) || "NNS".equals(w.tag())) && "O".equals(w.ner()) && Character.isLowerCase(w.word().charAt(0));
    }

    /**
     * The title's tokens and the nouns compounded onto it, its portfolio: in "Lib Dem home affairs
     * spokesman" the party hangs on "affairs", not on "spokesman".
     */
    private List<Integer> withPortfolioNouns(int sentence, List<Integer> titleTokens) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        List<Integer> out = new ArrayList<>(titleTokens);
        for (int i = 0; i < out.size(); i++) {
            IndexedWord node = g.getNodeByIndexSafe(out.get(i));
            if (node == null) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                IndexedWord d = e.getDependent();
                // a capitalised portfolio NER left untagged ("Tory Health spokesman") carries the party too
                boolean capitalised = "NNP".equals(d.tag()) && "O".equals(d.ner());
                boolean portfolio = e.getRelation().toString().equals("compound") && (TitleWording.isPortfolioNoun(d.backingLabel()) || capitalised);
                if (portfolio && !out.contains(d.index())) out.add(d.index());
            }
        }
        return out;
    }

    /**
     * "..., and Foreign Ministry spokesman X": where the parse lost the phrase, the organisation or
     * country named right before the title is its owner.
     */
    private Cluster ownerRightBefore(int sentence, CoreEntityMention title) {
        int first = title.tokens().get(0).index();   // 1-based; the token before it is at list position first - 2
        if (first < 2) return null;
        Cluster c = byToken.get(ref(sentence, doc.sentences().get(sentence).tokens().get(first - 2).index()));
        if (c != null && c.type.equals("Organization") && !canOwn(c, title.text())) return null;
        return c != null && (c.type.equals("Country") || c.type.equals("Organization")) ? c : null;
    }

    /**
     * "Former Labour prime minister X": a minister's, secretary's or chancellor's office belongs to a
     * government (a country, or a body of one such as the Treasury or the Home Office), not to the party
     * or company named with it; a shadow office is the party's here (EntityResolver.completeTitles then gives it to
     * the country it shadows, keeping the party for memberOf).
     */
    private static boolean canOwn(Cluster organization, String title) {
        // "London's Labour mayor X", "Democrat senator X": a party names the holder's side; the city or the country
        // owns the office
        if (TitleWording.isMayor(title) || TitleWording.isLegislator(title)) return false;
        return !TitleWording.isGovernmentOffice(title) || TitleWording.isShadowOffice(title)
            || GOVERNMENT_BODY.matcher(organization.name).find();
    }

    /** The title as written, with the portfolio nouns found for it ("shadow home secretary"). */
    private String titleText(int sentence, List<Integer> titleTokens) {
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        return String.join(" ", titleTokens.stream().sorted().map(i -> tokens.get(i - 1).word()).toList());
    }

    /**
     * "President of Ukraine Volodymyr Zelenskyy": the country or organisation named right after the
     * title and "of" is its owner, whatever the parser attached the "of" phrase to.
     */
    private Cluster ownerAfterOf(int sentence, CoreEntityMention title) {
        int last = title.tokens().get(title.tokens().size() - 1).index();
        Cluster c = namedAfter(sentence, last, "of", Set.of("Country", "Organization"));
        // "a board member of Germany's central bank": the country only qualifies the body named after it
        // (but "chief operating officer of Toyota's US sales arm" is the company's)
        if (c == null || !c.type.equals("Country")) return c;
        if (possessiveFollows(sentence, c, last)) return null;
        // "chief executive of Japanese manufacturer Vega", "head of the Ukrainian state-owned Vega company": the
        // people's adjective describes the body named after it
        return bodyDescribedAfter(sentence, c, last).orElse(c);
    }

    /**
     * The organisation named after a people's adjective and at most three lower-case words describing it ("Japanese
     * manufacturer Vega"), the adjective being {@code country}'s first mention after token {@code after} (1-based).
     */
    private Optional<Cluster> bodyDescribedAfter(int sentence, Cluster country, int after) {
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        int i = mentionAfter(sentence, country, after);
        if (i >= tokens.size() || !"JJ".equals(tokens.get(i).tag())) return Optional.empty();
        int end = Math.min(tokens.size(), i + 5);
        for (int k = i + 1; k < end; k++) {
            CoreLabel t = tokens.get(k);
            Cluster named = byToken.get(ref(sentence, t.index()));
            if (named != null && named.type.equals("Organization")) return Optional.of(named);
            boolean describing = Character.isLowerCase(t.word().charAt(0)) && (t.tag().startsWith("NN") || t.tag().startsWith("JJ") || "HYPH".equals(t.tag()));
            if (!describing) return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the name that starts after token {@code after} (1-based) is followed by a possessive 's. */
    private boolean possessiveFollows(int sentence, Cluster named, int after) {
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        int i = mentionAfter(sentence, named, after);
        while (i < tokens.size() && byToken.get(ref(sentence, tokens.get(i).index())) == named) i++;
        return i < tokens.size() && "POS".equals(tokens.get(i).tag());
    }

    /** The 0-based position of {@code named}'s first token after token {@code after} (1-based); the sentence's length if none. */
    private int mentionAfter(int sentence, Cluster named, int after) {
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        int i = after;   // 0-based position of the token after it
        while (i < tokens.size() && byToken.get(ref(sentence, tokens.get(i).index())) != named) i++;
        return i;
    }

    /**
     * "economic secretary to the Treasury", "a parliamentary secretary in the Treasury", "an analyst at
     * UBS", "an economist with UFJ Bank": the body the office serves. Only an organisation: a country after "to" is where an envoy or ambassador is sent.
     */
    private Cluster organizationServed(int sentence, CoreEntityMention title) {
        int last = title.tokens().get(title.tokens().size() - 1).index();
        for (String joiner : List.of("to", "in", "at", "with")) {
            Cluster served = namedAfter(sentence, last, joiner, Set.of("Organization"));
            if (served != null) return served;
        }
        // "officer at Spanish airline Soto Airways", "at US telecoms firm WorldCom" (the name in apposition to
        // a description of the body): the body the joining word governs; so too "a spokesman for the campaign group
        // Vega", "director of the human rights organisation Vega", where only a description stands after "for" or "of"
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        IndexedWord head = g == null ? null : g.getNodeByIndexSafe(last);
        if (head == null) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            boolean described = DESCRIBED_SERVED.contains(e.getRelation().toString()) && isDescription(e.getDependent());
            if (!SERVED.contains(e.getRelation().toString()) && !described) continue;
            List<IndexedWord> named = new ArrayList<>(described ? List.of() : List.of(e.getDependent()));
            // "chief economist for the region at Vega Bank", "head of the natural disasters department at Soto Re": the
            // parser hangs the body on the remit, which only describes the post
            Set<String> naming = described ? Set.of("appos", "nmod:at") : Set.of("appos");
            g.outgoingEdgeList(e.getDependent()).stream().filter(a -> naming.contains(a.getRelation().toString())).forEach(a -> named.add(a.getDependent()));
            for (IndexedWord w : named) {
                Cluster c = byToken.get(ref(sentence, w.index()));
                if (c != null && c.type.equals("Organization")) return c;
            }
        }
        return null;
    }

    /**
     * The country or organisation named right after token {@code index} (1-based) and a joining word,
     * with an optional "the": "President of (the) X", "the central bank, (the) X".
     */
    private Cluster namedAfter(int sentence, int index, String joiner, Set<String> types) {
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        int next = index;   // 0-based position of the token after it
        if (next >= tokens.size() || !tokens.get(next).word().equalsIgnoreCase(joiner)) return null;
        next++;
        if (next < tokens.size() && tokens.get(next).word().equalsIgnoreCase("the")) next++;
        if (next >= tokens.size()) return null;
        Cluster c = byToken.get(ref(sentence, tokens.get(next).index()));
        if (c == null || !types.contains(c.type)) return null;
        // "director of Aberdeen-based consultancy Vega": where the body is based, which NER may take for a body, is not it
        int end = next;
        while (end + 1 < tokens.size() && byToken.get(ref(sentence, tokens.get(end + 1).index())) == c) end++;
        boolean based = end + 2 < tokens.size() && tokens.get(end + 1).word().equals("-") && tokens.get(end + 2).word().equalsIgnoreCase("based");
        return based ? null : c;
    }

    /**
     * An office written as a passive verb (nlp/bodies.rules) is the body it is said of: "Vega Air was founded by X" (its
     * passive subject), "Vega Air, founded by X" and "Vega Air, the airline founded by X" (the name it describes).
     */
    private Cluster bodyOfPassiveOffice(int sentence, SemanticGraph g, List<Integer> titleTokens) {
        IndexedWord verb = titleTokens.size() == 1 ? g.getNodeByIndexSafe(titleTokens.get(0)) : null;
        if (verb == null || !"VBN".equals(verb.tag())) return null;
        List<IndexedWord> bodies = new ArrayList<>();
        g.outgoingEdgeList(verb).stream().filter(e -> e.getRelation().toString().equals("nsubj:pass")).forEach(e -> bodies.add(e.getDependent()));
        for (SemanticGraphEdge e : g.incomingEdgeList(verb)) {
            if (!e.getRelation().toString().equals("acl")) continue;
            bodies.add(e.getGovernor());
            // "Vega Air, the airline founded by X": the description's name
            g.incomingEdgeList(e.getGovernor()).stream().filter(a -> a.getRelation().toString().equals("appos")).forEach(a -> bodies.add(a.getGovernor()));
        }
        return bodies.stream().map(w -> byToken.get(ref(sentence, w.index())))
            .filter(c -> c != null && c.type.equals("Organization")).findFirst().orElse(null);
    }

    private Owner ownerFromDependents(int sentence, List<Integer> titleTokens) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        Cluster organization = null;
        Cluster country = null;
        Cluster place = null;
        // "Iran's Foreign Ministry spokesman" speaks for the ministry, not for Iran
        boolean speaks = speaksFor(sentence, titleTokens);
        String title = titleText(sentence, titleTokens);
        boolean companyOffice = TitleWording.isCompanyOffice(title) || firmCompounded(g, titleTokens);
        for (int index : titleTokens) {
            IndexedWord node = g.getNodeByIndexSafe(index);
            if (node == null) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                if (!OWNER_RELATIONS.contains(e.getRelation().toString())) continue;
                // "the UN's special envoy for Syria": where an envoy is posted is not whose envoy they are
                if (e.getRelation().toString().equals("nmod:for") && POSTED.contains(String.valueOf(node.lemma()).toLowerCase(Locale.ROOT))) continue;
                Cluster c = byToken.get(ref(sentence, e.getDependent().index()));
                // "Peru appointed X as its ambassador": the country or organisation "its" stands for
                if (c == null && "its".equalsIgnoreCase(e.getDependent().word())) {
                    c = nearestOwnerBefore(sentence, e.getDependent().index(), companyOffice);
                }
                // "a board member of Germany's central bank, the Bundesbank": the body named right after its
                // description is the owner, not the country the description names
                if (c == null && isDescription(e.getDependent())) {
                    Cluster named = namedAfter(sentence, e.getDependent().index(), ",", Set.of("Organization"));
                    // "The watchdog's chief accountant X": failing a name after it, the body it stands for
                    if (named == null) named = organizationDescribed(sentence, g, e);
                    if (named != null && organization == null) organization = named;
                    continue;
                }
                if (c == null) continue;
                // "Texas Governor X", "the mayor of London": a state's or a city's own office
                if ((c.type.equals("Location") || c.type.equals("City")) && place == null && TitleWording.isLocalOffice(title)
                    && LOCAL_OWNER_RELATIONS.contains(e.getRelation().toString())) place = c;
                if (c.type.equals("Country") && !speaks) return new Owner(c, 1.0);
                if (c.type.equals("Country") && country == null) country = c;
                if (c.type.equals("Organization") && organization == null && canOwn(c, title)) {
                    // "Ukraine's National Security Council": the position is the country's (but a director general
                    // of "the UK's Confederation of British Industry" is the confederation's: it is no body of government)
                    Cluster orgCountry = GOVERNMENT_BODY.matcher(c.name).find() ? dependentCountry(sentence, g, e.getDependent(), rel -> true) : null;
                    if (orgCountry != null && !speaks) return new Owner(orgCountry, 0.95);
                    organization = c;
                }
            }
        }
        if (organization == null) organization = bodyOfPassiveOffice(sentence, g, titleTokens);
        if (organization != null) return new Owner(organization, 0.95);
        if (country != null) return new Owner(country, 1.0);
        if (place != null) return new Owner(place, 0.95);
        // "said X, a spokesman for EU trade commissioner Y": whoever the spokesman speaks for, it is no country the
        // sentence happens to name (spokeFor keeps the person)
        if (speaks && speaksForPerson(sentence, g, titleTokens)) return new Owner(null, 0);
        // A title with no stated owner belongs to the one country the sentence names, if only one;
        // a country that qualifies another party ("the US delegation", "his Greek counterpart") is
        // that party's, not this title's.
        Set<Cluster> countries = new LinkedHashSet<>();
        // "ambassador to Peru", "minister X as high commissioner to Australia": the country the holder is sent to is not theirs
        Set<Cluster> postings = postingsAfter(sentence, Collections.max(titleTokens));
        CoreSentence s = doc.sentences().get(sentence);
        // '"... than Iraq," said City Councillor X': a country in someone's quoted words is what they talk about
        BitSet quoted = quotedTokens(s);
        boolean titleQuoted = quoted.get(titleTokens.get(0) - 1);
        for (CoreLabel t : s.tokens()) {
            if (!titleQuoted && quoted.get(t.index() - 1)) continue;
            Cluster c = byToken.get(ref(sentence, t.index()));
            if (c == null) c = countryOfPeople(t.tag(), t.word());
            if (c == null || !c.type.equals("Country")) continue;
            IndexedWord node = g.getNodeByIndexSafe(t.index());
            if (node != null && (qualifiesNoun(g, node, titleTokens, OTHER_PARTIES) || qualifiesNoun(g, node, titleTokens, TERRITORY)
                || namesAnotherPerson(sentence, g, node, titleTokens)
                || isDestination(g, node) || isTarget(g, node) || isBase(g, node) || isVenue(g, node) || postings.contains(c))) continue;
            countries.add(c);
        }
        // a company's office is no country's ("Chief executive X was quoted by The Australian newspaper")
        if (countries.size() == 1 && !companyOffice) {
            return new Owner(countries.iterator().next(), GUESSED_OWNER_CERTAINTY, true);
        }
        // "However Paris was more subdued, with finance minister X telling parliament": a capital the sentence makes
        // its subject stands for its government, whose minister the title is
        Cluster government = countries.isEmpty() && TitleWording.isGovernmentOffice(title) ? capitalAsSubject(sentence, g) : null;
        if (government != null) return new Owner(government, GUESSED_OWNER_CERTAINTY, true);
        return countries.size() <= 1 ? soleCompanyOf(sentence, titleTokens) : new Owner(null, 0);
    }

    /** The country of the one capital that is a subject in the sentence ("Berlin welcomed the decision"), if one. */
    private Cluster capitalAsSubject(int sentence, SemanticGraph g) {
        Set<String> countries = new HashSet<>();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (!e.getRelation().toString().startsWith("nsubj")) continue;
            Cluster c = byToken.get(ref(sentence, e.getDependent().index()));
            if (c != null && c.type.equals("City")) CountryNames.get().countryOfCapital(c.name).ifPresent(countries::add);
        }
        return countries.size() == 1 ? named("Country", countries.iterator().next()) : null;
    }

    /**
     * The countries a posting right after a title ("envoy to Ukraine", "X as high commissioner to Australia")
     * sends its holder to: the title itself or a posting within a few words of it, which is the same holder's.
     */
    private Set<Cluster> postingsAfter(int sentence, int titleEnd) {
        Set<Cluster> out = new HashSet<>();
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        for (CoreLabel t : tokens.subList(titleEnd - 1, Math.min(tokens.size(), titleEnd + POSTING_REACH))) {
            if (t.index() == titleEnd || isPosting(t)) postedTo(sentence, t).ifPresent(out::add);
        }
        return out;
    }

    /** The countries any title or posting in the sentence sends someone to ("... Y as high commissioner to Australia"). */
    private Set<Cluster> postingsIn(int sentence) {
        Set<Cluster> out = new HashSet<>();
        for (CoreLabel t : doc.sentences().get(sentence).tokens()) {
            if ("TITLE".equals(t.ner()) || isPosting(t)) postedTo(sentence, t).ifPresent(out::add);
        }
        return out;
    }

    private static boolean isPosting(CoreLabel t) {
        return POSTED.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** The country named right after the word and "to" ("ambassador to Peru"). */
    private Optional<Cluster> postedTo(int sentence, CoreLabel t) {
        return Optional.ofNullable(namedAfter(sentence, t.index(), "to", Set.of("Country")));
    }

    /**
     * "When asked about BMW's plans, the carmaker's chief executive X said": a company office owned by a
     * common noun ("the company's", "the firm's"), or any office "company" qualifies ("Company spokesman X said
     * Exxon ..."), belongs to the one organisation its sentence names.
     */
    private Owner soleCompanyOf(int sentence, List<Integer> titleTokens) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        String title = titleText(sentence, titleTokens);
        boolean ownedByNoun = titleEdges(g, titleTokens)
            .anyMatch(e -> e.getRelation().toString().equals("nmod:poss") && "NN".equals(e.getDependent().tag()));
        if (!(ownedByNoun && TitleWording.isCompanyOffice(title) || firmCompounded(g, titleTokens))) return new Owner(null, 0);
        Set<Cluster> organizations = namedIn(sentence, Integer.MAX_VALUE, c -> c.type.equals("Organization"));
        return organizations.size() == 1 ? new Owner(organizations.iterator().next(), 0.75, true) : new Owner(null, 0);
    }

    /** "Company spokesman X said Exxon ...": an office the firm's common noun qualifies is a company's. */
    private static boolean firmCompounded(SemanticGraph g, List<Integer> titleTokens) {
        return titleEdges(g, titleTokens)
            .anyMatch(e -> e.getRelation().toString().equals("compound") && TitleWording.isFirmNoun(e.getDependent().word()));
    }

    /** The parse edges from the words of a title to their dependents. */
    private static Stream<SemanticGraphEdge> titleEdges(SemanticGraph g, List<Integer> titleTokens) {
        return titleTokens.stream().map(g::getNodeByIndexSafe).filter(Objects::nonNull).flatMap(n -> g.outgoingEdgeList(n).stream());
    }

    /** "a Singapore-based fund manager": where someone works from is not whose office they hold. */
    private static boolean isBase(SemanticGraph g, IndexedWord node) {
        return g.incomingEdgeList(node).stream().anyMatch(e -> "base".equalsIgnoreCase(e.getGovernor().lemma())
            && e.getRelation().toString().startsWith("obl"));
    }

    /**
     * "Chancellor X has visited Kenya's biggest shantytown": a place the sentence travels to (the
     * country or what it qualifies) is where the title's holder went, not whose title it is.
     */
    private static boolean isDestination(SemanticGraph g, IndexedWord node) {
        IndexedWord w = node;
        for (int up = 0; up < 2 && w != null; up++) {
            for (SemanticGraphEdge e : g.incomingEdgeList(w)) {
                String lemma = e.getGovernor().lemma() == null ? "" : e.getGovernor().lemma().toLowerCase(Locale.ROOT);
                if (TRAVEL.contains(lemma) && DESTINATION.matcher(e.getRelation().toString()).matches()) return true;
            }
            w = g.getParent(w);
        }
        return false;
    }

    /**
     * "President X told the trade summit in Chile": where a gathering is held is not whose title it is (the
     * leaders at a summit come from everywhere).
     */
    private static boolean isVenue(SemanticGraph g, IndexedWord node) {
        return g.incomingEdgeList(node).stream().anyMatch(e -> "nmod:in".equals(e.getRelation().toString())
            && GATHERINGS.contains(String.valueOf(e.getGovernor().lemma()).toLowerCase(Locale.ROOT)));
    }

    /** "restrictions on Cuba", "a war against Iraq": a country something is aimed at is not the title's. */
    private static boolean isTarget(SemanticGraph g, IndexedWord node) {
        return g.incomingEdgeList(node).stream().anyMatch(e -> TARGET.matcher(e.getRelation().toString()).matches());
    }

    /**
     * The two entities "both countries", "the two sides" or "the two leaders" stand for: the last two the
     * text named together ("India and Pakistan"), else the two a sentence names alone; looked for
     * before the words in their own sentence, then in the two sentences before. Empty when the token
     * is no such plural; an empty list when the text is not that clear.
     */
    Optional<List<Argument>> pairNamedBefore(int sentence, IndexedWord w) {
        Optional<PairReference> kind = PairReference.of(doc.sentences().get(sentence).dependencyParse(), w);
        if (kind.isEmpty()) return Optional.empty();
        boolean sides = "side".equalsIgnoreCase(w.lemma());
        Predicate<Cluster> fits = switch (kind.get()) {
            case PEOPLE -> c -> c.type.equals("Person");
            case COMPANIES -> c -> c.type.equals("Organization") && !isGroup(c);
            case STATES -> c -> c.type.equals("Country") || (sides && c.type.equals("Organization"));
        };
        // "X chief Y is meeting Ms Z, in the third meeting between the two exchanges": a firm its own sentence
        // names must be one of the two (the pair named before may be another)
        Set<Cluster> ownSentence = kind.get() == PairReference.COMPANIES ? namedIn(sentence, w.index(), fits) : Set.of();
        for (int s = sentence; s >= Math.max(0, sentence - 2); s--) {
            int before = s == sentence ? w.index() : Integer.MAX_VALUE;
            List<Cluster> joined = lastNamedTogether(s, before, fits);
            if (joined.isEmpty()) {
                Set<Cluster> named = namedIn(s, before, fits);
                if (named.size() > 2) return Optional.of(List.of());
                if (named.size() == 2) joined = List.copyOf(named);
            }
            if (!joined.isEmpty() && !joined.containsAll(ownSentence)) return Optional.of(List.of());
            if (!joined.isEmpty()) return Optional.of(joined.stream().map(c -> new Argument(c, 0.85)).toList());
        }
        return Optional.of(List.of());
    }

    /** The last "X and Y" of two different entities of that kind before this token ("between X and Y" too). */
    private List<Cluster> lastNamedTogether(int sentence, int before, Predicate<Cluster> fits) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        List<Cluster> last = List.of();
        int at = -1;
        for (SemanticGraphEdge e : g.edgeIterable()) {
            if (!e.getRelation().toString().equals("conj:and") || e.getDependent().index() >= before || e.getDependent().index() < at) continue;
            Cluster a = byToken.get(ref(sentence, e.getGovernor().index()));
            Cluster b = byToken.get(ref(sentence, e.getDependent().index()));
            boolean twoOnly = g.outgoingEdgeList(e.getGovernor()).stream()
                .filter(other -> other.getRelation().toString().equals("conj:and")).count() == 1;   // not "X, Y and Z"
            if (a != null && b != null && a != b && twoOnly && fits.test(a) && fits.test(b)) {
                last = List.of(a, b);
                at = e.getDependent().index();
            }
        }
        return last;
    }

    /**
     * Where a group the relation wants is named by its people ("the Iranians were led by X"): the
     * side, as a group named so, not the country.
     */
    Optional<Argument> sideNamedByPeople(int sentence, IndexedWord w) {
        if (peopleCountry(w.tag(), w.word()).isEmpty()) return Optional.empty();
        String name = w.word();
        Cluster c = clusters.computeIfAbsent(Keys.of("Organization", name, null), k -> new Cluster("Organization", name, null));
        groups.add(c);
        return Optional.of(new Argument(c, 0.85));
    }

    boolean isGroup(Cluster c) {
        return groups.contains(c);
    }

    /** The talks (negotiations, meeting, summit) the document names first, with its sentence. */
    Optional<Mention> firstTalks() {
        for (CoreSentence s : doc.sentences()) {
            SemanticGraph g = s.dependencyParse();
            if (g == null) continue;
            for (CoreLabel t : s.tokens()) {
                if (t.tag() == null || !t.tag().startsWith("NN") || t.lemma() == null || !TALKS.contains(t.lemma().toLowerCase())) continue;
                IndexedWord w = g.getNodeByIndexSafe(t.index());
                if (w != null) return Optional.of(new Mention(t.sentIndex(), w));
            }
        }
        return Optional.empty();
    }

    /** "The Downing Street talks covered ...": the definite talks, meeting or summit that is a sentence's subject. */
    Optional<Mention> talksOpening(int sentence) {
        if (sentence >= doc.sentences().size()) return Optional.empty();
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        if (g == null || g.getRoots().isEmpty()) return Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeList(g.getFirstRoot())) {
            IndexedWord w = e.getDependent();
            if (!e.getRelation().toString().startsWith("nsubj") || w.tag() == null || !w.tag().startsWith("NN")
                || w.lemma() == null || !TALKS.contains(w.lemma().toLowerCase(Locale.ROOT))) continue;
            boolean definite = g.outgoingEdgeList(w).stream()
                .anyMatch(d -> d.getRelation().toString().equals("det") && DEFINITE.contains(d.getDependent().word().toLowerCase(Locale.ROOT)));
            // "the talks between Chile and Bolivia" name their own sides: other talks
            boolean ownSides = g.outgoingEdgeList(w).stream()
                .anyMatch(d -> OWN_SIDES.matcher(d.getRelation().toString()).matches());
            if (definite && !ownSides) return Optional.of(new Mention(sentence, w));
        }
        return Optional.empty();
    }

    /** The event a noun names, as a rule's object would. */
    Cluster event(Mention m) {
        return phrase(m.sentence(), m.word(), "Event");
    }

    /**
     * The country of the dateline ("TOKYO:", "Tehran, Iran –"), which the annotator splits off as a
     * sentence of its own: the country it names, or the country of the capital it names.
     */
    Optional<String> datelineCountry() {
        if (doc.sentences().isEmpty()) return Optional.empty();
        List<CoreLabel> first = doc.sentences().get(0).tokens();
        if (first.size() > 8 || first.stream().anyMatch(t -> t.tag() != null && t.tag().startsWith("VB"))) return Optional.empty();
        for (CoreLabel t : first) {
            Cluster c = byToken.get(ref(0, t.index()));
            if (c != null && c.type.equals("Country")) return Optional.of(c.name);
            if (c != null && c.type.equals("City")) return CountryNames.get().countryOfCapital(c.name);
        }
        return Optional.empty();
    }

    /**
     * The country a story is about: the subject or possessor of its headline or lead ("Ukraine revisits
     * state sell-offs", "Turkey's economic leaders have ..."), named again later, where every other country
     * is named once, or in at most half as many sentences (a story about Ukraine that keeps naming the US may
     * be as much about the US's president; one about Venezuela's land reform that names a UK firm twice is
     * not). Failing a subject or possessor, a country that qualifies the subject ("The US budget deficit"); one that
     * qualifies another noun of the lead ("the Iraq war" as an object) is not the story's. Failing both, the country a
     * headline's news happens in ("Business confidence dips in Japan", "Industrial output falls in Japan").
     */
    Optional<String> leadCountry() {
        Map<String, Integer> sentencesNaming = new HashMap<>();
        for (CoreSentence s : doc.sentences()) {
            Set<String> named = new HashSet<>();
            for (CoreLabel t : s.tokens()) countryAt(t.sentIndex(), t.index()).ifPresent(c -> named.add(c.name));
            named.forEach(n -> sentencesNaming.merge(n, 1, Integer::sum));
        }
        return leadCountryIn(0, false).or(() -> leadCountryIn(1, false))
            .or(() -> leadCountryIn(0, true)).or(() -> leadCountryIn(1, true)).or(this::headlineSetting).filter(country -> sentencesNaming.get(country) >= 2 && sentencesNaming.entrySet().stream()
            .allMatch(e -> e.getKey().equals(country) || e.getValue() == 1 || 2 * e.getValue() <= sentencesNaming.get(country)));
    }

    /**
     * The first country in the sentence that is a subject or a possessor ("Ukraine revisits", "Turkey's leaders"); with
     * {@code qualifying}, the first that qualifies a subject instead ("The US budget deficit is set to hit ...",
     * "Japanese exports rose" are stories about that country's affairs).
     */
    private Optional<String> leadCountryIn(int sentence, boolean qualifying) {
        if (sentence >= doc.sentences().size()) return Optional.empty();
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        if (g == null) return Optional.empty();
        for (SemanticGraphEdge e : g.edgeIterable()) {
            String rel = e.getRelation().toString();
            if (!rel.startsWith("nsubj") && (qualifying || !rel.equals("nmod:poss"))) continue;
            List<IndexedWord> words = qualifying
                ? g.outgoingEdgeList(e.getDependent()).stream().filter(q -> QUALIFIERS.contains(q.getRelation().toString()))
                    .map(SemanticGraphEdge::getDependent).toList()
                : List.of(e.getDependent());
            for (IndexedWord w : words) {
                Optional<Cluster> country = countryAt(sentence, w.index());
                if (country.isPresent()) return country.map(c -> c.name);
            }
        }
        return Optional.empty();
    }

    /** The country named by an "in" phrase on the headline's main word: where its news happens. */
    private Optional<String> headlineSetting() {
        SemanticGraph g = doc.sentences().get(0).dependencyParse();
        if (g == null || g.getRoots().isEmpty()) return Optional.empty();
        return g.outgoingEdgeList(g.getFirstRoot()).stream()
            .filter(e -> e.getRelation().toString().equals("obl:in") || e.getRelation().toString().equals("nmod:in"))
            .flatMap(e -> countryAt(0, e.getDependent().index()).stream()).map(c -> c.name).findFirst();
    }

    /** The country a token names, if it names one. */
    private Optional<Cluster> countryAt(int sentence, int tokenIndex) {
        return Optional.ofNullable(byToken.get(ref(sentence, tokenIndex))).filter(c -> c.type.equals("Country"));
    }

    /**
     * The one country whose institutions the document names ("MPs in the Commons"), if it names one country's only;
     * worked out once per document (the resolver asks for it per title and per description).
     */
    Optional<String> institutionCountry() {
        if (institutionCountry == null) institutionCountry = findInstitutionCountry();
        return institutionCountry;
    }

    private Optional<String> findInstitutionCountry() {
        Set<String> countries = NationalNames.institutions().countriesNamedIn(doc.text());
        if (countries.size() != 1) return Optional.empty();
        String country = countries.iterator().next();
        // "Wales 'must learn health lessons' ... NHS staff": a story headlined on another place (which NER
        // may not know for a country) is that place's, whatever institutions it shares
        return mainClauseSubject(0).filter(c -> (c.type.equals("Country") || c.type.equals("Location")) && !c.name.equals(country)).isPresent()
            ? Optional.empty() : Optional.of(country);
    }

    /**
     * What a sentence's main clause is about: its subject, if that is one entity ("Norwich Union and Axa
     * both cut their rates" is about neither alone).
     */
    private Optional<Cluster> mainClauseSubject(int sentence) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        if (g == null || g.getRoots().isEmpty()) return Optional.empty();
        IndexedWord root = g.getFirstRoot();
        // "The Lib Dems say they suspect the move is part of a deal": the parser may make the saying a clausal subject
        // of what is said; the main clause is still the speaker's
        IndexedWord said = g.outgoingEdgeList(root).stream().filter(e -> e.getRelation().toString().equals("csubj")
            && "say".equals(e.getDependent().lemma())).map(SemanticGraphEdge::getDependent).findFirst().orElse(root);
        List<IndexedWord> subjects = g.outgoingEdgeList(said).stream()
            .filter(e -> e.getRelation().toString().startsWith("nsubj")).map(SemanticGraphEdge::getDependent).toList();
        // "Marks & Spencer is ...": the parser joins a name's own words by "&" as if they were two subjects
        boolean conjoined = subjects.stream().anyMatch(w -> g.outgoingEdgeList(w).stream().anyMatch(e -> e.getRelation().toString().startsWith("conj")
            && !sameName(sentence, w, e.getDependent())));
        if (conjoined) return Optional.empty();
        return subjects.stream().map(w -> byToken.get(ref(sentence, w.index()))).filter(Objects::nonNull).findFirst();
    }

    /** Whether both words belong to the one name. */
    private boolean sameName(int sentence, IndexedWord a, IndexedWord b) {
        Cluster c = byToken.get(ref(sentence, a.index()));
        return c != null && c == byToken.get(ref(sentence, b.index()));
    }

    /**
     * The one country the document names (by name, people or nationality), if it names exactly one; or the one state
     * that governs all it names ("hunting in England ... hunts across Britain" is the UK's story).
     */
    Optional<String> soleCountry() {
        Set<String> named = countriesNamed(s -> true);
        Set<String> states = named.stream().map(CountryNames.get()::governingState).collect(Collectors.toSet());
        Optional<String> sole = named.size() == 1 ? Optional.of(named.iterator().next())
            : states.size() == 1 ? Optional.of(states.iterator().next()) : Optional.empty();
        return sole.map(this::devolvedNationOr);
    }

    /**
     * "Wales 'must learn health lessons' ... from England": a nation with a government of its own, which NER may call a
     * place, is the story's country when more than twice as many sentences name it as name its state (by any of its
     * names, England's too); otherwise {@code country}.
     */
    private String devolvedNationOr(String country) {
        String state = CountryNames.get().governingState(country);
        Map<String, Integer> sentencesNaming = new HashMap<>();
        int stateSentences = sentencesNamingEachState().getOrDefault(state, 0);
        for (CoreSentence s : doc.sentences()) {
            Set<String> nations = new HashSet<>();
            for (CoreLabel t : s.tokens()) {
                Cluster c = byToken.get(ref(t.sentIndex(), t.index()));
                if (c != null && CountryNames.get().isDevolvedNationOf(c.name, state)) nations.add(c.name);
            }
            nations.forEach(n -> sentencesNaming.merge(n, 1, Integer::sum));
        }
        int most = 2 * stateSentences;
        return sentencesNaming.entrySet().stream().filter(e -> e.getValue() > most)
            .map(Map.Entry::getKey).findFirst().orElse(country);
    }

    /** The countries the sentences name, or name by their people ("the Ukrainians"). */
    private Set<String> countriesNamed(Predicate<CoreSentence> sentences) {
        Set<String> named = new HashSet<>();
        for (CoreSentence s : doc.sentences()) {
            if (sentences.test(s)) named.addAll(countriesNamedIn(s));
        }
        return named;
    }

    private Set<String> countriesNamedIn(CoreSentence s) {
        Set<String> named = new HashSet<>();
        for (CoreLabel t : s.tokens()) {
            countryAt(t.sentIndex(), t.index()).ifPresent(c -> named.add(c.name));
            peopleCountry(t.tag(), t.word()).ifPresent(named::add);
        }
        return named;
    }

    /**
     * The countries a bare "President X" may be the president of ("... at the invitation of President Donald Trump"): those
     * with a president that the story's other sentences or its institutions ("the White House") name. Not a monarchy
     * ("a British story about President Bush"), nor a country only his own sentence names: that is often one his
     * government acts on ("... restrictions on Cuba").
     */
    Set<String> presidentialCountriesAround(int sentenceStart) {
        Optional<CoreSentence> own = sentenceStartingAt(sentenceStart);
        Set<String> out = countriesNamedOrByInstitutions(s -> own.filter(s::equals).isEmpty());
        out.removeIf(c -> !CountryNames.get().hasPresident(c));
        return out;
    }

    /**
     * The state the document's sentences name most, by its own or its nations' names, when it is named in two or more
     * and every other state in one only: "hunting in England ... a group from South Wales and Ireland ... hunts
     * across Britain" is set in the UK.
     */
    private Optional<String> dominantState() {
        List<Map.Entry<String, Integer>> byCount = sentencesNamingEachState().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (byCount.isEmpty() || byCount.get(0).getValue() < 2) return Optional.empty();
        return byCount.stream().skip(1).allMatch(e -> e.getValue() == 1) ? Optional.of(devolvedNationOr(byCount.get(0).getKey())) : Optional.empty();
    }

    /** How many sentences name each state, by its own or its nations' names (England counts for the UK). */
    private Map<String, Integer> sentencesNamingEachState() {
        Map<String, Integer> sentencesNaming = new HashMap<>();
        for (CoreSentence s : doc.sentences()) {
            countriesNamedIn(s).stream().map(CountryNames.get()::governingState).distinct().forEach(n -> sentencesNaming.merge(n, 1, Integer::sum));
        }
        return sentencesNaming;
    }

    /** The countries the chosen sentences name, and those whose institutions the document names ("the White House"). */
    private Set<String> countriesNamedOrByInstitutions(Predicate<CoreSentence> sentences) {
        Set<String> out = countriesNamed(sentences);
        out.addAll(NationalNames.institutions().countriesNamedIn(doc.text()));
        return out;
    }

    /**
     * The countries with a chancellor that the story names, or whose institutions it names: whose a bare "Chancellor X"
     * may be ("Dr Greenspan was invited by Chancellor Gordon Brown" in a US story that names Scotland).
     */
    Set<String> chancellorCountriesNamed() {
        return countriesNamedOrByInstitutions(s -> true).stream()
            .filter(CountryNames.get()::hasChancellor).map(CountryNames.get()::governingState).collect(Collectors.toSet());
    }

    /**
     * The one country the document names, if it also names it as a setting ("strikes across Britain",
     * "Britons"), not only as a title's owner ("Canadian Finance Minister") or where someone is posted.
     */
    Optional<String> settingCountry() {
        Optional<String> sole = soleCountry().or(this::dominantState);
        if (sole.isEmpty()) return sole;
        Predicate<String> home = name -> CountryNames.get().governingState(name).equals(CountryNames.get().governingState(sole.get()));
        for (CoreSentence s : doc.sentences()) {
            int i = s.tokens().get(0).sentIndex();
            SemanticGraph g = s.dependencyParse();
            Set<Cluster> postings = postingsIn(i);
            for (CoreLabel t : s.tokens()) {
                if (peopleCountry(t.tag(), t.word()).filter(home).isPresent()) return sole;
                // the nation a story is at home in may be one NER calls a place ("health minister for Wales")
                Optional<Cluster> c = countryAt(i, t.index())
                    .or(() -> Optional.ofNullable(byToken.get(ref(i, t.index()))).filter(p -> p.name.equals(sole.get())));
                if (c.isEmpty() || postings.contains(c.get()) || !home.test(c.get().name)) continue;
                IndexedWord node = g.getNodeByIndexSafe(t.index());
                while (node != null && g.getParent(node) != null && c.get() == byToken.get(ref(i, g.getParent(node).index()))) node = g.getParent(node);
                IndexedWord head = node == null ? null : g.getParent(node);
                if (head == null || !"TITLE".equals(head.ner())) return sole;
            }
        }
        return Optional.empty();
    }

    /**
     * The firm a bare company office in the sentence starting here belongs to, in a story about one firm: the one
     * organisation its headline names, named again in its lead ("Executive trio leave Aer Lingus. Three senior executives
     * of Ireland's state-owned airline, Aer Lingus, ..."), when the sentence names no other organisation. A lead that
     * calls the firm "the Anglo-Swedish drug firm" and names it only later says less: then the sentence before must not
     * name another firm either ("Eli Lilly is planning a campaign. Wal-Mart kicked off the battle with adverts. In the
     * adverts, chief executive X ..." is not Wal-Mart's, though the headline is). A headline that names no
     * organisation ("Indy buys into India paper") leaves it to the lead's subject ("Irish publishing group Independent
     * News & Media is buying a stake in ...").
     */
    Optional<Cluster> storyFirmAt(int sentenceStart) {
        Optional<CoreSentence> own = sentenceStartingAt(sentenceStart);
        Optional<LeadFirm> lead = leadFirm();
        if (own.isEmpty() || lead.isEmpty()) return Optional.empty();
        int sentence = own.get().tokens().get(0).sentIndex();
        Cluster firm = lead.get().firm();
        int checkedFrom = lead.get().namedInLead() ? sentence : Math.max(1, sentence - 1);
        for (int i = checkedFrom; i <= sentence; i++) {
            if (!namedIn(i, Integer.MAX_VALUE, c -> c.type.equals("Organization") && c != firm).isEmpty()) return Optional.empty();
        }
        return Optional.of(firm);
    }

    /**
     * In a story about no one firm, the body the sentence before was about (see subjectOrganizationBefore): "The
     * Countryside Alliance said the meets would go ahead. Chief executive X said". In a story about one firm, a bare
     * office the story's firm cannot have is not the last-named firm's either ("Eli Lilly ... Wal-Mart kicked off the
     * battle. In the adverts, chief executive X").
     */
    Optional<Cluster> bodyBeforeInStoryOfNoFirm(int sentenceStart) {
        return leadFirm().isPresent() ? Optional.empty() : subjectOrganizationBefore(sentenceStart);
    }

    /** The story's firm (see storyFirmAt) and whether its lead names it, worked out once per document. */
    private record LeadFirm(Cluster firm, boolean namedInLead) {
    }

    private Optional<LeadFirm> leadFirm() {
        if (leadFirm != null) return leadFirm;
        leadFirm = Optional.empty();
        if (doc.sentences().size() < 2) return leadFirm;
        Set<Cluster> headline = namedIn(0, Integer.MAX_VALUE, c -> c.type.equals("Organization"));
        if (headline.isEmpty()) headline = organizationsSpelledIn(doc.sentences().get(0).text());
        if (headline.isEmpty()) {
            leadFirm = organizationSubject(1).map(firm -> new LeadFirm(firm, true));
        } else if (headline.size() == 1) {
            Cluster firm = headline.iterator().next();
            boolean inLead = !namedIn(1, Integer.MAX_VALUE, c -> c == firm).isEmpty();
            if (inLead || IntStream.range(2, doc.sentences().size()).anyMatch(i -> !namedIn(i, Integer.MAX_VALUE, c -> c == firm).isEmpty())) {
                leadFirm = Optional.of(new LeadFirm(firm, inLead));
            }
        }
        return leadFirm;
    }

    /**
     * The organisations whose names a text spells out: NER, without a sentence around them, often misses the
     * names in a headline ("Borussia Dortmund near bust") that it finds in the story.
     */
    private Set<Cluster> organizationsSpelledIn(String text) {
        Set<Cluster> out = new LinkedHashSet<>();
        for (Cluster c : clusters.values()) {
            if (c.type.equals("Organization") && Pattern.compile("\\b" + Pattern.quote(c.name) + "\\b").matcher(text).find()) out.add(c);
        }
        return out;
    }

    /**
     * Whether the sentence gives the title an owner that was not recognised as an entity ("managing director
     * of oil industry analysts Douglas-Westwood"): the title is then someone else's than the story's firm.
     */
    boolean ownerPhraseAfter(int sentenceStart, String title) {
        String[] words = title.toLowerCase(Locale.ROOT).split("\\s+");
        List<CoreLabel> tokens = sentenceStartingAt(sentenceStart).map(CoreSentence::tokens).orElse(List.of());
        for (int i = 0; i + words.length < tokens.size(); i++) {
            int w = 0;
            while (w < words.length && tokens.get(i + w).word().equalsIgnoreCase(words[w])) w++;
            String next = tokens.get(i + w).word();
            if (w == words.length && (next.equalsIgnoreCase("of") || next.equalsIgnoreCase("at"))) return true;
        }
        return false;
    }

    /**
     * Whether the sentence starting at this character offset names a country other than {@code home} (any country, when
     * null) outside quotation marks ('"... Japan's economy ...," said economy minister X': a country in someone's words is
     * what they talk about).
     */
    boolean sentenceNamesOtherCountry(int sentenceStart, String home) {
        return sentenceStartingAt(sentenceStart).filter(s -> {
            int i = s.tokens().get(0).sentIndex();
            // "... Y as high commissioner to Australia": where someone is posted says nothing of the sentence's offices
            Set<Cluster> postings = postingsIn(i);
            BitSet quoted = quotedTokens(s);
            return s.tokens().stream().filter(t -> !quoted.get(t.index() - 1))
                .anyMatch(t -> countryAt(i, t.index()).filter(c -> !postings.contains(c) && !c.name.equals(home)).isPresent()
                    || peopleCountry(t.tag(), t.word()).filter(c -> !c.equals(home)).isPresent());
        }).isPresent();
    }

    /**
     * "Reports say that the Australian government is against the deal. Trade Minister X has said ...": the one
     * country whose government this sentence or the one before names ("the Australian government", "Peru's
     * government"), if the sentence names no other country. Whose minister a bare minister is, in a story with no home.
     */
    Optional<Cluster> governmentNamedAround(int sentenceStart) {
        Optional<CoreSentence> here = sentenceStartingAt(sentenceStart);
        if (here.isEmpty()) return Optional.empty();
        int i = here.get().tokens().get(0).sentIndex();
        Set<Cluster> governments = new HashSet<>();
        for (int k = Math.max(0, i - 1); k <= i; k++) {
            SemanticGraph g = doc.sentences().get(k).dependencyParse();
            if (g == null) continue;
            for (IndexedWord w : g.vertexSet()) {
                if (!"government".equalsIgnoreCase(w.word())) continue;
                for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                    if (!QUALIFIERS.contains(e.getRelation().toString())) continue;
                    countryAt(k, e.getDependent().index()).ifPresent(governments::add);
                }
            }
        }
        if (governments.size() != 1) return Optional.empty();
        Cluster country = governments.iterator().next();
        return sentenceNamesOtherCountry(sentenceStart, country.name) ? Optional.empty() : Optional.of(country);
    }

    /**
     * "The Lib Dems say they would ... Health spokesman X said": the organisation that is the main-clause
     * subject of the sentence before, when this sentence names no organisation of its own.
     */
    Optional<Cluster> subjectOrganizationBefore(int sentenceStart) {
        Optional<CoreSentence> here = sentenceStartingAt(sentenceStart);
        if (here.isEmpty()) return Optional.empty();
        int i = here.get().tokens().get(0).sentIndex();
        if (i < 2 || !namedIn(i, Integer.MAX_VALUE, c -> c.type.equals("Organization")).isEmpty()) return Optional.empty();
        return organizationSubject(i - 1);
    }

    /**
     * The body a bare "leader" in the sentence starting here leads: the one organisation the sentence names, when it
     * is its subject ("The Liberal Democrats launched their platform, with leader X saying ..."); in a sentence that
     * names none, the one the sentence before was about; of several it names, its subject's. Not a leader named inside
     * another noun phrase ("The Lib Dems aim to unseat top Tories - including leader X").
     */
    Optional<Cluster> organizationLedAround(int sentenceStart, Cluster leader) {
        Optional<CoreSentence> here = sentenceStartingAt(sentenceStart);
        if (here.isEmpty()) return Optional.empty();
        int i = here.get().tokens().get(0).sentIndex();
        SemanticGraph g = here.get().dependencyParse();
        for (IndexedWord w : g.vertexSet()) {
            if (byToken.get(ref(i, w.index())) != leader) continue;
            boolean insideNoun = g.incomingEdgeList(w).stream().anyMatch(e -> e.getGovernor().tag().startsWith("NN")
                && byToken.get(ref(i, e.getGovernor().index())) != leader && e.getRelation().toString().matches("nmod.*|appos|dep"));
            if (insideNoun) return Optional.empty();
        }
        Set<Cluster> named = namedIn(i, Integer.MAX_VALUE, c -> c.type.equals("Organization"));
        // "Labour hit back at the Tory proposals, with election coordinator X accusing ...": of two bodies, the subject's;
        // one body named that is not the subject leads nobody here
        Optional<Cluster> subject = organizationSubject(i).filter(named::contains);
        return subject.isPresent() || named.size() == 1 ? subject : subjectOrganizationBefore(sentenceStart);
    }

    /** The sentence's main-clause subject, if that is one organisation. */
    private Optional<Cluster> organizationSubject(int sentence) {
        return mainClauseSubject(sentence).filter(c -> c.type.equals("Organization"));
    }

    /** The sentence whose evidence starts at this character offset. */
    private Optional<CoreSentence> sentenceStartingAt(int start) {
        return doc.sentences().stream().filter(s -> s.charOffsets().first() == start).findFirst();
    }

    private boolean servesPerson(int sentence, CoreEntityMention title) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        for (CoreLabel t : title.tokens()) {
            IndexedWord node = g.getNodeByIndexSafe(t.index());
            if (node == null) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
                Cluster c = byToken.get(ref(sentence, e.getDependent().index()));
                if (e.getRelation().toString().equals("nmod:poss") && c != null && c.type.equals("Person")) return true;
                // "his former boss X": whom someone worked for, not an office of the story's firm
                if (e.getRelation().toString().equals("nmod:poss") && "boss".equalsIgnoreCase(node.word())
                    && PERSONAL_POSSESSIVES.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    /** The name of the country a plural names by its people ("the Ukrainians"). */
    private static Optional<String> peopleCountry(String tag, String word) {
        return "NNPS".equals(tag) ? CountryNames.get().canonical(word.replaceFirst("s$", "")) : Optional.empty();
    }

    /** That country as an entity of the document, with the plural as an alias; or null. */
    private Cluster countryOfPeople(String tag, String word) {
        return peopleCountry(tag, word).map(name -> {
            Cluster c = named("Country", name);
            c.surfaces.add(word);
            return c;
        }).orElse(null);
    }

    /**
     * Whether the country qualifies one of these nouns outside the title: another party to an encounter ("his
     * Greek counterpart"), or a part of its territory ("37 English council areas").
     */
    private static boolean qualifiesNoun(SemanticGraph g, IndexedWord country, List<Integer> titleTokens, Set<String> nouns) {
        for (SemanticGraphEdge e : g.incomingEdgeList(country)) {
            boolean modifier = QUALIFIERS.contains(e.getRelation().toString());
            IndexedWord head = e.getGovernor();
            if (modifier && !titleTokens.contains(head.index()) && head.lemma() != null
                && nouns.contains(head.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * "Paul Kagame (Rwanda)", "Russia's Vladimir Putin", "X met French President Y": a country in apposition
     * to or qualifying a person other than the title's holder, or another person's title, is that person's.
     */
    private boolean namesAnotherPerson(int sentence, SemanticGraph g, IndexedWord country, List<Integer> titleTokens) {
        Set<Integer> holder = new HashSet<>();
        for (int index : titleTokens) {
            IndexedWord t = g.getNodeByIndexSafe(index);
            IndexedWord parent = t == null ? null : g.getParent(t);
            if (parent != null) holder.add(parent.index());
        }
        for (SemanticGraphEdge e : g.incomingEdgeList(country)) {
            String rel = e.getRelation().toString();
            int head = e.getGovernor().index();
            Cluster governor = byToken.get(ref(sentence, head));
            boolean person = governor != null && governor.type.equals("Person") && !holder.contains(head);
            if ((rel.equals("appos") || rel.equals("dep")) && person) return true;
            boolean qualifies = QUALIFIERS.contains(rel);
            // another office; "Spanish politician X will remain defence minister" names a trade, not one
            CoreEntityMention title = titleByToken.get(ref(sentence, head));
            boolean otherTitle = title != null && !titleTokens.contains(head) && TitleWording.isOffice(title.text().strip());
            if (qualifies && (person || otherTitle)) return true;
        }
        return false;
    }

    /** The first country among a word's dependents over the relations {@code over} accepts. */
    private Cluster dependentCountry(int sentence, SemanticGraph g, IndexedWord w, Predicate<String> over) {
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (!over.test(e.getRelation().toString())) continue;
            Cluster c = byToken.get(ref(sentence, e.getDependent().index()));
            if (c != null && c.type.equals("Country")) return c;
        }
        return null;
    }

    private Cluster onlyPersonOfSentenceBefore(int sentence) {
        if (sentence == 0) return null;
        Set<Cluster> people = namedIn(sentence - 1, Integer.MAX_VALUE, c -> c.type.equals("Person"));
        return people.size() == 1 ? people.iterator().next() : null;
    }

    /** The entities of that kind a sentence names before the token at {@code before}, in order. */
    private Set<Cluster> namedIn(int sentence, int before, Predicate<Cluster> kind) {
        Set<Cluster> named = new LinkedHashSet<>();
        for (CoreLabel t : doc.sentences().get(sentence).tokens()) {
            Cluster c = t.index() < before ? byToken.get(ref(sentence, t.index())) : null;
            if (c != null && kind.test(c)) named.add(c);
        }
        return named;
    }

    /**
     * "Umbro ... said on Thursday it had signed a new agreement": "it" as the subject of what a firm or country
     * says is that firm or country (coreference tied it to a club the clause before named). Empty when the one
     * saying so is neither named nor tied to a name, or the parse lost it (a parse gone wrong); null when "it" is
     * not such a subject, the sayer is a pronoun or a person, and coreference decides.
     */
    private Optional<Cluster> reportingBody(int sentence, IndexedWord pronoun) {
        if (!"it".equalsIgnoreCase(pronoun.word())) return null;
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        IndexedWord clause = g.getParent(pronoun);
        if (clause == null || !g.getEdge(clause, pronoun).getRelation().toString().startsWith("nsubj")) return null;
        for (SemanticGraphEdge up : g.incomingEdgeList(clause)) {
            if (!up.getRelation().toString().equals("ccomp") || !REPORTING.matcher(String.valueOf(up.getGovernor().lemma())).matches()) continue;
            // "after X, which had an offer for Y rejected, said it would bid": a sayer the parser lost is not whom
            // coreference guesses (Y)
            if (g.outgoingEdgeList(up.getGovernor()).stream().noneMatch(e -> e.getRelation().toString().startsWith("nsubj"))) return Optional.empty();
            for (SemanticGraphEdge e : g.outgoingEdgeList(up.getGovernor())) {
                if (!e.getRelation().toString().equals("nsubj")) continue;
                IndexedWord sayer = e.getDependent();
                if (sayer.tag().startsWith("PRP")) return null;
                // "the firm said it had ...": a description of the sayer, as coreference reads it
                Cluster c = Optional.ofNullable(byToken.get(ref(sentence, sayer.index()))).orElse(corefByToken.get(ref(sentence, sayer.index())));
                if (c != null && (c.type.equals("Organization") || c.type.equals("Country"))) return Optional.of(c);
                if (c == null) return Optional.empty();
            }
        }
        return null;
    }

    /**
     * "In his new job as chief executive, Mr X will ...": a "his" or "her" in a phrase put before the subject
     * of its clause is that subject's, whoever the sentence before named (coreference often takes the last one).
     * Likewise a "their" or "its" for a body: "At their meeting in London, G7 finance ministers backed ..."
     * is the G7's meeting.
     */
    private Cluster cataphoricSubject(int sentence, IndexedWord pronoun) {
        String word = pronoun.word().toLowerCase(Locale.ROOT);
        boolean personal = Set.of("his", "her").contains(word);
        if (!"PRP$".equals(pronoun.tag()) || !personal && !Set.of("their", "its").contains(word)) return null;
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        IndexedWord clause = pronoun;
        while (clause != null && !clause.tag().startsWith("VB")) clause = g.getParent(clause);
        if (clause == null) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(clause)) {
            if (!e.getRelation().toString().startsWith("nsubj") || e.getDependent().index() < pronoun.index()) continue;
            Cluster subject = personal ? byToken.get(ref(sentence, e.getDependent().index())) : bodyOf(sentence, g, e.getDependent());
            if (subject != null && (!personal || subject.type.equals("Person"))) return subject;
        }
        return null;
    }

    /** A named body or country, or the one whose members a plural noun names ("G7 finance ministers"). */
    private Cluster bodyOf(int sentence, SemanticGraph g, IndexedWord w) {
        Cluster named = byToken.get(ref(sentence, w.index()));
        if (named != null) return named.type.equals("Organization") || named.type.equals("Country") ? named : null;
        if (!"NNS".equals(w.tag())) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            if (!e.getRelation().toString().equals("compound")) continue;
            Cluster c = byToken.get(ref(sentence, e.getDependent().index()));
            if (c != null && (c.type.equals("Organization") || c.type.equals("Country"))) return c;
        }
        return null;
    }

    private Cluster nearestPersonBefore(int sentence, int index) {
        return nearestBefore(sentence, index, c -> c.type.equals("Person"));
    }

    /** The last entity of that kind named before this token in its sentence. */
    private Cluster nearestBefore(int sentence, int index, Predicate<Cluster> kind) {
        for (int i = index - 1; i >= 1; i--) {
            Cluster c = byToken.get(ref(sentence, i));
            if (c != null && kind.test(c)) return c;
        }
        return null;
    }

    private boolean speaksForPerson(int sentence, SemanticGraph g, List<Integer> titleTokens) {
        return titleEdges(g, titleTokens).filter(e -> e.getRelation().toString().equals("nmod:for"))
            .map(e -> byToken.get(ref(sentence, e.getDependent().index())))
            .anyMatch(c -> c != null && c.type.equals("Person"));
    }

    private boolean speaksFor(int sentence, List<Integer> titleTokens) {
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        return titleTokens.stream().anyMatch(i -> TitleWording.isSpokesman(tokens.get(i - 1).word()));
    }

    /**
     * What "its" stands for: the country or organisation named last before it in its sentence ("Yukos
     * claims ... its founder"), else coreference's answer. A firm's office under "its" is the firm's: "Vega Oil has
     * no assets in the US, apart from a house owned by its chief finance officer X" passes over the country.
     */
    private Cluster nearestOwnerBefore(int sentence, int index, boolean companyOffice) {
        Cluster named = nearestBefore(sentence, index, c -> c.type.equals("Organization") || !companyOffice && c.type.equals("Country"));
        Cluster owner = named != null ? named : corefByToken.get(ref(sentence, index));
        return owner != null && companyOffice && owner.type.equals("Country") ? null : owner;
    }

    private Cluster appositivePerson(int sentence, IndexedWord title) {
        SemanticGraph g = doc.sentences().get(sentence).dependencyParse();
        for (SemanticGraphEdge e : g.outgoingEdgeList(title)) {
            // "finance minister Pablo Soto resigned": the parser may leave the name a bare dep of the title
            if (!e.getRelation().toString().equals("appos") && !e.getRelation().toString().equals("dep")) continue;
            Cluster c = byToken.get(ref(sentence, e.getDependent().index()));
            if (c != null && c.type.equals("Person")) return c;
        }
        return null;
    }

    /**
     * A group (delegation, team, government) named by its head and the named modifiers that say whose
     * it is: "a senior Hamas delegation" -> "Hamas delegation". A bare "the delegation" is the last
     * group of that kind the document named; empty when there is none (see unnamedGroup).
     */
    private Optional<Cluster> namedGroup(int sentence, IndexedWord head) {
        CoreSentence s = doc.sentences().get(sentence);
        SemanticGraph g = s.dependencyParse();
        List<IndexedWord> owners = new ArrayList<>();
        // "Germany's central bank, the Bundesbank": the body's own name, right after its description
        Cluster named = namedAfter(sentence, head.index(), ",", Set.of("Organization"));
        if (named != null) return Optional.of(named);
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            if (isGroupOwner(e)) owners.add(e.getDependent());
        }
        if (owners.isEmpty()) {
            Cluster earlier = earlierGroup(sentence, head);
            if (earlier != null) groups.add(earlier);
            return Optional.ofNullable(earlier);
        }
        owners.sort(Comparator.comparingInt(IndexedWord::index));
        int min = owners.get(0).index();
        // the owner's whole name ("U.S.", "Rapid Support Forces"), then the head word
        String text = doc.text();
        StringBuilder name = new StringBuilder();
        for (int i = min; i < head.index(); i++) {
            CoreLabel t = s.tokens().get(i - 1);
            if (!owners.contains(g.getNodeByIndexSafe(i)) && (t.ner() == null || t.ner().equals("O"))) continue;
            if (!name.isEmpty()) name.append(' ');
            name.append(text, t.beginPosition(), t.endPosition());
        }
        // "Sir Keir's government" is the Starmer government: a person's group goes by their surname
        Cluster person = byToken.get(ref(sentence, owners.get(owners.size() - 1).index()));
        if (person != null && person.type.equals("Person")) name = new StringBuilder(person.name.substring(person.name.lastIndexOf(' ') + 1));
        name.append(' ').append(text, s.tokens().get(head.index() - 1).beginPosition(), s.tokens().get(head.index() - 1).endPosition());
        String groupName = name.toString().strip();
        Cluster c = clusters.computeIfAbsent(Keys.of("Organization", groupName, null), k -> new Cluster("Organization", groupName, null));
        c.surfaces.add(text.substring(s.tokens().get(min - 1).beginPosition(), s.tokens().get(head.index() - 1).endPosition()));
        groups.add(c);
        return Optional.of(c);
    }

    /** A group no name or owner says whose it is ("the delegation"): the phrase itself. */
    private Cluster unnamedGroup(int sentence, IndexedWord head) {
        Cluster c = phrase(sentence, head, "Organization");
        groups.add(c);
        return c;
    }

    /** The nearest earlier mention of the same group word with an owner ("a Jordanian delegation"). */
    private Cluster earlierGroup(int sentence, IndexedWord head) {
        Mention m = earlierGroupMention(sentence, head);
        return m == null ? null : namedGroup(m.sentence(), m.word()).orElse(null);
    }

    private Mention earlierGroupMention(int sentence, IndexedWord head) {
        for (int si = sentence; si >= 0; si--) {
            SemanticGraph g = doc.sentences().get(si).dependencyParse();
            if (g == null) continue;
            List<IndexedWord> words = new ArrayList<>(g.vertexSet());
            words.sort(Comparator.comparingInt(IndexedWord::index).reversed());
            for (IndexedWord w : words) {
                if (si == sentence && w.index() >= head.index()) continue;
                if (!sameLemma(w, head)) continue;
                boolean owned = g.outgoingEdgeList(w).stream().anyMatch(e -> isGroupOwner(e));
                if (owned) return new Mention(si, w);
            }
        }
        return null;
    }

    private static boolean sameLemma(IndexedWord a, IndexedWord b) {
        return a.lemma() != null && a.lemma().equalsIgnoreCase(b.lemma());
    }

    private static boolean isGroupOwner(SemanticGraphEdge e) {
        IndexedWord d = e.getDependent();
        String rel = e.getRelation().toString();
        boolean named = d.ner() != null && !d.ner().equals("O") && !TIME_TAGS.contains(d.ner());
        return named && QUALIFIERS.contains(rel);
    }

    /** The parse relations that name an event headed by this word: a noun's phrase, a meeting, a takeover or a clause. */
    private static Pattern nameRelations(SemanticGraph g, IndexedWord head) {
        if (head.tag() == null || !head.tag().startsWith("VB")) return EVENT_NAME_RELATIONS;
        if ("meet".equals(head.lemma())) return MEETING_NAME_RELATIONS;
        if (TAKEOVER_VERBS.contains(head.lemma())) return TAKEOVER_NAME_RELATIONS;
        List<SemanticGraphEdge> out = g.outgoingEdgeList(head);
        boolean toBeDone = out.stream().anyMatch(e -> e.getRelation().toString().equals("mark") && e.getDependent().word().equalsIgnoreCase("to"))
            && out.stream().anyMatch(e -> e.getRelation().toString().equals("aux:pass"));
        return toBeDone ? PASSIVE_INFINITIVE_NAME_RELATIONS : CLAUSE_NAME_RELATIONS;
    }

    /** An entity (Event, or a group such as a delegation) named by the noun phrase around {@code head}. */
    private Cluster phrase(int sentence, IndexedWord head, String type) {
        CoreSentence s = doc.sentences().get(sentence);
        SemanticGraph g = s.dependencyParse();
        if ("meet".equals(head.lemma()) && head.tag() != null && head.tag().startsWith("VB")) {
            Optional<String> meeting = meetingName(sentence, g, head);
            if (meeting.isPresent()) return phraseNamed("Event", meeting.get(), s.text(), g, head);
        }
        if (type.equals("Event") && TAKEOVER_VERBS.contains(head.lemma())) {
            // "agreed to buy Vega Press for $260m in an all-cash deal": the purchase is the deal the text names
            Optional<IndexedWord> deal = dealDoneIn(g, head);
            if (deal.isPresent()) return phrase(sentence, deal.get(), type);
        }
        if (type.equals("Event")) {
            Optional<String> sides = bilateralName(sentence, g, head);
            if (sides.isPresent()) return phraseNamed("Event", sides.get(), s.text(), g, head);
        }
        Set<IndexedWord> phrase = new LinkedHashSet<>();
        phrase.add(head);
        Pattern relations = nameRelations(g, head);
        boolean plan = relations == EVENT_NAME_RELATIONS && PLAN_NOUNS.contains(String.valueOf(head.lemma()).toLowerCase(Locale.ROOT));
        // "X has been on trial alongside Y since June": the phrases of a state one is "on" belong to the clause, not the
        // event's name ("in talks with Y", "at a summit in Lisbon" keep theirs)
        boolean predicate = g.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().equals("cop"))
            && g.outgoingEdgeList(head).stream().anyMatch(e -> e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase("on"));
        for (SemanticGraphEdge e : g.outgoingEdgeList(head)) {
            String rel = e.getRelation().toString();
            if (predicate && !(rel.matches("amod|compound") && e.getDependent().index() < head.index() || rel.matches("nmod:(of|for)"))) continue;
            // the head's own preposition ("after a raid") is not part of the event's name
            if (TIME_TAGS.contains(String.valueOf(e.getDependent().ner())) && !isModifier(e)) continue;
            // "after holding talks": the parser may make the verb an adjective of the talks; not their name
            if (rel.equals("amod") && "VBG".equals(e.getDependent().tag()) && CONDUCTING.contains(e.getDependent().lemma())) continue;
            if (!rel.equals("case") && !rel.equals("mark") && namesPart(e, relations)) collectEventPhrase(g, e.getDependent(), phrase, 1, relations);
            // "talks on reducing the risk of nuclear accidents": what the talks are about tells them apart
            if (relations == EVENT_NAME_RELATIONS && TOPIC_CLAUSE.matcher(rel).matches() && "VBG".equals(e.getDependent().tag())) {
                collectEventPhrase(g, e.getDependent(), phrase, 1, CLAUSE_NAME_RELATIONS);
            }
            if (plan && rel.matches("acl(:to)?") && "VB".equals(e.getDependent().tag())) {
                collectEventPhrase(g, e.getDependent(), phrase, 1, PLAN_CLAUSE_RELATIONS);
            }
        }
        if (plan) {
            // "announced plans to cut 100,000 civil servants": the parser may hang the plan's clause on the verb whose
            // object the plan is (not "its proposals were unlikely to work", a clause about the plan)
            for (SemanticGraphEdge toPlan : g.incomingEdgeList(head)) {
                if (!toPlan.getRelation().toString().equals("obj")) continue;
                for (SemanticGraphEdge x : g.outgoingEdgeList(toPlan.getGovernor())) {
                    IndexedWord clause = x.getDependent();
                    SemanticGraphEdge planDoes = g.getEdge(clause, head);
                    if (x.getRelation().toString().equals("xcomp") && "VB".equals(clause.tag())
                        && planDoes != null && planDoes.getRelation().toString().equals("nsubj:xsubj")) {
                        collectEventPhrase(g, clause, phrase, 1, PLAN_CLAUSE_RELATIONS);
                    }
                }
            }
        }
        int min = phrase.stream().mapToInt(IndexedWord::index).min().orElseThrow();
        int max = phrase.stream().mapToInt(IndexedWord::index).max().orElseThrow();
        StringBuilder name = new StringBuilder();
        String text = doc.text();
        int end = -1;   // where the last word taken ends
        BitSet conversions = bracketedAmounts(s.tokens());
        for (int i = min; i <= max; i++) {
            CoreLabel t = s.tokens().get(i - 1);
            if (i == min && "DT".equals(t.tag())) continue;
            // "a $6.75bn (£3.6bn) buyout": an amount converted in brackets is no part of the name
            if (conversions.get(i - 1)) continue;
            // "“indirect” nuclear negotiations": quotation marks are the writer's, not the event's name
            if (QUOTE_TAGS.contains(t.tag())) continue;
            String word = text.substring(t.beginPosition(), t.endPosition());
            if ("PRP$".equals(t.tag())) {
                Optional<Argument> who = argument(sentence, g.getNodeByIndexSafe(i), false);
                // "the Tories outlined their plans": the Tories' plans
                Cluster owner = who.map(Argument::cluster).orElse(null);
                if (owner != null) word = owner.name + (owner.name.endsWith("s") && !owner.type.equals("Person") ? "'" : "'s");
            }
            if (!name.isEmpty() && t.beginPosition() > end) name.append(' ');
            name.append(word);
            end = t.endPosition();
        }
        String surface = text.substring(s.tokens().get(min - 1).beginPosition(), s.tokens().get(max - 1).endPosition());
        return phraseNamed(type, name.toString().strip(), surface, g, head);
    }

    /**
     * The deal a purchase is made "in": on the verb, or on its price, where the parser may hang it ("for $260m in an
     * all-cash deal"); never inside what is bought or who buys.
     */
    private static Optional<IndexedWord> dealDoneIn(SemanticGraph g, IndexedWord verb) {
        List<IndexedWord> around = new ArrayList<>(List.of(verb));
        for (SemanticGraphEdge e : g.outgoingEdgeList(verb)) {
            if (!e.getRelation().toString().matches("obl:for|nmod:for|advcl")) continue;
            around.add(e.getDependent());
            // "advcl(buy, for) dep(for, $) dep($, 260m)": the price's words under a misread "for"
            for (IndexedWord price : g.descendants(e.getDependent())) {
                if ("MONEY".equals(price.ner())) around.add(price);
            }
        }
        for (IndexedWord w : around) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                if (e.getRelation().toString().matches("(obl|nmod):in") && DEAL_NOUNS.contains(e.getDependent().lemma())) return Optional.of(e.getDependent());
            }
        }
        return Optional.empty();
    }

    /** The tokens (0-based) of bracketed amounts, brackets included: the "(£3.6bn)" of "$6.75bn (£3.6bn)". */
    private static BitSet bracketedAmounts(List<CoreLabel> tokens) {
        BitSet out = new BitSet();
        for (int open = 0; open < tokens.size(); open++) {
            if (!"-LRB-".equals(tokens.get(open).tag())) continue;
            int close = open + 1;
            while (close < tokens.size() && "MONEY".equals(tokens.get(close).ner())) close++;
            if (close > open + 1 && close < tokens.size() && "-RRB-".equals(tokens.get(close).tag())) out.set(open, close + 1);
        }
        return out;
    }

    /** The entity a phrase names, with the words it was found as; an Event also takes its first date. */
    private Cluster phraseNamed(String type, String name, String surface, SemanticGraph g, IndexedWord head) {
        Cluster c = clusters.computeIfAbsent(Keys.of(type, name, null), k -> new Cluster(type, name, null));
        if (type.equals("Event") && c.date == null) c.date = EventDates.of(g, head);
        c.surfaces.add(surface);
        return c;
    }

    /**
     * "Lee met Ishiba at the premier's residence in Tokyo" is the "Lee–Ishiba meeting at the premier's
     * residence in Tokyo": who met whom (as the text names them), and where. Empty when fewer than two
     * named sides are found, so the clause names the event instead.
     */
    private Optional<String> meetingName(int sentence, SemanticGraph g, IndexedWord meet) {
        List<IndexedWord> sides = new ArrayList<>();
        String place = null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(meet)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (rel.equals("nsubj") || rel.equals("obj") || rel.equals("obl:with")) {
                sides.add(d);
            } else if (place == null && (rel.equals("obl:in") || rel.equals("obl:at")) && !TIME_TAGS.contains(String.valueOf(d.ner()))) {
                place = placePhrase(sentence, g, d);
            }
        }
        Set<String> names = new LinkedHashSet<>();
        for (IndexedWord side : sides) {
            List<IndexedWord> named = new ArrayList<>(List.of(side));
            for (SemanticGraphEdge e : g.outgoingEdgeList(side)) {
                String rel = e.getRelation().toString();
                // "X and Y met"; "X and his Chilean counterpart Y met"
                if (rel.startsWith("conj") || "counterpart".equals(side.lemma()) && (rel.equals("dep") || rel.equals("appos"))) named.add(e.getDependent());
            }
            for (IndexedWord w : named) {
                Cluster c = byToken.get(ref(sentence, w.index()));
                if (c == null && "PRP".equals(w.tag())) c = argument(sentence, w, false).map(Argument::cluster).orElse(null);
                // "Chile's foreign minister, Ana Ruiz, and her Peruvian counterpart, Pablo Soto, met": the named holder
                if (c == null && titleByToken.containsKey(ref(sentence, w.index()))) c = appositivePerson(sentence, w);
                // "the Pakistani president met Y": the office stands for the holder named before, as a pronoun would
                if (c == null && "TITLE".equals(w.ner())) c = argument(sentence, w, false).map(Argument::cluster).orElse(null);
                if (c != null && !c.type.equals("Position")) names.add(sideName(sentence, c, w));
            }
        }
        if (names.size() < 2) return Optional.empty();
        return Optional.of(String.join("–", names) + " meeting" + (place == null ? "" : " " + place));
    }

    /**
     * "Euronext began talks with the LSE" are the "Euronext–LSE talks": one side holds them, the other is
     * named after "with"; what tells them apart from the LSE's talks with someone else. Empty unless
     * both sides are named.
     */
    private Optional<String> bilateralName(int sentence, SemanticGraph g, IndexedWord talks) {
        if (!BILATERAL.contains(String.valueOf(talks.lemma()).toLowerCase(Locale.ROOT))) return Optional.empty();
        IndexedWord verb = g.getParent(talks);
        if (verb == null || !HOLDING.contains(String.valueOf(verb.lemma())) || !g.reln(verb, talks).toString().equals("obj")) return Optional.empty();
        IndexedWord holder = null;
        IndexedWord other = null;
        String place = null;
        for (IndexedWord w : List.of(verb, talks)) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                String rel = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                if (w == verb && (rel.equals("nsubj") || rel.equals("nsubj:xsubj"))) holder = d;
                if (rel.equals("obl:with") || rel.equals("nmod:with")) other = d;
                if (place == null && PLACE_RELATIONS.contains(rel) && PLACE_TAGS.contains(String.valueOf(d.ner()))) place = placePhrase(sentence, g, d);
            }
        }
        Cluster a = holder == null ? null : byToken.get(ref(sentence, holder.index()));
        Cluster b = other == null ? null : byToken.get(ref(sentence, other.index()));
        if (a == null || b == null || a == b || !SIDE_TYPES.contains(a.type) || !SIDE_TYPES.contains(b.type)) return Optional.empty();
        // what the talks are about stays in the name: "merger talks", "nuclear talks"
        StringBuilder kind = new StringBuilder();
        for (SemanticGraphEdge e : g.outgoingEdgeList(talks)) {
            IndexedWord d = e.getDependent();
            String rel = e.getRelation().toString();
            String tag = String.valueOf(d.tag());
            boolean topic = rel.equals("compound") && tag.startsWith("NN") || rel.equals("amod") && tag.equals("JJ");
            if (topic && "O".equals(d.ner()) && d.index() < talks.index()) kind.append(d.word()).append(' ');
        }
        return Optional.of(sideName(sentence, a, holder) + "–" + sideName(sentence, b, other) + " " + kind + talks.word()
            + (place == null ? "" : " " + place));
    }

    /**
     * A side of a meeting in its name, as the text calls it here: a person by that word ("Lee" for Lee
     * Jae-myung), else by surname; an organisation by its initials when the text uses them ("the
     * Euronext–LSE talks" stay so named after LSE joined the London Stock Exchange).
     */
    private String sideName(int sentence, Cluster c, IndexedWord w) {
        boolean named = c == byToken.get(ref(sentence, w.index()));
        if (c.type.equals("Organization")) return named && Initials.written(w.word()) ? w.word() : c.name;
        if (!c.type.equals("Person")) return c.name;
        return named ? w.word() : c.name.substring(c.name.lastIndexOf(' ') + 1);
    }

    /** "at the premier's residence in Tokyo": the place phrase as written, with its preposition. */
    private String placePhrase(int sentence, SemanticGraph g, IndexedWord place) {
        Set<IndexedWord> phrase = new LinkedHashSet<>();
        collectEventPhrase(g, place, phrase, 1, PLACE_NAME_RELATIONS);
        int min = phrase.stream().mapToInt(IndexedWord::index).min().orElseThrow();
        int max = phrase.stream().mapToInt(IndexedWord::index).max().orElseThrow();
        List<CoreLabel> tokens = doc.sentences().get(sentence).tokens();
        return doc.text().substring(tokens.get(min - 1).beginPosition(), tokens.get(max - 1).endPosition());
    }

    /** A length that is part of the name ("a 30-day truce"), not a date ("talks on Monday", "Friday talks"). */
    private static boolean isModifier(SemanticGraphEdge e) {
        String rel = e.getRelation().toString();
        return "DURATION".equals(e.getDependent().ner()) && (rel.equals("compound") || rel.equals("amod") || rel.equals("nummod"))
            && e.getDependent().index() < e.getGovernor().index();
    }

    /**
     * Whether the edge's dependent is part of the event's name. A word set beside another ("dep", "appos") only when it
     * is a name ("buy its former parent Vega Press"), not a clause hung loose on the verb ("agreed to merge with Gazprom,
     * bringing a large chunk of ...").
     */
    private static boolean namesPart(SemanticGraphEdge e, Pattern relations) {
        String rel = e.getRelation().toString();
        if (rel.matches("dep|appos") && !String.valueOf(e.getDependent().tag()).startsWith("NNP")) return false;
        return relations.matcher(rel).matches();
    }

    private static void collectEventPhrase(SemanticGraph g, IndexedWord w, Set<IndexedWord> acc, int depth, Pattern relations) {
        acc.add(w);
        if (depth > 2) return;
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            // "plan on Tuesday": the date is not the name; "a 30-day truce": the length is
            if (TIME_TAGS.contains(String.valueOf(e.getDependent().ner())) && !isModifier(e)) continue;
            // "a deal worth 1bn euros": the sum is part of the name (the parser leaves it a bare dependent of "worth")
            if ("worth".equalsIgnoreCase(w.word()) && "MONEY".equals(e.getDependent().ner())) {
                acc.add(e.getDependent());
                g.outgoingEdgeList(e.getDependent()).stream().filter(m -> "MONEY".equals(m.getDependent().ner())).forEach(m -> acc.add(m.getDependent()));
                continue;
            }
            if (namesPart(e, relations)) {
                collectEventPhrase(g, e.getDependent(), acc, depth + 1, relations);
            }
        }
    }

    boolean isCountry(String name) {
        return clusters.containsKey(Keys.of("Country", name, null));
    }

    Optional<Cluster> organization(String name) {
        return Optional.ofNullable(clusters.get(Keys.of("Organization", name, null)));
    }

    Cluster country(String name) {
        return named("Country", name);
    }

    /**
     * A capital standing for its government ("Kyiv's negotiating team", "Washington proposed"): where
     * the relation wants an agent, not a place, the city's country; the city name becomes its alias.
     */
    Optional<Argument> metonym(Cluster city) {
        if (!city.type.equals("City") && !city.type.equals("Location")) return Optional.empty();
        return CountryNames.get().countryOfCapital(city.name).map(country -> {
            Cluster c = named("Country", country);
            c.surfaces.add(city.name);
            return new Argument(c, 0.9);
        });
    }

    /** The same title, owned by {@code owner} (a country the document ties to the holder elsewhere). */
    Cluster positionOwnedBy(Cluster position, Cluster owner) {
        Cluster c = positionNamed(position.name, owner);
        c.surfaces.addAll(position.surfaces);
        return c;
    }

    /** The same title with no owner. */
    private Cluster unowned(Cluster position) {
        return clusters.computeIfAbsent(Keys.of("Position", position.name, null), k -> new Cluster("Position", position.name, null));
    }

    Cluster positionNamed(String title, Cluster owner) {
        return clusters.computeIfAbsent(Keys.of("Position", title, owner.name), k -> new Cluster("Position", title, owner.name));
    }

    /** "X met his Russian counterpart, Y": Y is X's counterpart for that country. */
    record Counterpart(int sentence, Cluster of, Cluster holder, Cluster country) {
    }

    List<Counterpart> counterparts() {
        List<Counterpart> out = new ArrayList<>();
        for (int i = 0; i < doc.sentences().size(); i++) {
            SemanticGraph g = doc.sentences().get(i).dependencyParse();
            if (g == null) continue;
            for (IndexedWord w : g.vertexSet()) {
                if (!"counterpart".equalsIgnoreCase(w.lemma()) || !"NN".equals(w.tag())) continue;
                IndexedWord named = namedByCompound(i, g, w);
                Cluster holder = named != null ? byToken.get(ref(i, named.index())) : appositivePerson(i, w);
                Cluster of = null, country = null;
                for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                    String rel = e.getRelation().toString();
                    IndexedWord d = e.getDependent();
                    Cluster c = "PRP$".equals(d.tag()) ? argument(i, d, false).map(Argument::cluster).orElse(null)
                        : byToken.get(ref(i, d.index()));
                    if (c == null) continue;
                    if ((rel.equals("nmod:poss") || rel.equals("nmod:of")) && c.type.equals("Person")) of = c;
                    else if (QUALIFIERS.contains(rel) && c.type.equals("Country")) country = c;
                }
                if (of == null && named != null) of = whoMeets(i, g, named);
                if (holder != null && of != null && country != null && holder != of) out.add(new Counterpart(i, of, holder, country));
            }
        }
        return out;
    }

    /**
     * "Chinese counterpart (Minister) Li Zhaoxing": the name the noun is a compound of, through any titles
     * between them; null if the noun does not stand before a person's name.
     */
    private IndexedWord namedByCompound(int sentence, SemanticGraph g, IndexedWord word) {
        IndexedWord w = word;
        for (int steps = 0; steps < 3; steps++) {
            IndexedWord parent = g.getParent(w);
            if (parent == null || !"compound".equals(g.reln(parent, w).toString())) return null;
            Cluster c = byToken.get(ref(sentence, parent.index()));
            if (c != null && c.type.equals("Person")) return parent;
            if (!titleByToken.containsKey(ref(sentence, parent.index()))) return null;
            w = parent;
        }
        return null;
    }

    /** "He will meet Chinese counterpart X", "X held talks with Chinese counterpart Y": whose counterpart. */
    private Cluster whoMeets(int sentence, SemanticGraph g, IndexedWord counterpart) {
        IndexedWord governor = g.getParent(counterpart);
        if (governor != null && !"meet".equals(governor.lemma())) governor = g.getParent(governor);   // talks with Y
        if (governor == null || !MEETING_VERBS.contains(governor.lemma())) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeList(governor)) {
            if (!e.getRelation().toString().equals("nsubj")) continue;
            Cluster c = argument(sentence, e.getDependent(), false).map(Argument::cluster).orElse(null);
            return c != null && c.type.equals("Person") ? c : null;
        }
        return null;
    }

    /** All entities the document names, plus the Positions and Events rules made. */
    List<Cluster> clusters() {
        return List.copyOf(clusters.values());
    }

    record Argument(Cluster cluster, double certainty) {
    }
}
