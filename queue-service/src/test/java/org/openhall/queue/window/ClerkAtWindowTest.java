package org.openhall.queue.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import org.openhall.queue.events.EventLog;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The clerk seated at a window shows on its view, its events and the hall's statistics while it is open or paused. */
@QueueServiceTest
class ClerkAtWindowTest extends ApiTestBase {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired
    WindowDesk desk;

    @Autowired
    StaffDirectory staff;

    @Autowired
    EventLog events;

    private StaffMember person(String name) {
        int n = PEOPLE.incrementAndGet();
        String unique = Long.toString(System.nanoTime() % 1_000_000L, 36) + n;
        return staff.create("clerk" + unique, name, "T" + unique, StaffRole.STAFF, org.openhall.queue.staff.TestSignIn.PASSWORD);
    }

    @Test
    void theDemoHallSeatsItsSixClerksAtWindowsOneToSix() {
        List<WindowView> windows = api.windows("demo");
        assertThat(windows).extracting(WindowView::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(windows.subList(0, 6)).extracting(WindowView::clerk).containsExactly(
                new WindowView.Clerk("王芳", "1001"), new WindowView.Clerk("李强", "1002"),
                new WindowView.Clerk("张伟", "1003"), new WindowView.Clerk("刘洋", "1004"),
                new WindowView.Clerk("陈静", "1005"), new WindowView.Clerk("杨磊", "1006"));
        assertThat(windows.subList(6, 9)).extracting(WindowView::clerk).containsOnlyNulls();
        assertThat(staff.byUsername("zhaomin")).hasValueSatisfying(m -> {
            assertThat(m.badge()).isEqualTo("2001");
            assertThat(m.role()).isEqualTo(StaffRole.MANAGER);
        });
        assertThat(staff.byUsername("admin")).hasValueSatisfying(m -> {
            assertThat(m.badge()).isEqualTo("9001");
            assertThat(m.role()).isEqualTo(StaffRole.ADMIN);
        });
        assertThat(api.snapshot("demo").windows().getFirst().clerk()).isEqualTo(new WindowView.Clerk("王芳", "1001"));
    }

    @Test
    void aClerkTakesAWindowStaysThroughAPauseAndLeavesWhenItCloses() {
        String hall = halls.create("A");
        long window = desk.create(hall, 1, org.openhall.client.api.LocalizedText.of("窗口", "Window"),
                Map.of("a", 1.0), false, false);
        StaffMember clerk = person("周婷");
        WindowView.Clerk shown = new WindowView.Clerk("周婷", clerk.badge());
        long before = events.lastId(hall);

        assertThat(desk.open(window, clerk.id()).clerk()).isEqualTo(shown);
        assertThat(api.windows(hall).getFirst().clerk()).isEqualTo(shown);
        // Her own client acts at her window (HTTP Basic); the API lets only the seated clerk act there.
        try (var her = new org.openhall.client.HttpQueueClient(settings().withStaff(clerk.username(),
                org.openhall.queue.staff.TestSignIn.PASSWORD))) {
            assertThat(her.pauseWindow(window, "break").clerk()).isEqualTo(shown);
            assertThat(her.openWindow(window).clerk()).as("resumed without a clerk given: the same one stays")
                    .isEqualTo(shown);
            HallStats.WindowStats stats = api.stats(hall).windows().getFirst();
            assertThat(stats.clerk()).isEqualTo(shown);

            WindowView closed = her.closeWindow(window);
            assertThat(closed.state()).isEqualTo(WindowState.CLOSED);
            assertThat(closed.clerk()).as("closing unseated the clerk").isNull();
            assertThat(her.openWindow(window).clerk()).as("opening a free window seats who opens it").isEqualTo(shown);
        }

        assertThat(events.after(hall, before, 10)).extracting(e -> e.type() + ":" + (e.window() == null
                || e.window().clerk() == null ? "-" : e.window().clerk().name())).containsExactly(
                HallEvent.WINDOW_OPENED + ":周婷", HallEvent.WINDOW_PAUSED + ":周婷", HallEvent.WINDOW_OPENED + ":周婷",
                HallEvent.WINDOW_CLOSED + ":-", HallEvent.WINDOW_OPENED + ":周婷");
    }

    @Test
    void aClerkWorksAtOneWindowAtATime() {
        String hall = halls.create("A");
        long first = halls.openWindow(hall, 1, Map.of("a", 1.0));
        long second = desk.create(hall, 2, org.openhall.client.api.LocalizedText.of("窗口", "Window"),
                Map.of("a", 1.0), false, false);
        api.closeWindow(first);
        StaffMember clerk = person("吴昊");
        desk.open(first, clerk.id());

        assertThatThrownBy(() -> desk.open(second, clerk.id())).isInstanceOfSatisfying(QueueException.class,
                e -> assertThat(e.code()).isEqualTo("clerk-at-another-window"));
        assertThat(desk.window(second).state()).isEqualTo(WindowState.CLOSED);
        assertThatThrownBy(() -> desk.open(second, 987_654_321L)).isInstanceOfSatisfying(QueueException.class,
                e -> assertThat(e.code()).isEqualTo("unknown-staff-member"));

        api.closeWindow(first);
        assertThat(desk.open(second, clerk.id()).clerk()).isEqualTo(new WindowView.Clerk("吴昊", clerk.badge()));
    }
}
