package org.openhall.queue.consultation.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openhall.client.api.ConsultationView.Author;
import org.openhall.client.api.ConsultationView.Message;

/**
 * A conversation as chat bubbles: the reader's own side on the right, the other side on the left
 * with its name, the hall's notes centred in grey. Every text is set as text; a guide keeps its line
 * breaks through CSS. Messages are only ever appended, each once.
 */
final class MessageList extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Author own;
    private final ZoneId zone;
    private final String visitorName;
    private long lastId;

    /**
     * @param own         whose page this is: their messages are on the right
     * @param visitorName how the visitor's messages are labelled (staff's by their name)
     */
    MessageList(Author own, ZoneId zone, String visitorName) {
        this.own = own;
        this.zone = zone;
        this.visitorName = visitorName;
        addClassName("oh-chat");
    }

    /** The id of the last message shown; 0 before any. */
    long lastId() {
        return lastId;
    }

    /** Appends the messages not shown yet; returns whether there were any. */
    boolean append(List<Message> messages) {
        boolean added = false;
        for (Message message : messages) {
            if (message.id() > lastId) {
                add(bubble(message));
                lastId = message.id();
                added = true;
            }
        }
        return added;
    }

    private Div bubble(Message message) {
        Div bubble = new Div();
        bubble.addClassName("oh-bubble");
        bubble.getElement().setAttribute("data-message", Long.toString(message.id()));
        if (message.author() == Author.SYSTEM) {
            bubble.addClassName("oh-bubble-system");
        } else {
            bubble.addClassName(message.author() == own ? "oh-bubble-own" : "oh-bubble-other");
            String who = message.author() == Author.VISITOR ? visitorName
                    : message.name() == null ? "" : message.name();
            Span name = new Span(who);
            name.addClassName("oh-bubble-name");
            bubble.add(name);
        }
        Div text = new Div();
        text.setText(message.text());
        text.addClassName("oh-bubble-text");
        if (message.guide() != null) {
            bubble.addClassName("oh-bubble-guide");
        }
        Span time = new Span(TIME.format(message.at().atZone(zone)));
        time.addClassName("oh-bubble-time");
        bubble.add(text, time);
        return bubble;
    }
}
