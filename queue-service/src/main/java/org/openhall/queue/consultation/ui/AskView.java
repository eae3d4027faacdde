package org.openhall.queue.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.hall.ui.Bilingual;
import org.openhall.queue.problem.PublicRateLimits;
import org.openhall.queue.problem.QueueException;

/**
 * {@code /ask/{hall}} (or {@code /ask}, which first asks which hall when there are several): a
 * visitor picks the service and writes their question; sending opens the conversation and shows it
 * at {@code /c/{id}}. {@code ?service=} preselects a service and {@code ?ticket=} ties the question
 * to the visitor's ticket. Each question counts as a write against the public per-address limits.
 */
@Route("ask")
@PageTitle("OpenHall · 咨询问题 Ask a question")
@AnonymousAllowed
public class AskView extends Div implements HasUrlParameter<String> {

    private static final int MAX = 1000;

    private final Consultations consultations;
    private final HallCatalog catalog;
    private final PublicRateLimits limits;
    private final Paragraph problem = new Paragraph();
    private @Nullable String ticket;

    public AskView(Consultations consultations, HallCatalog catalog, PublicRateLimits limits) {
        this.consultations = consultations;
        this.catalog = catalog;
        this.limits = limits;
        addClassNames("oh-ticket-page", "oh-consult-page");
        problem.addClassName("oh-form-problem");
        problem.setId("ask-problem");
        problem.setVisible(false);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String code) {
        removeAll();
        problem.setVisible(false);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String service = first(query, "service");
        ticket = first(query, "ticket");
        H1 title = new H1(Bilingual.zh("consult.ask.title"));
        title.addClassName("oh-consult-title");
        com.vaadin.flow.component.html.Span titleEn = new com.vaadin.flow.component.html.Span(
                Bilingual.en("consult.ask.title"));
        titleEn.addClassName("oh-feedback-title-en");
        add(title, titleEn);
        List<Hall> halls = catalog.halls();
        Optional<Hall> hall = code != null ? halls.stream().filter(h -> h.code().equals(code)).findFirst()
                : halls.size() == 1 ? Optional.of(halls.getFirst()) : Optional.empty();
        if (hall.isPresent()) {
            form(hall.get(), service);
        } else if (code != null || halls.isEmpty()) {
            Div none = Bilingual.block("consult.ask.noHall");
            none.setId("ask-no-hall");
            add(none);
        } else {
            chooseHall(halls);
        }
    }

    private void chooseHall(List<Hall> halls) {
        add(Bilingual.block("consult.ask.chooseHall"));
        Div list = new Div();
        list.addClassName("oh-consult-halls");
        for (Hall hall : halls) {
            Anchor link = new Anchor("ask/" + hall.code(), hall.name().zh() + " · " + hall.name().en());
            link.setId("ask-hall-" + hall.code());
            link.addClassName("oh-consult-choice");
            list.add(link);
        }
        add(list);
    }

    private void form(Hall hall, @Nullable String preselected) {
        Div hallName = new Div();
        hallName.setText(hall.name().zh() + " · " + hall.name().en());
        hallName.addClassName("oh-feedback-hall");
        Div intro = Bilingual.block("consult.ask.intro");
        intro.addClassName("oh-consult-intro");

        List<ServiceDefinition> active = catalog.services(hall.code()).stream().filter(ServiceDefinition::active)
                .toList();
        RadioButtonGroup<String> service = new RadioButtonGroup<>(Bilingual.line("consult.ask.service"));
        service.setId("ask-service");
        service.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        service.addClassName("oh-consult-services");
        service.setItems(active.stream().map(ServiceDefinition::code).toList());
        service.setItemLabelGenerator(c -> active.stream().filter(s -> s.code().equals(c)).findFirst()
                .map(s -> s.name().zh() + " · " + s.name().en()).orElse(c));
        if (preselected != null && active.stream().anyMatch(s -> s.code().equals(preselected))) {
            service.setValue(preselected);
        }

        TextArea question = new TextArea(Bilingual.line("consult.ask.question"));
        question.setId("ask-question");
        question.setPlaceholder(Bilingual.line("consult.ask.placeholder"));
        question.setMaxLength(MAX);
        question.setMinHeight("9rem");
        question.setWidthFull();
        question.setValueChangeMode(ValueChangeMode.LAZY);
        question.setHelperText(Bilingual.line("consult.ask.count", 0));
        question.addValueChangeListener(e -> question.setHelperText(
                Bilingual.line("consult.ask.count", e.getValue().codePointCount(0, e.getValue().length()))));

        Paragraph privacy = new Paragraph(Bilingual.line("consult.ask.privacy"));
        privacy.addClassName("oh-muted");
        Button send = new Button(Bilingual.line("consult.ask.send"));
        send.setId("ask-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                send(hall, service.getValue(), question.getValue());
            } finally {
                send.setEnabled(true);
            }
        });
        add(hallName, intro, service, question, privacy, problem, send);
    }

    private void send(Hall hall, @Nullable String service, @Nullable String question) {
        problem.setVisible(false);
        if (service == null) {
            show(Bilingual.line("consult.ask.pickService"));
            return;
        }
        if (question == null || question.isBlank()) {
            show(Bilingual.line("consult.ask.empty"));
            return;
        }
        if (limits.take(PublicRateLimits.Kind.WRITE, address()) > 0) {
            show(Bilingual.line("consult.ask.tooMany"));
            return;
        }
        ConsultationView opened;
        try {
            opened = consultations.open(hall.code(), new ConsultationRequest(service, question, ticket, "WEB"));
        } catch (QueueException e) {
            show(Bilingual.problem(e));
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("c/" + opened.id()));
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst().strip();
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
