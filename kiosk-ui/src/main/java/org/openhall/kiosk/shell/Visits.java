package org.openhall.kiosk.shell;

import com.vaadin.flow.component.UI;
import org.openhall.kiosk.i18n.VisitLanguage;
import org.springframework.stereotype.Component;

/**
 * Where a visit ends: the kiosk goes home in its default language with normal type, ready for the next
 * visitor.
 */
@Component
public class Visits {

    private final VisitLanguage language;

    public Visits(VisitLanguage language) {
        this.language = language;
    }

    /** Ends the visit on {@code ui}: home, in the default language, with large text off. */
    public void end(UI ui) {
        language.reset(ui);
        LargeText.set(ui, false);
        ui.navigate(KioskRoutes.HOME);
    }
}
