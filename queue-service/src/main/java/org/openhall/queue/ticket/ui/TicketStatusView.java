package org.openhall.queue.ticket.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.queue.hall.ui.Bilingual;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.rating.Ratings;
import org.openhall.queue.ticket.TicketDesk;

/**
 * {@code /t/{id}}: a visitor's ticket on their phone — number, status, people ahead, estimated
 * wait, and the window to go to once called; once the visit is completed, its rating. Shows nothing
 * personal; refreshes itself until the visit is completed.
 */
@Route("t")
@PageTitle("OpenHall")
@AnonymousAllowed
public class TicketStatusView extends Div implements HasUrlParameter<String> {

    private final TicketDesk desk;
    private final Ratings ratings;
    private String ticketId = "";
    private @Nullable Registration polling;
    private @Nullable RatingPanel rating;

    public TicketStatusView(TicketDesk desk, Ratings ratings) {
        this.desk = desk;
        this.ratings = ratings;
        addClassName("oh-ticket-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.ticketId = parameter;
        this.rating = null;
        render();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().setPollInterval(5000);
        polling = attachEvent.getUI().addPollListener(e -> render());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private void render() {
        if (rating != null) {
            return; // the visit is over: nothing changes any more, and the visitor may be typing a comment
        }
        removeAll();
        TicketView ticket;
        try {
            ticket = desk.ticket(ticketId);
        } catch (QueueException e) {
            add(new Paragraph(getTranslation("ticket.notFound")));
            return;
        }
        Span number = new Span(ticket.number());
        number.addClassName("oh-ticket-number");
        number.setId("ticket-number");
        add(new H1(getTranslation("ticket.title")), new Div(number),
                new Div(new Span(ticket.serviceName().in(getLocale()))),
                new Paragraph(getTranslation("ticket.status") + ": " + getTranslation("staff.status." + ticket.status())));
        if (ticket.status().isWaiting() && ticket.position() != null) {
            add(new Paragraph(getTranslation("ticket.ahead") + ": " + ticket.position()));
            if (ticket.estimatedWait() != null) {
                add(new Paragraph(getTranslation("ticket.wait") + ": "
                        + getTranslation("ticket.minutes", Math.max(1, ticket.estimatedWait().toMinutes()))));
            }
        }
        if (ticket.status() == TicketStatus.CALLED && ticket.windowNumber() != null) {
            Span call = new Span(getTranslation("ticket.window", ticket.windowNumber()));
            call.addClassName("oh-ticket-call");
            add(new Div(call));
        }
        add(askLink(ticket));
        if (ticket.status().isWaiting()) {
            Anchor queue = new Anchor("hall/" + encode(ticket.hall()), Bilingual.line("ticket.hallPage"));
            queue.setId("ticket-hall");
            queue.addClassName("oh-ask-link");
            add(new Div(queue));
        }
        if (ticket.status() == TicketStatus.DONE) {
            rating = new RatingPanel(ratings, ticket.id());
            add(rating);
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
            return;
        }
        Span updated = new Span(getTranslation("ticket.updated"));
        updated.addClassName("oh-muted");
        add(new Div(updated));
    }

    /** To the question page about this ticket's service, in both languages like that page. */
    private static Div askLink(TicketView ticket) {
        String text = Bilingual.line("consult.ticket.ask");
        // By its path: the consultation module builds on this one, not the other way round.
        Anchor ask = new Anchor("ask/" + encode(ticket.hall()) + "?service=" + encode(ticket.service()) + "&ticket="
                + encode(ticket.id()), text);
        ask.setId("ticket-ask");
        ask.addClassName("oh-ask-link");
        return new Div(ask);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
