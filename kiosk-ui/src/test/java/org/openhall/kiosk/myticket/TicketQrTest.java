package org.openhall.kiosk.myticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketQrTest {

    @Test
    void readsTheTicketIdAtTheEndOfTheStatusPagesAddress() {
        assertThat(TicketQr.ticketId("http://localhost:8080/t/t-b001-0")).isEqualTo("t-b001-0");
        assertThat(TicketQr.ticketId("https://hall.example.org/queue/t/abc_123/")).isEqualTo("abc_123");
    }
}
