package org.openhall.queue.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;

/** {@code /staff}: the clerk picks the window they work at. */
@Route("staff")
@PageTitle("OpenHall")
public class WindowChooserView extends VerticalLayout implements BeforeEnterObserver {

    private final HallCatalog catalog;
    private final WindowDesk windows;

    public WindowChooserView(HallCatalog catalog, WindowDesk windows) {
        this.catalog = catalog;
        this.windows = windows;
        addClassName("oh-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Div header = new Div(new H1(getTranslation("app.title")), new LanguageToggle());
        header.addClassName("oh-header");
        add(header, new Paragraph(getTranslation("staff.choose.hint")));
        for (Hall hall : catalog.halls()) {
            add(new Span(hall.name().in(getLocale())));
            Div grid = new Div();
            grid.addClassName("oh-window-grid");
            for (ServiceWindow window : windows.windows(hall.code())) {
                grid.add(tile(window));
            }
            add(grid);
        }
    }

    private Button tile(ServiceWindow window) {
        Span number = new Span(getTranslation("staff.window", window.number()));
        number.addClassName("oh-tile-number");
        Span label = new Span(window.toView().label().in(getLocale()));
        Span state = new Span(getTranslation("staff.state." + window.state()));
        state.addClassNames("oh-state", "oh-state-" + window.state());
        Div content = new Div(number, new Div(label), state);
        Button tile = new Button(content, e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate(WindowDeskView.class, window.id())));
        tile.addClassName("oh-window-tile");
        tile.setId("window-" + window.id());
        return tile;
    }
}
