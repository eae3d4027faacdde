package org.openhall.queue.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What an edit changed, field by field, as the audit row says it: {@code name.en: 'A' → 'B'; quota: 50 → none}. */
final class Changes {

    private final List<String> changes = new ArrayList<>();

    Changes field(String name, @Nullable Object before, @Nullable Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(name + ": " + show(before) + " → " + show(after));
        }
        return this;
    }

    boolean isEmpty() {
        return changes.isEmpty();
    }

    @Override
    public String toString() {
        return changes.isEmpty() ? "nothing changed" : String.join("; ", changes);
    }

    private static String show(@Nullable Object value) {
        if (value == null) {
            return "none";
        }
        String text = value.toString();
        return value instanceof String ? "'" + (text.length() > 60 ? text.substring(0, 57) + "…" : text) + "'" : text;
    }
}
