package org.openhall.queue.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.feedback.FollowUpStatus;
import org.openhall.queue.feedback.FollowUpStatus.AppealReason;
import org.openhall.queue.feedback.FollowUps;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.CurrentStaff;
import org.openhall.queue.staff.StaffMember;

/**
 * {@code /staff/follow-ups}: managers and admins follow up bad reviews and complaints. Open ones
 * first, by deadline, overdue ones in red; a follow-up's dialog shows its source, the visitor's
 * contact and its history, and offers exactly the steps its status allows. The server decides and
 * audits every step; a refusal is said in the page's language.
 */
@Route("staff/follow-ups")
@PageTitle("OpenHall · Follow-ups")
@RolesAllowed({"MANAGER", "ADMIN"})
public class FollowUpsView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FollowUps followUps;
    private final HallCatalog catalog;
    private final CurrentStaff staff;
    private final ComboBox<FollowUpStatus> status = new ComboBox<>();
    private final Grid<FollowUps.Summary> rows = new Grid<>();
    private @Nullable Dialog dialog;

    public FollowUpsView(FollowUps followUps, HallCatalog catalog, CurrentStaff staff,
            AuthenticationContext authentication) {
        this.followUps = followUps;
        this.catalog = catalog;
        this.staff = staff;
        addClassNames("oh-page", "oh-follow-ups");
        Button back = new Button(getTranslation("staff.back"),
                e -> getUI().ifPresent(ui -> ui.navigate(WindowChooserView.class)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div header = new Div(new HorizontalLayout(back, new H1(getTranslation("followups.title"))),
                new SignedInBar(staff, authentication));
        header.addClassName("oh-header");

        status.setLabel(getTranslation("followups.filter"));
        status.setItems(FollowUpStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("followups.status." + s.name()));
        status.setClearButtonVisible(true);
        status.setId("follow-up-status");
        status.addValueChangeListener(e -> load());

        rows.addColumn(FollowUps.Summary::trackingNumber).setHeader(getTranslation("followups.col.number"))
                .setAutoWidth(true);
        rows.addColumn(f -> getTranslation("followups.source." + f.source().name()))
                .setHeader(getTranslation("followups.col.source")).setAutoWidth(true);
        rows.addColumn(f -> getTranslation("followups.status." + f.status().name()))
                .setHeader(getTranslation("followups.col.status")).setAutoWidth(true);
        rows.addColumn(f -> DAY.format(f.deadline()) + (f.overdue() ? " · " + getTranslation("followups.overdue") : ""))
                .setHeader(getTranslation("followups.col.deadline")).setAutoWidth(true);
        rows.addColumn(f -> f.assigneeName() == null ? "" : f.assigneeName())
                .setHeader(getTranslation("followups.col.assignee")).setAutoWidth(true);
        rows.addColumn(f -> hallName(f.hall())).setHeader(getTranslation("followups.col.hall")).setFlexGrow(1);
        rows.addComponentColumn(f -> {
            Button open = new Button(getTranslation("followups.details"), e -> open(f.id()));
            open.setId("follow-up-open-" + f.trackingNumber());
            return open;
        }).setAutoWidth(true);
        rows.setPartNameGenerator(f -> f.overdue() ? "oh-overdue-cell" : null);
        rows.setAllRowsVisible(true);
        rows.setId("follow-up-rows");
        add(header, status, rows);
        load();
    }

    private void load() {
        rows.setItems(followUps.list(null, status.getValue()));
    }

    /** Opens the follow-up's dialog (closing one already open). */
    void open(long id) {
        if (dialog != null) {
            dialog.close();
        }
        dialog = new Dialog();
        dialog.addClassName("oh-follow-up-dialog");
        dialog.setId("follow-up-dialog");
        dialog.setWidth("min(900px, 95vw)");
        fill(dialog, followUps.detail(id));
        dialog.open();
    }

    private void fill(Dialog dialog, FollowUps.Detail detail) {
        dialog.removeAll();
        dialog.getFooter().removeAll();
        FollowUps.Summary summary = detail.summary();
        dialog.setHeaderTitle(summary.trackingNumber() + " · " + getTranslation("followups.source." + summary.source().name())
                + " · " + getTranslation("followups.status." + summary.status().name()));
        Span deadline = new Span(getTranslation("followups.col.deadline") + ": " + DAY.format(summary.deadline())
                + (summary.overdue() ? " · " + getTranslation("followups.overdue") : ""));
        deadline.setId("follow-up-deadline");
        if (summary.overdue()) {
            deadline.addClassName("oh-overdue");
        }
        DescriptionList facts = new DescriptionList();
        facts.setId("follow-up-source");
        if (detail.rating() != null) {
            FollowUps.RatingSource rating = detail.rating();
            fact(facts, "followups.detail.level", getTranslation("followups.level." + rating.level()));
            fact(facts, "followups.detail.reasons", rating.reasons().stream()
                    .map(r -> getTranslation("followups.reason." + r)).collect(Collectors.joining("、")));
            fact(facts, "followups.detail.comment", rating.comment());
            fact(facts, "followups.detail.ticket", rating.ticketNumber() + " (" + DAY.format(rating.serviceDay()) + ")");
            fact(facts, "followups.detail.service", localized(rating.service()));
            fact(facts, "followups.detail.window", rating.windowNumber() == null ? null : rating.windowNumber().toString());
            fact(facts, "followups.detail.clerk", rating.clerk());
        } else if (detail.complaint() != null) {
            FollowUps.ComplaintSource complaint = detail.complaint();
            fact(facts, "followups.detail.ticket", complaint.feedbackTrackingNumber());
            fact(facts, "followups.detail.category", getTranslation("followups.category." + complaint.category()));
            fact(facts, "followups.detail.text", complaint.text());
        }
        fact(facts, "followups.col.assignee", summary.assigneeName());
        fact(facts, "followups.detail.contact", detail.contact());
        if (summary.appealReason() != null) {
            fact(facts, "followups.appealReason", getTranslation("followups.appeal." + summary.appealReason().name()));
        }
        fact(facts, "followups.detail.answer", detail.answer());

        OrderedList history = new OrderedList();
        history.setId("follow-up-history");
        ZoneId zone = catalog.hall(summary.hall()).zone();
        for (FollowUps.Note note : detail.notes()) {
            history.add(new ListItem(TIME.format(note.at().atZone(zone)) + " · "
                    + (note.staff() == null ? "—" : note.staff()) + " · "
                    + getTranslation("followups.action." + note.action())
                    + (note.note() == null ? "" : " · " + note.note())));
        }
        Span error = new Span();
        error.addClassName("oh-follow-up-error");
        error.setId("follow-up-error");
        error.setVisible(false);
        dialog.add(deadline, facts, new H3(getTranslation("followups.detail.history")), history, error);

        if (!summary.status().isFinal()) {
            dialog.add(actions(summary, error));
        }
        Button close = new Button(getTranslation("followups.close"), e -> dialog.close());
        close.setId("follow-up-close");
        dialog.getFooter().add(close);
    }

    private Component actions(FollowUps.Summary summary, Span error) {
        long id = summary.id();
        VerticalLayout actions = new VerticalLayout();
        actions.setPadding(false);

        ComboBox<FollowUps.Assignee> assignee = new ComboBox<>(getTranslation("followups.assignTo"));
        assignee.setItems(followUps.assignees());
        assignee.setItemLabelGenerator(FollowUps.Assignee::name);
        assignee.setId("follow-up-assignee");
        Button assign = new Button(getTranslation("followups.assign"), e -> {
            if (assignee.getValue() != null) {
                act(error, () -> followUps.assign(id, assignee.getValue().id(), actor(), staff.remoteAddress()));
            }
        });
        assign.setId("follow-up-assign");
        Button me = new Button(getTranslation("followups.assignMe"), e -> staff.member().ifPresent(
                m -> act(error, () -> followUps.assign(id, m.id(), actor(), staff.remoteAddress()))));
        me.setId("follow-up-assign-me");
        HorizontalLayout assigning = new HorizontalLayout(assignee, assign, me);
        assigning.setAlignItems(FlexComponent.Alignment.END);
        actions.add(assigning);

        TextArea note = new TextArea(getTranslation("followups.note"));
        note.setWidthFull();
        note.setMaxLength(1000);
        note.setId("follow-up-note");
        HorizontalLayout moves = new HorizontalLayout();
        for (FollowUpStatus to : summary.status().next()) {
            if (to == FollowUpStatus.VERIFIED || to == FollowUpStatus.RECTIFIED) {
                Button move = new Button(getTranslation("followups.to." + to.name()),
                        e -> act(error, () -> followUps.move(id, to, note.getValue(), actor(), staff.remoteAddress())));
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                move.setId("follow-up-to-" + to.name());
                moves.add(move);
            }
        }
        if (summary.status().next().contains(FollowUpStatus.APPEALED)) {
            ComboBox<AppealReason> reason = new ComboBox<>(getTranslation("followups.appealReason"));
            reason.setItems(AppealReason.values());
            reason.setItemLabelGenerator(r -> getTranslation("followups.appeal." + r.name()));
            reason.setId("follow-up-appeal-reason");
            Button appeal = new Button(getTranslation("followups.appeal"), e -> {
                if (reason.getValue() != null) {
                    act(error, () -> followUps.appeal(id, reason.getValue(), note.getValue(), actor(),
                            staff.remoteAddress()));
                }
            });
            appeal.addThemeVariants(ButtonVariant.LUMO_ERROR);
            appeal.setId("follow-up-appeal");
            moves.add(reason, appeal);
            moves.setAlignItems(FlexComponent.Alignment.END);
        }
        actions.add(note, moves);

        if (summary.status().next().contains(FollowUpStatus.ANSWERED)) {
            TextArea answer = new TextArea(getTranslation("followups.answerText"));
            answer.setWidthFull();
            answer.setMaxLength(2000);
            answer.setId("follow-up-answer-text");
            Button send = new Button(getTranslation("followups.answer"),
                    e -> act(error, () -> followUps.answer(id, answer.getValue(), actor(), staff.remoteAddress())));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            send.setId("follow-up-answer");
            actions.add(answer, send);
        }
        return actions;
    }

    /** Runs one step on the server: the dialog shows the follow-up as it now is, or says the refusal. */
    private void act(Span error, Supplier<FollowUps.Detail> step) {
        try {
            FollowUps.Detail changed = step.get();
            if (dialog != null) {
                fill(dialog, changed);
            }
            load();
        } catch (QueueException e) {
            String key = "followups.error." + e.code();
            String text = getTranslation(key);
            error.setText(text == null || text.isBlank() || text.contains(key) ? e.getMessage() : text);
            error.setVisible(true);
        }
    }

    private AuditEvent.Actor actor() {
        StaffMember member = staff.member().orElseThrow(() -> new IllegalStateException("Nobody is signed in."));
        return new AuditEvent.Actor(member.id(), member.username(), member.role().name());
    }

    private void fact(DescriptionList facts, String labelKey, @Nullable String value) {
        facts.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private String localized(LocalizedText text) {
        return text.in(getLocale());
    }

    private String hallName(String code) {
        return localized(catalog.hall(code).name());
    }
}
