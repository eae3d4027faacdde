package org.openhall.queue.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallPoliciesTest {

    @Test
    void findsEachPolicyByNameIgnoringCase() {
        assertThat(CallPolicies.byName("fifo")).isInstanceOf(FifoPolicy.class);
        assertThat(CallPolicies.byName("FIFO")).isInstanceOf(FifoPolicy.class);
        assertThat(CallPolicies.byName(" Weighted ")).isInstanceOf(WeightedPolicy.class);
    }

    @Test
    void eachKnownNameFindsThePolicyOfThatName() {
        assertThat(CallPolicies.names()).containsExactly("fifo", "weighted");
        for (String name : CallPolicies.names()) {
            assertThat(CallPolicies.byName(name).name()).isEqualTo(name);
        }
    }

    @Test
    void theDefaultIsTheWeightedPolicy() {
        assertThat(CallPolicies.DEFAULT).isEqualTo("weighted");
        assertThat(CallPolicies.byName(CallPolicies.DEFAULT)).isInstanceOf(WeightedPolicy.class);
    }

    @Test
    void givesTheWeightedPolicyTheConfiguredEarlyGrace() {
        var policy = CallPolicies.byName("weighted", Duration.ofMinutes(5));

        assertThat(policy).isInstanceOfSatisfying(WeightedPolicy.class,
                weighted -> assertThat(weighted.appointmentEarlyGrace()).isEqualTo(Duration.ofMinutes(5)));
    }

    @Test
    void rejectsAnUnknownNameListingTheKnownOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> CallPolicies.byName("round-robin"))
                .withMessageContaining("round-robin")
                .withMessageContaining("fifo, weighted");
    }
}
