package dev.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * One name, one type within a document: NER tags a party "ORGANIZATION" in "Tory leader X" and leaves
 * the same word untagged or "MISC" in "Plans have been unveiled by the Tories", so rules that want a
 * body miss the second. A capitalised word that is, by itself, an organisation somewhere in the document
 * is one, in the singular or the plural, wherever NER left it untagged or called it MISC. Only whole
 * one-word mentions teach the type ("Bank" of "Soto Bank" does not). A one-word name NER calls a person
 * less often than a firm, and never inside a longer name, is the firm's too. Runs between NER and the entity
 * mentions built from its tags (annotators {@code ner,nameconsistency,entitymentions}), so mentions,
 * coreference and KBP see one type. Such a word that opens a longer person's name is the body the person belongs to
 * ("Tory X Y"). A word written after "Mr", "Ms" or "Dr" is a surname, whatever NER made of it
 * ("Mr Houston" a city, "Mr Champion" nothing), and so is that word after a first name ("Simon Champion") or alone.
 */
public final class NameConsistency implements Annotator {

    private static final String ORGANIZATION = "ORGANIZATION";
    private static final String PERSON = "PERSON";
    private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr");

    /** CoreNLP builds annotators by reflection from {@code customAnnotatorClass.<name>}. */
    public NameConsistency(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation annotation) {
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return;
        tagSurnames(sentences);
        Set<String> organizations = new HashSet<>();
        Map<String, Integer> aloneAsOrganization = new HashMap<>();
        Map<String, Integer> aloneAsPerson = new HashMap<>();
        Set<String> inLongerNames = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel w = tokens.get(i);
                if (!isProperNoun(w)) continue;
                if (isProperNoun(at(tokens, i - 1)) || isProperNoun(at(tokens, i + 1))) inLongerNames.add(w.word());
                else if (ORGANIZATION.equals(w.ner())) aloneAsOrganization.merge(w.word(), 1, Integer::sum);
                else if (PERSON.equals(w.ner())) aloneAsPerson.merge(w.word(), 1, Integer::sum);
            }
            for (int i = 0; i < tokens.size(); i++) {
                // "Tory leader X", "Conservative leader X" (the tagger calls a party's adjective JJ)
                CoreLabel t = tokens.get(i);
                boolean name = isProperNoun(t) || "JJ".equals(t.tag()) && Character.isUpperCase(t.word().charAt(0));
                if (name && ORGANIZATION.equals(t.ner())
                    && !ORGANIZATION.equals(nerAt(tokens, i - 1)) && !ORGANIZATION.equals(nerAt(tokens, i + 1))) {
                    organizations.addAll(withNumber(t.word()));
                }
            }
        }
        // "Lance Friedmann, Kraft senior vice president" in a story that names Kraft alone as a firm five times: a
        // word NER calls a firm more often than a person, and that never stands in a longer name, is a firm
        Set<String> firms = new HashSet<>();
        aloneAsPerson.forEach((word, n) -> {
            if (aloneAsOrganization.getOrDefault(word, 0) > n && !inLongerNames.contains(word)) firms.add(word);
        });
        if (organizations.isEmpty()) return;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                // a word standing alone, not part of a longer name NER read another way ("Labour Party Conference")
                boolean alone = !isProperNoun(at(tokens, i - 1)) && !isProperNoun(at(tokens, i + 1));
                // the tagger may call a capitalised plural a common noun ("The/DT Conservatives/NNS have")
                boolean noun = isProperNoun(t) || "NNS".equals(t.tag()) && Character.isUpperCase(t.word().charAt(0))
                    // and a name that opens a sentence a common noun ("Labour/NN campaign spokesman X said")
                    || i == 0 && "NN".equals(t.tag()) && Character.isUpperCase(t.word().charAt(0));
                boolean untyped = "O".equals(t.ner()) || "MISC".equals(t.ner());
                boolean misreadFirm = PERSON.equals(t.ner()) && firms.contains(t.word());
                if (alone && noun && organizations.contains(t.word()) && (untyped || misreadFirm)) retag(t, ORGANIZATION);
                // "Tory X Y said", in a story where "Tory" is a body by itself ("Tory leader Z"): NER ran the party into
                // its member's name; a name goes on for two more words after it
                if (noun && PERSON.equals(t.ner()) && organizations.contains(t.word()) && !PERSON.equals(nerAt(tokens, i - 1))
                    && PERSON.equals(nerAt(tokens, i + 1)) && PERSON.equals(nerAt(tokens, i + 2))) retag(t, ORGANIZATION);
            }
        }
    }

    /**
     * The surnames the document writes after an honorific (not a firm's, "Dr Pepper"), tagged as a person's name
     * there, after a first name NER left untagged ("Deutsche Bank's Simon Champion ... Mr Champion"), and where
     * the word stands alone untagged.
     */
    private static void tagSurnames(List<CoreMap> sentences) {
        Set<String> surnames = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                CoreLabel next = tokens.get(i + 1);
                if (HONORIFICS.contains(tokens.get(i).word()) && isProperNoun(next) && !ORGANIZATION.equals(next.ner())) surnames.add(next.word());
            }
        }
        if (surnames.isEmpty()) return;
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                CoreLabel t = tokens.get(i);
                if (!surnames.contains(t.word()) || !isProperNoun(t) || PERSON.equals(t.ner()) || ORGANIZATION.equals(t.ner())) continue;
                CoreLabel before = at(tokens, i - 1);
                boolean afterHonorific = before != null && HONORIFICS.contains(before.word());
                boolean afterFirstName = !afterHonorific && isProperNoun(before) && !isProperNoun(at(tokens, i - 2))
                    && ("O".equals(before.ner()) || PERSON.equals(before.ner()));
                boolean alone = !isProperNoun(before) && !isProperNoun(at(tokens, i + 1)) && "O".equals(t.ner());
                if (afterFirstName) retag(before, PERSON);
                if (afterHonorific || afterFirstName || alone) retag(t, PERSON);
            }
        }
    }

    private static void retag(CoreLabel t, String type) {
        t.setNER(type);
        t.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, type);
        t.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, type);
        t.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
    }

    /** The name and its plural or singular: a party's members go by it ("Tory leader", "the Tories"). */
    private static Set<String> withNumber(String word) {
        Set<String> out = new HashSet<>(Set.of(word, word + "s"));
        if (word.endsWith("y")) out.add(word.substring(0, word.length() - 1) + "ies");
        if (word.endsWith("ies")) out.add(word.substring(0, word.length() - 3) + "y");
        else if (word.endsWith("s")) out.add(word.substring(0, word.length() - 1));
        return out;
    }

    private static boolean isProperNoun(CoreLabel t) {
        return t != null && t.tag() != null && t.tag().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
    }

    private static CoreLabel at(List<CoreLabel> tokens, int i) {
        return i < 0 || i >= tokens.size() ? null : tokens.get(i);
    }

    private static String nerAt(List<CoreLabel> tokens, int i) {
        CoreLabel t = at(tokens, i);
        return t == null ? null : t.ner();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.NamedEntityTagAnnotation.class);
    }
}
