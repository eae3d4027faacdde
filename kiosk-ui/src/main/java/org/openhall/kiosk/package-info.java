/**
 * The kiosk application: the touchscreen a visitor meets at the door of a service hall. It holds no
 * queue state of its own; everything it shows or changes goes through queue-service's API
 * ({@link org.openhall.client.QueueApi}). Features live in sub-packages (shell, hall, ticket,
 * printer, i18n); this package wires them: the Spring Boot application, its settings and the Vaadin
 * app shell.
 */
@NullMarked
package org.openhall.kiosk;

import org.jspecify.annotations.NullMarked;
