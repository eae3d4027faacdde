package org.openhall.board.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.calledTo;
import static org.openhall.board.Tickets.event;
import static org.openhall.board.Tickets.hall;
import static org.openhall.board.Tickets.in;
import static org.openhall.board.Tickets.recalled;
import static org.openhall.board.Tickets.snapshot;
import static org.openhall.board.Tickets.waiting;
import static org.openhall.client.api.HallEvent.TICKET_CALLED;
import static org.openhall.client.api.HallEvent.TICKET_RECALLED;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.board.feed.BoardReducer;
import org.openhall.board.feed.BoardState;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;

class AnnouncementsTest {

    private static final String HALL = "demo";

    private final BoardReducer reducer = new BoardReducer();
    private final Announcements announcements = new Announcements(SpeechProperties.defaults());

    /** A screen that has seen the empty hall, loaded at event 100. */
    private BoardState state = reducer.load(BoardState.initial(HALL, NINE_AM),
            snapshot(HALL, 100, List.of(), List.of(), 0, 0), hall(HALL));
    private Announcements.Heard heard = announcements.plan(Announcements.Heard.NOTHING, state).heard();

    @Test
    void announcesANewCallOnceInChineseThenEnglish() {
        List<Announcement> said = apply(event(101, TICKET_CALLED, calledTo(waiting(HALL, "A023"), 5, NINE_AM)));

        assertThat(said).singleElement().satisfies(a -> {
            assertThat(a.ticket()).isEqualTo("A023");
            assertThat(a.windowNumber()).isEqualTo(5);
            assertThat(a.recall()).isFalse();
            assertThat(a.utterances()).extracting(Announcement.Utterance::lang).containsExactly("zh-CN", "en-US");
            assertThat(a.utterances()).extracting(Announcement.Utterance::text)
                    .containsExactly("请 A023 号到 5 号窗口办理", "Ticket A023, please go to window 5");
            assertThat(a.spoken()).containsExactly("请 A零二三 号到 5 号窗口办理", "Ticket A 0 2 3, please go to window 5");
        });
        assertThat(plan()).as("the same state again").isEmpty();
    }

    @Test
    void aRecallIsAnnouncedAgain() {
        TicketView a23 = calledTo(waiting(HALL, "A023"), 5, NINE_AM);
        apply(event(101, TICKET_CALLED, a23));

        List<Announcement> said = apply(event(102, TICKET_RECALLED, recalled(a23, NINE_AM.plusSeconds(60))));

        assertThat(said).singleElement().satisfies(a -> {
            assertThat(a.recall()).isTrue();
            assertThat(a.spoken().getFirst()).isEqualTo("请 A零二三 号到 5 号窗口办理");
        });
    }

    @Test
    void aRepeatedOrOldEventAnnouncesNothing() {
        HallEvent call = event(101, TICKET_CALLED, calledTo(waiting(HALL, "A023"), 5, NINE_AM));
        apply(call);
        apply(event(102, TICKET_CALLED, calledTo(waiting(HALL, "B001"), 3, NINE_AM)));

        assertThat(apply(call)).as("the same event delivered twice").isEmpty();
        assertThat(apply(event(90, TICKET_CALLED, calledTo(waiting(HALL, "A001"), 7, NINE_AM))))
                .as("an event older than the state").isEmpty();
    }

    @Test
    void aCallThatComesBackWithTheSameKeyStaysQuiet() {
        TicketView a23 = calledTo(waiting(HALL, "A023"), 5, NINE_AM);
        apply(event(101, TICKET_CALLED, a23));
        BoardState reloadedWithout = reducer.load(state, snapshot(HALL, 150, List.of(), List.of(), 0, 0), hall(HALL));
        heard = announcements.plan(heard, reloadedWithout).heard();

        BoardState reloadedWith = reducer.load(state, snapshot(HALL, 160, List.of(a23), List.of(a23), 0, 0), hall(HALL));

        assertThat(announcements.plan(heard, reloadedWith).announcements()).isEmpty();
    }

    @Test
    void aReloadedScreenDoesNotAnnounceTheCallsAlreadyMade() {
        TicketView a1 = calledTo(waiting(HALL, "A001"), 3, NINE_AM.minusSeconds(5));
        TicketView b1 = calledTo(waiting(HALL, "B001"), 1, NINE_AM.minusSeconds(600));
        BoardState loaded = reducer.load(BoardState.initial(HALL, NINE_AM),
                snapshot(HALL, 40, List.of(a1, b1), List.of(a1, b1), 0, 0), hall(HALL));

        Announcements.Plan first = announcements.plan(Announcements.Heard.NOTHING, loaded);

        assertThat(first.announcements()).isEmpty();
        assertThat(first.heard().primed()).isTrue();
        BoardState next = reducer.apply(loaded, event(41, TICKET_CALLED, calledTo(waiting(HALL, "A002"), 7, NINE_AM)));
        assertThat(announcements.plan(first.heard(), next).announcements())
                .extracting(Announcement::ticket).containsExactly("A002");
    }

    @Test
    void aStateNotYetLoadedAnnouncesNothingAndPrimesNothing() {
        Announcements.Plan plan = announcements.plan(Announcements.Heard.NOTHING, BoardState.initial(HALL, NINE_AM));

        assertThat(plan.announcements()).isEmpty();
        assertThat(plan.heard().primed()).isFalse();
    }

    @Test
    void callsArrivingFasterThanSpeechAreAllAnnouncedInOrder() {
        List<Announcement> said = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            TicketView ticket = calledTo(waiting(HALL, "A%03d".formatted(i)), i, NINE_AM.plusMillis(i * 100L));
            said.addAll(apply(event(100 + i, TICKET_CALLED, ticket)));
        }

        assertThat(said).extracting(Announcement::ticket)
                .containsExactly("A001", "A002", "A003", "A004", "A005", "A006", "A007", "A008", "A009", "A010",
                        "A011", "A012");
    }

    @Test
    void callsThatArriveInOneStateAreAnnouncedOldestFirst() {
        BoardState burst = reducer.applyAll(state, List.of(
                event(101, TICKET_CALLED, calledTo(waiting(HALL, "B002"), 4, NINE_AM.plusSeconds(2))),
                event(102, TICKET_CALLED, calledTo(waiting(HALL, "A005"), 2, NINE_AM.plusSeconds(1))),
                event(103, TICKET_CALLED, calledTo(waiting(HALL, "A006"), 1, NINE_AM.plusSeconds(3)))));

        assertThat(announcements.plan(heard, burst).announcements()).extracting(Announcement::ticket)
                .containsExactly("A005", "B002", "A006");
    }

    @Test
    void aTicketAlreadyBeingServedIsNotCalledOut() {
        TicketView serving = in(calledTo(waiting(HALL, "A001"), 3, NINE_AM), TicketStatus.SERVING);

        assertThat(apply(event(101, "TICKET_STARTED", serving))).isEmpty();
    }

    @Test
    void saysItInTheConfiguredLanguagesVoicesRateAndRepeats() {
        var settings = new SpeechProperties(true, List.of("en-GB", "zh-CN"), 2, "Ting-Ting", "Daniel", 0.8);
        var twice = new Announcements(settings);
        BoardState called = reducer.apply(state,
                event(101, TICKET_CALLED, calledTo(waiting(HALL, "B120"), 12, NINE_AM)));

        Announcement a = twice.plan(twice.plan(Announcements.Heard.NOTHING, state).heard(), called)
                .announcements().getFirst();

        assertThat(a.spoken()).containsExactly(
                "Ticket B 1 2 0, please go to window 12", "请 B一二零 号到 12 号窗口办理",
                "Ticket B 1 2 0, please go to window 12", "请 B一二零 号到 12 号窗口办理");
        assertThat(a.utterances()).extracting(Announcement.Utterance::voice)
                .containsExactly("Daniel", "Ting-Ting", "Daniel", "Ting-Ting");
        assertThat(a.utterances()).allSatisfy(u -> assertThat(u.rate()).isEqualTo(0.8));
    }

    private List<Announcement> apply(HallEvent event) {
        state = reducer.apply(state, event);
        return plan();
    }

    private List<Announcement> plan() {
        Announcements.Plan plan = announcements.plan(heard, state);
        heard = plan.heard();
        return plan.announcements();
    }
}
