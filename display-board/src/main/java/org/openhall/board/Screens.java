package org.openhall.board;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

/** What every screen of the board needs to be changed from a feed's or scheduler's thread. */
public final class Screens {

    private Screens() {
    }

    /** Runs a change in the UI from any thread; a UI that is gone by then needs no change. */
    public static void inUi(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            // The browser left between the change and this call; its listener is being removed.
        }
    }
}
