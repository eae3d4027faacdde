package org.openhall.queue.events;

import org.jspecify.annotations.Nullable;
import org.openhall.queue.device.DeviceAuthentication;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.problem.QueueException;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /api/halls/{hall}/events}: the hall's event log as server-sent events. */
@RestController
class EventStreamController {

    private final EventStreams streams;
    private final EventLog log;
    private final DeviceTokens tokens;
    private final SecurityContextHolderStrategy contexts;

    EventStreamController(EventStreams streams, EventLog log, DeviceTokens tokens,
            SecurityContextHolderStrategy contexts) {
        this.streams = streams;
        this.log = log;
        this.tokens = tokens;
        this.contexts = contexts;
    }

    /**
     * Streams the hall's events after the {@code Last-Event-ID} header (or the {@code after} query
     * parameter, for clients that cannot set headers); without either, from now on.
     */
    @GetMapping(path = "/api/halls/{hall}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@PathVariable String hall, @RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
            @RequestParam(name = "after", required = false) @Nullable Long after) {
        if (!hallExists(hall)) {
            throw QueueException.notFound("unknown-hall", "There is no hall '" + hall + "'.");
        }
        Long start = after;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                start = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw QueueException.badRequest("invalid-last-event-id", "Last-Event-ID must be an event id (a number).");
            }
        }
        if (contexts.getContext().getAuthentication() instanceof DeviceAuthentication device) {
            long id = device.device().id();
            return streams.open(hall, start, () -> tokens.isActive(id));
        }
        return streams.open(hall, start);
    }

    /** A revoked device's open streams end at once. */
    @EventListener
    void onRevoked(DeviceTokens.Revoked revoked) {
        streams.recheckGuards();
    }

    private boolean hallExists(String hall) {
        return hall.matches("[a-z0-9][a-z0-9-]{0,31}") && log.hallExists(hall);
    }
}
