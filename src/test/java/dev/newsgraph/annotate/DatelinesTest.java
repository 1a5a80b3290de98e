package dev.newsgraph.annotate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Tehran, Iran – Delegates agreed to meet again.",
        "CAIRO (Reuters) - A delegation arrived.",
        "WASHINGTON — The talks ended.",
        "First paragraph.\nKyiv, Ukraine – A second story begins.",
        "TOKYO: The farm minister resigned on Wednesday.",
    })
    void theDashAfterADatelineBecomesALineBreakAndTheLengthStays(String text) {
        String masked = Datelines.mask(text);
        assertThat(masked).hasSameSizeAs(text);
        assertThat(masked).doesNotContain("–", "—", " - ");
        // only the dash changed
        int changed = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) != masked.charAt(i)) changed++;
        assertThat(changed).isBetween(1, 2);
    }

    @Test
    void dashesInsideSentencesStay() {
        String text = "The minister – who spoke on Monday – said so. Talks in Geneva - not Paris - went on. He said: No.";
        assertThat(Datelines.mask(text)).isEqualTo(text);
    }
}
