package org.openhall.board.hall.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.LICENCE;
import static org.openhall.board.Tickets.LICENCE_NAME;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openhall.board.feed.BoardState;
import org.openhall.board.feed.Call;
import org.openhall.client.api.TicketStatus;

/** Names on the board: numbers only unless the hall turns names on, and then only the masked form. */
class CurrentCallsTest {

    private final Call named = new Call("t-1", "A023", LICENCE, LICENCE_NAME, 5L, 5, TicketStatus.CALLED, 1, NINE_AM,
            "张*");
    private final Call walkIn = new Call("t-2", "A024", LICENCE, LICENCE_NAME, 6L, 6, TicketStatus.CALLED, 1, NINE_AM,
            null);
    private final BoardState state = BoardState.initial("demo", NINE_AM);

    @Test
    void showsNumbersOnlyByDefaultEvenWhenATicketCarriesAName() {
        var calls = new CurrentCalls(false);
        calls.show(List.of(named, walkIn), call -> false, state);

        assertThat(calls.rows()).extracting(CallRow::ticket).containsExactly("A023", "A024");
        assertThat(calls.rows()).extracting(CallRow::holder).containsExactly("", "");
    }

    @Test
    void showsTheMaskedNameUnderTheNumberWhenNamesAreTurnedOn() {
        var calls = new CurrentCalls(true);
        calls.show(List.of(named, walkIn), call -> false, state);

        assertThat(calls.rows()).extracting(CallRow::holder).containsExactly("张*", "");
    }
}
