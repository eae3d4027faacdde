package org.openhall.queue.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.openhall.queue.policy.Tickets.businessWindow;
import static org.openhall.queue.policy.Tickets.minute;
import static org.openhall.queue.policy.Tickets.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedPolicyTest {

    private final WeightedPolicy policy = new WeightedPolicy();

    private final Instant now = minute(60);

    @Test
    void isNamedWeightedAndDueAppointmentsHaveNoGraceByDefault() {
        assertThat(policy.name()).isEqualTo("weighted");
        assertThat(policy.appointmentEarlyGrace()).isZero();
    }

    @Test
    void callsATicketTransferredToThisWindowBeforeAnythingElse() {
        var transferred = ticket("A050").transferredTo(1).waitingSinceMinute(59).sequence(50).build();
        var dueAppointment = ticket("A040").appointmentAtMinute(30.0).waitingSinceMinute(20).sequence(40).build();
        var green = ticket("A030").green().waitingSinceMinute(10).sequence(30).build();
        var longWaiting = ticket("A001").waitingSinceMinute(0).sequence(1).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(longWaiting, green, dueAppointment, transferred), now)))
                .containsExactly("A050", "A040", "A030", "A001");
        assertThat(policy.next(businessWindow(), List.of(longWaiting, green, dueAppointment, transferred), now))
                .contains(transferred);
    }

    @Test
    void callsATicketTransferredToThisWindowEvenOfAServiceItDoesNotServe() {
        var transferred = ticket("D007").service("D").transferredTo(1).waitingSinceMinute(59).build();

        assertThat(policy.rank(businessWindow(), List.of(transferred), now)).containsExactly(transferred);
    }

    @Test
    void callsTicketsTransferredToThisWindowLongestWaitingFirst() {
        var later = ticket("A002").transferredTo(1).waitingSinceMinute(50).sequence(2).build();
        var earlier = ticket("C009").service("C").transferredTo(1).waitingSinceMinute(40).sequence(9).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(later, earlier), now)))
                .containsExactly("C009", "A002");
    }

    @Test
    void neverCallsATicketTransferredToAnotherWindow() {
        var toWindow2 = ticket("A001").transferredTo(2).waitingSinceMinute(0).green().build();

        assertThat(policy.rank(businessWindow(), List.of(toWindow2), now)).isEmpty();
        assertThat(policy.next(businessWindow(), List.of(toWindow2), now)).isEmpty();
    }

    @Test
    void callsDueAppointmentsBeforeGreenChannel() {
        var green = ticket("A001").green().waitingSinceMinute(0).sequence(1).build();
        var appointment = ticket("A002").appointmentAtMinute(60.0).waitingSinceMinute(55).sequence(2).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(green, appointment), now)))
                .containsExactly("A002", "A001");
    }

    @Test
    void callsDueAppointmentsEarliestAppointmentFirst() {
        var bookedAt45CheckedInLate = ticket("A009").appointmentAtMinute(45.0).waitingSinceMinute(50).sequence(9)
                .build();
        var bookedAt50CheckedInEarly = ticket("A002").appointmentAtMinute(50.0).waitingSinceMinute(30).sequence(2)
                .build();

        assertThat(ids(policy.rank(businessWindow(), List.of(bookedAt50CheckedInEarly, bookedAt45CheckedInLate),
                now))).containsExactly("A009", "A002");
    }

    @Test
    void anAppointmentWithoutABookedTimeIsDueFromItsCheckIn() {
        var bookedAt40 = ticket("A003").appointmentAtMinute(40.0).waitingSinceMinute(35).sequence(3).build();
        var unknownTimeCheckedInAt30 = ticket("A002").appointmentAtMinute(null).waitingSinceMinute(30).sequence(2)
                .build();
        var green = ticket("A001").green().waitingSinceMinute(0).sequence(1).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(green, bookedAt40, unknownTimeCheckedInAt30), now)))
                .containsExactly("A002", "A003", "A001");
    }

    @Test
    void anAppointmentIsDueWithinTheEarlyGrace() {
        var green = ticket("A001").green().waitingSinceMinute(50).sequence(1).build();
        var inTenMinutes = ticket("A002").appointmentAtMinute(70.0).waitingSinceMinute(58).sequence(2).build();

        assertThat(ids(new WeightedPolicy(Duration.ofMinutes(10)).rank(businessWindow(), List.of(green, inTenMinutes),
                now))).containsExactly("A002", "A001");
        assertThat(ids(new WeightedPolicy(Duration.ofMinutes(9)).rank(businessWindow(), List.of(green, inTenMinutes),
                now))).containsExactly("A001", "A002");
    }

    @Test
    void aNotYetDueAppointmentWaitsLikeANormalTicket() {
        var appointmentIn30Minutes = ticket("A002").appointmentAtMinute(90.0).waitingSinceMinute(50).sequence(2)
                .build();
        var normalWaiting20Minutes = ticket("A001").waitingSinceMinute(40).sequence(1).build();
        var normalWaiting5Minutes = ticket("A003").waitingSinceMinute(55).sequence(3).build();

        assertThat(ids(policy.rank(businessWindow(),
                List.of(appointmentIn30Minutes, normalWaiting5Minutes, normalWaiting20Minutes), now)))
                .containsExactly("A001", "A002", "A003");
    }

    @Test
    void greenChannelBeforeNormalTickets() {
        var waitingTwoHours = ticket("A001").waitingSince(minute(60).minus(Duration.ofHours(2))).sequence(1).build();
        var greenJustArrived = ticket("C002").service("C").green().waitingSinceMinute(60).sequence(2).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(waitingTwoHours, greenJustArrived), now)))
                .containsExactly("C002", "A001");
    }

    @Test
    void callsGreenChannelTicketsLongestWaitingFirst() {
        var later = ticket("A001").green().waitingSinceMinute(50).sequence(1).build();
        var earlier = ticket("C002").service("C").green().waitingSinceMinute(40).sequence(2).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(later, earlier), now))).containsExactly("C002", "A001");
    }

    @Test
    void callsTheLongestWaitingTicketFirstWithinOneService() {
        var requeuedLater = ticket("A001").waitingSinceMinute(45).sequence(1).build();
        var waitingLonger = ticket("A002").waitingSinceMinute(30).sequence(2).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(requeuedLater, waitingLonger), now)))
                .containsExactly("A002", "A001");
    }

    @Test
    void prefersTheHeavierServiceForAnEqualWait() {
        var invoice = ticket("C001").service("C").waitingSinceMinute(50).sequence(1).build();
        var registration = ticket("A001").waitingSinceMinute(50).sequence(2).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(invoice, registration), now)))
                .containsExactly("A001", "C001");
    }

    @Test
    void weightsMakeALongerWaitOfALowWeightServiceWinEventually() {
        // C weighs 0.6 at window 1: it must wait 10 / 0.6 = 16.7 min to outrank 10 min of A.
        var registrationWaiting10Minutes = ticket("A001").waitingSinceMinute(50).sequence(1).build();
        var invoiceWaiting15Minutes = ticket("C001").service("C").waitingSinceMinute(45).sequence(0).build();
        var invoiceWaiting20Minutes = ticket("C002").service("C").waitingSinceMinute(40).sequence(0).build();

        assertThat(policy.next(businessWindow(), List.of(registrationWaiting10Minutes, invoiceWaiting15Minutes), now))
                .contains(registrationWaiting10Minutes);
        assertThat(policy.next(businessWindow(), List.of(registrationWaiting10Minutes, invoiceWaiting20Minutes), now))
                .contains(invoiceWaiting20Minutes);
    }

    @Test
    void aSteadyStreamOfHeavierServiceArrivalsDoesNotStarveALighterOne() {
        // One A arrival per minute and one call per minute keep A tickets coming forever;
        // a strict "heavier service first" order would never call the C ticket.
        var invoice = ticket("C001").service("C").waitingSinceMinute(0).sequence(0).build();
        List<WaitingTicket> waiting = new ArrayList<>(List.of(invoice));
        for (int minute = 0; minute < 60; minute++) {
            waiting.add(ticket("A%03d".formatted(minute)).waitingSinceMinute(minute).sequence(minute + 1).build());
            var called = policy.next(businessWindow(), waiting, minute(minute + 0.5)).orElseThrow();
            waiting.remove(called);
            if (called == invoice) {
                // at m + 0.5 min the C ticket's priority is 0.6 * (m + 0.5) * 60 = 36 m + 18, a fresh A ticket's 30
                assertThat(minute).isEqualTo(1);
                return;
            }
        }
        throw new AssertionError("the C ticket was never called");
    }

    @Test
    void priorityOnlyWindowTakesNoNormalTickets() {
        var greenChannelWindow = new WindowProfile(9, Map.of("A", 1.0, "C", 1.0), true, false);
        var normal = ticket("A001").waitingSinceMinute(0).sequence(1).build();
        var green = ticket("A002").green().waitingSinceMinute(50).sequence(2).build();
        var notYetDueAppointment = ticket("C003").service("C").appointmentAtMinute(90.0).waitingSinceMinute(40)
                .sequence(3).build();
        var normalTransferredHere = ticket("A004").transferredTo(9).waitingSinceMinute(55).sequence(4).build();

        assertThat(ids(policy.rank(greenChannelWindow, List.of(normal, green, notYetDueAppointment,
                normalTransferredHere), now))).containsExactly("A004", "A002", "C003");
    }

    @Test
    void normalOnlyWindowTakesNeitherGreenChannelNorAppointmentTickets() {
        var normalOnlyWindow = new WindowProfile(2, Map.of("A", 1.0), false, true);
        var normal = ticket("A001").waitingSinceMinute(50).sequence(1).build();
        var green = ticket("A002").green().waitingSinceMinute(0).sequence(2).build();
        var dueAppointment = ticket("A003").appointmentAtMinute(10.0).waitingSinceMinute(5).sequence(3).build();
        var greenTransferredHere = ticket("A004").green().transferredTo(2).waitingSinceMinute(55).sequence(4).build();

        assertThat(ids(policy.rank(normalOnlyWindow, List.of(normal, green, dueAppointment, greenTransferredHere),
                now))).containsExactly("A004", "A001");
    }

    @Test
    void ignoresServicesTheWindowDoesNotServe() {
        var realEstate = ticket("D001").service("D").waitingSinceMinute(0).sequence(1).build();
        var realEstateGreen = ticket("D002").service("D").green().waitingSinceMinute(0).sequence(2).build();
        var invoice = ticket("C001").service("C").waitingSinceMinute(59).sequence(3).build();

        assertThat(policy.rank(businessWindow(), List.of(realEstate, realEstateGreen, invoice), now))
                .containsExactly(invoice);
    }

    @Test
    void breaksTiesBySequenceThenIdWhateverTheInputOrder() {
        var second = ticket("A002").waitingSinceMinute(30).sequence(2).build();
        var firstB = ticket("B").waitingSinceMinute(30).sequence(1).build();
        var firstA = ticket("A").waitingSinceMinute(30).sequence(1).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(second, firstB, firstA), now)))
                .containsExactly("A", "B", "A002");
        assertThat(ids(policy.rank(businessWindow(), List.of(firstA, second, firstB), now)))
                .containsExactly("A", "B", "A002");
    }

    @Test
    void aTicketWaitingSinceAfterNowCountsAsNotYetWaiting() {
        var fromTheFuture = ticket("A001").waitingSinceMinute(61).sequence(1).build();
        var justArrived = ticket("C002").service("C").waitingSinceMinute(60).sequence(2).build();

        assertThat(ids(policy.rank(businessWindow(), List.of(justArrived, fromTheFuture), now)))
                .containsExactly("A001", "C002");
    }

    @Test
    void hasNothingToCallWhenNothingWaits() {
        assertThat(policy.rank(businessWindow(), List.of(), now)).isEmpty();
        assertThat(policy.next(businessWindow(), List.of(), now)).isEmpty();
    }

    @Test
    void rejectsANegativeEarlyGrace() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WeightedPolicy(Duration.ofSeconds(-1)))
                .withMessageContaining("negative");
    }

    static List<String> ids(Collection<WaitingTicket> tickets) {
        return tickets.stream().map(WaitingTicket::id).toList();
    }
}
