package dev.newsgraph.eval;

import dev.newsgraph.ExtractionPipeline;
import dev.newsgraph.TestFiles;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The dev set's F1 may not fall below the committed baseline (src/test/resources/eval-baseline.properties). */
class EvalBaselineTest {

    @Test
    void f1OnTheDevSetDoesNotFallBelowTheBaseline() throws Exception {
        Path dev = TestFiles.shared().resolve("eval/dev");
        assumeTrue(Files.isDirectory(dev.resolve("gold")), "needs ../shared/eval/dev");
        Properties baseline = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/eval-baseline.properties")) {
            baseline.load(in);
        }
        Evaluation.Report report = new Evaluation(ExtractionPipeline.shared()).run(dev.resolve("articles"), dev.resolve("gold"));
        Evaluation.print(report, false, System.out);
        assertThat(report.documents()).isEqualTo(16);
        assertThat(report.overall().f1()).isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("micro.f1")) - 0.0005);
        assertThat(report.mission().f1()).isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("mission.f1")) - 0.0005);
        assertThat(report.mission().precision()).isGreaterThanOrEqualTo(Double.parseDouble(baseline.getProperty("mission.precision")) - 0.0005);
    }
}
