package org.openhall.client.api;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A matter the hall handles, with its guide.
 *
 * @param code                  stable identifier (e.g. {@code company-registration})
 * @param prefix                the ticket number's prefix letter
 * @param dailyQuota            tickets per service day, or null for no limit
 * @param waitThreshold         a ticket waiting longer raises an alert for managers; null when the service has none
 * @param preApplicationOnline  whether the matter can be pre-applied on the hall's portal
 */
public record ServiceView(String code, String prefix, LocalizedText name, LocalizedText category,
        Guide guide, @Nullable Integer dailyQuota, @Nullable Duration waitThreshold, boolean preApplicationOnline) {

    /** What a visitor needs to know before coming: materials, steps, legal time limit, fee. */
    public record Guide(List<LocalizedText> materials, List<LocalizedText> steps, LocalizedText timeLimit,
            LocalizedText fee) {
    }
}
