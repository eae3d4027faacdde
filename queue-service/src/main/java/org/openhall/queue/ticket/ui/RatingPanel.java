package org.openhall.queue.ticket.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.rating.Ratings;

/**
 * The rating of a completed visit on its status page: five large faces, optional reasons, a comment
 * and (for a bad review) a contact for the answer; then a thank-you, with the follow-up's tracking
 * number for a bad review. A ticket already rated, from whatever channel, says so.
 */
final class RatingPanel extends Div {

    private static final String[] FACES = {"", "😠", "🙁", "😐", "🙂", "😄"};
    private static final List<String> REASONS = List.of("ATTITUDE", "EFFICIENCY", "QUALITY", "INTEGRITY");

    private final Ratings ratings;
    private final String ticketId;
    private int level;

    RatingPanel(Ratings ratings, String ticketId) {
        this.ratings = ratings;
        this.ticketId = ticketId;
        addClassName("oh-rating");
        setId("rating");
        Optional<RatingView> rated = ratings.find(ticketId);
        if (rated.isPresent()) {
            done("rating.already", rated.get().followUp());
        } else {
            ask();
        }
    }

    private void ask() {
        removeAll();
        add(new H2(bilingual("rating.question")));
        Div faces = new Div();
        faces.addClassName("oh-rating-faces");
        for (int value = 5; value >= 1; value--) {
            int chosen = value;
            Button face = new Button();
            Span emoji = new Span(FACES[value]);
            emoji.addClassName("oh-rating-face");
            Span label = new Span(getTranslation("rating.level." + value));
            Span other = new Span(getTranslation(otherLocale(), "rating.level." + value));
            other.addClassName("oh-muted");
            Div content = new Div(emoji, new Div(label), new Div(other));
            face.getElement().appendChild(content.getElement());
            face.addClassName("oh-rating-level");
            face.setId("rate-" + value);
            face.addClickListener(e -> choose(chosen));
            faces.add(face);
        }
        add(faces);
    }

    private void choose(int chosen) {
        this.level = chosen;
        getChildren().filter(c -> c.getId().map("rating-details"::equals).orElse(false)).toList().forEach(this::remove);
        Div details = new Div();
        details.setId("rating-details");
        Paragraph chosenText = new Paragraph(FACES[chosen] + " " + getTranslation("rating.level." + chosen));
        chosenText.setId("rate-chosen");
        CheckboxGroup<String> reasons = new CheckboxGroup<>(bilingual("rating.reasons"));
        reasons.setItems(REASONS);
        reasons.setItemLabelGenerator(r -> getTranslation("rating.reason." + r));
        reasons.setId("rate-reasons");
        TextArea comment = new TextArea(bilingual("rating.comment"));
        comment.setMaxLength(500);
        comment.setWidthFull();
        comment.setId("rate-comment");
        details.add(chosenText, reasons, comment);
        TextField contact = new TextField(bilingual("rating.contact"));
        contact.setMaxLength(100);
        contact.setWidthFull();
        contact.setId("rate-contact");
        if (chosen <= 2) {
            details.add(contact);
        }
        Span error = new Span();
        error.addClassName("oh-follow-up-error");
        error.setId("rate-error");
        error.setVisible(false);
        Button send = new Button(bilingual("rating.send"), e -> send(reasons.getValue().stream().sorted().toList(),
                comment.getValue(), chosen <= 2 ? contact.getValue() : null, error));
        send.addClassName("oh-rating-send");
        send.setId("rate-send");
        details.add(error, send);
        add(details);
    }

    private void send(List<String> reasons, String comment, @Nullable String contact, Span error) {
        try {
            RatingView rating = ratings.rate(ticketId, new RatingRequest(level, reasons, comment, "WEB", contact));
            done("rating.thanks", rating.followUp());
        } catch (QueueException e) {
            switch (e.code()) {
                case "already-rated" -> done("rating.already", ratings.find(ticketId).map(RatingView::followUp)
                        .orElse(null));
                case "rating-closed" -> {
                    removeAll();
                    Paragraph closed = new Paragraph(bilingual("rating.closed"));
                    closed.setId("rate-closed");
                    add(closed);
                }
                default -> {
                    error.setText(bilingual("rating.invalid"));
                    error.setVisible(true);
                }
            }
        }
    }

    private void done(String key, @Nullable String followUp) {
        removeAll();
        Paragraph thanks = new Paragraph(bilingual(key));
        thanks.setId(key.equals("rating.thanks") ? "rate-thanks" : "rate-already");
        add(thanks);
        if (followUp != null) {
            Paragraph tracking = new Paragraph(getTranslation("rating.followUp", followUp));
            tracking.setId("rate-follow-up");
            add(tracking);
        }
    }

    /** The text in the page's language, and below it in the other one: visitors read Chinese or English. */
    private String bilingual(String key) {
        String mine = getTranslation(key);
        String other = getTranslation(otherLocale(), key);
        return mine.equals(other) ? mine : mine + " · " + other;
    }

    private Locale otherLocale() {
        Locale mine = getLocale();
        return mine != null && mine.getLanguage().equals("zh") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
