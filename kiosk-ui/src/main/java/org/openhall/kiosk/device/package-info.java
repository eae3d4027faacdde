/**
 * The kiosk's health: whether it can take visitors (READY), takes them with a fault (DEGRADED: the
 * printer failed, tickets are still issued and shown), or cannot (OUT OF SERVICE: queue-service is
 * unreachable). {@link org.openhall.kiosk.device.KioskDeviceStatus} gathers the printer, scanners,
 * paper sensor, GPIO and queue-service, drives the status LED and is what screens read;
 * {@link org.openhall.kiosk.device.KioskHealth} reports it as the actuator's {@code kiosk} health, and
 * {@link org.openhall.kiosk.device.DeviceReporting} reports it to queue-service's dashboard at every
 * change and every heartbeat.
 */
@NullMarked
package org.openhall.kiosk.device;

import org.jspecify.annotations.NullMarked;
