package org.openhall.queue.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.Channel;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.queue.support.QueueServiceTest;
import org.openhall.queue.support.TestHalls;
import org.springframework.beans.factory.annotation.Autowired;

/** Eight windows calling at once over 2,000 waiting tickets, through the service layer the API uses. */
@QueueServiceTest
class ConcurrentCallingTest {

    private static final int TICKETS = 2_000;
    private static final int WINDOWS = 8;

    @Autowired
    TestHalls halls;

    @Autowired
    TicketIssuing issuing;

    @Autowired
    TicketDesk desk;

    @Test
    void eightWindowsCallingAtOnceCallEveryTicketExactlyOnce() throws Exception {
        String hall = halls.create("A", "B", "C");
        List<Long> windows = new ArrayList<>();
        for (int n = 1; n <= WINDOWS; n++) {
            Map<String, Double> weights = new LinkedHashMap<>();
            weights.put("a", 1.0);
            if (n % 2 == 0) {
                weights.put("b", 0.5);
            }
            if (n % 3 == 0) {
                weights.put("c", 1.0);
            }
            if (n == WINDOWS) {
                weights.put("b", 1.0);
                weights.put("c", 0.3);
            }
            windows.add(halls.openWindow(hall, n, weights));
        }
        Set<String> issued = new HashSet<>();
        String[] services = {"a", "b", "c"};
        for (int i = 0; i < TICKETS; i++) {
            Priority priority = i % 50 == 0 ? Priority.GREEN_CHANNEL : Priority.NORMAL;
            issued.add(issuing.issue(hall, new IssueTicketRequest(services[i % 3], Channel.WALK_IN, priority), null)
                    .ticket().id());
        }

        Map<String, Long> calledBy = new ConcurrentHashMap<>();
        AtomicInteger doubleCalls = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(WINDOWS)) {
            List<Future<Integer>> results = new ArrayList<>();
            for (long window : windows) {
                results.add(pool.submit(() -> {
                    start.await();
                    int calls = 0;
                    while (true) {
                        Optional<TicketView> next = desk.callNext(window);
                        if (next.isEmpty()) {
                            return calls;
                        }
                        TicketView ticket = next.get();
                        if (calledBy.putIfAbsent(ticket.id(), window) != null) {
                            doubleCalls.incrementAndGet();
                        }
                        desk.start(ticket.id());
                        desk.complete(ticket.id());
                        calls++;
                    }
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertThat(total).isEqualTo(TICKETS);
        }

        assertThat(doubleCalls).hasValue(0);
        assertThat(calledBy.keySet()).isEqualTo(issued);
        assertThat(issued).allSatisfy(id -> assertThat(desk.ticket(id).status()).isEqualTo(TicketStatus.DONE));
        assertThat(new HashSet<>(calledBy.values())).as("every window took part").hasSize(WINDOWS);
    }
}
