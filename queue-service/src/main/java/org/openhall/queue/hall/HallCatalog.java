package org.openhall.queue.hall;

import java.util.List;
import org.openhall.client.api.LocalizedText;
import org.openhall.queue.policy.CallPolicies;
import org.openhall.queue.problem.QueueException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The halls of this installation and what each one handles. Reads go to the database every time,
 * so that a change an administrator makes applies at once.
 */
@Service
public class HallCatalog {

    private final HallRepository halls;

    HallCatalog(HallRepository halls) {
        this.halls = halls;
    }

    public List<Hall> halls() {
        return halls.findAll();
    }

    /** The hall, or a 404 problem {@code unknown-hall}. */
    public Hall hall(String code) {
        return halls.find(code).orElseThrow(() -> QueueException.notFound("unknown-hall",
                "There is no hall '" + code + "'."));
    }

    /** The hall's services in display order, active or not. */
    public List<ServiceDefinition> services(String hall) {
        hall(hall);
        return halls.findServices(hall);
    }

    /** An active service of the hall, or a 404 problem {@code unknown-service}. */
    public ServiceDefinition service(String hall, String code) {
        return halls.findService(hall, code).filter(ServiceDefinition::active)
                .orElseThrow(() -> QueueException.notFound("unknown-service",
                        "Hall '" + hall + "' has no service '" + code + "'."));
    }

    /** The name of a service of the hall, active or not (its code when there is no such service). */
    public LocalizedText serviceName(String hall, String code) {
        return halls.findService(hall, code).map(ServiceDefinition::name).orElse(new LocalizedText(code, code));
    }

    /** Every wait threshold the hall's services have had, to judge past waits by their time's. */
    public WaitThresholds thresholds(String hall) {
        hall(hall);
        return halls.thresholds(hall);
    }

    /** The call-next policy the hall uses. */
    public String callPolicy(String hall) {
        return halls.callPolicy(hall).orElseThrow(() -> QueueException.notFound("unknown-hall",
                "There is no hall '" + hall + "'."));
    }

    /** Registers a new hall with its services (used by the seed and by administration). */
    @Transactional
    public void create(Hall hall, List<ServiceDefinition> services) {
        halls.insert(hall);
        services.forEach(service -> halls.insert(hall.code(), service));
    }

    /**
     * Adds a service to the hall, after the hall's services so far. Refused with a 409
     * {@code service-code-taken} when the hall has a service with that code (active or not), and a
     * 409 {@code service-prefix-taken} when an active service of the hall uses the prefix. Joins the
     * caller's transaction (administration runs it as a hall write).
     */
    @Transactional
    public ServiceDefinition addService(String hall, ServiceDefinition service) {
        hall(hall);
        if (halls.findService(hall, service.code()).isPresent()) {
            throw codeTaken(hall, service.code());
        }
        ServiceDefinition placed = new ServiceDefinition(service.code(), service.prefix(), service.name(),
                service.category(), service.guide(), service.dailyQuota(), service.waitThreshold(),
                service.preApplicationOnline(), service.active(), halls.nextSortOrder(hall));
        if (placed.active()) {
            requirePrefixFree(hall, placed);
        }
        try {
            halls.insert(hall, placed);
        } catch (DuplicateKeyException e) {
            throw duplicate(hall, placed, e);
        }
        return placed;
    }

    /**
     * Saves a service's changes; its code names it and never changes (a 404 {@code unknown-service}
     * when the hall has no service with that code). Refused with a 409 {@code service-prefix-taken}
     * when the service is active and another active service of the hall uses the prefix.
     */
    @Transactional
    public ServiceDefinition updateService(String hall, ServiceDefinition service) {
        halls.findService(hall, service.code()).orElseThrow(() -> QueueException.notFound("unknown-service",
                "Hall '" + hall + "' has no service '" + service.code() + "'."));
        if (service.active()) {
            requirePrefixFree(hall, service);
        }
        try {
            halls.update(hall, service);
        } catch (DuplicateKeyException e) {
            throw duplicate(hall, service, e);
        }
        return service;
    }

    /** The hall's service with that code, active or not. */
    public java.util.Optional<ServiceDefinition> findService(String hall, String code) {
        return halls.findService(hall, code);
    }

    /**
     * Saves a hall's settings: names, zone, day start, call policy, opening hours and holidays (its
     * code never changes). Refused with a 400 {@code invalid-hall} for blank names or an unknown
     * call policy, and a 404 {@code unknown-hall} for no such hall.
     */
    @Transactional
    public Hall update(Hall hall) {
        hall(hall.code());
        if (hall.name().zh().isBlank() || hall.name().en().isBlank() || hall.name().zh().length() > 100
                || hall.name().en().length() > 100) {
            throw QueueException.badRequest("invalid-hall", "A hall needs a Chinese and an English name of up to 100 characters.");
        }
        if (!CallPolicies.names().contains(hall.callPolicy())) {
            throw QueueException.badRequest("invalid-hall", "Unknown call policy '" + hall.callPolicy() + "'; known: "
                    + String.join(", ", CallPolicies.names()) + ".");
        }
        halls.update(hall);
        return hall;
    }

    private void requirePrefixFree(String hall, ServiceDefinition service) {
        halls.activeServiceWithPrefix(hall, service.prefix()).filter(code -> !code.equals(service.code()))
                .ifPresent(code -> {
                    throw prefixTaken(hall, service.prefix(), code);
                });
    }

    /** A unique key the checks above did not see coming (a concurrent change): said just as plainly. */
    private RuntimeException duplicate(String hall, ServiceDefinition service, DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("prefix") ? prefixTaken(hall, service.prefix(), "?") : codeTaken(hall, service.code());
    }

    private static QueueException codeTaken(String hall, String code) {
        return QueueException.conflict("service-code-taken", "Hall '" + hall + "' already has a service '" + code + "'.");
    }

    private static QueueException prefixTaken(String hall, String prefix, String usedBy) {
        return QueueException.conflict("service-prefix-taken", "Ticket prefix " + prefix + " is used by service '"
                + usedBy + "' of hall '" + hall + "'.");
    }
}
