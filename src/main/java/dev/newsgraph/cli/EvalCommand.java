package dev.newsgraph.cli;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.eval.Evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/** {@code eval --articles DIR --gold DIR [--show-errors]}: scores the extraction against gold facts. */
final class EvalCommand {

    private EvalCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err, Supplier<ExtractionPipeline> pipelines) {
        Path articles = null, gold = null;
        boolean showErrors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--gold" -> gold = i + 1 < args.length ? Path.of(args[++i]) : null;
                case "--show-errors" -> showErrors = true;
                default -> {
                    Cli.fail(err, "unknown option '" + args[i] + "'");
                    return 2;
                }
            }
        }
        if (articles == null || gold == null) {
            Cli.fail(err, "eval needs --articles DIR and --gold DIR");
            return 2;
        }
        try {
            Evaluation.Report report = new Evaluation(pipelines.get()).run(articles, gold);
            Evaluation.print(report, showErrors, out);
            Evaluation.printCalibration(report, out);
            return 0;
        } catch (Exception e) {
            Cli.fail(err, "eval failed: " + e.getMessage());
            return 1;
        }
    }
}
