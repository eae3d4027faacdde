package org.openhall.kiosk.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a visitor sees when something unforeseen breaks: one plain sentence asking them to see staff,
 * never a stack trace. The details go to the log.
 */
@Component
class KioskErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(KioskErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected error on a kiosk screen", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                var notice = new Notification(ui.getTranslation("error.unexpected"), 8000, Notification.Position.MIDDLE);
                notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notice.addClassName("kiosk-error-notice");
                notice.open();
            }
        }));
    }
}
