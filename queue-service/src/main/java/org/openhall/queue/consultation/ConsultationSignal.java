package org.openhall.queue.consultation;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the pages of this instance at once that a conversation or a hall's desk changed: after the
 * change committed, when this instance made it, and when {@link ConsultationWatch} finds it, when
 * another instance did. Pages also look again every few seconds.
 */
@Component
public class ConsultationSignal {

    private static final Logger log = LoggerFactory.getLogger(ConsultationSignal.class);

    private final Map<String, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /** Listens to one conversation (by public id) or one hall's desk (by {@code "hall:" + code}); returns how to stop. */
    public Runnable listen(String key, Runnable listener) {
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Fires the listeners of the conversation and of its hall's desk once the current transaction commits. */
    void changed(String hall, String publicId) {
        Runnable fire = () -> changedElsewhere(hall, publicId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    fire.run();
                }
            });
        } else {
            fire.run();
        }
    }

    /** Whether any page listens. */
    boolean listening() {
        return !listeners.isEmpty();
    }

    /** Fires the listeners of the conversation and of its hall's desk now (another instance changed it). */
    void changedElsewhere(String hall, String publicId) {
        fire(publicId);
        fire("hall:" + hall);
    }

    private void fire(String key) {
        for (Runnable listener : listeners.getOrDefault(key, Set.of())) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.debug("A consultation listener of {} failed: {}", key, e.toString());
            }
        }
    }
}
