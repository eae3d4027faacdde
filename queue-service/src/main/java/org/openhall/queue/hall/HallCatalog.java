package org.openhall.queue.hall;

import java.util.List;
import org.openhall.client.api.LocalizedText;
import org.openhall.queue.problem.QueueException;
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
}
