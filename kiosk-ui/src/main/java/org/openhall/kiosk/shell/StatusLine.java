package org.openhall.kiosk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import org.jspecify.annotations.Nullable;

/** One sentence for the visitor (a hint, or a problem said plainly), hidden when there is none. */
public class StatusLine extends Div implements LocaleChangeObserver {

    private @Nullable Sentence shown;

    public StatusLine(String id) {
        setId(id);
        addClassName("kiosk-status");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    public void show(@Nullable Sentence sentence) {
        shown = sentence;
        render();
    }

    public @Nullable Sentence shown() {
        return shown;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        Sentence current = shown;
        removeAll();
        setVisible(current != null);
        if (current != null) {
            add(new Paragraph(current.in(this)));
            getElement().getClassList().set("kiosk-status-problem", current.problem());
        }
    }
}
