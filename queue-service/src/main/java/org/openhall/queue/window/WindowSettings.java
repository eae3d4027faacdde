package org.openhall.queue.window;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openhall.client.api.LocalizedText;
import org.openhall.queue.problem.QueueException;

/**
 * What an administrator sets on a window: its number, label, the services it serves with their
 * weights, and whether it serves only priority or only normal tickets. Refused with a 400
 * {@code invalid-window} unless the number is 1 to 999, there is at least one service, every
 * weight is 0.1 to 1.0, labels are at most 100 characters, and not both restrictions are set.
 */
public record WindowSettings(int number, LocalizedText label, Map<String, Double> weights, boolean priorityOnly,
        boolean normalOnly) {

    public static final int MAX_NUMBER = 999;
    public static final double MIN_WEIGHT = 0.1;
    public static final double MAX_WEIGHT = 1.0;

    public WindowSettings {
        if (number < 1 || number > MAX_NUMBER) {
            throw invalid("A window number is 1 to " + MAX_NUMBER + ": " + number);
        }
        if (label.zh().length() > 100 || label.en().length() > 100) {
            throw invalid("A window label is at most 100 characters.");
        }
        if (weights.isEmpty()) {
            throw invalid("A window serves at least one service.");
        }
        weights.forEach((service, weight) -> {
            if (weight == null || weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
                throw invalid("The weight of service '" + service + "' must be 0.1 to 1.0: " + weight);
            }
        });
        if (priorityOnly && normalOnly) {
            throw invalid("A window serves priority tickets only or normal tickets only, not both.");
        }
        weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }

    private static QueueException invalid(String detail) {
        return QueueException.badRequest("invalid-window", detail);
    }
}
