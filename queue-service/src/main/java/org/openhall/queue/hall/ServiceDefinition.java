package org.openhall.queue.hall;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;

/**
 * A matter a hall handles.
 *
 * @param prefix        the ticket prefix letter, unique in the hall
 * @param dailyQuota    the most tickets per service day, or null for no limit
 * @param waitThreshold a ticket waiting longer raises an alert for managers; null for no alert
 */
public record ServiceDefinition(String code, String prefix, LocalizedText name, LocalizedText category,
        ServiceView.Guide guide, @Nullable Integer dailyQuota, @Nullable Duration waitThreshold, boolean preApplicationOnline,
        boolean active, int sortOrder) {

    public ServiceDefinition {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,47}")) {
            throw new IllegalArgumentException("A service code is 1-48 lowercase letters, digits or dashes: " + code);
        }
        if (prefix == null || !prefix.matches("[A-Z]")) {
            throw new IllegalArgumentException("A ticket prefix is one capital letter: " + prefix);
        }
        if (dailyQuota != null && dailyQuota <= 0) {
            throw new IllegalArgumentException("A daily quota must be positive: " + dailyQuota);
        }
        if (waitThreshold != null && (waitThreshold.isNegative() || waitThreshold.isZero())) {
            throw new IllegalArgumentException("A wait threshold must be positive: " + waitThreshold);
        }
    }

    /** As the API shows it; a service without a wait threshold has none there either. */
    public ServiceView toView() {
        return new ServiceView(code, prefix, name, category, guide, dailyQuota, waitThreshold, preApplicationOnline);
    }
}
