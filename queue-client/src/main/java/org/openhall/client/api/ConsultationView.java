package org.openhall.client.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultation as its visitor sees it ({@code GET /api/consultations/{id}}): the conversation's
 * own unguessable id is its only key, so whoever has the link can read it and nobody else.
 *
 * @param id          the conversation's unguessable id, in its link {@code /c/{id}}
 * @param status      waiting for a staff member, being answered, or closed
 * @param position    conversations of the hall waiting to be taken before this one; null unless waiting
 * @param staff       the staff member answering, as the public may see them, once one has taken it
 * @param closedAt    when it was closed, and {@code closedBy} why
 * @param messages    the conversation so far, oldest first
 * @param link        the page where the visitor follows it
 */
public record ConsultationView(String id, String hall, String service, LocalizedText serviceName,
        Status status, @Nullable Integer position, Instant openedAt, WindowView.@Nullable Clerk staff,
        @Nullable Instant closedAt, @Nullable ClosedBy closedBy, List<Message> messages, String link) {

    public enum Status {
        WAITING, ACTIVE, CLOSED
    }

    /** Who or what ended the conversation. */
    public enum ClosedBy {
        STAFF, VISITOR, IDLE
    }

    /** Who wrote a message: the visitor, a staff member, or the hall itself (a handover, the close). */
    public enum Author {
        VISITOR, STAFF, SYSTEM
    }

    /**
     * One message; text is shown as text everywhere, never as markup.
     *
     * @param id     increasing within the conversation: a client asks for what came after the last it has
     * @param name   the staff member's name for a staff message; null otherwise
     * @param guide  the service whose guide this message carries, when staff inserted one
     */
    public record Message(long id, Author author, @Nullable String name, String text, Instant at,
            @Nullable String guide) {
    }
}
