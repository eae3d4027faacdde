package org.openhall.client.api;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /api/halls/{hall}/consultations}: a visitor's question before or while they
 * wait. No account and no ID number: the question is the only content.
 *
 * @param service  the code of the service the question is about
 * @param question 1 to 1000 characters, Chinese or English
 * @param ticket   the id of the visitor's ticket, when they ask from its status page; optional
 * @param channel  {@code WEB} (a phone or computer) or {@code KIOSK}; {@code WEB} when absent
 */
public record ConsultationRequest(String service, String question, @Nullable String ticket,
        @Nullable String channel) {

    /** A question asked from the web, with no ticket. */
    public static ConsultationRequest of(String service, String question) {
        return new ConsultationRequest(service, question, null, null);
    }
}
