package org.openhall.board;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The display-board's settings, under {@code openhall.*}.
 *
 * @param hall  the hall this instance serves by default (the board at {@code /}); {@code openhall.hall}
 * @param queue where queue-service is and how to reach it; {@code openhall.queue.*}
 * @param board what the hall board shows and how it reconnects; {@code openhall.board.*}
 */
@ConfigurationProperties("openhall")
@Validated
public record BoardProperties(
        @DefaultValue("demo") @NotBlank @Pattern(regexp = HALL_CODE) String hall,
        @DefaultValue @Valid Queue queue,
        @DefaultValue @Valid Board board) {

    /** A hall code as it appears in URLs: lower-case letters, digits and dashes. */
    public static final String HALL_CODE = "[a-z0-9][a-z0-9-]{0,62}";

    /**
     * Every hall this instance shows: the default hall first, then {@code openhall.board.halls}. Only
     * these get a feed, so a URL cannot make the board follow an arbitrary hall.
     */
    public Set<String> servedHalls() {
        var halls = new LinkedHashSet<String>();
        halls.add(hall);
        halls.addAll(board.halls());
        return Set.copyOf(halls);
    }

    /**
     * The device token sent on queue-service calls about a hall: the hall's own from {@code
     * openhall.board.hall-tokens}, else {@code openhall.queue.token}; null or blank for none.
     */
    public @Nullable String tokenFor(String hall) {
        String own = board.hallTokens().get(hall);
        return own != null ? own : queue.token();
    }

    /**
     * How to reach queue-service.
     *
     * @param baseUrl        queue-service's root URL ({@code openhall.queue.base-url})
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for an answer
     * @param token          this board's device token ({@code openhall.queue.token}), sent as a bearer
     *                       token for every hall that has none of its own in {@code
     *                       openhall.board.hall-tokens}; none when set empty. The default is the demo
     *                       hall's board token: a production board must be given its own, from the
     *                       administration's <i>Kiosks and boards</i> page, since a board token is
     *                       valid for one hall only
     */
    public record Queue(
            @DefaultValue("http://localhost:8080") @NotNull URI baseUrl,
            @DefaultValue("2s") @DurationMin(millis = 1) Duration connectTimeout,
            @DefaultValue("5s") @DurationMin(millis = 1) Duration requestTimeout,
            @DefaultValue(DEMO_BOARD_TOKEN) @Nullable String token) {

        /** The demo hall's board token, which queue-service seeds with the demo hall. */
        public static final String DEMO_BOARD_TOKEN = "demo-board-token";

        /** Never shows the token, so that the settings can be logged. */
        @Override
        public String toString() {
            return "Queue[" + baseUrl + ", connect " + connectTimeout + ", request " + requestTimeout
                    + (token == null || token.isBlank() ? ", no token" : ", with a token") + "]";
        }
    }

    /**
     * The hall board.
     *
     * @param halls                 further halls this instance serves, at {@code /hall/{code}}
     * @param largeCalls            how many current calls are shown in full size
     * @param recentCalls           how many earlier calls the side list shows
     * @param highlight             how long a new call or recall stays highlighted
     * @param notice                the line that scrolls along the bottom
     * @param reconnectInitialDelay first wait before loading the snapshot again when queue-service is down
     * @param reconnectMaxDelay     longest wait between two such attempts
     * @param timeZone              the zone of the clock until queue-service has told the hall's own;
     *                              the system's when not set
     * @param showNames             show the visitor's masked name ({@code 张*}) under a called number, on
     *                              the hall board and the window screen, when the ticket has one
     *                              (pre-applications, appointments); off by default: numbers only
     * @param hallTokens            board tokens by hall code ({@code openhall.board.hall-tokens.<hall>}):
     *                              a board token is valid for one hall only, so an instance serving
     *                              several halls needs one per hall; a hall without one uses {@code
     *                              openhall.queue.token}
     */
    public record Board(
            @DefaultValue List<@Pattern(regexp = HALL_CODE) String> halls,
            @DefaultValue("3") @Min(1) @Max(6) int largeCalls,
            @DefaultValue("7") @Min(0) @Max(20) int recentCalls,
            @DefaultValue("10s") @DurationMin(millis = 0) Duration highlight,
            @DefaultValue @Valid Notice notice,
            @DefaultValue("1s") @DurationMin(millis = 10) Duration reconnectInitialDelay,
            @DefaultValue("30s") @DurationMin(millis = 10) Duration reconnectMaxDelay,
            @Nullable ZoneId timeZone,
            @DefaultValue("false") boolean showNames,
            @DefaultValue Map<@Pattern(regexp = HALL_CODE) String, String> hallTokens) {

        /** Never shows the tokens, only which halls have one. */
        @Override
        public String toString() {
            return "Board[halls " + halls + ", large calls " + largeCalls + ", recent calls " + recentCalls
                    + ", highlight " + highlight + ", reconnect " + reconnectInitialDelay + ".." + reconnectMaxDelay
                    + ", time zone " + timeZone + ", show names " + showNames + ", own tokens for "
                    + hallTokens.keySet() + "]";
        }
    }

    /** The notice line in both languages; either may be empty. */
    public record Notice(
            @DefaultValue("请留意屏幕叫号，过号请到咨询台重新取号。办事指南可在取号机查询。") String zh,
            @DefaultValue("Please watch for your number. Missed your call? Ask at the information desk. "
                    + "Service guides are available at the ticket kiosks.") String en) {
    }
}
