package org.openhall.queue.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds conversations that changed on another instance, so that this instance's open pages follow
 * them at once rather than at their next look. Every write to a conversation sets its
 * {@code last_activity_at} and raises its {@code version}; the watch reads the conversations
 * active in the last few seconds, which also covers commits that land a little after their time
 * and clocks a little apart, and fires {@link ConsultationSignal} for each whose version it has
 * not seen. Nothing is read while no page listens.
 */
@Component
class ConsultationWatch {

    /** How far back each look reaches before the instant it is made. */
    static final Duration OVERLAP = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final ConsultationSignal signal;
    private final Clock clock;
    /** The version last seen of each conversation active within the overlap. */
    private Map<String, Integer> seen = new HashMap<>();

    ConsultationWatch(JdbcClient jdbc, ConsultationSignal signal, Clock clock) {
        this.jdbc = jdbc;
        this.signal = signal;
        this.clock = clock;
    }

    /** One look: fires the signal of each conversation changed since the last look. */
    synchronized void look() {
        if (!signal.listening()) {
            seen = new HashMap<>();
            return;
        }
        Map<String, Integer> now = new HashMap<>();
        Map<String, Integer> before = seen;
        jdbc.sql("SELECT public_id, hall_code, version FROM consultation WHERE last_activity_at >= ?")
                .param(Timestamp.from(clock.instant().minus(OVERLAP)))
                .query((RowCallbackHandler) rs -> {
                    String publicId = rs.getString(1);
                    int version = rs.getInt(3);
                    now.put(publicId, version);
                    Integer known = before.get(publicId);
                    if (known == null || known != version) {
                        signal.changedElsewhere(rs.getString(2), publicId);
                    }
                });
        seen = now;
    }
}
