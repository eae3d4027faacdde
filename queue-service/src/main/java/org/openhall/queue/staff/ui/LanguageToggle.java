package org.openhall.queue.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Locale;

/** Switches the page between Simplified Chinese and English. */
final class LanguageToggle extends Button {

    LanguageToggle() {
        super();
        setText(getTranslation("app.language"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            UI ui = UI.getCurrent();
            boolean chinese = "zh".equals(ui.getLocale().getLanguage());
            Locale next = chinese ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
            ui.getSession().setLocale(next);
            ui.setLocale(next);
            ui.getPage().reload();
        });
    }
}
