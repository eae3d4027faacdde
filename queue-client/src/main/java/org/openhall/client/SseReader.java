package org.openhall.client;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code text/event-stream} wire format as the HTML Living Standard defines it: lines end
 * with LF, CRLF or CR; a blank line dispatches the event; lines starting with {@code :} are comments;
 * several {@code data} lines join with LF; an event without data is not dispatched; an event cut off
 * by the end of the stream is discarded. {@code retry} is recognised and ignored: the subscriber's own
 * backoff decides when to reconnect.
 */
final class SseReader implements Closeable {

    /**
     * One dispatched event.
     *
     * @param id    the last event id the stream set, on this event or an earlier one; null if none yet
     * @param event the event type, {@code message} when the stream named none
     */
    record Message(@Nullable String id, String event, String data) {
    }

    private final BufferedReader lines;
    private boolean firstLine = true;
    private @Nullable String lastEventId;
    private @Nullable String eventType;
    private final StringBuilder data = new StringBuilder();

    SseReader(InputStream stream) {
        this(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }

    SseReader(Reader reader) {
        this.lines = new BufferedReader(reader);
    }

    /** The next event, or null at the end of the stream. Blocks until a whole event has arrived. */
    @Nullable Message next() throws IOException {
        for (String line; (line = lines.readLine()) != null; ) {
            if (firstLine) {
                firstLine = false;
                if (line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
            }
            if (line.isEmpty()) {
                Message message = dispatch();
                if (message != null) {
                    return message;
                }
            } else if (!line.startsWith(":")) {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                process(field, value.startsWith(" ") ? value.substring(1) : value);
            }
        }
        return null;
    }

    private void process(String field, String value) {
        switch (field) {
            case "event" -> eventType = value;
            case "data" -> data.append(value).append('\n');
            case "id" -> {
                if (value.indexOf('\0') < 0) {
                    lastEventId = value;
                }
            }
            default -> {
                // "retry" and unknown fields carry nothing this client acts on.
            }
        }
    }

    private @Nullable Message dispatch() {
        String type = eventType == null || eventType.isEmpty() ? "message" : eventType;
        eventType = null;
        if (data.isEmpty()) {
            return null;
        }
        String payload = data.substring(0, data.length() - 1);
        data.setLength(0);
        return new Message(lastEventId == null || lastEventId.isEmpty() ? null : lastEventId, type, payload);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
