package org.openhall.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping of the queue API on the client side. */
final class QueueJson {

    /**
     * Ignores properties it does not know, so that a newer queue-service can add fields without
     * breaking older kiosks and boards, and leaves null properties out of request bodies.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    private QueueJson() {
    }
}
