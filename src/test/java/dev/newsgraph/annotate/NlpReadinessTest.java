package dev.newsgraph.annotate;

import dev.newsgraph.ExtractionPipeline;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class NlpReadinessTest {

    @Test
    void healthIsDownWhileTheModelsLoadAndUpOnceTheyAreIn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        NlpReadiness readiness = new NlpReadiness(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return ExtractionPipeline.shared();
        });
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UNKNOWN);   // nobody asked for it yet
        readiness.start();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
        release.countDown();
        readiness.whenReady().join();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aPipelineThatFailsToLoadStaysDownWithTheReason() {
        NlpReadiness readiness = new NlpReadiness(() -> {
            throw new IllegalStateException("models jar missing");
        });
        try {
            readiness.whenReady().join();
        } catch (RuntimeException expected) {
            // the failure is what this test is about
        }
        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(readiness.health().getDetails().get("error").toString()).contains("models jar missing");
    }
}
