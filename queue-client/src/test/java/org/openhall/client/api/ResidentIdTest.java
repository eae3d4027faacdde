package org.openhall.client.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void acceptsTheStandardsOwnExampleAndMasksIt() {
        ResidentId id = new ResidentId("11010519491231002x");
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.masked()).isEqualTo("1101**********002X");
        assertThat(id.toString()).doesNotContain("19491231");
    }

    @Test
    void refusesAWrongCheckCharacter() {
        assertThat(ResidentId.isValid("110105194912310021")).isFalse();
        assertThatThrownBy(() -> new ResidentId("110105194912310021")).hasMessageContaining("check character");
    }

    @Test
    void refusesWrongLengthLettersAndImpossibleBirthDates() {
        assertThat(ResidentId.isValid("11010519491231002")).isFalse();
        assertThat(ResidentId.isValid("1101051949123100AX")).isFalse();
        String badDate = "11010519491331002";
        assertThat(ResidentId.isValid(badDate + ResidentId.checkCharacter(badDate))).isFalse();
    }
}
