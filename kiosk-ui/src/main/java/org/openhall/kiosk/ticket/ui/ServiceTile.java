package org.openhall.kiosk.ticket.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Function;
import org.openhall.client.api.ServiceView;

/** A large touch target for one service: its ticket letter, its name and a one-line hint. */
class ServiceTile extends Button {

    private final ServiceView service;
    private final Span prefix = new Span();
    private final Span name = new Span();
    private final Span hint = new Span();

    ServiceTile(ServiceView service) {
        this.service = service;
        setId("service-" + service.code());
        addClassName("kiosk-tile");
        prefix.addClassName("kiosk-tile-prefix");
        name.addClassName("kiosk-tile-name");
        hint.addClassName("kiosk-tile-hint");
        prefix.setText(service.prefix());
        prefix.getElement().setAttribute("aria-hidden", "true");
        // The browser disables the tile the moment it is tapped, before the server hears of it: a
        // second tap in the same instant never arrives.
        setDisableOnClick(true);
        getElement().appendChild(prefix.getElement(), name.getElement(), hint.getElement());
    }

    ServiceView service() {
        return service;
    }

    /** Writes the tile in {@code locale}, with the hint {@code hintText} gives for its service. */
    void render(Locale locale, Function<ServiceView, String> hintText) {
        name.setText(service.name().in(locale));
        String text = hintText.apply(service);
        hint.setText(text);
        hint.setVisible(!text.isBlank());
    }
}
