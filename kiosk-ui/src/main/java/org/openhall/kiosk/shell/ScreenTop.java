package org.openhall.kiosk.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;

/** The top of every visitor screen below home: a back button that ends the visit, and the screen's title. */
public final class ScreenTop {

    private ScreenTop() {
    }

    /** Styles {@code back} and {@code title}, wires the back button to end the visit, and lays them out. */
    public static Div of(Button back, H1 title, Visits visits) {
        back.setId("back-home");
        back.addClassName("kiosk-secondary");
        back.addClickListener(click -> visits.end(click.getSource().getUI().orElseThrow()));
        title.addClassName("kiosk-title");
        var top = new Div(back, title);
        top.addClassName("kiosk-screen-top");
        return top;
    }
}
