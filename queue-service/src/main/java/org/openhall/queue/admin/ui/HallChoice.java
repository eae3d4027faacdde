package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;

/**
 * Which hall the admin pages work on: {@code ?hall=code} in the address, else the hall chosen last
 * in this session, else the first hall. A select above each hall page switches it.
 */
final class HallChoice extends Select<Hall> {

    private static final String KEY = "openhall.admin.hall";

    private final HallCatalog catalog;

    HallChoice(HallCatalog catalog, Consumer<Hall> onChange) {
        this.catalog = catalog;
        setLabel(getTranslation("admin.hall"));
        setItemLabelGenerator(h -> h.name().in(getLocale()) + " (" + h.code() + ")");
        setId("admin-hall");
        setWidth("22rem");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                remember(e.getValue().code());
                onChange.accept(e.getValue());
            }
        });
    }

    /** Chooses the hall for this visit of the page; empty when the installation has no hall. */
    Optional<Hall> choose(BeforeEnterEvent event) {
        List<Hall> halls = catalog.halls();
        setItems(halls);
        String wanted = event.getLocation().getQueryParameters().getSingleParameter("hall").orElse(remembered());
        Optional<Hall> hall = halls.stream().filter(h -> h.code().equals(wanted)).findFirst()
                .or(() -> halls.stream().findFirst());
        hall.ifPresent(h -> {
            setValue(h);
            remember(h.code());
        });
        return hall;
    }

    private static @Nullable String remembered() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? null : (String) session.getAttribute(KEY);
    }

    private static void remember(String code) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY, code);
        }
    }
}
