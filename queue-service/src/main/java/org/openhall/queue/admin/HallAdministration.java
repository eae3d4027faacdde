package org.openhall.queue.admin;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.WindowView;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.device.DeviceRole;
import org.openhall.queue.device.DeviceToken;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.openhall.queue.window.WindowSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an admin changes: a hall's services, windows, settings and devices, and the staff accounts. Every
 * method needs a signed-in, active admin (a 403 {@code admin-only} otherwise), checks its input on
 * the server (a 400 or 409 problem with a plain sentence), and writes its change and an audit row
 * (who, from where, what changed) in one transaction; a refused change is audited on its own.
 * Changes apply at once: nothing here or in the catalog is cached.
 */
@Service
public class HallAdministration {

    public static final int MAX_DAILY_QUOTA = 10_000;
    public static final int MAX_WAIT_THRESHOLD_MINUTES = 600;
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 128;

    private static final Logger log = LoggerFactory.getLogger(HallAdministration.class);

    private final CurrentStaff staff;
    private final HallCatalog catalog;
    private final WindowDesk windows;
    private final StaffDirectory directory;
    private final HallTransactions hallTransactions;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final DeviceTokens devices;

    private final Consultations consultations;

    HallAdministration(CurrentStaff staff, HallCatalog catalog, WindowDesk windows, StaffDirectory directory,
            HallTransactions hallTransactions, PlatformTransactionManager transactionManager, AuditLog audit,
            DeviceTokens devices, Consultations consultations) {
        this.devices = devices;
        this.consultations = consultations;
        this.staff = staff;
        this.catalog = catalog;
        this.windows = windows;
        this.directory = directory;
        this.hallTransactions = hallTransactions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
    }

    // ---- services ----

    /**
     * Adds a service to the hall, active, after its other services. Refused with
     * {@code service-code-taken} or {@code service-prefix-taken} (409) and {@code invalid-service} (400).
     */
    public ServiceDefinition addService(String hall, ServiceDefinition service) {
        return inHall(AuditAction.SERVICE_ADD, hall, AuditEvent.Target.service(hall, service.code()), () -> {
            requireValid(service);
            ServiceDefinition added = catalog.addService(hall, service);
            return new Done<>(added, "added service " + added.code() + " (" + added.prefix() + ", "
                    + added.name().zh() + " / " + added.name().en() + ")");
        });
    }

    /**
     * Saves the changes to a service of the hall, named by its code (which never changes); whether it
     * is active stays as it is (see {@link #setServiceActive}). Refused like {@link #addService}.
     */
    public ServiceDefinition updateService(String hall, ServiceDefinition service) {
        return inHall(AuditAction.SERVICE_EDIT, hall, AuditEvent.Target.service(hall, service.code()), () -> {
            requireValid(service);
            ServiceDefinition before = existingService(hall, service.code());
            ServiceDefinition after = new ServiceDefinition(before.code(), service.prefix(), service.name(),
                    service.category(), service.guide(), service.dailyQuota(), service.waitThreshold(),
                    service.preApplicationOnline(), before.active(), before.sortOrder());
            catalog.updateService(hall, after);
            return new Done<>(after, "service " + after.code() + ": " + changes(before, after));
        });
    }

    /**
     * Takes a service out of the catalog (kiosks stop offering it; its tickets and history stay), or
     * back in. Reactivating is refused with {@code service-prefix-taken} when an active service has
     * taken its prefix meanwhile.
     */
    public ServiceDefinition setServiceActive(String hall, String code, boolean active) {
        AuditAction action = active ? AuditAction.SERVICE_REACTIVATE : AuditAction.SERVICE_DEACTIVATE;
        return inHall(action, hall, AuditEvent.Target.service(hall, code), () -> {
            ServiceDefinition before = existingService(hall, code);
            ServiceDefinition after = new ServiceDefinition(before.code(), before.prefix(), before.name(),
                    before.category(), before.guide(), before.dailyQuota(), before.waitThreshold(),
                    before.preApplicationOnline(), active, before.sortOrder());
            if (before.active() != active) {
                catalog.updateService(hall, after);
            }
            return new Done<>(after, "service " + code + (active ? " reactivated" : " deactivated")
                    + (before.active() == active ? " (it already was)" : ""));
        });
    }

    // ---- devices ----

    /** The hall's registered kiosks and boards, active first. */
    public List<DeviceToken> devices(String hall) {
        admin();
        return devices.devices(hall);
    }

    /**
     * Registers a kiosk or board and returns its token, to be shown this once and typed into the
     * device's configuration ({@code openhall.queue.token}). Refused with {@code device-name-taken} (409)
     * or {@code invalid-device} (400).
     */
    public DeviceTokens.Registered registerDevice(String hall, DeviceRole role, String name) {
        return inHall(AuditAction.DEVICE_REGISTER, hall, AuditEvent.Target.hall(hall), () -> {
            DeviceTokens.Registered registered = devices.register(hall, role, name, admin().username());
            return new Done<>(registered, "registered " + role + " '" + registered.device().name() + "'",
                    AuditEvent.Target.device(hall, registered.device().id()));
        });
    }

    /** Revokes a device's token: its next request, and any event stream it has open, is refused. */
    public DeviceToken revokeDevice(long id) {
        DeviceToken device = devices.device(id);
        return inHall(AuditAction.DEVICE_REVOKE, device.hall(), AuditEvent.Target.device(device.hall(), id), () -> {
            boolean revoked = devices.revoke(id, admin().username());
            return new Done<>(devices.device(id), "revoked " + device.role() + " '" + device.name() + "'"
                    + (revoked ? "" : " (it already was)"));
        });
    }

    // ---- windows ----

    /** Adds a closed window to the hall. Refused with {@code window-number-taken} (409) and {@code invalid-window} (400). */
    public WindowView addWindow(String hall, WindowSettings settings) {
        return inHall(AuditAction.WINDOW_ADD, hall, AuditEvent.Target.hall(hall), () -> {
            long id = windows.create(hall, settings);
            WindowView view = windows.window(id).toView();
            return new Done<>(view, "added window " + settings.number() + " serving " + settings.weights()
                    + flags(settings.priorityOnly(), settings.normalOnly()), AuditEvent.Target.window(id));
        });
    }

    /** Changes a window's number, label, services and weights, and restrictions; its state and clerk stay. */
    public WindowView updateWindow(long windowId, WindowSettings settings) {
        ServiceWindow current = windows.window(windowId);
        return inHall(AuditAction.WINDOW_EDIT, current.hall(), AuditEvent.Target.window(windowId), () -> {
            WindowView before = windows.window(windowId).toView();
            WindowView after = windows.update(windowId, settings);
            Changes changes = new Changes().field("number", before.number(), after.number())
                    .field("label.zh", before.label().zh(), after.label().zh())
                    .field("label.en", before.label().en(), after.label().en())
                    .field("services", weights(before), weights(after))
                    .field("priorityOnly", before.priorityOnly(), after.priorityOnly())
                    .field("normalOnly", before.normalOnly(), after.normalOnly());
            return new Done<>(after, "window " + before.number() + ": " + changes);
        });
    }

    // ---- hall settings ----

    /**
     * Saves a hall's names, zone, day start, call policy, opening hours and holidays. Refused with
     * {@code invalid-hall} (400) for blank names or an unknown policy.
     */
    public Hall updateHall(Hall hall) {
        return inHall(AuditAction.HALL_EDIT, hall.code(), AuditEvent.Target.hall(hall.code()), () -> {
            Hall before = catalog.hall(hall.code());
            catalog.update(hall);
            Changes changes = new Changes().field("name.zh", before.name().zh(), hall.name().zh())
                    .field("name.en", before.name().en(), hall.name().en())
                    .field("zone", before.zone().getId(), hall.zone().getId())
                    .field("dayStartsAt", before.dayStartsAt(), hall.dayStartsAt())
                    .field("callPolicy", before.callPolicy(), hall.callPolicy())
                    .field("enforceOpeningHours", before.enforceOpeningHours(), hall.enforceOpeningHours())
                    .field("openingHours", before.openingHours(), hall.openingHours())
                    .field("holidays", new java.util.TreeSet<>(before.holidays()), new java.util.TreeSet<>(hall.holidays()));
            return new Done<>(hall, "hall " + hall.code() + ": " + changes);
        });
    }

    // ---- staff accounts ----

    /**
     * Adds an active staff member who signs in with the password given (stored as a hash only).
     * Refused with {@code staff-username-taken} or {@code staff-badge-taken} (409), and with a 400
     * for an invalid username, display name, badge or password.
     */
    public StaffMember addStaff(String username, String displayName, String badge, StaffRole role, String password) {
        return forStaff(AuditAction.STAFF_ADD, null, () -> {
            requireGoodPassword(password);
            if (directory.byUsername(username).isPresent()) {
                throw QueueException.conflict("staff-username-taken", "The username '" + username + "' is taken.");
            }
            if (directory.byBadge(badge).isPresent()) {
                throw QueueException.conflict("staff-badge-taken", "Badge " + badge + " belongs to someone else.");
            }
            StaffMember added = directory.create(username, displayName, badge, role, password);
            return new Done<>(added, "added " + role + " " + added.username() + ", " + added.nameAndBadge(),
                    AuditEvent.Target.staff(added.id()));
        });
    }

    /** Sets a new password for a staff member (the admin types it; it is stored as a hash only). */
    public void resetPassword(long staffId, String password) {
        forStaff(AuditAction.STAFF_PASSWORD_RESET, staffId, () -> {
            requireGoodPassword(password);
            StaffMember member = existingStaff(staffId);
            directory.setPassword(staffId, password);
            return new Done<>(member, "password reset for " + member.username());
        });
    }

    /**
     * Lets a staff member sign in again, or stops them: a deactivated member cannot sign in, and a
     * console they still have open is refused from their next action on. Refused with a 409
     * {@code own-account} for the admin's own account and {@code last-admin} for the last active admin.
     */
    public StaffMember setStaffActive(long staffId, boolean active) {
        AuditAction action = active ? AuditAction.STAFF_REACTIVATE : AuditAction.STAFF_DEACTIVATE;
        return forStaff(action, staffId, () -> {
            StaffMember member = existingStaff(staffId);
            if (!active && member.id() == admin().id()) {
                throw QueueException.conflict("own-account", "You cannot deactivate your own account.");
            }
            if (!active && member.active() && member.role() == StaffRole.ADMIN && activeAdmins() <= 1) {
                throw QueueException.conflict("last-admin", "The last active admin cannot be deactivated.");
            }
            directory.setActive(staffId, active);
            StaffMember after = new StaffMember(member.id(), member.username(), member.displayName(), member.badge(),
                    member.role(), active);
            return new Done<>(after, member.username() + (active ? " reactivated" : " deactivated")
                    + (member.active() == active ? " (it already was)" : ""));
        });
    }

    /** Allows a staff member to answer visitors' consultations, or no longer; audited. */
    public void setStaffConsults(long staffId, boolean allowed) {
        AuditAction action = allowed ? AuditAction.STAFF_CONSULT_GRANT : AuditAction.STAFF_CONSULT_WITHDRAW;
        forStaff(action, staffId, () -> {
            StaffMember member = existingStaff(staffId);
            consultations.allowToConsult(staffId, allowed);
            return new Done<>(member, member.username() + (allowed ? " may answer consultations"
                    : " no longer answers consultations"));
        });
    }

    public List<StaffMember> staffMembers() {
        admin();
        return directory.all();
    }

    // ---- helpers ----

    /** The signed-in admin, or a 403 {@code admin-only}. */
    private StaffMember admin() {
        return staff.member().filter(m -> m.role() == StaffRole.ADMIN).orElseThrow(() -> new QueueException(
                HttpStatus.FORBIDDEN, "admin-only", "Only an admin may change the hall's configuration."));
    }

    private long activeAdmins() {
        return directory.all().stream().filter(m -> m.active() && m.role() == StaffRole.ADMIN).count();
    }

    private <T> T inHall(AuditAction action, String hall, AuditEvent.Target target, Supplier<Done<T>> work) {
        catalog.hall(hall);
        return audited(action, hall, target, () -> hallTransactions.write(hall, () -> record(action, hall, target, work)));
    }

    private <T> T forStaff(AuditAction action, @Nullable Long staffId, Supplier<Done<T>> work) {
        AuditEvent.Target target = staffId == null ? null : AuditEvent.Target.staff(staffId);
        return audited(action, null, target, () -> transactions.execute(status -> record(action, null, target, work)));
    }

    /** Does the work and writes its audit row, in the caller's transaction. */
    private <T> T record(AuditAction action, @Nullable String hall, AuditEvent.@Nullable Target target,
            Supplier<Done<T>> work) {
        StaffMember me = admin();
        Done<T> done = work.get();
        audit.record(actor(me), action, hall, done.target() == null ? target : done.target(), done.detail(),
                staff.remoteAddress());
        log.info("Admin {}: {} {}", me.username(), action, done.detail());
        return done.result();
    }

    /** Runs the change; a refusal gets an audit row of its own (the change's transaction rolled back). */
    private <T> T audited(AuditAction action, @Nullable String hall, AuditEvent.@Nullable Target target,
            Supplier<T> change) {
        try {
            return change.get();
        } catch (QueueException e) {
            staff.member().ifPresent(me -> audit.record(actor(me), action, hall, target,
                    "refused (" + e.code() + "): " + e.getMessage(), staff.remoteAddress()));
            throw e;
        }
    }

    private ServiceDefinition existingService(String hall, String code) {
        return catalog.findService(hall, code).orElseThrow(() -> QueueException.notFound("unknown-service",
                "Hall '" + hall + "' has no service '" + code + "'."));
    }

    private StaffMember existingStaff(long id) {
        return directory.byId(id).orElseThrow(() -> QueueException.notFound("unknown-staff-member",
                "There is no staff member with id " + id + "."));
    }

    /** The limits administration sets on a service beyond what the catalog itself requires. */
    static void requireValid(ServiceDefinition s) {
        requireText(s.name(), 100, "name");
        requireText(s.category(), 50, "category");
        if (s.dailyQuota() != null && (s.dailyQuota() < 1 || s.dailyQuota() > MAX_DAILY_QUOTA)) {
            throw invalidService("A daily quota is 1 to " + MAX_DAILY_QUOTA + ", or none.");
        }
        Duration threshold = s.waitThreshold();
        if (threshold != null && (threshold.toMinutes() < 1 || threshold.compareTo(Duration.ofMinutes(MAX_WAIT_THRESHOLD_MINUTES)) > 0)) {
            throw invalidService("A wait threshold is 1 to " + MAX_WAIT_THRESHOLD_MINUTES + " minutes, or none.");
        }
        ServiceView.Guide guide = s.guide();
        for (LocalizedText line : concat(guide.materials(), guide.steps())) {
            if (line.zh().length() > 300 || line.en().length() > 300) {
                throw invalidService("A line of materials or steps is at most 300 characters.");
            }
        }
        if (guide.timeLimit().zh().length() > 200 || guide.timeLimit().en().length() > 200
                || guide.fee().zh().length() > 200 || guide.fee().en().length() > 200) {
            throw invalidService("A time limit or fee is at most 200 characters.");
        }
    }

    private static List<LocalizedText> concat(List<LocalizedText> a, List<LocalizedText> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void requireText(LocalizedText text, int max, String what) {
        if (text.zh().isBlank() || text.en().isBlank() || text.zh().length() > max || text.en().length() > max) {
            throw invalidService("A service's " + what + " is 1 to " + max + " characters, in Chinese and in English.");
        }
    }

    private static QueueException invalidService(String detail) {
        return QueueException.badRequest("invalid-service", detail);
    }

    private static void requireGoodPassword(String password) {
        if (password == null || password.isBlank() || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw QueueException.badRequest("invalid-password", "A password is 8 to 128 characters.");
        }
    }

    private static String changes(ServiceDefinition before, ServiceDefinition after) {
        return new Changes().field("prefix", before.prefix(), after.prefix())
                .field("name.zh", before.name().zh(), after.name().zh())
                .field("name.en", before.name().en(), after.name().en())
                .field("category.zh", before.category().zh(), after.category().zh())
                .field("category.en", before.category().en(), after.category().en())
                .field("materials", lines(before.guide().materials()), lines(after.guide().materials()))
                .field("steps", lines(before.guide().steps()), lines(after.guide().steps()))
                .field("timeLimit", before.guide().timeLimit(), after.guide().timeLimit())
                .field("fee", before.guide().fee(), after.guide().fee())
                .field("dailyQuota", before.dailyQuota(), after.dailyQuota())
                .field("waitThreshold", minutes(before.waitThreshold()), minutes(after.waitThreshold()))
                .field("preApplicationOnline", before.preApplicationOnline(), after.preApplicationOnline())
                .toString();
    }

    private static String lines(List<LocalizedText> lines) {
        return String.join(" | ", lines.stream().map(l -> l.zh() + "/" + l.en()).toList());
    }

    private static @Nullable String minutes(@Nullable Duration d) {
        return d == null ? null : d.toMinutes() + " min";
    }

    private static String weights(WindowView w) {
        return w.services().stream().map(s -> s.service() + "=" + s.weight()).sorted().toList().toString();
    }

    private static String flags(boolean priorityOnly, boolean normalOnly) {
        return priorityOnly ? ", priority only" : normalOnly ? ", normal only" : "";
    }

    private static AuditEvent.Actor actor(StaffMember member) {
        return new AuditEvent.Actor(member.id(), member.username(), member.role().name());
    }

    private record Done<T>(T result, String detail, AuditEvent.@Nullable Target target) {
        Done(T result, String detail) {
            this(result, detail, null);
        }
    }
}
