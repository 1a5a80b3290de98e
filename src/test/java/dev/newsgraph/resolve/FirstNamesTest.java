package dev.newsgraph.resolve;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FirstNamesTest {

    @Test
    void aManFirstNameIsKnownAsOne() {
        assertThat(FirstNames.isMale("Michael")).isTrue();
        assertThat(FirstNames.isMale("TONY")).isTrue();
    }

    @Test
    void aWomansOrAnUnknownFirstNameIsNot() {
        assertThat(FirstNames.isMale("Ruth")).isFalse();
        assertThat(FirstNames.isMale("Kimberly")).isFalse();
        assertThat(FirstNames.isMale("Xqzvw")).isFalse();
    }
}
