package org.openhall.client.api;

/**
 * Body of {@code POST /api/consultations/{id}/messages}: the visitor's next message.
 *
 * @param text 1 to 1000 characters
 */
public record ConsultationMessageRequest(String text) {
}
