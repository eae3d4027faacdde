package org.openhall.kiosk.scan;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one place scanned codes arrive: every scanner {@link #deliver delivers} here, every screen that
 * wants codes {@link #onScan listens} here. Only payloads that {@link PayloadParser} accepts reach the
 * listeners; the rest are dropped with a warning.
 */
@Component
public class CodeScans {

    private static final Logger log = LoggerFactory.getLogger(CodeScans.class);

    private final List<Consumer<ScannedCode>> listeners = new CopyOnWriteArrayList<>();

    /**
     * Calls {@code listener} with every accepted code until the returned registration is removed.
     * Listeners run on the thread that delivered the code (a scanner's thread, or a UI request
     * thread): a screen uses {@code ui.access(…)} to change itself.
     */
    public Registration onScan(Consumer<ScannedCode> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Parses {@code text} and, if valid, passes it to every listener on the caller's thread. A listener
     * that throws is logged and does not keep the code from the others.
     */
    public void deliver(@Nullable String text, ScanSource source) {
        CodeKind kind;
        try {
            kind = PayloadParser.parse(text);
        } catch (InvalidPayloadException e) {
            log.warn("Dropped an invalid scan from {} ({} chars): {}", source, text == null ? 0 : text.length(),
                    e.getMessage());
            return;
        }
        var code = new ScannedCode(text, source, kind);
        log.debug("Scanned {}", code);
        for (var listener : listeners) {
            try {
                listener.accept(code);
            } catch (RuntimeException e) {
                log.error("A scan listener failed on {}", code, e);
            }
        }
    }

    /** How many listeners are registered (for the kiosk's health). */
    public int listenerCount() {
        return listeners.size();
    }
}
