package org.openhall.queue.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.queue.policy.Tickets.businessWindow;
import static org.openhall.queue.policy.Tickets.minute;
import static org.openhall.queue.policy.Tickets.ticket;
import static org.openhall.queue.policy.WeightedPolicyTest.ids;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FifoPolicyTest {

    private final FifoPolicy policy = new FifoPolicy();

    private final Instant now = minute(60);

    @Test
    void isNamedFifo() {
        assertThat(policy.name()).isEqualTo("fifo");
    }

    @Test
    void callsTheLongestWaitingTicketFirstAcrossTheServicesItServes() {
        var registration = ticket("A001").waitingSinceMinute(20).sequence(1).build();
        var invoice = ticket("C001").service("C").waitingSinceMinute(10).sequence(2).build();
        var requeued = ticket("A002").waitingSinceMinute(30).sequence(0).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(registration, invoice, requeued), now)))
                .containsExactly("C001", "A001", "A002");
    }

    @Test
    void fifoIgnoresPriorityClasses() {
        var normal = ticket("A001").waitingSinceMinute(10).sequence(1).build();
        var dueAppointment = ticket("A002").appointmentAtMinute(20.0).waitingSinceMinute(20).sequence(2).build();
        var green = ticket("A003").green().waitingSinceMinute(30).sequence(3).build();
        var transferredHere = ticket("A004").transferredTo(1).waitingSinceMinute(40).sequence(4).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(transferredHere, green, dueAppointment, normal), now)))
                .containsExactly("A001", "A002", "A003", "A004");
    }

    @Test
    void fifoIgnoresWeights() {
        var heavy = ticket("A001").waitingSinceMinute(20).sequence(1).build();
        var light = ticket("C001").service("C").waitingSinceMinute(19).sequence(2).build();

        assertThat(policy.next(businessWindow(), List.of(heavy, light), now)).contains(light);
    }

    @Test
    void ignoresServicesTheWindowDoesNotServe() {
        var realEstate = ticket("D001").service("D").waitingSinceMinute(0).sequence(1).build();
        var invoice = ticket("C001").service("C").waitingSinceMinute(50).sequence(2).build();

        assertThat(policy.rank(businessWindow(), List.of(realEstate, invoice), now)).containsExactly(invoice);
    }

    @Test
    void callsATicketTransferredToThisWindowEvenOfAServiceItDoesNotServe() {
        var transferred = ticket("D001").service("D").transferredTo(1).waitingSinceMinute(50).build();

        assertThat(policy.rank(businessWindow(), List.of(transferred), now)).containsExactly(transferred);
    }

    @Test
    void neverCallsATicketTransferredToAnotherWindow() {
        var toWindow2 = ticket("A001").transferredTo(2).waitingSinceMinute(0).build();

        assertThat(policy.rank(businessWindow(), List.of(toWindow2), now)).isEmpty();
        assertThat(policy.next(businessWindow(), List.of(toWindow2), now)).isEmpty();
    }

    @Test
    void priorityOnlyWindowTakesNoNormalTickets() {
        var greenChannelWindow = new WindowProfile(9, Map.of("A", 1.0), true, false);
        var normal = ticket("A001").waitingSinceMinute(0).sequence(1).build();
        var green = ticket("A002").green().waitingSinceMinute(30).sequence(2).build();
        var appointment = ticket("A003").appointmentAtMinute(90.0).waitingSinceMinute(20).sequence(3).build();

        assertThat(ids(policy.rank(greenChannelWindow, List.of(normal, green, appointment), now)))
                .containsExactly("A003", "A002");
    }

    @Test
    void normalOnlyWindowTakesNeitherGreenChannelNorAppointmentTickets() {
        var normalOnlyWindow = new WindowProfile(2, Map.of("A", 1.0), false, true);
        var normal = ticket("A001").waitingSinceMinute(30).sequence(1).build();
        var green = ticket("A002").green().waitingSinceMinute(0).sequence(2).build();
        var appointment = ticket("A003").appointmentAtMinute(10.0).waitingSinceMinute(5).sequence(3).build();
        var greenTransferredHere = ticket("A004").green().transferredTo(2).waitingSinceMinute(40).sequence(4).build();

        assertThat(ids(policy.rank(normalOnlyWindow, List.of(normal, green, appointment, greenTransferredHere), now)))
                .containsExactly("A001", "A004");
    }

    @Test
    void breaksTiesBySequenceThenIdWhateverTheInputOrder() {
        var second = ticket("A002").waitingSinceMinute(30).sequence(2).build();
        var firstB = ticket("B").waitingSinceMinute(30).sequence(1).build();
        var firstA = ticket("A").waitingSinceMinute(30).sequence(1).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(second, firstB, firstA), now)))
                .containsExactly("A", "B", "A002");
        assertThat(ids(policy.rank(businessWindow(), List.of(firstB, firstA, second), now)))
                .containsExactly("A", "B", "A002");
    }
}
