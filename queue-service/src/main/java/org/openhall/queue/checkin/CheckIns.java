package org.openhall.queue.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Channel;
import org.openhall.client.api.CheckInView;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.Priority;
import org.openhall.queue.events.HallTransactions;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.identity.AppSecrets;
import org.openhall.queue.identity.Names;
import org.openhall.queue.identity.PersonKeys;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.ticket.TicketIssuing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pre-applications and appointments from the portal, and checking in with them: what a QR code
 * refers to, the ticket for it (issued at most once per pre-application or appointment, ever), and
 * a person's business today found by ID number. Clear ID numbers and names are never stored.
 */
@Service
public class CheckIns {

    /** How long a check-in payload handed out for an item found by ID number stays valid. */
    static final Duration ID_CHECK_IN_VALIDITY = Duration.ofMinutes(10);


    private static final Logger log = LoggerFactory.getLogger(CheckIns.class);
    private static final Set<String> STATUSES = Set.of("APPROVED", "MATERIALS_MISSING", "REJECTED");
    private static final int MAX_MATERIALS_CHARS = 8000;

    private final CheckInRepository items;
    private final HallCatalog catalog;
    private final HallTransactions transactions;
    private final TicketIssuing issuing;
    private final PersonKeys personKeys;
    private final AppSecrets secrets;
    private final CheckInProperties properties;
    private final QrProperties qrProperties;
    private final JsonMapper json;
    private final Clock clock;
    private volatile @Nullable QrCodes qrCodes;

    CheckIns(CheckInRepository items, HallCatalog catalog, HallTransactions transactions, TicketIssuing issuing,
            PersonKeys personKeys, AppSecrets secrets, CheckInProperties properties, QrProperties qrProperties,
            JsonMapper json, Clock clock) {
        this.items = items;
        this.catalog = catalog;
        this.transactions = transactions;
        this.issuing = issuing;
        this.personKeys = personKeys;
        this.secrets = secrets;
        this.properties = properties;
        this.qrProperties = qrProperties;
        this.json = json;
        this.clock = clock;
    }

    /** The QR codes of this service, signed with {@code openhall.qr.secret} (or the stored generated key). */
    public QrCodes qrCodes() {
        QrCodes codes = qrCodes;
        if (codes == null) {
            codes = new QrCodes(secrets.key("qr", qrProperties.secret()));
            qrCodes = codes;
        }
        return codes;
    }

    /**
     * Records a pre-application the portal sent, or updates the one with its reference; returns what
     * is stored with the visitor's signed QR payload. Refuses invalid data (400), an unknown hall or
     * service (404), a reference of another hall or one already checked in (409), and, when
     * {@code deliverySignature} is given, a delivery seen before (409 {@code replayed-request}).
     */
    public PortalNotices.Received receive(PortalNotices.PreApplication notice, @Nullable String deliverySignature) {
        String reference = reference(notice.reference());
        String hall = hallCode(notice.hall());
        String status = notice.preReviewStatus() == null ? "" : notice.preReviewStatus().strip();
        if (!STATUSES.contains(status)) {
            throw QueueException.badRequest("invalid-request",
                    "preReviewStatus is APPROVED, MATERIALS_MISSING or REJECTED.");
        }
        String materials = notice.materials() == null || notice.materials().isNull() ? null
                : json.writeValueAsString(notice.materials());
        if (materials != null && materials.length() > MAX_MATERIALS_CHARS) {
            throw QueueException.badRequest("invalid-request", "materials is longer than " + MAX_MATERIALS_CHARS + " characters.");
        }
        String maskedName = maskedName(notice.name());
        PersonKeys.Person person = personKeys.person(notice.idNumber());
        String service = serviceOf(hall, notice.service());
        return transactions.write(hall, () -> {
            Instant now = clock.instant();
            rememberDelivery(deliverySignature, now);
            Instant submittedAt = notice.submittedAt() == null ? now : notice.submittedAt();
            var existing = items.find(QrCode.Kind.P, reference);
            boolean created = existing.isEmpty();
            if (created) {
                items.insertPreApplication(reference, hall, service, person.hash(), person.maskedId(), maskedName,
                        status, materials, submittedAt, now);
            } else {
                requireUpdatable(existing.get(), hall);
                items.updatePreApplication(existing.get().id(), service, person.hash(), person.maskedId(), maskedName,
                        status, materials, submittedAt, now);
            }
            Instant expiry = now.plus(qrProperties.preApplicationValidity());
            log.info("{} pre-application {} for {} in hall {} ({})", created ? "Received" : "Updated", reference,
                    service, hall, status);
            return new PortalNotices.Received(receipt(QrCode.Kind.P, reference, hall, service, person, maskedName,
                    expiry), created);
        });
    }

    /**
     * Records an appointment the portal sent, or updates the one with its reference; as
     * {@link #receive(PortalNotices.PreApplication, String)}. Its QR code is valid until a day after
     * the slot ends.
     */
    public PortalNotices.Received receive(PortalNotices.Appointment notice, @Nullable String deliverySignature) {
        String reference = reference(notice.reference());
        String hall = hallCode(notice.hall());
        if (notice.slotStart() == null || notice.slotEnd() == null || !notice.slotStart().isBefore(notice.slotEnd())) {
            throw QueueException.badRequest("invalid-request", "An appointment has a slotStart before its slotEnd.");
        }
        String maskedName = maskedName(notice.name());
        PersonKeys.Person person = personKeys.person(notice.idNumber());
        String service = serviceOf(hall, notice.service());
        return transactions.write(hall, () -> {
            Instant now = clock.instant();
            rememberDelivery(deliverySignature, now);
            var existing = items.find(QrCode.Kind.A, reference);
            boolean created = existing.isEmpty();
            if (created) {
                items.insertAppointment(reference, hall, service, person.hash(), person.maskedId(), maskedName,
                        notice.slotStart(), notice.slotEnd(), now);
            } else {
                requireUpdatable(existing.get(), hall);
                items.updateAppointment(existing.get().id(), service, person.hash(), person.maskedId(), maskedName,
                        notice.slotStart(), notice.slotEnd(), now);
            }
            log.info("{} appointment {} for {} in hall {} at {}", created ? "Received" : "Updated", reference,
                    service, hall, notice.slotStart());
            return new PortalNotices.Received(receipt(QrCode.Kind.A, reference, hall, service, person, maskedName,
                    notice.slotEnd().plus(Duration.ofDays(1))), created);
        });
    }

    /**
     * A fresh receipt (with a newly signed QR payload) for a stored pre-application or appointment,
     * or empty when there is none with that reference.
     */
    public java.util.Optional<PortalNotices.Receipt> receipt(QrCode.Kind kind, String reference) {
        Instant now = clock.instant();
        return items.find(kind, reference).map(item -> receipt(kind, item.reference(), item.hall(), item.service(),
                new PersonKeys.Person(item.personHash(), item.maskedId()), item.maskedName(),
                kind == QrCode.Kind.P ? now.plus(qrProperties.preApplicationValidity())
                        : item.slotEnd().plus(Duration.ofDays(1))));
    }

    /**
     * What a scanned code refers to and whether it can be checked in now (with the refusal code when
     * not). The code is verified before any lookup: {@code invalid-qr}, {@code expired-qr},
     * {@code wrong-hall} (400); a genuine code whose record is gone is {@code unknown-check-in} (404).
     */
    public CheckInView lookUp(String hall, @Nullable String payload) {
        QrCode code = qrCodes().verify(payload, hall, clock.instant());
        return view(find(code), clock.instant());
    }

    /**
     * Issues the ticket for a scanned code: a pre-application gets channel PRE_APPLICATION (priority
     * NORMAL), an appointment channel APPOINTMENT with APPOINTMENT priority and its booked time.
     * Refuses like {@link #lookUp}, and with 409 and the refusal code when it cannot be checked in now.
     * Each pre-application or appointment yields one ticket, ever; the same idempotency key returns it.
     */
    public TicketIssuing.Issued checkIn(String hall, @Nullable String payload, @Nullable String idempotencyKey) {
        QrCode code = qrCodes().verify(payload, hall, clock.instant());
        return issuing.issue(hall, "check-in|" + code.kind() + "|" + code.reference(), idempotencyKey,
                new TicketIssuing.Admission() {

                    private @Nullable CheckInItem item;

                    @Override
                    public TicketIssuing.Order admit(Instant now) {
                        CheckInItem found = find(code);
                        String refusal = found.refusal(now, properties.earlyTolerance(), properties.lateTolerance());
                        if (refusal != null) {
                            throw QueueException.conflict(refusal, explain(refusal, found));
                        }
                        item = found;
                        return found.kind() == QrCode.Kind.P
                                ? new TicketIssuing.Order(found.service(), Channel.PRE_APPLICATION, Priority.NORMAL,
                                        found.personHash(), null, found.maskedName())
                                : new TicketIssuing.Order(found.service(), Channel.APPOINTMENT, Priority.APPOINTMENT,
                                        found.personHash(), found.slotStart(), found.maskedName());
                    }

                    @Override
                    public void issued(long ticketRowId, Instant now) {
                        if (item == null || !items.linkTicket(item, ticketRowId)) {
                            throw QueueException.conflict("already-checked-in", "This has already been checked in.");
                        }
                        log.info("Checked in {} {} in hall {}", item.kindName(), item.reference(), hall);
                    }
                });
    }

    /**
     * The person's business in the hall today: pre-applications not yet checked in, and appointments
     * whose slot starts on the hall's current service day, each with whether it can be checked in
     * now. An invalid ID number is refused with 400 {@code invalid-id-number}.
     */
    public PersonToday person(String hall, @Nullable String idNumber) {
        Hall theHall = catalog.hall(hall);
        PersonKeys.Person person = personKeys.person(idNumber);
        Instant now = clock.instant();
        LocalDate day = theHall.serviceDayAt(now);
        ZoneId zone = theHall.zone();
        Instant from = day.atTime(theHall.dayStartsAt()).atZone(zone).toInstant();
        Instant to = day.plusDays(1).atTime(theHall.dayStartsAt()).atZone(zone).toInstant();
        List<CheckInView> views = new ArrayList<>();
        items.pendingPreApplications(hall, person.hash()).forEach(item -> views.add(withPayload(view(item, now), item, now)));
        items.appointments(hall, person.hash(), from, to).forEach(item -> views.add(withPayload(view(item, now), item, now)));
        return new PersonToday(person.maskedId(), views);
    }

    private CheckInItem find(QrCode code) {
        return items.find(code.kind(), code.reference())
                .filter(item -> item.hall().equals(code.hall()))
                .orElseThrow(() -> QueueException.notFound("unknown-check-in",
                        "The online portal has not sent this application or appointment to the hall."));
    }

    private CheckInView view(CheckInItem item, Instant now) {
        String refusal = item.refusal(now, properties.earlyTolerance(), properties.lateTolerance());
        return new CheckInView(item.kindName(), item.reference(), item.service(),
                catalog.serviceName(item.hall(), item.service()), item.maskedName(), item.preReviewStatus(),
                item.slotStart(), refusal == null, refusal);
    }

    /**
     * Adds a signed payload valid for {@link #ID_CHECK_IN_VALIDITY}, so that the kiosk that found
     * the item by ID number checks it in exactly as if its QR code had been scanned.
     */
    private CheckInView withPayload(CheckInView view, CheckInItem item, Instant now) {
        QrCode code = new QrCode("APPOINTMENT".equals(item.kindName()) ? QrCode.Kind.A : QrCode.Kind.P, item.hall(),
                item.reference(), now.plus(ID_CHECK_IN_VALIDITY));
        return new CheckInView(view.kind(), view.reference(), view.service(), view.serviceName(), view.maskedName(),
                view.preReviewStatus(), view.appointmentAt(), view.checkInOpen(), view.refusal(), qrCodes().sign(code));
    }

    private String explain(String refusal, CheckInItem item) {
        return switch (refusal) {
            case "already-checked-in" -> "This has already been checked in; its ticket was issued.";
            case "pre-review-rejected" -> "The pre-review of this application was rejected; please ask at the reception desk.";
            case "too-early" -> "Check-in for this appointment opens at " + localTime(item,
                    item.slotStart().minus(properties.earlyTolerance())) + "; you can take a walk-in ticket now.";
            case "too-late" -> "The check-in time for this appointment ended at " + localTime(item,
                    item.slotStart().plus(properties.lateTolerance())) + "; you can take a walk-in ticket.";
            default -> "This cannot be checked in now.";
        };
    }

    private String localTime(CheckInItem item, Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(catalog.hall(item.hall()).zone()));
    }

    private PortalNotices.Receipt receipt(QrCode.Kind kind, String reference, String hall, String service,
            PersonKeys.Person person, String maskedName, Instant expiry) {
        QrCode code = new QrCode(kind, hall, reference, expiry);
        return new PortalNotices.Receipt(kind == QrCode.Kind.P ? "PRE_APPLICATION" : "APPOINTMENT", reference, hall,
                service, person.maskedId(), maskedName, qrCodes().sign(code), code.expiresAt());
    }

    private void rememberDelivery(@Nullable String signature, Instant now) {
        if (signature != null && !items.rememberSignature(signature, now, now.minus(Duration.ofMinutes(30)))) {
            throw QueueException.conflict("replayed-request", "This request was already delivered.");
        }
    }

    private static void requireUpdatable(CheckInItem existing, String hall) {
        if (!existing.hall().equals(hall)) {
            throw QueueException.conflict("reference-in-other-hall",
                    "Reference " + existing.reference() + " belongs to another hall.");
        }
        if (existing.ticketId() != null) {
            throw QueueException.conflict("already-checked-in",
                    "Reference " + existing.reference() + " was already checked in and can no longer change.");
        }
    }

    private String serviceOf(String hall, @Nullable String service) {
        if (service == null || service.isBlank()) {
            throw QueueException.badRequest("invalid-request", "Name the service.");
        }
        return catalog.service(hall, service.strip()).code();
    }

    private String hallCode(@Nullable String hall) {
        if (hall == null || !hall.matches(QrCodes.HALL)) {
            throw QueueException.badRequest("invalid-request", "Name the hall by its code.");
        }
        catalog.hall(hall);
        return hall;
    }

    private static String reference(@Nullable String reference) {
        if (reference == null || !reference.matches(QrCodes.REFERENCE)) {
            throw QueueException.badRequest("invalid-request", "A reference is 1 to 64 letters, digits, _ or -.");
        }
        return reference;
    }

    private static String maskedName(@Nullable String name) {
        if (name == null || name.isBlank() || name.strip().length() > 50) {
            throw QueueException.badRequest("invalid-request", "A name is 1 to 50 characters.");
        }
        return Names.mask(name);
    }
}
