package org.openhall.kiosk.shell;

import com.vaadin.flow.component.UI;
import org.openhall.kiosk.i18n.VisitLanguage;
import org.springframework.stereotype.Component;

/** Where a visit ends: the kiosk goes home in its default language, ready for the next visitor. */
@Component
public class Visits {

    private final VisitLanguage language;

    public Visits(VisitLanguage language) {
        this.language = language;
    }

    /** Ends the visit on {@code ui}. */
    public void end(UI ui) {
        language.reset(ui);
        ui.navigate(KioskRoutes.HOME);
    }
}
