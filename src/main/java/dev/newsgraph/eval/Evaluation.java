package dev.newsgraph.eval;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.eval.GoldDocument.Triple;
import dev.newsgraph.ingest.BadInputException;
import dev.newsgraph.ingest.DocumentReader;
import dev.newsgraph.model.Extraction;
import dev.newsgraph.model.Fact;
import dev.newsgraph.ontology.Ontology;
import dev.newsgraph.ontology.Relation;
import dev.newsgraph.resolve.OfficeHolders;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Precision, recall and F1 of the extraction against gold annotations (../shared/eval/README.md):
 * per document, predicted and gold facts are compared as (subject, relation, object) sets, and the
 * counts are summed over documents (micro average), overall, per relation and for the mission three.
 */
public final class Evaluation {

    public static final List<String> MISSION = List.of("negotiatorOf", "resignedAfter", "envoyOf");

    /** Counts of one relation (or of all): true positives, false positives, false negatives. */
    public record Score(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** A predicted fact as scored: its mapping to gold names (if any) and whether it was right. */
    public record Judged(String document, Fact fact, Triple asGold, boolean correct) {
    }

    public record Report(Map<String, Score> byRelation, Score overall, Score mission, List<Judged> predictions,
                         List<String> misses, int documents) {
    }

    private final ExtractionPipeline pipeline;

    public Evaluation(ExtractionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public Report run(Path articles, Path gold) throws IOException, BadInputException {
        List<String> names;
        try (Stream<Path> s = Files.list(gold)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv") && !n.endsWith(".entities.tsv")
                    && Files.exists(gold.resolve(n.replace(".tsv", ".entities.tsv"))))
                .map(n -> n.substring(0, n.length() - 4)).filter(n -> Files.exists(articles.resolve(n + ".txt"))).sorted().toList();
        }
        if (names.isEmpty()) throw new IOException("no NAME.tsv in " + gold + " with NAME.txt in " + articles);
        Map<String, Score> byRelation = new TreeMap<>();
        for (Relation r : Ontology.get().relations()) byRelation.put(r.name(), new Score(0, 0, 0));
        List<Judged> judged = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        // the articles are read together, as a batch ingested at once would be (what one leaves open, an office's
        // holder or a title's owner, is filled from the others: OfficeHolders)
        List<Extraction> extracted = new ArrayList<>();
        for (String name : names) extracted.add(pipeline.process(DocumentReader.read(articles.resolve(name + ".txt"))));
        extracted = OfficeHolders.fill(extracted, Ontology.get());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            GoldDocument g = GoldDocument.read(gold, name);
            Extraction x = extracted.get(i);
            NameMatcher matcher = new NameMatcher(g.entities());
            Set<Triple> predicted = new LinkedHashSet<>();
            for (Fact f : x.facts()) {
                Optional<String> s = matcher.match(f.subject().name(), f.subject().type(), f.subject().of());
                Optional<String> o = matcher.match(f.object().name(), f.object().type(), f.object().of());
                Triple t = s.isPresent() && o.isPresent() ? Triple.of(s.get(), f.relation(), o.get()) : null;
                boolean correct = t != null && g.facts().contains(t);
                boolean duplicate = t != null && !predicted.add(t);
                if (t == null) {
                    predicted.add(Triple.of("?" + f.subject().name(), f.relation(), "?" + f.object().name() + (f.object().of() == null ? "" : "|" + f.object().of())));
                }
                if (!duplicate) judged.add(new Judged(name, f, t, correct));
            }
            for (Triple t : predicted) {
                Score s = g.facts().contains(t) ? new Score(1, 0, 0) : new Score(0, 1, 0);
                byRelation.merge(t.relation(), s, Score::plus);
            }
            for (Triple t : g.facts()) {
                if (!predicted.contains(t)) {
                    byRelation.merge(t.relation(), new Score(0, 0, 1), Score::plus);
                    misses.add(name + ": " + t);
                }
            }
        }
        Score overall = byRelation.values().stream().reduce(new Score(0, 0, 0), Score::plus);
        Score mission = MISSION.stream().map(byRelation::get).reduce(new Score(0, 0, 0), Score::plus);
        return new Report(byRelation, overall, mission, judged, misses, names.size());
    }

    public static void print(Report r, boolean showErrors, PrintStream out) {
        out.printf(Locale.ROOT, "%-16s %5s %5s %5s %7s %7s %7s%n", "relation", "tp", "fp", "fn", "P", "R", "F1");
        Map<String, Score> rows = new LinkedHashMap<>(r.byRelation());
        rows.forEach((rel, s) -> line(out, rel, s));
        out.println("-".repeat(58));
        line(out, "mission three", r.mission());
        line(out, "overall (micro)", r.overall());
        out.printf(Locale.ROOT, "%d documents%n", r.documents());
        if (showErrors) {
            out.println("\nfalse positives:");
            r.predictions().stream().filter(j -> !j.correct()).forEach(j -> out.printf(Locale.ROOT, "  %s: %s -%s-> %s%s  (%.2f, %s)%n",
                j.document(), j.fact().subject().name(), j.fact().relation(), j.fact().object().name(),
                j.fact().object().of() == null ? "" : "|" + j.fact().object().of(), j.fact().confidence(), j.fact().rule()));
            out.println("\nmisses:");
            r.misses().forEach(m -> out.println("  " + m));
        }
    }

    private static void line(PrintStream out, String name, Score s) {
        out.printf(Locale.ROOT, "%-16s %5d %5d %5d %7.3f %7.3f %7.3f%n", name, s.tp(), s.fp(), s.fn(), s.precision(), s.recall(), s.f1());
    }

    /** Calibration: among predictions at or above each confidence, how many are right. */
    public static void printCalibration(Report r, PrintStream out) {
        out.println("\nconfidence >=   predictions   correct   precision");
        for (double t : new double[] {0.5, 0.6, 0.7, 0.8, 0.9}) {
            long n = r.predictions().stream().filter(j -> j.fact().confidence() >= t).count();
            long ok = r.predictions().stream().filter(j -> j.fact().confidence() >= t && j.correct()).count();
            out.printf(Locale.ROOT, "%13.1f %13d %9d %11.3f%n", t, n, ok, n == 0 ? 0 : (double) ok / n);
        }
    }
}
