package org.openhall.queue.events;

import org.jspecify.annotations.Nullable;
import org.openhall.queue.problem.QueueException;
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

    EventStreamController(EventStreams streams, EventLog log) {
        this.streams = streams;
        this.log = log;
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
        return streams.open(hall, start);
    }

    private boolean hallExists(String hall) {
        return hall.matches("[a-z0-9][a-z0-9-]{0,31}") && log.hallExists(hall);
    }
}
