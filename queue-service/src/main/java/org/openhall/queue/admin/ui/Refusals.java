package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.openhall.queue.problem.QueueException;

/** Says a refusal of the server in the page's language: next to the field it concerns when there is one. */
final class Refusals {

    private Refusals() {
    }

    /** The refusal as a sentence: its translation ({@code admin.error.<code>}) or the server's own words. */
    static String message(Component on, QueueException e) {
        String key = "admin.error." + e.code();
        String text = on.getTranslation(key);
        return text == null || text.isBlank() || text.contains(key) ? e.getMessage() : text;
    }

    /** Marks the field invalid with the refusal's message. */
    static void onField(HasValidation field, Component on, QueueException e) {
        field.setErrorMessage(message(on, e));
        field.setInvalid(true);
    }

    static void notify(Component on, QueueException e) {
        Notification n = Notification.show(message(on, e), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void saved(Component on, String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
