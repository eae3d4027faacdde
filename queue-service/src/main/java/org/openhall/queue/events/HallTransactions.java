package org.openhall.queue.events;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a write to one hall: in a transaction that first locks the hall's sequence row, so writes
 * to a hall are serialised and its event ids follow commit order. A write that loses a race (a
 * deadlock, a Galera certification failure — MariaDB error 1213 — or a claim another window won)
 * is run again from the start, a few times, before the failure is reported.
 */
@Component
public class HallTransactions {

    private static final Logger log = LoggerFactory.getLogger(HallTransactions.class);
    private static final int MAX_ATTEMPTS = 8;

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    HallTransactions(PlatformTransactionManager transactionManager, JdbcClient jdbc) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.jdbc = jdbc;
    }

    /**
     * Runs {@code work} as one write transaction of the hall; {@code work} may run more than once.
     * Inside a write already under way it joins that transaction, and a lost race is retried by the
     * outermost write, from its start.
     */
    public <T> T write(String hall, Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            lock(hall);
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    lock(hall);
                    return work.get();
                });
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isRetryable(e)) {
                    throw e;
                }
                log.debug("Write to hall {} lost a race (attempt {}), retrying: {}", hall, attempt, e.toString());
                pause(attempt);
            }
        }
    }

    private void lock(String hall) {
        jdbc.sql("SELECT last_id FROM hall_event_sequence WHERE hall_code = ? FOR UPDATE")
                .param(hall).query(Long.class).optional()
                .orElseThrow(() -> QueueException.notFound("unknown-hall", "There is no hall '" + hall + "'."));
    }

    static boolean isRetryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a hall write", e);
        }
    }
}
