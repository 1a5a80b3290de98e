package dev.newsgraph.resolve;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.semgraph.SemanticGraph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a title NER found is worded as a Position: the words NER left out ("farm minister", "Minister of
 * Minerals"), office-style capitals ("Chief Negotiator"), and which titles are offices at all.
 */
final class TitleWording {

    private static final Set<String> PLURAL_TAGS = Set.of("NNS", "NNPS");
    private static final Pattern TIME_QUALIFIER = Pattern.compile("^(?i)(former|then|ex|outgoing)(\\s+|-)");
    /** Titles that take a region as their portfolio ("Northern Ireland minister"). */
    private static final Pattern PORTFOLIO_HEAD = Pattern.compile("(?i)\\b(minister|secretary)$");
    /**
     * Lower-case adjectives that name an office's field ("economic secretary", "parliamentary secretary",
     * "military adviser") or its standing ("interim leader", "acting president": the office as the text
     * names it), unlike those that describe its holder ("new", "former", "controversial").
     */
    private static final Set<String> OFFICE_ADJECTIVES = Set.of("economic", "financial", "fiscal", "parliamentary",
        "military", "legal", "political", "diplomatic", "private", "permanent", "principal", "international", "social",
        "constitutional", "regional", "interim", "acting", "caretaker", "foreign", "local", "chief", "prospective", "senior",
        "commercial", "medical", "technical");
    /** Adjectives that describe the holder however they are written ("New Home Secretary X" is a Home Secretary). */
    private static final Set<String> HOLDER_ADJECTIVES = Set.of("new", "former", "outgoing", "incoming", "current",
        "controversial", "veteran", "embattled", "beleaguered");
    /**
     * Standing that news writes before the office's owner ("prospective Tory candidate"): a prospective candidate is
     * not yet the party's candidate, so the word stays in the title.
     */
    private static final Set<String> STANDING_BEFORE_OWNER = Set.of("prospective");
    private static final Set<String> OWNER_TAGS = Set.of("ORGANIZATION", "NATIONALITY", "COUNTRY");
    /** Members of a country's legislature, by the title's last word. */
    private static final Set<String> LEGISLATORS = Set.of("senator", "congressman", "congresswoman");
    private static final Pattern LOCAL_OFFICE = Pattern.compile(
        "(?i)((deputy|vice|lord|lieutenant)[- ])?(mayor|governor|premier|first minister|chief minister|attorney general|comptroller)");
    /** A rank is not an office: "General al-Burhan" holds whatever post the text names, not "General". */
    private static final Pattern MILITARY_RANK = Pattern.compile(
        "(?i)((lieutenant|major|brigadier|lt|maj|brig)\\.?[- ])?"
            + "(general|colonel|major|captain|lieutenant|sergeant|admiral|brigadier|marshal|corporal|lt|col|gen|maj|capt|sgt|adm|brig|cpl)\\.?");
    /** Occupations NER tags as titles ("actor", "health analyst"): a person's trade, not an office they hold. */
    private static final Set<String> OCCUPATIONS = Set.of("actor", "actress", "analyst", "author", "writer", "journalist",
        "reporter", "correspondent", "editor", "columnist", "lawyer", "solicitor", "barrister", "politician", "economist",
        "professor", "academic", "scientist", "expert", "rabbi", "priest", "singer", "musician", "businessman",
        "businesswoman", "banker", "entrepreneur", "activist", "campaigner", "commentator", "presenter", "broadcaster", "historian",
        "servant", "clerk", "student", "pupil", "host", "producer",
        // a stance, which NER may also tag a title ("a strong defender of the agreement")
        "defender", "supporter", "critic", "advocate", "opponent", "champion",
        // a part in a deal ("Baikal was the surprise buyer of ..."): who bought or bid, not a post
        "buyer", "seller", "bidder", "winner", "investor", "shareholder",
        // a kind of firm NER may tag a title when it takes the firm after it for a person ("Japanese manufacturer Kestrel")
        "manufacturer", "maker", "carmaker", "retailer", "supplier");

    /**
     * Offices news shortens ("Australia's PM, X") or writes as a verb ("X, who chairs the trade committee": see
     * nlp/bodies.rules), under the name the graph gives them.
     */
    private static final Map<String, String> SPELLED_OUT = Map.of("pm", "Prime Minister", "chairs", "Chairman", "chaired", "Chairman",
        "founded", "Founder", "co-founded", "Co-Founder");

    /** The opposition's mirror of a government office, held for a party ("Tory shadow chancellor"). */
    private static final Pattern SHADOW_OFFICE = Pattern.compile("(?i)shadow\\b.*");
    /** Trades that are posts within the organisation a text names with them ("EEF chief economist"). */
    private static final Set<String> POSTS_WITHIN_BODY = Set.of("analyst", "economist", "correspondent",
        "editor", "reporter", "journalist", "columnist", "presenter", "commentator", "strategist");

    /**
     * Offices of a government ("Home Secretary", "Environment Minister", "Chancellor", "Minister for Europe"): a bare one in
     * an article about one country's government is that country's. Party, press and job titles
     * ("leader", "spokesman", "mayor") and heads of state (often foreign and famous: "President X")
     * are not guessed so, nor secretaries of unions, parties and firms ("general secretary").
     */
    private static final Pattern GOVERNMENT_OFFICE = Pattern.compile(
        "(?i)(?!.*\\b(general|company|party|press) secretary\\b).*\\b(minister|secretary|chancellor|premier|attorney general|solicitor general|(minister|secretary) (of|for) .+)$");
    /** Who heads a government (see isHeadOfGovernment). */
    private static final Pattern HEAD_OF_GOVERNMENT = Pattern.compile("(?i)prime minister|premier");
    /** Offices a government has many holders of ("junior minister", "ministers", "cabinet secretary", "secretary of state"). */
    private static final Pattern ONE_OF_MANY = Pattern.compile("(?i).*\\b(junior|cabinet|government|state|ministers|secretaries)\\b.*");
    /**
     * Offices a state keeps for the nations that have governments of their own (defence, foreign affairs, the
     * treasury, the state's own cabinet): Scotland and Wales have health or justice ministers, not a chancellor.
     */
    private static final Pattern STATE_KEPT_OFFICE = Pattern.compile(
        "(?i)((deputy )?prime minister|chancellor( of the exchequer)?|lord chancellor"
            + "|(home|foreign|defence|work and pensions|trade and industry) secretary|armed forces minister)");
    /** An election campaign's office (see isCampaignOffice); "campaigns director" at a charity is no party's. */
    private static final Pattern CAMPAIGN_OFFICE = Pattern.compile(
        "(?i)(general )?(election )?(election|campaign) (co-?ordinator|supremo|chief|director|manager)");
    /** A bare leader's title (see isLeader). */
    private static final Pattern LEADER = Pattern.compile("(?i)(party )?leader");
    /** A spokesman's office, matched against a title's last word (lower case). */
    private static final Pattern SPOKESPERSON = Pattern.compile("spokes(man|woman|person)");
    /**
     * Offices of a company ("the firm's chairman": see DocumentEntities.soleCompanyOf). A bare "director" is a seat on
     * the board ("former director X" in a story about one firm), and so is a director of a firm's own field ("commercial
     * director"), and so is a chief of one ("production chief"); with another field before it ("film director") it is
     * not. Any "chief ... officer" is a firm's.
     */
    private static final Pattern COMPANY_OFFICE = Pattern.compile(
        "(?i)(.*\\b(chief executive|CEO|CFO|COO|chief ([\\w-]+ ){1,2}officer|finance director|managing director|chairman|chairwoman|boss"
            + "|(finance|financial|production|operations|marketing|sales|investment|exploration|technology|commercial) chief)"
            + "|((non-)?executive |board |commercial |technical |sales |marketing |operations |research )?directors?)$");
    /** A union's, party's or campaign group's chief officer ("General secretary X said"): the body's, like a firm's chief executive. */
    private static final Pattern GENERAL_SECRETARY = Pattern.compile("(?i)((deputy|assistant) )?(general secretary|secretary[- ]general)");
    /** The ranks in a body that name a unit or field after them ("head of research", "director of the European Department"). */
    private static final Pattern RANK = Pattern.compile("(?i)head|director|manager|controller|officer|chief");
    /** The nouns that name a unit within a body. */
    private static final Pattern UNIT_NOUN = Pattern.compile("(?i)departments?|divisions?|units?|directorates?|sections?|desks?|bureaus?");
    /** Common nouns that name a whole body, whose post a rank is ("head of the company"), not one of its units. */
    private static final Pattern BODY_NOUN = Pattern.compile("(?i)companies|company|firms?|groups?|banks?|part(y|ies)|governments?"
        + "|committees?|councils?|boards?|agency|agencies|bod(y|ies)|organi[sz]ations?|teams?|clubs?|unions?|associations?|countr(y|ies)"
        + "|nations?|states?|fund|institutes?|charit(y|ies)|authorit(y|ies)|commissions?|business(es)?|operations?|family|families"
        + "|consultanc(y|ies)|watchdogs?|think-tanks?");
    /** "company spokesman X": the firm the story is about, whose office it is, not a field of it. */
    private static final Pattern FIRM = Pattern.compile("(?i)company|firm");
    /** The usual name abroad for offices the US and UK call secretaries. */
    private static final Map<String, String> COUNTERPART_TITLES = Map.of(
        "secretary of state", "Foreign Minister", "foreign secretary", "Foreign Minister",
        "defense secretary", "Defence Minister", "defence secretary", "Defence Minister",
        "secretary of defense", "Defence Minister", "home secretary", "Interior Minister");

    private TitleWording() {
    }

    /**
     * "Texas Governor X", "the mayor of London", "California Attorney General X": an office a state, province or city
     * has itself, whose owner may be that place (a region before a minister or secretary is its portfolio instead:
     * "Northern Ireland minister").
     */
    static boolean isLocalOffice(String title) {
        return LOCAL_OFFICE.matcher(title.strip()).matches();
    }

    /** "Mayor", "deputy mayor", "Lord Mayor": a city's office, which no organisation holds. */
    static boolean isMayor(String title) {
        return lastWord(title).equals("mayor");
    }

    /** "Senator", "congressman": a seat in a country's legislature, which the member's party does not own. */
    static boolean isLegislator(String title) {
        return LEGISLATORS.contains(lastWord(title));
    }

    /** Whether the title names an office a person holds, not a rank or a trade. */
    static boolean isOffice(String title) {
        return !isRank(title) && !OCCUPATIONS.contains(lastWord(title));
    }

    static boolean isRank(String title) {
        return MILITARY_RANK.matcher(title).matches();
    }

    /** Whether the title is a trade that is a post when held at a named organisation ("chief economist"). */
    static boolean isPostWithinBody(String title) {
        return POSTS_WITHIN_BODY.contains(lastWord(title));
    }

    private static String lastWord(String title) {
        String[] words = title.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1];
    }

    /** "Shadow Foreign Secretary": the opposition's mirror of a government office, which only the story's own country has. */
    static boolean isShadowOffice(String title) {
        return SHADOW_OFFICE.matcher(title).matches();
    }

    /** "company", "firm": a common noun standing for the firm the story is about. */
    static boolean isFirmNoun(String word) {
        return FIRM.matcher(word).matches();
    }

    static boolean isCompanyOffice(String title) {
        return COMPANY_OFFICE.matcher(title.strip()).matches();
    }

    static boolean isGeneralSecretary(String title) {
        return GENERAL_SECRETARY.matcher(title.strip()).matches();
    }

    /** "Minister", "Home Secretary": an office named for its portfolio, which may follow it ("minister for science"). */
    static boolean isPortfolioOffice(String title) {
        return PORTFOLIO_HEAD.matcher(title.strip()).find();
    }

    static boolean isGovernmentOffice(String title) {
        return GOVERNMENT_OFFICE.matcher(title).matches();
    }

    /**
     * "Prime Minister", "Home Secretary", "Chancellor": a government office one person holds at a time, so that "the
     * home secretary" in a story is somebody; not a bare "minister" or "secretary", of whom a government has many.
     */
    static boolean isOneHolderOffice(String title) {
        String t = title.strip();
        return isGovernmentOffice(t) && !ONE_OF_MANY.matcher(t).matches() && (t.contains(" ") || isChancellor(t) || t.equalsIgnoreCase("premier"));
    }

    /** "Prime Minister", "Premier": who heads a government. */
    static boolean isHeadOfGovernment(String title) {
        return HEAD_OF_GOVERNMENT.matcher(title.strip()).matches();
    }

    /** "Chancellor", "Defence Secretary": an office the state keeps for its nations (see CountryNames.officeCountry). */
    static boolean isStateKeptOffice(String title) {
        return STATE_KEPT_OFFICE.matcher(title.strip()).matches();
    }

    /** "Health spokesman", "spokeswoman": a spokesman, for a portfolio or for a whole body. */
    static boolean isSpokesman(String title) {
        return SPOKESPERSON.matcher(lastWord(title)).matches();
    }

    /** "Election co-ordinator", "election campaign coordinator", "campaign chief": who runs a party's election campaign. */
    static boolean isCampaignOffice(String title) {
        return CAMPAIGN_OFFICE.matcher(title.strip()).matches();
    }

    /** "Leader", "party leader": whoever leads a body, which the title does not name. */
    static boolean isLeader(String title) {
        return LEADER.matcher(title.strip()).matches();
    }

    /** "Chancellor": a title only a few countries have (nlp/chancellors.tsv). */
    static boolean isChancellor(String title) {
        return title.strip().equalsIgnoreCase("chancellor");
    }

    /** "President", "Vice President": a country's, or a firm's. */
    static boolean isPresident(String title) {
        return title.matches("(?i)(vice[- ])?president");
    }

    /**
     * What a counterpart abroad holds: the same title, but most governments have ministers where the
     * US and UK have secretaries ("Rubio met his Russian counterpart" is Russia's foreign minister).
     * Only for offices of state: a chief executive's counterpart is nobody's chief executive.
     */
    static Optional<String> counterpartTitle(String title) {
        String mapped = COUNTERPART_TITLES.get(title.toLowerCase(Locale.ROOT));
        if (mapped != null) return Optional.of(mapped);
        return isGovernmentOffice(title) || title.equalsIgnoreCase("president") ? Optional.of(title) : Optional.empty();
    }


    /**
     * The title with the words NER left out of it: its portfolio ("farm minister", "environment
     * minister": common nouns compounded onto the title word), its field ("economic secretary"), a
     * capitalised adjective or name ("Special Envoy", "National Security Adviser", "Middle East envoy":
     * a region, not a country, which would be the owner), and whose office it serves ("chief of staff
     * to President").
     */
    static String withPortfolio(CoreSentence sentence, CoreEntityMention title, Function<CoreLabel, CoreEntityMention> titleAt) {
        String text = title.text().strip();
        List<CoreLabel> tokens = sentence.tokens();
        int first = title.tokens().get(0).index() - 1;
        int last = title.tokens().get(title.tokens().size() - 1).index() - 1;
        SemanticGraph g = sentence.dependencyParse();
        IndexedWord head = g == null ? null : g.getNodeByIndexSafe(last + 1);
        Set<IndexedWord> attached = new HashSet<>();
        // every word of the title, its head too: "Constitutional" hangs on "Affairs" in "Constitutional Affairs Minister"
        for (CoreLabel t : title.tokens()) {
            IndexedWord w = g == null ? null : g.getNodeByIndexSafe(t.index());
            if (w != null) attached.add(w);
        }
        // a flat name phrase: "Northern Ireland minister Sir Nicholas Scott" may hang every word on the name
        IndexedWord holder = head == null ? null : g.getParent(head);
        while (head != null && first > 0) {
            CoreLabel before = tokens.get(first - 1);
            IndexedWord node = g.getNodeByIndexSafe(before.index());
            // the edge from a word already in the title ("pensions" hangs on "spokesman" and on "work")
            IndexedWord parent = node == null ? null : g.getParents(node).stream().filter(attached::contains).findFirst().orElse(g.getParent(node));
            boolean sameHolder = parent != null && parent.equals(holder) && "NNP".equals(before.tag());
            String rel = parent == null || !attached.contains(parent) && !sameHolder ? "" : g.reln(parent, node).toString();
            boolean unnamed = "O".equals(before.ner());
            boolean noun = isPortfolioNoun(before);
            boolean capitalised = Character.isUpperCase(before.word().charAt(0));
            String lower = before.word().toLowerCase(Locale.ROOT);
            boolean adjective = "JJ".equals(before.tag()) && unnamed && !HOLDER_ADJECTIVES.contains(lower)
                && (capitalised || OFFICE_ADJECTIVES.contains(lower));
            // "Northern Ireland minister" is a national government's portfolio; "Texas Governor" is the state's own office
            boolean region = "LOCATION".equals(before.ner()) || "STATE_OR_PROVINCE".equals(before.ner()) && PORTFOLIO_HEAD.matcher(text).find();
            // "ex-Cabinet minister", "ex-Foreign Secretary": the time goes (see withoutTime), the portfolio stays; but in
            // "ex-Tory Education Secretary" or "Ex-Labour minister X" the capitalised word glued on is the holder's former
            // party, not part of the office
            boolean timed = TIME_QUALIFIER.matcher(before.word()).find();
            String untimed = withoutTime(before.word());
            boolean exPortfolio = timed && (untimed.equalsIgnoreCase("cabinet")
                || NationalNames.offices().countryOf(untimed + " " + text).isPresent());
            boolean exParty = timed && !exPortfolio && Character.isUpperCase(untimed.charAt(0));
            // "Company spokesman X", capitalised because it starts the sentence: the firm's spokesman, not a portfolio
            boolean name = "NNP".equals(before.tag()) && (unnamed || region) && !exParty && !HOLDER_ADJECTIVES.contains(lower)
                && !isFirmNoun(before.word());
            // "chief UK economist": the country a trade covers is part of its name (its owner is the body it is at)
            boolean field = "COUNTRY".equals(before.ner()) && isPostWithinBody(text);
            // "First Minister": NER may split an office into two TITLE mentions ("First", an ordinal, and "Minister")
            boolean splitTitle = "TITLE".equals(before.ner());
            // "work and pensions spokesman", "Work and Pensions Secretary": two portfolio nouns joined by "and"
            // (capitalised, the words say it whatever the parse: "by Work and Pensions Secretary X" may hang "Work" on the verb)
            CoreLabel beforeAnd = first > 1 ? tokens.get(first - 2) : null;
            boolean capitalJoin = beforeAnd != null && Character.isUpperCase(beforeAnd.word().charAt(0)) && "O".equals(beforeAnd.ner())
                && beforeAnd.tag().startsWith("NN") && Character.isUpperCase(tokens.get(first).word().charAt(0));
            boolean joined = "and".equals(before.word()) && beforeAnd != null
                && (rel.equals("cc") && isPortfolioNoun(beforeAnd) || capitalJoin);
            if (joined) {
                // both words at once: the first may hang anywhere
                text = beforeAnd.word() + " and " + text;
                attached.add(node);
                IndexedWord joinedWord = g.getNodeByIndexSafe(beforeAnd.index());
                if (joinedWord != null) attached.add(joinedWord);
                first -= 2;
                continue;
            }
            boolean portfolio = (noun || name || field || splitTitle || exPortfolio) && rel.equals("compound") || (adjective || splitTitle || exPortfolio) && rel.equals("amod");
            if (!portfolio) {
                if (first > 1 && isStandingBeforeOwner(tokens.get(first - 2), before, rel)) text = tokens.get(first - 2).word() + " " + text;
                break;
            }
            text = before.word() + " " + text;
            attached.add(node);
            first--;
        }
        // "chief of staff to President Zelenskyy": the office it serves is part of the title
        if (last + 2 < tokens.size() && "to".equalsIgnoreCase(tokens.get(last + 1).word())) {
            CoreEntityMention served = titleAt.apply(tokens.get(last + 2));
            if (served != null && served != title) text = text + " to " + served.text().strip();
        }
        return text;
    }

    /**
     * "Egypt's Minister of General Intelligence", "U.S. Special Envoy for Latin America": when the
     * country is stated before the title, a name right after it ("of" / "for" and capitalised words,
     * not a country on its own) is the portfolio, not the owner. {@code commonWords}: whether common words
     * may name it too ("minister of foreign affairs"; not "the longest serving chancellor of modern times").
     */
    static String withNamedPortfolio(CoreSentence sentence, CoreEntityMention title, String text, boolean commonWords) {
        List<CoreLabel> tokens = sentence.tokens();
        int i = title.tokens().get(title.tokens().size() - 1).index();   // 0-based index of the token after the title
        if (i + 1 >= tokens.size() || !Set.of("of", "for").contains(tokens.get(i).word().toLowerCase())) return text;
        StringBuilder portfolio = new StringBuilder(tokens.get(i).word());
        int j = i + 1;
        if ("DT".equals(tokens.get(j).tag())) portfolio.append(' ').append(tokens.get(j++).word());
        int named = 0;
        boolean onlyCountry = true;
        while (j < tokens.size() && tokens.get(j).tag().startsWith("NNP") && !"PERSON".equals(tokens.get(j).ner())) {
            onlyCountry &= "COUNTRY".equals(tokens.get(j).ner());
            portfolio.append(' ').append(tokens.get(j++).word());
            named++;
        }
        // "Chile's minister of foreign affairs", "minister of trade and industry": a government
        // office's portfolio may be common words
        if (named == 0 && commonWords && isGovernmentOffice(text)) {
            int words = 0;
            while (j < tokens.size() && words < 4 && (isCommonWord(tokens.get(j))
                || words > 0 && "and".equals(tokens.get(j).word()) && j + 1 < tokens.size() && isCommonWord(tokens.get(j + 1)))) {
                portfolio.append(' ').append(tokens.get(j++).word());
                words++;
            }
            return words == 0 ? text : text + " " + portfolio;
        }
        return named == 0 || onlyCountry ? text : text + " " + portfolio;
    }

    /**
     * "director of commercial planning", "assistant director of the IMF's European Department", "head of research":
     * a rank in a body takes the unit or field written after it ("of" / "for" and common or capitalised words NER
     * leaves untagged) into its name; the body's own name stays the owner. Not a body named by a common noun
     * ("chief executive of the company", "chairman of the committee"): that is whose post it is.
     */
    static String withUnit(CoreSentence sentence, CoreEntityMention title, String text) {
        if (!RANK.matcher(lastWord(text)).matches()) return text;
        List<CoreLabel> tokens = sentence.tokens();
        int i = title.tokens().get(title.tokens().size() - 1).index();   // 0-based index of the token after the title
        if (i + 1 >= tokens.size() || !Set.of("of", "for").contains(tokens.get(i).word().toLowerCase(Locale.ROOT))) return text;
        StringBuilder unit = new StringBuilder(tokens.get(i).word());
        int j = i + 1;
        if ("DT".equals(tokens.get(j).tag())) unit.append(' ').append(tokens.get(j++).word());
        // "of the IMF's European Department": the owner's possessive is not part of the unit's name
        int k = j;
        while (k < tokens.size() && "ORGANIZATION".equals(tokens.get(k).ner())) k++;
        boolean owned = k > j && k < tokens.size() && "POS".equals(tokens.get(k).tag());
        if (owned) j = k + 1;
        // the unit ends where the sentence goes on: a name, a verb, a comma, "at" the body; after the owner's possessive
        // NER may take the unit for a body of its own ("European Department")
        List<CoreLabel> words = new ArrayList<>();
        while (j < tokens.size() && words.size() < 5 && (isUnitWord(tokens.get(j))
            || owned && "ORGANIZATION".equals(tokens.get(j).ner()) && tokens.get(j).tag().matches("JJ|NNP?S?"))) words.add(tokens.get(j++));
        while (!words.isEmpty() && !words.get(words.size() - 1).tag().startsWith("NN")) words.remove(words.size() - 1);
        if (words.isEmpty() || BODY_NOUN.matcher(words.get(words.size() - 1).word()).matches()) return text;
        // "head of fast-food giant X": common words right before a body's name describe the body, they name no unit
        if (!owned && j < tokens.size() && "ORGANIZATION".equals(tokens.get(j).ner())) return text;
        boolean named = words.stream().anyMatch(w -> "ORGANIZATION".equals(w.ner()));
        if (named && !UNIT_NOUN.matcher(words.get(words.size() - 1).word()).matches()) return text;
        for (CoreLabel w : words) unit.append(' ').append(w.word());
        return text + " " + unit;
    }

    private static boolean isUnitWord(CoreLabel t) {
        return t.tag().matches("JJ|NNS?|NNPS?") && Set.of("O", "NATIONALITY", "MISC").contains(t.ner());
    }

    /** "Prospective" in "prospective Tory candidate": a standing written before the owner ({@code owner}, on the title by {@code rel}). */
    private static boolean isStandingBeforeOwner(CoreLabel standing, CoreLabel owner, String rel) {
        return (rel.equals("compound") || rel.equals("amod")) && OWNER_TAGS.contains(owner.ner())
            && "JJ".equals(standing.tag()) && "O".equals(standing.ner())
            && STANDING_BEFORE_OWNER.contains(standing.word().toLowerCase(Locale.ROOT));
    }

    /**
     * A common noun compounded onto a title that names its field ("home affairs spokesman", "farm
     * minister"); "his Chinese counterpart Minister X" names whose equal the holder is, not a field.
     */
    static boolean isPortfolioNoun(CoreLabel t) {
        return ("NN".equals(t.tag()) || "NNS".equals(t.tag())) && "O".equals(t.ner())
            && !"counterpart".equalsIgnoreCase(t.word()) && !isFirmNoun(t.word());
    }

    private static boolean isCommonWord(CoreLabel t) {
        return t.tag().matches("JJ|NNS?") && "O".equals(t.ner());
    }

    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "for", "and", "to", "in", "on", "at");

    /** "former Northern Ireland minister", "then-prime minister": when it was held is not part of the title. */
    static String withoutTime(String title) {
        String bare = TIME_QUALIFIER.matcher(title).replaceFirst("");
        return bare.isBlank() ? title : bare;
    }

    /**
     * "SPD co-leaders X and Y", "Presidents X and Y": each holds the office in the singular. Only the
     * title's head word changes ("Minister of Foreign Affairs" keeps its "Affairs").
     */
    static String singular(CoreSentence sentence, CoreEntityMention title, String text) {
        SemanticGraph g = sentence.dependencyParse();
        for (CoreLabel t : title.tokens()) {
            IndexedWord node = g.getNodeByIndexSafe(t.index());
            IndexedWord parent = node == null ? null : g.getParent(node);
            boolean head = parent == null || title.tokens().stream().noneMatch(o -> o.index() == parent.index());
            boolean last = t == title.tokens().get(title.tokens().size() - 1);
            // "elections chief": a plural noun before the office's noun names its field (the parser may still make it a head)
            int at = title.tokens().indexOf(t);
            boolean field = !last && title.tokens().get(at + 1).tag().matches("NN.*|JJ");
            if (!head || field || !(PLURAL_TAGS.contains(t.tag()) || "NNP".equals(t.tag()) && last)) continue;
            // The tagger calls "Presidents" NNPS and "Prime Ministers" NNP, whose lemmas keep the plural;
            // the singular is the common noun's (an NNP only at the end: "Home Affairs Commissioner"
            // keeps its "Affairs"). Its case does not matter: titleCase gives the capitals.
            String one = Morphology.stemStatic(t.word().toLowerCase(Locale.ROOT), "NNS").word();
            if (one.equalsIgnoreCase(t.word())) continue;
            return text.replaceFirst("\\b" + Pattern.quote(t.word()) + "\\b", Matcher.quoteReplacement(one));
        }
        return text;
    }

    /** The title with its shortened words spelled out ("Deputy PM" is "Deputy Prime Minister"). */
    static String spelledOut(String title) {
        StringBuilder b = new StringBuilder();
        for (String w : title.strip().split("\\s+")) {
            if (!b.isEmpty()) b.append(' ');
            b.append(SPELLED_OUT.getOrDefault(w.toLowerCase(Locale.ROOT), w));
        }
        return b.toString();
    }

    /** "chief negotiator" -> "Chief Negotiator": titles are named as offices, whatever the sentence case. */
    static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        String[] words = s.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0) b.append(' ');
            if (i > 0 && SMALL_WORDS.contains(w.toLowerCase())) b.append(w.toLowerCase());
            else b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

}
