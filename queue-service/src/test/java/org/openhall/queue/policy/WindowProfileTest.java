package org.openhall.queue.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhall.client.api.Priority;

class WindowProfileTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, Double.NaN, Double.POSITIVE_INFINITY})
    void rejectsAWeightThatIsNotAPositiveNumber(double weight) {
        assertThatIllegalArgumentException().isThrownBy(() -> WindowProfile.serving(3, Map.of("B", weight)))
                .withMessageContaining("B");
    }

    @Test
    void rejectsAWindowThatIsBothPriorityOnlyAndNormalOnly() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WindowProfile(9, Map.of("A", 1.0), true, true));
    }

    @Test
    void rejectsMissingWeights() {
        Map<String, Double> withNullWeight = new HashMap<>();
        withNullWeight.put("A", null);

        assertThatNullPointerException().isThrownBy(() -> WindowProfile.serving(1, withNullWeight));
    }

    @Test
    void keepsItsOwnUnmodifiableCopyOfTheWeights() {
        Map<String, Double> weights = new HashMap<>(Map.of("A", 1.0));
        var window = WindowProfile.serving(1, weights);
        weights.put("C", 0.6);

        assertThat(window.serves("C")).isFalse();
        assertThatThrownBy(() -> window.weights().put("C", 0.6)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aServiceWithoutAWeightIsNotServedAndWeighsNothing() {
        var window = WindowProfile.serving(1, Map.of("A", 1.0, "C", 0.6));

        assertThat(window.weightOf("C")).isEqualTo(0.6);
        assertThat(window.serves("D")).isFalse();
        assertThat(window.weightOf("D")).isZero();
    }

    @Test
    void aWaitingTicketNeedsItsIdentityServicePriorityAndWaitingTime() {
        assertThatNullPointerException().isThrownBy(
                () -> new WaitingTicket("A001", "A", Priority.NORMAL, null, 1, null, null));
    }
}
