package org.openhall.queue.consultation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.ConsultationView.Author;
import org.openhall.client.api.ConsultationView.Status;
import org.openhall.client.api.ConsultationView;
import org.openhall.queue.consultation.ConsultationSignal;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ui.Bilingual;
import org.openhall.queue.problem.QueueException;

/**
 * {@code /c/{id}}: a visitor's conversation, live. Whoever has the link reads it; it shows where the
 * question stands (how many wait before it, who answers it, or that it ended), the messages, and lets
 * the visitor write more or end it. Changes on this instance arrive at once; a poll every few
 * seconds catches those made on another.
 */
@Route("c")
@PageTitle("OpenHall · 咨询 Conversation")
@AnonymousAllowed
public class ConversationView extends Div implements HasUrlParameter<String> {

    static final int POLL_MILLIS = 3000;

    private final Consultations consultations;
    private final HallCatalog catalog;
    private final ConsultationSignal signal;
    private String id = "";
    private @Nullable MessageList messages;
    private final Div status = new Div();
    private final Paragraph problem = new Paragraph();
    private final TextArea input = new TextArea();
    private final Button send = new Button();
    private final Button end = new Button();
    private final Anchor askAgain = new Anchor();
    private @Nullable Runnable stopListening;
    private @Nullable Registration polling;

    public ConversationView(Consultations consultations, HallCatalog catalog, ConsultationSignal signal) {
        this.consultations = consultations;
        this.catalog = catalog;
        this.signal = signal;
        addClassNames("oh-ticket-page", "oh-consult-page", "oh-conversation");
        status.setId("consult-status");
        status.addClassName("oh-consult-status");
        problem.setId("consult-problem");
        problem.addClassName("oh-form-problem");
        problem.setVisible(false);
        send.addClickListener(e -> write());
        end.addClickListener(e -> confirmEnd());
        askAgain.setId("consult-ask-again");
        askAgain.addClassName("oh-consult-choice");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        id = parameter;
        render();
    }

    private void render() {
        removeAll();
        messages = null;
        ConsultationView view;
        try {
            view = consultations.view(id);
        } catch (QueueException e) {
            Div notFound = Bilingual.block("consult.c.notFound");
            notFound.setId("consult-not-found");
            add(notFound);
            return;
        }
        H1 title = new H1(Bilingual.zh("consult.c.title"));
        title.addClassName("oh-consult-title");
        Span titleEn = new Span(Bilingual.en("consult.c.title"));
        titleEn.addClassName("oh-feedback-title-en");
        Div service = new Div();
        service.setText(view.serviceName().zh() + " · " + view.serviceName().en());
        service.addClassName("oh-feedback-hall");
        service.setId("consult-service");

        MessageList list = new MessageList(Author.VISITOR, catalog.hall(view.hall()).zone(),
                Bilingual.line("consult.c.you"));
        list.setId("consult-messages");
        messages = list;
        list.append(view.messages());

        input.setId("consult-input");
        input.setLabel(Bilingual.line("consult.c.message"));
        input.setMaxLength(1000);
        input.setWidthFull();
        input.setMinHeight("5rem");
        send.setText(Bilingual.line("consult.c.send"));
        send.setId("consult-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("oh-consult-send");
        end.setText(Bilingual.line("consult.c.end"));
        end.setId("consult-end");
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        end.addClassName("oh-consult-end");
        askAgain.setHref("ask/" + view.hall());
        askAgain.setText(Bilingual.line("consult.c.askAgain"));
        Div compose = new Div(input, problem, send, end, askAgain);
        compose.addClassName("oh-consult-compose");

        Div keep = Bilingual.block("consult.c.keepLink");
        Anchor link = new Anchor(view.link(), view.link());
        link.setId("consult-link");
        link.addClassName("oh-consult-link");
        Div bookmark = new Div(keep, link);
        bookmark.addClassName("oh-consult-bookmark");
        Span updated = new Span(Bilingual.line("consult.c.updated"));
        updated.addClassName("oh-muted");

        add(title, titleEn, service, status, list, compose, bookmark, new Div(updated));
        showStatus(view);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(e -> refresh());
        stopListening = signal.listen(id, () -> ui.access(this::refresh));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    /** Shows what changed since the last look: new messages, and where the conversation stands. */
    private void refresh() {
        MessageList list = messages;
        if (list == null) {
            return;
        }
        try {
            boolean added = list.append(consultations.messagesAfter(id, list.lastId()));
            showStatus(consultations.view(id));
            if (added) {
                scrollToEnd();
            }
        } catch (QueueException e) {
            // Deleted by retention while open: say so rather than show a stale page.
            render();
        }
    }

    private void showStatus(ConsultationView view) {
        status.removeAll();
        status.getElement().setAttribute("data-status", view.status().name());
        if (view.status() == Status.WAITING) {
            int ahead = view.position() == null ? 0 : view.position();
            status.add(ahead == 0 ? Bilingual.block("consult.c.next") : Bilingual.block("consult.c.ahead", ahead));
        } else if (view.status() == Status.ACTIVE && view.staff() != null) {
            status.add(Bilingual.block("consult.c.answering", view.staff().name(), view.staff().badge()));
        } else {
            status.add(Bilingual.block("consult.c.closed"));
        }
        boolean open = view.status() != Status.CLOSED;
        input.setEnabled(open);
        send.setEnabled(open);
        end.setVisible(open);
        askAgain.setVisible(!open);
    }

    private void write() {
        problem.setVisible(false);
        String text = input.getValue();
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            consultations.send(id, text);
            input.clear();
        } catch (QueueException e) {
            problem.setText(Bilingual.problem(e));
            problem.setVisible(true);
        }
        refresh();
    }

    private void confirmEnd() {
        Dialog confirm = new Dialog();
        confirm.setId("consult-end-dialog");
        confirm.add(Bilingual.block("consult.c.endConfirm"));
        Button yes = new Button(Bilingual.line("consult.c.endYes"), e -> {
            confirm.close();
            try {
                consultations.closeByVisitor(id);
            } catch (QueueException ex) {
                problem.setText(Bilingual.problem(ex));
                problem.setVisible(true);
            }
            refresh();
        });
        yes.setId("consult-end-yes");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button no = new Button(Bilingual.line("consult.c.endNo"), e -> confirm.close());
        no.setId("consult-end-no");
        confirm.getFooter().add(no, yes);
        confirm.open();
    }

    private void scrollToEnd() {
        getElement().executeJs("window.scrollTo(0, document.body.scrollHeight)");
    }
}
