package org.openhall.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketRequestTest {

    private final TicketRequest request = new TicketRequest();

    @Test
    void keepsOneKeyForTheSameServiceUntilTheAttemptIsSettled() {
        String first = request.keyFor("company-registration");

        assertThat(request.keyFor("company-registration")).isEqualTo(first);

        request.settled();
        assertThat(request.keyFor("company-registration")).isNotEqualTo(first);
    }

    @Test
    void anotherServiceIsAnotherAttempt() {
        String company = request.keyFor("company-registration");

        assertThat(request.keyFor("social-insurance")).isNotEqualTo(company);
    }
}
