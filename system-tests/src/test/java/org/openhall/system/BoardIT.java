package org.openhall.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openhall.client.api.CallTicketRequest;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The hall board in real Chromium against the three apps started from their jars: a call made through
 * the API shows within a second; every call is spoken in full, in order, in each configured language,
 * never cut off, and a recall again; a board that loses queue-service says so and, once it is back,
 * shows every call made meanwhile exactly once. The board's voice is a fake {@code speechSynthesis}
 * installed before the page's own scripts ({@link BoardPage}). Tickets are issued with the demo kiosk's
 * token and called by the demo clerk seated at each window ({@link DemoAccess}). The tests share the
 * hall and one board page, and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BoardIT {

    private static final Duration FIRST_LOAD = Duration.ofSeconds(30);

    private static HallProcesses hall;
    private static DemoAccess demo;
    private static ChromeDriver board;
    private static final HttpClient http = HttpClient.newHttpClient();
    /** Tickets called and not yet finished, to free their windows between tests. */
    private static final List<String> held = new ArrayList<>();

    @BeforeAll
    static void startHall() throws Exception {
        hall = new HallProcesses().start();
        demo = new DemoAccess(hall.queueUrl());
        board = Browser.open("zh-CN", 1920, 1080);
        BoardPage.instrument(board, true);
        board.get(hall.boardUrl() + "/");
        // Loaded: the hall's name and "no calls at the moment"; the page's voice is installed.
        await("board loaded").atMost(FIRST_LOAD).ignoreExceptions()
                .until(() -> board.findElement(By.cssSelector(".current-calls")).getText(), t -> t.contains("暂无叫号"));
        await("speech player").atMost(FIRST_LOAD).until(() -> BoardPage.speechIdle(board));
    }

    @AfterAll
    static void stopHall() {
        if (board != null) {
            board.quit();
        }
        if (demo != null) {
            demo.close();
        }
        if (hall != null) {
            hall.close();
        }
    }

    @Test
    @Order(1)
    void aCallMadeThroughTheApiShowsOnTheBoardWithinASecond() throws Exception {
        TicketView ticket = issue("property-transfer");
        long windowId = demo.windowId(5);
        // As a call pad would: the clerk seated at window 5, with HTTP Basic.
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(hall.queueUrl() + "/api/windows/" + windowId + "/call-next"))
                .header("Authorization", DemoAccess.clerk(5).basic())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        long answered = System.currentTimeMillis();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains(ticket.number());
        held.add(ticket.id());

        // Browser and test read the same clock: Date.now() when the row appeared against the API's answer.
        Long shown = await("call " + ticket.number() + " on the board").atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20)).until(() -> BoardPage.firstSeen(board, ticket.number()), s -> s != null);
        long delay = shown - answered;
        System.out.printf("Board: call %s shown %d ms after the API answered%n", ticket.number(), delay);
        assertThat(delay).isLessThan(1000);
        assertThat(board.findElement(By.cssSelector(".current-calls")).getText()).contains(ticket.number());
    }

    @Test
    @Order(2)
    void fiveQuickCallsAreSpokenInOrderInFullInEachLanguageAndARecallAgain() throws Exception {
        awaitQuiet();
        finishHeld();
        int before = BoardPage.spoken(board).size();
        // Window 6 backs up public security (window 7 has no clerk in the demo).
        int[] windows = {1, 2, 3, 5, 6};
        String[] services = {"company-registration", "invoice", "social-insurance", "property-transfer", "residence-permit"};
        List<TicketView> tickets = new ArrayList<>();
        for (String service : services) {
            tickets.add(issue(service));
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < windows.length; i++) {
            call(windows[i], tickets.get(i));
            expected.addAll(BoardPage.announcement(tickets.get(i).number(), windows[i]));
        }

        List<BoardPage.Spoken> said = await("five announcements").atMost(Duration.ofSeconds(40))
                .until(() -> BoardPage.spoken(board), s -> s.size() >= before + expected.size());
        await().atMost(Duration.ofSeconds(10)).until(() -> BoardPage.speechIdle(board));
        said = BoardPage.spoken(board);
        assertThat(said.subList(before, said.size()).stream().map(BoardPage.Spoken::text).toList())
                .containsExactlyElementsOf(expected);
        assertThat(said.subList(before, said.size()).stream().map(BoardPage.Spoken::lang).toList())
                .containsExactly("zh-CN", "en-US", "zh-CN", "en-US", "zh-CN", "en-US", "zh-CN", "en-US", "zh-CN", "en-US");

        // A recall: the same ticket is said again, in both languages.
        TicketView recalled = tickets.get(2);
        demo.clerkAt(windows[2]).recall(recalled.id());
        int afterCalls = said.size();
        said = await("the recall spoken").atMost(Duration.ofSeconds(20))
                .until(() -> BoardPage.spoken(board), s -> s.size() >= afterCalls + 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> BoardPage.speechIdle(board));
        said = BoardPage.spoken(board);
        assertThat(said.subList(afterCalls, said.size()).stream().map(BoardPage.Spoken::text).toList())
                .containsExactlyElementsOf(BoardPage.announcement(recalled.number(), windows[2]));
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions()
                .until(() -> board.findElement(By.cssSelector(".current-calls")).getText(), t -> t.contains("第2次呼叫"));

        // Nothing cut off: no cancel(), and each utterance began only after the one before had ended.
        assertThat(BoardPage.cancels(board)).isZero();
        for (int i = before + 1; i < said.size(); i++) {
            assertThat(said.get(i).start()).as("utterance %d starts after %d ended", i, i - 1)
                    .isGreaterThanOrEqualTo(said.get(i - 1).end());
            assertThat(said.get(i).end() - said.get(i).start()).isGreaterThanOrEqualTo(BoardPage.UTTERANCE_MS - 5);
        }
        Browser.screenshot(board, "board-hall-calls");
    }

    @Test
    @Order(3)
    void aBoardThatLostQueueServiceSaysSoAndShowsEveryCallMadeMeanwhileOnce() throws Exception {
        awaitQuiet();
        finishHeld();
        int[] windows = {1, 2, 3, 5};
        String[] services = {"company-registration", "invoice", "social-insurance", "property-transfer"};
        List<TicketView> tickets = new ArrayList<>();
        for (String service : services) {
            tickets.add(issue(service));
        }
        int before = BoardPage.spoken(board).size();

        hall.stopQueueService();
        WebElement banner = await("connection-lost banner").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> board.findElement(By.cssSelector(".connection-banner[data-kind='lost']")), WebElement::isDisplayed);
        assertThat(banner.getText()).contains("连接中断", "Connection lost");
        Browser.screenshot(board, "board-hall-connection-lost");

        hall.startQueueService();
        // Called at once: the board is most likely still waiting to retry and must catch up on these.
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < windows.length; i++) {
            call(windows[i], tickets.get(i));
            expected.addAll(BoardPage.announcement(tickets.get(i).number(), windows[i]));
        }

        await("banner gone").atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> board.findElements(By.cssSelector(".connection-banner")).stream().noneMatch(WebElement::isDisplayed));
        for (TicketView ticket : tickets) {
            await("call " + ticket.number() + " shown").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                    .until(() -> BoardPage.firstSeen(board, ticket.number()) != null);
        }
        await("announcements after the reconnect").atMost(Duration.ofSeconds(30))
                .until(() -> BoardPage.spoken(board).size() >= before + expected.size() && BoardPage.speechIdle(board));

        String shown = board.findElement(By.cssSelector(".board-main")).getText();
        for (TicketView ticket : tickets) {
            assertThat(occurrences(shown, ticket.number())).as("rows showing %s", ticket.number()).isEqualTo(1);
            assertThat(BoardPage.mostRowsAtOnce(board, ticket.number())).as("most rows at once showing %s", ticket.number())
                    .isEqualTo(1);
        }
        List<BoardPage.Spoken> said = BoardPage.spoken(board);
        assertThat(said.subList(before, said.size()).stream().map(BoardPage.Spoken::text).toList())
                .as("each call said once, none of the earlier ones again").containsExactlyElementsOf(expected);
        assertThat(BoardPage.cancels(board)).isZero();
        Browser.screenshot(board, "board-hall-reconnected");
    }

    /**
     * The board and a window screen show Chinese and English together (there is no language switch), so
     * one screenshot of each holds both languages.
     */
    @Test
    @Order(4)
    void screenshotsOfTheHallBoardAndAWindowScreen() throws Exception {
        Browser.screenshot(board, "zh-CN+en-board-hall");
        board.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 720));
        board.get(hall.boardUrl() + "/window/5");
        await("window 5 calling").atMost(FIRST_LOAD).ignoreExceptions()
                .until(() -> board.findElement(By.cssSelector(".ws-panel")).getAttribute("data-state"), "called"::equals);
        assertThat(board.findElement(By.cssSelector(".ws-status")).getText()).contains("Now calling");
        Browser.screenshot(board, "zh-CN+en-board-window-5");
    }

    // --- helpers ---

    private static TicketView issue(String service) {
        return demo.kiosk().issueTicket(DemoAccess.HALL, IssueTicketRequest.walkIn(service), UUID.randomUUID().toString());
    }

    /** Window {@code number}'s clerk calls {@code ticket}, which the window then holds. */
    private static void call(int number, TicketView ticket) {
        demo.clerkAt(number).call(demo.windowId(number), new CallTicketRequest(ticket.id()));
        held.add(ticket.id());
    }

    /** Starts and completes every ticket called so far, so their windows may call again. */
    private static void finishHeld() {
        for (String id : held) {
            demo.serve(id);
        }
        held.clear();
    }

    private static void awaitQuiet() {
        await("board silent").atMost(Duration.ofSeconds(30)).until(() -> BoardPage.speechIdle(board));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
