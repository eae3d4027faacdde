package org.openhall.kiosk.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Sets the language of the screens: every new page starts in the default language whatever the
 * browser asks for (a kiosk's Chromium says nothing about the visitor), the switch toggles it, and the
 * end of a visit brings it back for the next visitor.
 */
@Component
public class VisitLanguage implements VaadinServiceInitListener {

    private final KioskLanguages languages;

    public VisitLanguage(KioskLanguages languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(languages.defaultLanguage()));
    }

    /** Switches {@code ui} to the other language; every text on screen follows at once. */
    public void toggle(UI ui) {
        ui.setLocale(KioskLanguages.other(ui.getLocale()));
    }

    /** Brings {@code ui} back to the default language, for the next visitor. */
    public void reset(UI ui) {
        ui.setLocale(languages.defaultLanguage());
    }
}
