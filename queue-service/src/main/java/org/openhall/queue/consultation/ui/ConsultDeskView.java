package org.openhall.queue.consultation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.ConsultationView.Author;
import org.openhall.client.api.ConsultationView.Status;
import org.openhall.queue.consultation.ConsultationSignal;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.consultation.Consultations.DeskItem;
import org.openhall.queue.consultation.Consultations.Figures;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.ui.SignedInBar;

/**
 * {@code /staff/consult}: the consultants' desk. Left, the hall's open conversations by service,
 * each with how long it has waited, who answers it and its last message; right, the chosen one,
 * to take, answer, insert a service's guide into, hand over or close. Managers see the day's
 * first-response figures above. Changes on this instance arrive at once; a poll every few seconds
 * catches those made on another. Staff not allowed to consult are told so politely.
 */
@Route("staff/consult")
@PageTitle("OpenHall · 在线咨询 Consultations")
@RolesAllowed({"STAFF", "MANAGER", "ADMIN"})
public class ConsultDeskView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Consultations consultations;
    private final ConsultationSignal signal;
    private final HallCatalog catalog;
    private final CurrentStaff staff;
    private final AuthenticationContext authentication;
    private final Clock clock;

    private @Nullable StaffMember me;
    private @Nullable Hall hall;
    private boolean manager;
    private final Div figures = new Div();
    private final Div list = new Div();
    private final Div detail = new Div();
    private @Nullable String selected;
    private @Nullable MessageList messages;
    private final Div detailHeader = new Div();
    private final Span error = new Span();
    private final Button take = new Button();
    private final TextArea reply = new TextArea();
    private final Button send = new Button();
    private final Select<ServiceDefinition> guide = new Select<>();
    private final Button insertGuide = new Button();
    private final Button handOver = new Button();
    private final Button close = new Button();
    private @Nullable Runnable stopHall;
    private @Nullable Runnable stopSelected;
    private @Nullable Registration polling;

    public ConsultDeskView(Consultations consultations, ConsultationSignal signal, HallCatalog catalog,
            CurrentStaff staff, AuthenticationContext authentication, Clock clock) {
        this.consultations = consultations;
        this.signal = signal;
        this.catalog = catalog;
        this.staff = staff;
        this.authentication = authentication;
        this.clock = clock;
        addClassNames("oh-page", "oh-consult-desk-page");
        figures.setId("consult-figures");
        figures.addClassName("oh-consult-figures");
        list.setId("consult-list");
        list.addClassName("oh-consult-list");
        detail.setId("consult-detail");
        detail.addClassName("oh-consult-detail");
        error.setId("consult-error");
        error.addClassName("oh-follow-up-error");
        controls();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        me = staff.member().orElse(null);
        manager = authentication.hasAnyRole("MANAGER", "ADMIN");
        add(header());
        if (me == null || !consultations.mayConsult(me)) {
            Paragraph polite = new Paragraph(getTranslation("consult.desk.notConsultant"));
            polite.setId("consult-not-consultant");
            add(polite);
            hall = null;
            return;
        }
        List<Hall> halls = catalog.halls();
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("hall", List.of());
        hall = halls.stream().filter(h -> asked.contains(h.code())).findFirst()
                .orElse(halls.isEmpty() ? null : halls.getFirst());
        if (hall == null) {
            add(new Paragraph(getTranslation("consult.desk.empty")));
            return;
        }
        if (halls.size() > 1) {
            Select<Hall> choice = new Select<>();
            choice.setId("consult-hall");
            choice.setLabel(getTranslation("consult.desk.hall"));
            choice.setItems(halls);
            choice.setItemLabelGenerator(h -> h.name().in(getLocale()));
            choice.setValue(hall);
            choice.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    hall = e.getValue();
                    select(null);
                    listenToHall();
                    refreshAll();
                }
            });
            add(choice);
        }
        Div desk = new Div(list, detail);
        desk.addClassName("oh-consult-desk");
        figures.setVisible(manager);
        add(figures, desk);
        select(null);
        refreshAll();
        listenToHall();
    }

    private Div header() {
        Anchor back = new Anchor("staff", getTranslation("staff.back"));
        back.addClassName("oh-consult-back");
        H1 title = new H1(getTranslation("consult.desk.title"));
        Div left = new Div(back, title);
        left.addClassName("oh-consult-header-title");
        SignedInBar right = new SignedInBar(staff, authentication);
        Div header = new Div(left, right);
        header.addClassName("oh-header");
        return header;
    }

    /** The conversation's buttons and fields, made once and kept while the page lives. */
    private void controls() {
        take.setText(getTranslation("consult.desk.take"));
        take.setId("consult-take");
        take.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        take.addClickListener(e -> act(() -> consultations.claim(selectedId(), member())));

        reply.setId("consult-reply");
        reply.setLabel(getTranslation("consult.desk.reply"));
        reply.setMaxLength(2000);
        reply.setWidthFull();
        reply.setMinHeight("6rem");
        // Every keystroke reaches the server, so that Ctrl+Enter sends exactly what was typed.
        reply.setValueChangeMode(ValueChangeMode.EAGER);
        send.setText(getTranslation("consult.desk.send"));
        send.setId("consult-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> sendReply());
        Shortcuts.addShortcutListener(reply, this::sendReply, Key.ENTER, KeyModifier.CONTROL).listenOn(reply);

        guide.setId("consult-guide");
        guide.setLabel(getTranslation("consult.desk.guide"));
        guide.setItemLabelGenerator(s -> s.name().in(getLocale()));
        insertGuide.setText(getTranslation("consult.desk.insertGuide"));
        insertGuide.setId("consult-insert-guide");
        insertGuide.addClickListener(e -> {
            if (guide.getValue() != null) {
                String code = guide.getValue().code();
                act(() -> consultations.insertGuide(selectedId(), member(), code));
            }
        });

        handOver.setText(getTranslation("consult.desk.handOver"));
        handOver.setId("consult-hand-over");
        handOver.addClickListener(e -> openHandOver());

        close.setText(getTranslation("consult.desk.close"));
        close.setId("consult-close");
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addClickListener(e -> act(() -> consultations.closeByStaff(selectedId(), member())));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setPollInterval(ConversationView.POLL_MILLIS);
        polling = ui.addPollListener(e -> refreshAll());
        listenToHall();
        listenToSelected();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        stop(stopHall);
        stopHall = null;
        stop(stopSelected);
        stopSelected = null;
    }

    private void listenToHall() {
        stop(stopHall);
        stopHall = null;
        Hall current = hall;
        if (current != null) {
            getUI().ifPresent(ui -> stopHall = signal.listen("hall:" + current.code(), () -> ui.access(() -> {
                refreshList();
                refreshFigures();
            })));
        }
    }

    private void listenToSelected() {
        stop(stopSelected);
        stopSelected = null;
        String id = selected;
        if (id != null) {
            getUI().ifPresent(ui -> stopSelected = signal.listen(id, () -> ui.access(this::refreshDetail)));
        }
    }

    private static void stop(@Nullable Runnable stopping) {
        if (stopping != null) {
            stopping.run();
        }
    }

    private void refreshAll() {
        refreshFigures();
        refreshList();
        refreshDetail();
    }

    // ---- The list ------------------------------------------------------------------------------

    private void refreshList() {
        Hall current = hall;
        if (current == null) {
            return;
        }
        list.removeAll();
        List<DeskItem> items = consultations.desk(current.code());
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("consult.desk.empty"));
            empty.addClassName("oh-muted");
            list.add(empty);
            return;
        }
        Map<String, List<DeskItem>> byService = new LinkedHashMap<>();
        catalog.services(current.code()).forEach(s -> byService.put(s.code(), new ArrayList<>()));
        items.forEach(i -> byService.computeIfAbsent(i.service(), s -> new ArrayList<>()).add(i));
        for (List<DeskItem> group : byService.values()) {
            if (group.isEmpty()) {
                continue;
            }
            H3 heading = new H3(group.getFirst().serviceName().in(getLocale()) + " (" + group.size() + ")");
            heading.addClassName("oh-consult-group");
            list.add(heading);
            group.forEach(item -> list.add(item(item)));
        }
    }

    private Div item(DeskItem item) {
        long minutes = Duration.between(item.waitingSince(), clock.instant()).toMinutes();
        Span waited = new Span(minutes < 1 ? getTranslation("consult.desk.waitedShort")
                : getTranslation("consult.desk.waited", minutes));
        waited.addClassName("oh-consult-waited");
        Span state = new Span(statusText(item.status(), item.staffName(), mine(item.staffId())));
        state.addClassNames("oh-consult-state", "oh-consult-state-" + item.status().name());
        Div top = new Div(state, waited);
        top.addClassName("oh-consult-item-top");
        Div preview = new Div();
        preview.setText((item.lastAuthor() == Author.VISITOR ? getTranslation("consult.desk.visitor") + ": " : "")
                + item.preview());
        preview.addClassName("oh-consult-preview");
        Div row = new Div(top, preview);
        row.addClassName("oh-consult-item");
        row.setId("consult-item-" + item.id());
        row.getElement().setAttribute("data-status", item.status().name());
        if (item.id().equals(selected)) {
            row.addClassName("oh-consult-item-selected");
        }
        row.addClickListener(e -> select(item.id()));
        return row;
    }

    private boolean mine(@Nullable Long staffId) {
        return me != null && staffId != null && staffId == me.id();
    }

    private String statusText(Status status, @Nullable String staffName, boolean mine) {
        if (status == Status.ACTIVE) {
            return mine ? getTranslation("consult.desk.status.mine")
                    : getTranslation("consult.desk.status.ACTIVE", staffName == null ? "" : staffName);
        }
        return getTranslation("consult.desk.status." + status.name());
    }

    // ---- The chosen conversation ---------------------------------------------------------------

    private void select(@Nullable String id) {
        boolean other = !Objects.equals(id, selected);
        selected = id;
        messages = null;
        if (other) {
            reply.clear();
        }
        error.setVisible(false);
        detail.removeAll();
        listenToSelected();
        Hall current = hall;
        if (id == null || current == null) {
            Paragraph pick = new Paragraph(getTranslation("consult.desk.pick"));
            pick.addClassName("oh-muted");
            detail.add(pick);
            refreshList();
            return;
        }
        ConsultationView view;
        try {
            view = consultations.view(id);
        } catch (QueueException e) {
            select(null);
            return;
        }
        MessageList shown = new MessageList(Author.STAFF, current.zone(), getTranslation("consult.desk.visitor"));
        shown.setId("consult-desk-messages");
        shown.append(view.messages());
        messages = shown;
        List<ServiceDefinition> services = catalog.services(current.code()).stream()
                .filter(ServiceDefinition::active).toList();
        guide.setItems(services);
        services.stream().filter(s -> s.code().equals(view.service())).findFirst().ifPresent(guide::setValue);
        Span gap = new Span();
        gap.addClassName("oh-consult-gap");
        Div tools = new Div(send, guide, insertGuide, gap, handOver, close);
        tools.addClassName("oh-consult-row");
        detailHeader.addClassName("oh-consult-detail-header");
        detail.add(detailHeader, take, error, shown, reply, tools);
        show(view);
        refreshList();
        scrollToEnd();
    }

    private void refreshDetail() {
        MessageList shown = messages;
        String id = selected;
        if (shown == null || id == null) {
            return;
        }
        try {
            boolean added = shown.append(consultations.messagesAfter(id, shown.lastId()));
            show(consultations.view(id));
            if (added) {
                scrollToEnd();
            }
        } catch (QueueException e) {
            select(null);
        }
    }

    /** Sets the header and which actions the conversation allows this staff member now. */
    private void show(ConsultationView view) {
        detailHeader.removeAll();
        H3 service = new H3(view.serviceName().in(getLocale()));
        boolean mine = me != null && view.staff() != null && me.badge().equals(view.staff().badge());
        Span state = new Span(statusText(view.status(), view.staff() == null ? null
                : view.staff().name() + " (" + view.staff().badge() + ")", mine));
        state.setId("consult-detail-status");
        state.addClassNames("oh-consult-state", "oh-consult-state-" + view.status().name());
        state.getElement().setAttribute("data-status", view.status().name());
        Span opened = new Span(getTranslation("consult.desk.opened",
                TIME.format(view.openedAt().atZone(hall == null ? clock.getZone() : hall.zone()))));
        opened.addClassName("oh-muted");
        detailHeader.add(service, state, opened);

        boolean open = view.status() != Status.CLOSED;
        take.setVisible(view.status() == Status.WAITING);
        reply.setEnabled(mine && open);
        send.setEnabled(mine && open);
        guide.setEnabled(mine && open);
        insertGuide.setEnabled(mine && open);
        handOver.setEnabled(mine && open);
        close.setEnabled(open && (mine || manager));
    }

    private void sendReply() {
        String text = reply.getValue();
        if (text == null || text.isBlank() || !send.isEnabled()) {
            return;
        }
        if (act(() -> consultations.reply(selectedId(), member(), text))) {
            reply.clear();
        }
        reply.focus();
    }

    private void openHandOver() {
        Hall current = hall;
        String id = selected;
        if (current == null || id == null) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("consult-hand-over-dialog");
        dialog.setHeaderTitle(getTranslation("consult.desk.handOver.title"));
        Select<ServiceDefinition> to = new Select<>();
        to.setId("consult-hand-over-service");
        to.setLabel(getTranslation("consult.desk.handOver.service"));
        to.setItems(catalog.services(current.code()).stream().filter(ServiceDefinition::active).toList());
        to.setItemLabelGenerator(s -> s.name().in(getLocale()));
        to.setWidthFull();
        TextArea note = new TextArea(getTranslation("consult.desk.handOver.note"));
        note.setId("consult-hand-over-note");
        note.setMaxLength(500);
        note.setWidthFull();
        Span refused = new Span();
        refused.addClassName("oh-follow-up-error");
        refused.setVisible(false);
        dialog.add(to, note, refused);
        Button cancel = new Button(getTranslation("consult.desk.cancel"), e -> dialog.close());
        Button confirm = new Button(getTranslation("consult.desk.handOver"), e -> {
            if (to.getValue() == null) {
                return;
            }
            try {
                consultations.handOver(id, member(), to.getValue().code(), note.getValue());
                dialog.close();
                select(null);
                refreshAll();
            } catch (QueueException ex) {
                refused.setText(errorText(ex));
                refused.setVisible(true);
            }
        });
        confirm.setId("consult-hand-over-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    /** Runs one step on the server; the page then shows the conversation as it is, or the refusal. */
    private boolean act(Supplier<ConsultationView> step) {
        error.setVisible(false);
        boolean done;
        try {
            step.get();
            done = true;
        } catch (QueueException e) {
            error.setText(errorText(e));
            error.setVisible(true);
            done = false;
        }
        refreshDetail();
        refreshList();
        refreshFigures();
        return done;
    }

    private String errorText(QueueException e) {
        String key = "consult.desk.error." + e.code();
        String text = getTranslation(key);
        // The service's own words where they carry more, such as who has taken the conversation.
        return text == null || text.isBlank() || text.contains(key) ? e.getMessage() : text;
    }

    private String selectedId() {
        return Objects.requireNonNull(selected, "No conversation is chosen");
    }

    private StaffMember member() {
        return staff.member().orElseThrow(() -> new IllegalStateException("Nobody is signed in."));
    }

    private void scrollToEnd() {
        MessageList shown = messages;
        if (shown != null) {
            shown.getElement().executeJs("this.scrollTop = this.scrollHeight");
        }
    }

    // ---- Figures -------------------------------------------------------------------------------

    private void refreshFigures() {
        Hall current = hall;
        if (!manager || current == null) {
            return;
        }
        Figures f = consultations.figures(current.code());
        figures.removeAll();
        figure("waiting", "consult.figures.waiting", Integer.toString(f.waiting()));
        figure("longest", "consult.figures.longest", duration(f.longestWait()));
        figure("opened", "consult.figures.opened", Integer.toString(f.opened()));
        figure("answered", "consult.figures.answered", Integer.toString(f.answered()));
        figure("mean", "consult.figures.mean", duration(f.meanFirstResponse()));
        figure("p95", "consult.figures.p95", duration(f.p95FirstResponse()));
        Double share = f.shareWithinTarget();
        figure("within", getTranslation("consult.figures.within", duration(f.target())),
                share == null ? "—" : Math.round(share * 100) + " %");
    }

    private void figure(String id, String labelOrKey, String value) {
        String label = labelOrKey.startsWith("consult.") ? getTranslation(labelOrKey) : labelOrKey;
        Span number = new Span(value);
        number.addClassName("oh-consult-figure-value");
        number.setId("consult-figure-" + id);
        Span caption = new Span(label);
        caption.addClassName("oh-consult-figure-label");
        Div tile = new Div(number, caption);
        tile.addClassName("oh-consult-figure");
        figures.add(tile);
    }

    private String duration(@Nullable Duration d) {
        if (d == null) {
            return "—";
        }
        long seconds = d.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) {
            return getTranslation("consult.duration.minutes", seconds / 60);
        }
        return seconds < 60 ? getTranslation("consult.duration.seconds", seconds)
                : getTranslation("consult.duration", seconds / 60, seconds % 60);
    }
}
