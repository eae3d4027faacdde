package org.openhall.queue.support;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueClientSettings;
import org.openhall.client.QueueClientSettings.StaffCredentials;
import org.openhall.queue.device.DeviceRole;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The credentials a real caller of each endpoint would have, for tests about something else: a
 * kiosk or board token registered for the test's hall, and a clerk seated at the window a test acts
 * at (seated directly in the database, so that a closed window stays closed). Tests of who may do
 * what send their own credentials instead ({@code ApiAuthorizationMatrixTest}).
 */
public final class HallAccess {

    private static final Pattern HALL_PATH = Pattern.compile("/api/halls/([^/]+)/([^/?]+).*");
    private static final Pattern WINDOW_PATH = Pattern.compile("/api/windows/([^/]+)/.+");
    private static final Pattern TICKET_ACTION = Pattern.compile("/api/tickets/([^/]+)/.+");

    private final DeviceTokens devices;
    private final StaffDirectory staff;
    private final WindowDesk windows;
    private final HallCatalog catalog;
    private final TicketDesk tickets;
    private final JdbcClient jdbc;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<Long, StaffMember> clerks = new ConcurrentHashMap<>();
    private volatile @Nullable StaffMember manager;

    HallAccess(DeviceTokens devices, StaffDirectory staff, WindowDesk windows, HallCatalog catalog, TicketDesk tickets,
            JdbcClient jdbc) {
        this.devices = devices;
        this.staff = staff;
        this.windows = windows;
        this.catalog = catalog;
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    public boolean hallExists(String hall) {
        return catalog.halls().stream().anyMatch(h -> h.code().equals(hall));
    }

    public boolean hasWindows(String hall) {
        return !windows.windows(hall).isEmpty();
    }

    /** A kiosk token of the hall, registered on first use. */
    public String kioskToken(String hall) {
        return token(hall, DeviceRole.KIOSK);
    }

    /** A board token of the hall, registered on first use. */
    public String boardToken(String hall) {
        return token(hall, DeviceRole.BOARD);
    }

    private String token(String hall, DeviceRole role) {
        return tokens.computeIfAbsent(role + " " + hall,
                key -> devices.register(hall, role, "test " + role.name().toLowerCase() + " " + tokens.size(), null)
                        .token());
    }

    /** A clerk of the test's own, seated at the window (taking the seat from whoever sits there). */
    public synchronized StaffCredentials clerkAt(long windowId) {
        ServiceWindow window = windows.window(windowId);
        StaffMember clerk = clerks.computeIfAbsent(windowId,
                id -> TestSignIn.newMember(staff, "测试 " + window.number(), StaffRole.STAFF));
        if (!Objects.equals(window.clerkId(), clerk.id())) {
            jdbc.sql("UPDATE service_window SET clerk_id = ? WHERE id = ?").params(clerk.id(), windowId).update();
        }
        return credentials(clerk);
    }

    /** A clerk seated at some window of the hall: for requeue and cancel, which name no window. */
    public synchronized StaffCredentials clerkInHall(String hall) {
        Optional<ServiceWindow> seated = windows.windows(hall).stream()
                .filter(w -> clerks.containsKey(w.id()) && Objects.equals(w.clerkId(), clerks.get(w.id()).id()))
                .findFirst();
        if (seated.isPresent()) {
            return credentials(clerks.get(seated.get().id()));
        }
        return clerkAt(windows.windows(hall).getFirst().id());
    }

    /** For the window of the ticket's last call, or any window of its hall. */
    public StaffCredentials clerkFor(String ticketId) {
        var ticket = tickets.ticket(ticketId);
        return ticket.windowId() != null ? clerkAt(ticket.windowId()) : clerkInHall(ticket.hall());
    }

    /** A manager seated nowhere: enough to reach any endpoint meant for staff, and be refused at windows. */
    public synchronized StaffCredentials manager() {
        if (manager == null) {
            manager = TestSignIn.newMember(staff, "测试经理", StaffRole.MANAGER);
        }
        return credentials(manager);
    }

    /** The Authorization header a legitimate caller of that request would send; empty for public ones. */
    public Optional<String> authorizationFor(String method, String path, QueueClientSettings base) {
        Matcher hallPath = HALL_PATH.matcher(path);
        if (hallPath.matches()) {
            String hall = hallPath.group(1);
            String what = hallPath.group(2);
            if (what.equals("services") || what.equals("feedback")) {
                return Optional.empty();
            }
            if (!hallExists(hall)) {
                return header(base, manager());
            }
            boolean kiosk = what.equals("check-ins") || what.equals("people") || what.equals("devices")
                    || (what.equals("tickets") && !path.contains("/by-number/"));
            return base.withBearerToken(kiosk ? kioskToken(hall) : boardToken(hall)).authorization();
        }
        Matcher windowPath = WINDOW_PATH.matcher(path);
        if (windowPath.matches()) {
            try {
                long id = Long.parseLong(windowPath.group(1));
                if (windows.number(id) != null) {
                    return header(base, clerkAt(id));
                }
            } catch (NumberFormatException e) {
                // not a window: any staff member gets as far as the parameter check
            }
            return header(base, manager());
        }
        Matcher ticketAction = TICKET_ACTION.matcher(path);
        if (ticketAction.matches() && method.equals("POST")) {
            try {
                return header(base, clerkFor(ticketAction.group(1)));
            } catch (RuntimeException unknownTicket) {
                return header(base, manager());
            }
        }
        if (path.startsWith("/api/tickets/") || path.startsWith("/api/feedback/") || path.equals("/api/halls")
                || path.startsWith("/api/pre-applications") || path.startsWith("/api/appointments")
                || !path.startsWith("/api/")) {
            return Optional.empty();
        }
        return header(base, manager());
    }

    private static Optional<String> header(QueueClientSettings base, StaffCredentials who) {
        return base.withStaff(who.username(), who.password()).authorization();
    }

    private static StaffCredentials credentials(StaffMember member) {
        return new StaffCredentials(member.username(), TestSignIn.PASSWORD);
    }
}
