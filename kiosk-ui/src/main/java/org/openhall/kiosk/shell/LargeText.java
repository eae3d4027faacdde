package org.openhall.kiosk.shell;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Large-text mode: a class on the page's body that scales every screen's type up, kept for the whole
 * visit (every screen of the page) until the visitor turns it off or the visit ends.
 */
public final class LargeText {

    /** The class on the body while large text is on; {@code kiosk.css} scales the content by it. */
    public static final String CLASS_NAME = "kiosk-large-text";

    /** What the UI remembers; a record so that it cannot clash with other data kept on the UI. */
    private record Mode(boolean on) {
    }

    private LargeText() {
    }

    public static boolean isOn(UI ui) {
        Mode mode = ComponentUtil.getData(ui, Mode.class);
        return mode != null && mode.on();
    }

    public static void set(UI ui, boolean on) {
        ComponentUtil.setData(ui, Mode.class, new Mode(on));
        ui.getElement().getClassList().set(CLASS_NAME, on);
    }

    /** Turns large text on if it was off and off if it was on. */
    public static void toggle(UI ui) {
        set(ui, !isOn(ui));
    }
}
