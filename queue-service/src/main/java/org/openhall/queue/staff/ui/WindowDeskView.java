package org.openhall.queue.staff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
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
import org.openhall.queue.staff.StaffConsole;
import org.openhall.queue.staff.VisitRecords;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;

/**
 * {@code /staff/window/{id}}: one window's desk. The current visitor with every action on them,
 * the window's state, and the queue of tickets this window may call, in the order "call next"
 * would take them. Refreshes itself every few seconds. Only the clerk seated at the window can act
 * (the service checks it too); anyone else is offered to take the window, or to take it over from
 * the clerk there after confirming, and a clerk whose window was taken over is told so.
 */
@Route("staff/window")
@PageTitle("OpenHall")
@RolesAllowed({"STAFF", "MANAGER", "ADMIN"})
public class WindowDeskView extends VerticalLayout implements BeforeEnterObserver,
        com.vaadin.flow.router.HasUrlParameter<Long> {

    static final int QUEUE_LIMIT = 50;
    private static final int REFRESH_MILLIS = 3000;

    private final TicketDesk desk;
    private final StaffConsole console;
    private final WindowDesk windows;
    private final HallCatalog catalog;
    private final CurrentStaff staff;
    private final AuthenticationContext authentication;
    private final Clock clock;

    private long windowId;
    /** Whether this console's clerk sat at the window when it was last shown. */
    private boolean seatedHere;
    /** The clerk who took the window over from this console's clerk, while they sit there. */
    private @Nullable Long lostTo;
    private final Div seatPanel = new Div();
    /** Polling keeps the session alive, so the desk signs an idle clerk out itself after the session timeout. */
    private final Duration idleTimeout;
    private java.time.Instant lastAction = java.time.Instant.EPOCH;
    private @Nullable Registration polling;
    private final H1 title = new H1();
    private final Span state = new Span();
    private final Div current = new Div();
    /** The held visit's materials checklist and note: rebuilt only when the held ticket changes. */
    private final Div visit = new Div();
    private @Nullable String visitTicket;
    /** After a visit is completed, until the next call: invite the visitor to rate it. */
    private final Div ratePrompt = new Div();
    private @Nullable String completedNumber;
    private final H2 queueTitle = new H2();
    private final Grid<TicketView> queue = new Grid<>();
    private final Span queueEmpty = new Span();
    private final Button callNext = new Button();
    private final Button recall = new Button();
    private final Button start = new Button();
    private final Button complete = new Button();
    private final Button noShow = new Button();
    private final Button transfer = new Button();
    private final Button open = new Button();
    private final Button pause = new Button();
    private final Button close = new Button();

    public WindowDeskView(TicketDesk desk, StaffConsole console, WindowDesk windows, HallCatalog catalog,
            CurrentStaff staff, AuthenticationContext authentication, Clock clock,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.idleTimeout = idleTimeout;
        this.desk = desk;
        this.console = console;
        this.windows = windows;
        this.catalog = catalog;
        this.staff = staff;
        this.authentication = authentication;
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
        seatedHere = staff.mayUseWindow(windowId);
        lastAction = clock.instant();
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().setPollInterval(REFRESH_MILLIS);
        polling = attachEvent.getUI().addPollListener(e -> {
            if (Duration.between(lastAction, clock.instant()).compareTo(idleTimeout) > 0) {
                authentication.logout();
                return;
            }
            refresh();
        });
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
        Div header = new Div(new HorizontalLayout(back, title), windowActions, new SignedInBar(staff, authentication));
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
        transfer.addClickShortcut(Key.F6);
        label(open, "staff.open", ButtonVariant.LUMO_SUCCESS);
        open.setId("open-window");
        label(pause, "staff.pause", null);
        pause.setId("pause-window");
        pause.addClickShortcut(Key.F7);
        open.addClickShortcut(Key.F7);
        label(close, "staff.close", ButtonVariant.LUMO_ERROR);
        close.setId("close-window");
        close.addClickShortcut(Key.F10);

        callNext.addClickListener(e -> act(() -> {
            completedNumber = null;
            Optional<TicketView> called = console.callNext(windowId);
            if (called.isEmpty()) {
                Notification.show(getTranslation("staff.nothingWaiting"), 3000, Notification.Position.MIDDLE);
            }
            return null;
        }));
        recall.addClickListener(e -> act(() -> console.recall(windowId)));
        start.addClickListener(e -> act(() -> console.start(windowId)));
        complete.addClickListener(e -> act(() -> {
            TicketView done = console.complete(windowId);
            completedNumber = done.number();
            return done;
        }));
        noShow.addClickListener(e -> act(() -> {
            TicketView missed = console.noShow(windowId);
            offerRequeue(missed);
            return missed;
        }));
        transfer.addClickListener(e -> desk.atWindow(windowId).ifPresent(this::openTransfer));
        open.addClickListener(e -> act(() -> console.open(windowId)));
        close.addClickListener(e -> act(() -> console.close(windowId)));
        pause.addClickListener(e -> openPause());
        seatPanel.addClassName("oh-seat-panel");
        seatPanel.setId("seat-panel");

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
            Button call = new Button(getTranslation("staff.call"), e -> act(() -> console.call(windowId, t.id())));
            call.addThemeVariants(ButtonVariant.LUMO_SMALL);
            call.setEnabled(seatedHere);
            return call;
        }).setAutoWidth(true);
        queue.setAllRowsVisible(true);
        queue.setId("queue");

        queueEmpty.setText(getTranslation("staff.queue.empty"));
        queueEmpty.addClassName("oh-muted");
        queueEmpty.setId("queue-empty");

        Span shortcuts = new Span(getTranslation("staff.shortcuts"));
        shortcuts.addClassName("oh-muted");
        visit.addClassName("oh-visit");
        visit.setId("visit");
        ratePrompt.addClassName("oh-rate-prompt");
        ratePrompt.setId("rate-prompt");
        ratePrompt.setVisible(false);
        add(header, seatPanel, current, ratePrompt, actions, shortcuts, visit, queueTitle, queueEmpty, queue);
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
        return minutes < 60 ? getTranslation("staff.waited.minutes", minutes)
                : getTranslation("staff.waited.hours", minutes / 60, minutes % 60);
    }

    /** Re-reads the window, who sits there, its visitor and its queue. */
    void refresh() {
        ServiceWindow window = windows.window(windowId);
        boolean mine = staff.member().map(m -> Objects.equals(m.id(), window.clerkId())).orElse(false);
        showSeat(window, mine);
        seatedHere = mine;
        title.setText(getTranslation("staff.window", window.number()) + " · " + window.toView().label().in(getLocale()));
        WindowView view = window.toView();
        state.setText(getTranslation("staff.state." + window.state())
                + (window.state() == WindowState.PAUSED && view.pauseReason() != null ? " — " + view.pauseReason() : "")
                + (view.clerk() != null ? " · " + view.clerk().name() + " (" + view.clerk().badge() + ")" : ""));
        state.setClassName("oh-state oh-state-" + window.state());
        open.setVisible(mine && window.state() == WindowState.PAUSED);
        pause.setVisible(mine && window.state() == WindowState.OPEN);
        close.setVisible(mine && window.state() != WindowState.CLOSED);

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
            // What the clerk who transferred the visitor here wrote for whoever serves them next.
            desk.transferNote(t.id()).ifPresent(text -> {
                Div note = new Div(new Span(getTranslation("staff.current.note", text)));
                note.addClassName("oh-current-note");
                note.setId("current-note");
                current.add(note);
            });
        } else {
            Span none = new Span(getTranslation("staff.current.none"));
            none.addClassName("oh-muted");
            current.add(none);
        }
        boolean open = window.state() == WindowState.OPEN;
        TicketStatus status = mine ? held.map(TicketView::status).orElse(null) : null;
        callNext.setEnabled(mine && open && held.isEmpty());
        recall.setEnabled(status == TicketStatus.CALLED);
        start.setEnabled(status == TicketStatus.CALLED);
        complete.setEnabled(status == TicketStatus.SERVING);
        noShow.setEnabled(status == TicketStatus.CALLED);
        transfer.setEnabled(mine && held.isPresent());

        String heldHere = mine ? held.map(TicketView::id).orElse(null) : null;
        if (!Objects.equals(heldHere, visitTicket)) {
            visitTicket = heldHere;
            showVisit();
        }
        ratePrompt.removeAll();
        ratePrompt.setVisible(mine && held.isEmpty() && completedNumber != null);
        if (ratePrompt.isVisible()) {
            ratePrompt.add(new Span(getTranslation("staff.rate.invite", completedNumber)));
        }

        List<TicketView> waiting = desk.queue(windowId, QUEUE_LIMIT);
        queueTitle.setText(getTranslation("staff.queue.title", waiting.size()));
        queue.setItems(waiting);
        queue.setVisible(!waiting.isEmpty());
        queueEmpty.setVisible(waiting.isEmpty());
    }

    /**
     * Who sits at the window, for a console whose clerk does not: a window nobody sits at can be
     * taken, one another clerk sits at taken over after confirming; a clerk who sat here until
     * someone took over is told by whom.
     */
    private void showSeat(ServiceWindow window, boolean mine) {
        seatPanel.removeAll();
        seatPanel.setVisible(!mine);
        if (mine) {
            lostTo = null;
            return;
        }
        WindowView.Clerk clerk = window.clerk();
        if (clerk == null) {
            lostTo = null;
            seatPanel.removeClassName("oh-seat-lost");
            Span text = new Span(getTranslation(seatedHere ? "staff.seat.left" : "staff.seat.free", window.number()));
            Button take = new Button(getTranslation("staff.seat.take", window.number()),
                    e -> act(() -> console.take(windowId, false)));
            take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            take.setId("take-window");
            seatPanel.add(new Div(text), take);
            return;
        }
        String who = clerk.name() + " (" + clerk.badge() + ")";
        boolean justLost = seatedHere;
        if (justLost) {
            lostTo = window.clerkId();
        }
        boolean takenOver = lostTo != null && lostTo.equals(window.clerkId());
        Span text = new Span(getTranslation(takenOver ? "staff.seat.takenOver" : "staff.seat.taken", window.number(), who));
        text.setId("seat-message");
        seatPanel.setClassName("oh-seat-lost", takenOver);
        if (justLost) {
            Notification lost = Notification.show(text.getText(), 8000, Notification.Position.MIDDLE);
            lost.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        Button takeOver = new Button(getTranslation("staff.seat.takeOver"), e -> confirmTakeOver(window.number(), who));
        takeOver.addThemeVariants(ButtonVariant.LUMO_ERROR);
        takeOver.setId("take-over");
        seatPanel.add(new Div(text), takeOver);
    }

    private void confirmTakeOver(int number, String who) {
        Dialog dialog = new Dialog();
        dialog.setId("take-over-dialog");
        dialog.setHeaderTitle(getTranslation("staff.seat.takeOver"));
        dialog.add(new Span(getTranslation("staff.seat.confirm", number, who)));
        Button confirm = new Button(getTranslation("staff.seat.takeOver"), e -> {
            dialog.close();
            act(() -> console.take(windowId, true));
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("confirm-take-over");
        dialog.getFooter().add(new Button(getTranslation("staff.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** After a no-show, lets the clerk undo it by putting the ticket back in the queue. */
    private void offerRequeue(TicketView missed) {
        Notification notification = new Notification();
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button requeue = new Button(getTranslation("staff.requeue"), e -> {
            notification.close();
            act(() -> console.requeue(windowId, missed.id()));
        });
        requeue.setId("requeue");
        notification.add(new HorizontalLayout(new Span(getTranslation("staff.noShow.done", missed.number())), requeue));
        notification.open();
    }

    /** Runs an action; a refusal is shown as the service's own sentence, and the desk is re-read either way. */
    private void act(Supplier<?> action) {
        lastAction = clock.instant();
        try {
            action.get();
        } catch (QueueException e) {
            String message = StaffConsole.NOT_SEATED.equals(e.code()) ? getTranslation("staff.seat.notYours") : e.getMessage();
            Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    /**
     * The held visit's record: its pre-application, each material of the service's guide (and of the
     * pre-application) with received / missing buttons, and the clerk's note.
     */
    private void showVisit() {
        visit.removeAll();
        Optional<VisitRecords.Visit> record = visitTicket == null ? Optional.empty() : console.visit(windowId);
        visit.setVisible(record.isPresent());
        if (record.isEmpty()) {
            return;
        }
        VisitRecords.Visit v = record.get();
        visit.add(new H2(getTranslation("staff.visit.materials")));
        if (v.preApplication() != null) {
            Span pre = new Span(getTranslation("staff.visit.preApplication", v.preApplication().reference(),
                    getTranslation("staff.preReview." + v.preApplication().preReviewStatus())));
            pre.setId("visit-pre-application");
            visit.add(new Div(pre));
        }
        int index = 0;
        for (VisitRecords.Item item : v.checklist()) {
            Span name = new Span(item.name().in(getLocale()));
            name.addClassName("oh-material-name");
            Div row = new Div(name);
            row.addClassNames("oh-material", "oh-material-" + item.state());
            if (item.providedOnline()) {
                Span online = new Span(getTranslation("staff.visit.providedOnline"));
                online.addClassName("oh-material-online");
                row.add(online);
            }
            Button received = materialButton(item, VisitRecords.State.RECEIVED, "staff.visit.received",
                    "material-received-" + index);
            Button missing = materialButton(item, VisitRecords.State.MISSING, "staff.visit.missing",
                    "material-missing-" + index);
            row.add(received, missing);
            visit.add(row);
            index++;
        }
        if (v.checklist().isEmpty()) {
            Span none = new Span(getTranslation("staff.visit.noMaterials"));
            none.addClassName("oh-muted");
            visit.add(none);
        }
        TextArea note = new TextArea(getTranslation("staff.visit.note"));
        note.setId("visit-note");
        note.setMaxLength(VisitRecords.MAX_NOTE);
        note.setWidthFull();
        note.setValue(v.note() == null ? "" : v.note());
        Button save = new Button(getTranslation("staff.visit.saveNote"), e -> act(() -> {
            note.setValue(console.saveNote(windowId, note.getValue()));
            Notification.show(getTranslation("staff.visit.noteSaved"), 2000, Notification.Position.BOTTOM_START);
            return null;
        }));
        save.setId("save-note");
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        visit.add(note, save);
    }

    private Button materialButton(VisitRecords.Item item, VisitRecords.State state, String label, String id) {
        Button button = new Button(getTranslation(label), e -> act(() -> {
            console.markMaterial(windowId, item.name().zh(), state);
            showVisit();
            return null;
        }));
        button.setId(id);
        if (item.state() == state) {
            button.addThemeVariants(state == VisitRecords.State.RECEIVED ? ButtonVariant.LUMO_SUCCESS
                    : ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void openPause() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("staff.pause"));
        TextField reason = new TextField(getTranslation("staff.pause.reason"));
        reason.setMaxLength(200);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("staff.pause.confirm"), e -> {
            act(() -> console.pause(windowId, reason.getValue()));
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
        service.setId("transfer-service");
        ComboBox<ServiceWindow> target = new ComboBox<>(getTranslation("staff.transfer.window"));
        target.setItems(windows.windows(window.hall()).stream().filter(w -> w.id() != windowId).toList());
        target.setItemLabelGenerator(w -> getTranslation("staff.window", w.number()));
        target.setId("transfer-window");
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
        note.setId("transfer-note");
        Button confirm = new Button(getTranslation("staff.transfer.confirm"), e -> {
            act(() -> console.transfer(windowId, new TransferRequest(
                    service.getValue() == null ? null : service.getValue().code(),
                    target.getValue() == null ? null : target.getValue().id(), note.getValue())));
            dialog.close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("transfer-confirm");
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
