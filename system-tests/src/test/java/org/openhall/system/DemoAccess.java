package org.openhall.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.openhall.client.HttpQueueClient;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowView;

/**
 * The demo hall's API as its real callers reach it: the demo kiosk's and board's published tokens, and
 * each demo clerk's HTTP Basic sign-in for the window that clerk is seated at when the demo opens
 * (queue-service's {@code DemoHallSeeder}; the README's table). One client per caller, made on first use;
 * {@link #close()} closes them all.
 */
final class DemoAccess implements AutoCloseable {

    static final String HALL = "demo";
    static final String KIOSK_TOKEN = "demo-kiosk-token";
    static final String BOARD_TOKEN = "demo-board-token";

    /** A demo staff member's sign-in (every demo password is {@code demo-<badge>}). */
    record Staff(String username, String password) {

        /** The {@code Authorization} header's value for this staff member. */
        String basic() {
            return "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The demo clerks, by the window each is seated at when the demo opens; windows 7 to 9 have none. */
    static final Map<Integer, Staff> CLERKS = Map.of(
            1, new Staff("wangfang", "demo-1001"),
            2, new Staff("liqiang", "demo-1002"),
            3, new Staff("zhangwei", "demo-1003"),
            4, new Staff("liuyang", "demo-1004"),
            5, new Staff("chenjing", "demo-1005"),
            6, new Staff("yanglei", "demo-1006"));
    static final Staff MANAGER = new Staff("zhaomin", "demo-2001");
    static final Staff ADMIN = new Staff("admin", "demo-9001");

    private final String queueUrl;
    private HttpQueueClient kiosk;
    private HttpQueueClient board;
    private final Map<Integer, HttpQueueClient> clerks = new HashMap<>();
    private Map<Integer, Long> windowIds;

    DemoAccess(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    /** The demo clerk seated at window {@code number} when the demo opens. */
    static Staff clerk(int number) {
        Staff clerk = CLERKS.get(number);
        if (clerk == null) {
            throw new IllegalArgumentException("No demo clerk sits at window " + number + " (only at 1 to 6)");
        }
        return clerk;
    }

    /** As the demo kiosk: issues tickets and checks visitors in. */
    synchronized HttpQueueClient kiosk() {
        if (kiosk == null) {
            kiosk = new HttpQueueClient(QueueClientSettings.of(queueUrl).withBearerToken(KIOSK_TOKEN));
        }
        return kiosk;
    }

    /** As the demo board: reads the hall's snapshot, statistics and windows. */
    synchronized HttpQueueClient board() {
        if (board == null) {
            board = new HttpQueueClient(QueueClientSettings.of(queueUrl).withBearerToken(BOARD_TOKEN));
        }
        return board;
    }

    /** As the demo clerk of window {@code number}, for that window's actions. */
    synchronized HttpQueueClient clerkAt(int number) {
        return clerks.computeIfAbsent(number, n -> {
            Staff clerk = clerk(n);
            return new HttpQueueClient(QueueClientSettings.of(queueUrl).withStaff(clerk.username(), clerk.password()));
        });
    }

    /** The id of window {@code number} of the demo hall. */
    synchronized long windowId(int number) {
        if (windowIds == null) {
            windowIds = new HashMap<>();
            for (WindowView window : board().windows(HALL)) {
                windowIds.put(window.number(), window.id());
            }
        }
        Long id = windowIds.get(number);
        if (id == null) {
            throw new IllegalArgumentException("The demo hall has no window " + number);
        }
        return id;
    }

    /** Window {@code number}'s clerk calls the next ticket; empty when nobody waits for it. */
    Optional<TicketView> callNext(int number) {
        return clerkAt(number).callNext(windowId(number));
    }

    /** Starts and completes {@code ticketId}, as the clerk of the window that called it. */
    TicketView serve(String ticketId) {
        HttpQueueClient clerk = clerkAt(windowOf(ticketId));
        clerk.start(ticketId);
        return clerk.complete(ticketId);
    }

    /** The number of the window holding {@code ticketId} (read from the public ticket status). */
    int windowOf(String ticketId) {
        Integer number = board().ticket(ticketId).windowNumber();
        if (number == null) {
            throw new IllegalStateException("No window holds ticket " + ticketId);
        }
        return number;
    }

    @Override
    public synchronized void close() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (board != null) {
            board.close();
        }
        clerks.values().forEach(HttpQueueClient::close);
        clerks.clear();
    }
}
