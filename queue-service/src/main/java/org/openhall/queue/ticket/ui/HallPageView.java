package org.openhall.queue.ticket.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.hall.ui.Bilingual;
import org.openhall.queue.ticket.SharedSnapshots;

/**
 * {@code /hall/{hall}} (or {@code /hall}, which asks which hall when there are several): the hall's
 * public page for visitors, on a phone before they come or in the hall. When it is open today, how
 * many wait for each service and about how long a ticket taken now would wait, each service's
 * guide (what to bring, the steps, time limit and fee), and the way to ask a question or complain.
 * In Chinese and English at once; the queue refreshes itself.
 */
@Route("hall")
@PageTitle("OpenHall · 办事大厅 Service center")
@AnonymousAllowed
public class HallPageView extends Div implements HasUrlParameter<String> {

    /** How often an open page reads the queue again. */
    static final int REFRESH_MILLIS = 20_000;

    /** How old a queue the page may show: the pages open on visitors' phones share one read per this. */
    static final Duration SHARED_FOR = Duration.ofSeconds(5);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final HallCatalog catalog;
    private final SharedSnapshots snapshots;
    private final Clock clock;
    private final Div queue = new Div();
    private @Nullable Hall hall;
    private @Nullable Registration polling;

    public HallPageView(HallCatalog catalog, SharedSnapshots snapshots, Clock clock) {
        this.catalog = catalog;
        this.snapshots = snapshots;
        this.clock = clock;
        addClassNames("oh-ticket-page", "oh-consult-page", "oh-hall-page");
        queue.setId("hall-queue");
        queue.addClassName("oh-hall-queue");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String code) {
        removeAll();
        List<Hall> halls = catalog.halls();
        Optional<Hall> chosen = code != null ? halls.stream().filter(h -> h.code().equals(code)).findFirst()
                : halls.size() == 1 ? Optional.of(halls.getFirst()) : Optional.empty();
        hall = chosen.orElse(null);
        if (hall != null) {
            page(hall);
        } else if (code != null || halls.isEmpty()) {
            Div none = Bilingual.block("hall.page.noHall");
            none.setId("hall-none");
            add(none);
        } else {
            add(Bilingual.block("hall.page.chooseHall"));
            for (Hall each : halls) {
                Anchor link = new Anchor("hall/" + each.code(), both(each.name()));
                link.setId("hall-choice-" + each.code());
                link.addClassName("oh-consult-choice");
                add(link);
            }
        }
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

    private void page(Hall hall) {
        H1 title = new H1(hall.name().zh());
        title.setId("hall-name");
        title.addClassName("oh-consult-title");
        Span titleEn = new Span(hall.name().en());
        titleEn.addClassName("oh-feedback-title-en");
        add(title, titleEn);
        hours(hall);

        Anchor ask = new Anchor("ask/" + encode(hall.code()), Bilingual.line("hall.page.ask"));
        ask.setId("hall-ask");
        ask.addClassName("oh-ask-link");
        Anchor feedback = new Anchor("feedback/" + encode(hall.code()), Bilingual.line("hall.page.feedback"));
        feedback.setId("hall-feedback");
        feedback.addClassName("oh-ask-link");
        Div actions = new Div(ask, feedback);
        actions.addClassName("oh-hall-actions");
        add(actions);

        add(heading("hall.page.queue"), queue);
        refresh();
        Div kiosk = Bilingual.block("hall.page.takeTicket");
        kiosk.addClassName("oh-muted");
        add(kiosk);

        add(heading("hall.page.services"));
        for (ServiceDefinition service : catalog.services(hall.code())) {
            if (service.active()) {
                add(guide(hall, service));
            }
        }
    }

    /** Today's opening periods and whether it is open now; nothing when the hall keeps no hours. */
    private void hours(Hall hall) {
        if (hall.openingHours().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(hall.zone());
        LocalDate today = local.toLocalDate();
        String periods = hall.openingHours().stream().filter(p -> p.day() == local.getDayOfWeek())
                .map(p -> TIME.format(p.opens()) + "–" + TIME.format(p.closes()))
                .collect(Collectors.joining(", "));
        Div day = hall.holidays().contains(today) || periods.isEmpty() ? Bilingual.block("hall.page.closedToday")
                : Bilingual.block("hall.page.hoursToday", periods);
        day.setId("hall-hours");
        Div open = Bilingual.block(hall.isOpenAt(now) ? "hall.page.openNow" : "hall.page.closedNow");
        open.setId("hall-open");
        open.addClassName("oh-consult-status");
        open.getElement().setAttribute("data-status", hall.isOpenAt(now) ? "ACTIVE" : "CLOSED");
        add(day, open);
    }

    /** Reads the queue again: per active service how many wait and a newcomer's estimated wait. */
    private void refresh() {
        Hall shown = hall;
        if (shown == null) {
            return;
        }
        HallSnapshot snapshot = snapshots.snapshot(shown.code(), SHARED_FOR);
        queue.removeAll();
        for (HallSnapshot.ServiceQueue service : snapshot.waiting()) {
            Span name = new Span(both(service.name()));
            name.addClassName("oh-hall-queue-name");
            Div waiting = Bilingual.block("hall.page.waiting", service.waiting());
            waiting.addClassName("oh-hall-queue-count");
            Div estimate = estimate(service.estimatedWait());
            estimate.addClassName("oh-hall-queue-estimate");
            Div row = new Div(name, waiting, estimate);
            row.setId("hall-queue-" + service.service());
            row.addClassName("oh-hall-queue-row");
            queue.add(row);
        }
        Span updated = new Span(Bilingual.line("hall.page.updated",
                TIME.format(snapshot.at().atZone(shown.zone()))));
        updated.addClassName("oh-muted");
        updated.setId("hall-updated");
        queue.add(updated);
    }

    private static Div estimate(@Nullable Duration wait) {
        if (wait == null) {
            return Bilingual.block("hall.page.noWindow");
        }
        long minutes = (wait.toSeconds() + 59) / 60;
        return minutes <= 1 ? Bilingual.block("hall.page.noWait") : Bilingual.block("hall.page.estimate", minutes);
    }

    /** A service's guide, folded: what to bring, the steps, time limit and fee, and a question about it. */
    private Details guide(Hall hall, ServiceDefinition service) {
        Div content = new Div();
        ServiceView.Guide guide = service.guide();
        if (!guide.materials().isEmpty()) {
            UnorderedList materials = new UnorderedList(guide.materials().stream()
                    .map(m -> new ListItem(both(m))).toArray(ListItem[]::new));
            content.add(heading3("hall.page.materials"), materials);
        }
        if (!guide.steps().isEmpty()) {
            OrderedList steps = new OrderedList(guide.steps().stream()
                    .map(s -> new ListItem(both(s))).toArray(ListItem[]::new));
            content.add(heading3("hall.page.steps"), steps);
        }
        if (!guide.timeLimit().zh().isBlank()) {
            content.add(fact("hall.page.timeLimit", guide.timeLimit()));
        }
        if (!guide.fee().zh().isBlank()) {
            content.add(fact("hall.page.fee", guide.fee()));
        }
        if (service.preApplicationOnline()) {
            content.add(Bilingual.block("hall.page.online"));
        }
        Anchor ask = new Anchor("ask/" + encode(hall.code()) + "?service=" + encode(service.code()),
                Bilingual.line("hall.page.askAbout"));
        ask.setId("hall-ask-" + service.code());
        ask.addClassName("oh-ask-link");
        content.add(ask);
        Details details = new Details(both(service.name()), content);
        details.setId("hall-guide-" + service.code());
        details.addClassName("oh-hall-guide");
        return details;
    }

    private static Div fact(String key, LocalizedText value) {
        Div fact = new Div(new Span(Bilingual.line(key) + ": "), new Span(both(value)));
        fact.addClassName("oh-hall-fact");
        return fact;
    }

    private static H2 heading(String key) {
        H2 heading = new H2(Bilingual.line(key));
        heading.addClassName("oh-hall-heading");
        return heading;
    }

    private static Span heading3(String key) {
        Span heading = new Span(Bilingual.line(key));
        heading.addClassName("oh-hall-subheading");
        return heading;
    }

    /** "中文 · English", or the one text when both say the same. */
    private static String both(LocalizedText text) {
        return text.en().isBlank() || text.en().equals(text.zh()) ? text.zh() : text.zh() + " · " + text.en();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
