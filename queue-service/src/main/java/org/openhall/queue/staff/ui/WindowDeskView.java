package org.openhall.queue.staff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;

/**
 * {@code /staff/window/{id}}: one window's desk. The current visitor with every action on them,
 * the window's state, and the queue of tickets this window may call, in the order "call next"
 * would take them. Refreshes itself every few seconds.
 */
@Route("staff/window")
@PageTitle("OpenHall")
public class WindowDeskView extends VerticalLayout implements BeforeEnterObserver,
        com.vaadin.flow.router.HasUrlParameter<Long> {

    static final int QUEUE_LIMIT = 50;
    private static final int REFRESH_MILLIS = 3000;

    private final TicketDesk desk;
    private final WindowDesk windows;
    private final HallCatalog catalog;
    private final CurrentStaff staff;
    private final Clock clock;

    private long windowId;
    private @Nullable Registration polling;
    private final H1 title = new H1();
    private final Span state = new Span();
    private final Div current = new Div();
    private final H2 queueTitle = new H2();
    private final Grid<TicketView> queue = new Grid<>();
    private final Button callNext = new Button();
    private final Button recall = new Button();
    private final Button start = new Button();
    private final Button complete = new Button();
    private final Button noShow = new Button();
    private final Button transfer = new Button();
    private final Button open = new Button();
    private final Button pause = new Button();
    private final Button close = new Button();

    public WindowDeskView(TicketDesk desk, WindowDesk windows, HallCatalog catalog, CurrentStaff staff, Clock clock) {
        this.desk = desk;
        this.windows = windows;
        this.catalog = catalog;
        this.staff = staff;
        this.clock = clock;
        addClassName("oh-page");
        build();
    }

    @Override
    public void setParameter(com.vaadin.flow.router.BeforeEvent event, Long parameter) {
        this.windowId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            windows.window(windowId);
        } catch (QueueException e) {
            event.forwardTo(WindowChooserView.class);
            return;
        }
        if (!staff.mayUseWindow(windowId)) {
            event.forwardTo(WindowChooserView.class);
            return;
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().setPollInterval(REFRESH_MILLIS);
        polling = attachEvent.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void build() {
        Button back = new Button(getTranslation("staff.back"), e -> getUI().ifPresent(ui -> ui.navigate(WindowChooserView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout windowActions = new HorizontalLayout(state, open, pause, close);
        windowActions.setAlignItems(FlexComponent.Alignment.CENTER);
        Div header = new Div(new HorizontalLayout(back, title), windowActions, new LanguageToggle());
        header.addClassName("oh-header");

        label(callNext, "staff.callNext", ButtonVariant.LUMO_PRIMARY);
        callNext.addClassName("oh-call-next");
        callNext.setId("call-next");
        callNext.addClickShortcut(Key.F2);
        label(recall, "staff.recall", null);
        recall.setId("recall");
        recall.addClickShortcut(Key.F3);
        label(start, "staff.start", null);
        start.setId("start");
        start.addClickShortcut(Key.F4);
        label(complete, "staff.complete", ButtonVariant.LUMO_SUCCESS);
        complete.setId("complete");
        complete.addClickShortcut(Key.F8);
        label(noShow, "staff.noShow", ButtonVariant.LUMO_ERROR);
        noShow.setId("no-show");
        noShow.addClickShortcut(Key.F9);
        label(transfer, "staff.transfer", null);
        transfer.setId("transfer");
        label(open, "staff.open", ButtonVariant.LUMO_SUCCESS);
        label(pause, "staff.pause", null);
        label(close, "staff.close", ButtonVariant.LUMO_ERROR);

        callNext.addClickListener(e -> act(() -> {
            Optional<TicketView> called = desk.callNext(windowId);
            if (called.isEmpty()) {
                Notification.show(getTranslation("staff.nothingWaiting"), 3000, Notification.Position.MIDDLE);
            }
            return null;
        }));
        recall.addClickListener(e -> onCurrent(t -> desk.recall(t.id())));
        start.addClickListener(e -> onCurrent(t -> desk.start(t.id())));
        complete.addClickListener(e -> onCurrent(t -> desk.complete(t.id())));
        noShow.addClickListener(e -> onCurrent(t -> desk.noShow(t.id())));
        transfer.addClickListener(e -> desk.atWindow(windowId).ifPresent(this::openTransfer));
        // The signed-in clerk takes the window; with nobody signed in, whoever sits there stays.
        open.addClickListener(e -> act(() -> windows.open(windowId,
                staff.member().map(StaffMember::id).orElse(null))));
        close.addClickListener(e -> act(() -> windows.close(windowId)));
        pause.addClickListener(e -> openPause());

        HorizontalLayout actions = new HorizontalLayout(callNext, recall, start, complete, noShow, transfer);
        actions.addClassName("oh-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWrap(true);
        current.addClassName("oh-current");
        current.setId("current");

        queue.addColumn(TicketView::number).setHeader(getTranslation("staff.col.number")).setAutoWidth(true);
        queue.addColumn(t -> t.serviceName().in(getLocale())).setHeader(getTranslation("staff.col.service")).setFlexGrow(1);
        queue.addColumn(t -> getTranslation("staff.priority." + t.priority())).setHeader(getTranslation("staff.col.priority"))
                .setAutoWidth(true);
        queue.addColumn(this::waited).setHeader(getTranslation("staff.col.waited")).setAutoWidth(true);
        queue.addComponentColumn(t -> {
            Button call = new Button(getTranslation("staff.call"), e -> act(() -> desk.call(windowId, t.id())));
            call.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return call;
        }).setAutoWidth(true);
        queue.setAllRowsVisible(true);
        queue.setId("queue");

        Span shortcuts = new Span(getTranslation("staff.shortcuts"));
        shortcuts.addClassName("oh-muted");
        add(header, current, actions, shortcuts, queueTitle, queue);
    }

    private void label(Button button, String key, @Nullable ButtonVariant variant) {
        button.setText(getTranslation(key));
        if (variant != null) {
            button.addThemeVariants(variant);
        }
    }

    private String waited(TicketView ticket) {
        Duration waited = Duration.between(ticket.issuedAt(), clock.instant());
        long minutes = Math.max(0, waited.toMinutes());
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }

    /** Re-reads the window, its visitor and its queue. */
    void refresh() {
        ServiceWindow window = windows.window(windowId);
        title.setText(getTranslation("staff.window", window.number()) + " · " + window.toView().label().in(getLocale()));
        WindowView view = window.toView();
        state.setText(getTranslation("staff.state." + window.state())
                + (window.state() == WindowState.PAUSED && view.pauseReason() != null ? " — " + view.pauseReason() : "")
                + (view.clerk() != null ? " · " + view.clerk().name() + " (" + view.clerk().badge() + ")" : ""));
        state.setClassName("oh-state oh-state-" + window.state());
        open.setVisible(window.state() != WindowState.OPEN);
        pause.setVisible(window.state() == WindowState.OPEN);
        close.setVisible(window.state() != WindowState.CLOSED);

        Optional<TicketView> held = desk.atWindow(windowId);
        current.removeAll();
        if (held.isPresent()) {
            TicketView t = held.get();
            Span number = new Span(t.number());
            number.addClassName("oh-current-number");
            number.setId("current-number");
            current.add(new Div(new Span(getTranslation("staff.current.title"))), number,
                    new Div(new Span(t.serviceName().in(getLocale()) + " · " + getTranslation("staff.status." + t.status())
                            + " · " + getTranslation("staff.calls", t.callCount()))));
        } else {
            Span none = new Span(getTranslation("staff.current.none"));
            none.addClassName("oh-muted");
            current.add(none);
        }
        boolean open = window.state() == WindowState.OPEN;
        TicketStatus status = held.map(TicketView::status).orElse(null);
        callNext.setEnabled(open && held.isEmpty());
        recall.setEnabled(status == TicketStatus.CALLED);
        start.setEnabled(status == TicketStatus.CALLED);
        complete.setEnabled(status == TicketStatus.SERVING);
        noShow.setEnabled(status == TicketStatus.CALLED);
        transfer.setEnabled(held.isPresent());

        List<TicketView> waiting = desk.queue(windowId, QUEUE_LIMIT);
        queueTitle.setText(getTranslation("staff.queue.title", waiting.size()));
        queue.setItems(waiting);
    }

    private void onCurrent(java.util.function.Function<TicketView, TicketView> action) {
        act(() -> desk.atWindow(windowId).map(action).orElse(null));
    }

    /** Runs an action; a refusal is shown as the service's own sentence, and the desk is re-read either way. */
    private void act(Supplier<?> action) {
        try {
            action.get();
        } catch (QueueException e) {
            Notification n = Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void openPause() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.pause"));
        TextField reason = new TextField(getTranslation("staff.pause.reason"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("staff.pause.confirm"), e -> {
            act(() -> windows.pause(windowId, reason.getValue()));
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("staff.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        reason.focus();
    }

    private void openTransfer(TicketView ticket) {
        ServiceWindow window = windows.window(windowId);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.transfer.title", ticket.number()));
        ComboBox<ServiceDefinition> service = new ComboBox<>(getTranslation("staff.transfer.service"));
        service.setItems(catalog.services(window.hall()).stream().filter(ServiceDefinition::active).toList());
        service.setItemLabelGenerator(s -> s.prefix() + " · " + s.name().in(getLocale()));
        ComboBox<ServiceWindow> target = new ComboBox<>(getTranslation("staff.transfer.window"));
        target.setItems(windows.windows(window.hall()).stream().filter(w -> w.id() != windowId).toList());
        target.setItemLabelGenerator(w -> getTranslation("staff.window", w.number()));
        service.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                target.clear();
            }
        });
        target.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                service.clear();
            }
        });
        TextField note = new TextField(getTranslation("staff.transfer.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        Button confirm = new Button(getTranslation("staff.transfer.confirm"), e -> {
            act(() -> desk.transfer(ticket.id(), new TransferRequest(
                    service.getValue() == null ? null : service.getValue().code(),
                    target.getValue() == null ? null : target.getValue().id(), note.getValue())));
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        service.addValueChangeListener(e -> confirm.setEnabled(service.getValue() != null || target.getValue() != null));
        target.addValueChangeListener(e -> confirm.setEnabled(service.getValue() != null || target.getValue() != null));
        VerticalLayout body = new VerticalLayout(service, target, note);
        body.setPadding(false);
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("staff.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }
}
