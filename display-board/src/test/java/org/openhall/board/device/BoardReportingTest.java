package org.openhall.board.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openhall.board.Tickets.NINE_AM;
import static org.openhall.board.Tickets.snapshot;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeHallEventStream;
import org.openhall.board.feed.HallClients;
import org.openhall.board.FakeQueueApi;
import org.openhall.board.FakeQueueApi.SentReport;
import org.openhall.board.ManualScheduler;
import org.openhall.board.MutableClock;
import org.openhall.board.feed.FeedSettings;
import org.openhall.board.feed.HallFeeds;
import org.openhall.client.api.DeviceState;

/** The board reporting itself, on a clock and scheduler the test moves by hand. */
class BoardReportingTest {

    private static final String HALL = "demo";

    private final FakeQueueApi api = new FakeQueueApi();
    private final FakeHallEventStream stream = new FakeHallEventStream();
    private final MutableClock clock = new MutableClock(NINE_AM, ZoneOffset.UTC);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final HallClients clients = HallClients.sharing(api, stream);
    private final HallFeeds feeds = new HallFeeds(clients, clock, scheduler,
            new FeedSettings(Set.of(HALL), Duration.ofSeconds(1), Duration.ofSeconds(30)));
    private final BoardReporting reporting = new BoardReporting(clients, feeds, scheduler,
            new BoardDeviceProperties("board-hall", Duration.ofSeconds(30)));

    @BeforeEach
    void aLiveHall() {
        api.serve(snapshot(HALL, 10, List.of(), List.of(), 0, 0));
        feeds.start();
        reporting.start();
        stream.connect(HALL);
        scheduler.runDue();
    }

    @AfterEach
    void stop() {
        reporting.close();
        feeds.close();
    }

    @Test
    void reportsReadyAsABoardUnderItsIdWhileTheFeedIsLive() {
        assertThat(api.deviceReports()).isNotEmpty().allSatisfy(sent -> {
            assertThat(sent.hall()).isEqualTo(HALL);
            assertThat(sent.device()).isEqualTo("board-hall");
            assertThat(sent.report().kind()).isEqualTo("BOARD");
        });
        assertThat(api.deviceReports().getLast().report().state()).isEqualTo(DeviceState.READY);
        assertThat(api.deviceReports().getLast().report().detail()).isNull();
    }

    @Test
    void reportsDegradedAtOnceWhenTheEventStreamIsLostAndReadyWhenItReturns() {
        stream.disconnect(HALL);
        scheduler.runDue();

        SentReport lost = api.deviceReports().getLast();
        assertThat(lost.report().state()).isEqualTo(DeviceState.DEGRADED);
        assertThat(lost.report().detail()).contains("event stream lost");

        stream.connect(HALL);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(api.deviceReports().getLast().report().state()).isEqualTo(DeviceState.READY);
    }

    @Test
    void reportsAgainOnEveryHeartbeatAndAfterAnOutageWithoutFailing() {
        int before = api.deviceReports().size();
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(api.deviceReports()).hasSize(before + 1);

        api.refuseDeviceReports(true);
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(api.deviceReports()).hasSize(before + 1);

        api.refuseDeviceReports(false);
        scheduler.advance(Duration.ofSeconds(30));
        assertThat(api.deviceReports()).hasSize(before + 2);
        assertThat(api.deviceReports().getLast().report().state()).isEqualTo(DeviceState.READY);
    }

    @Test
    void makesAnIdFromTheHostNameWithOnlyTheCharactersAnIdMayHold() {
        assertThat(BoardDeviceProperties.fromHost("Hall-Board.example.org")).isEqualTo("board-hall-board");
        assertThat(BoardDeviceProperties.fromHost("显示屏")).isEqualTo("board");
        assertThat(BoardDeviceProperties.fromHost("x".repeat(100))).hasSize(64);
    }
}
