package org.openhall.queue.support;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.window.WindowDesk;

/** Creates halls of a test's own, so tests sharing a database never see each other's tickets. */
public final class TestHalls {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final HallCatalog catalog;
    private final WindowDesk windows;

    TestHalls(HallCatalog catalog, WindowDesk windows) {
        this.catalog = catalog;
        this.windows = windows;
    }

    /** A new always-open hall in the zone, with services A (code "a"), B ("b"), ... for each prefix given. */
    public String create(ZoneId zone, LocalTime dayStartsAt, String policy, String... prefixes) {
        String code = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + COUNTER.incrementAndGet();
        List<ServiceDefinition> services = new ArrayList<>();
        int order = 0;
        for (String prefix : prefixes) {
            services.add(service(prefix, null, order++));
        }
        catalog.create(new Hall(code, LocalizedText.of("测试大厅", "Test hall"), zone, dayStartsAt, policy, false,
                List.of(), Set.of()), services);
        return code;
    }

    public String create(String... prefixes) {
        return create(ZoneId.of("Asia/Shanghai"), LocalTime.MIDNIGHT, "weighted", prefixes);
    }

    /** A hall that enforces opening hours: Monday to Friday 09:00-12:00 in Asia/Shanghai. */
    public String createWithOpeningHours(String... prefixes) {
        String code = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + COUNTER.incrementAndGet();
        List<Hall.OpeningPeriod> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new Hall.OpeningPeriod(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        }
        List<ServiceDefinition> services = new ArrayList<>();
        for (String prefix : prefixes) {
            services.add(service(prefix, null, 0));
        }
        catalog.create(new Hall(code, LocalizedText.of("测试大厅", "Test hall"), ZoneId.of("Asia/Shanghai"),
                LocalTime.MIDNIGHT, "weighted", true, hours, Set.of()), services);
        return code;
    }

    /** Adds a service with a daily quota to a hall created here. */
    public ServiceDefinition service(String prefix, Integer quota, int order) {
        return new ServiceDefinition(prefix.toLowerCase(), prefix, LocalizedText.of("业务" + prefix, "Service " + prefix),
                LocalizedText.of("测试", "Test"), new ServiceView.Guide(List.of(), List.of(), LocalizedText.of("", ""),
                        LocalizedText.of("", "")),
                quota, Duration.ofMinutes(20), false, true, order);
    }

    /** Adds an open window serving the services with their weights; returns its id. */
    public long openWindow(String hall, int number, Map<String, Double> weights) {
        return openWindow(hall, number, weights, false);
    }

    public long openWindow(String hall, int number, Map<String, Double> weights, boolean priorityOnly) {
        long id = windows.create(hall, number, LocalizedText.of("窗口", "Window"), weights, priorityOnly, false);
        windows.open(id);
        return id;
    }

    /** A hall with services given as codes with quotas: used for quota tests. */
    public String createWithQuota(String prefix, int quota) {
        String code = "q" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + COUNTER.incrementAndGet();
        catalog.create(new Hall(code, LocalizedText.of("测试大厅", "Test hall"), ZoneId.of("Asia/Shanghai"),
                LocalTime.MIDNIGHT, "weighted", false, List.of(), Set.of()), List.of(service(prefix, quota, 0)));
        return code;
    }
}
