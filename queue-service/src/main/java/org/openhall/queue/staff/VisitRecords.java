package org.openhall.queue.staff;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.TicketView;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.identity.IdNumbers;
import org.openhall.queue.problem.QueueException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clerk's record of a visit: the materials checklist (the service guide's materials, with what
 * the visitor already provided online in their pre-application) each marked received or missing,
 * and a note. Read and written through {@link StaffConsole}, which checks the clerk holds the ticket.
 */
@Service
public class VisitRecords {

    public static final int MAX_NOTE = 1000;

    private final JdbcClient jdbc;
    private final HallCatalog catalog;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    VisitRecords(JdbcClient jdbc, HallCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A material the visitor should bring, as checked at the window. */
    public enum State {
        UNCHECKED, RECEIVED, MISSING
    }

    /**
     * @param providedOnline the portal says the visitor provided it with the pre-application
     */
    public record Item(LocalizedText name, State state, boolean providedOnline) {
    }

    /** The pre-application a ticket was checked in with. */
    public record PreApplication(String reference, String preReviewStatus) {
    }

    public record Visit(List<Item> checklist, @Nullable String note, @Nullable PreApplication preApplication) {
    }

    /** The visit of this ticket as recorded so far. */
    public Visit visit(TicketView ticket) {
        Optional<StoredPreApplication> pre = preApplication(ticket.id());
        Map<String, Boolean> provided = pre.map(p -> providedOnline(p.materials())).orElse(Map.of());
        Stored stored = stored(ticket.id());
        Map<String, LocalizedText> names = new LinkedHashMap<>();
        catalog.findService(ticket.hall(), ticket.service()).map(ServiceDefinition::guide)
                .ifPresent(g -> g.materials().forEach(m -> names.put(m.zh(), m)));
        provided.keySet().forEach(name -> names.putIfAbsent(name, LocalizedText.of(name, name)));
        List<Item> items = new ArrayList<>();
        names.forEach((key, name) -> items.add(new Item(name, stored.checklist().getOrDefault(key, State.UNCHECKED),
                provided.getOrDefault(key, false))));
        return new Visit(items, stored.note(),
                pre.map(p -> new PreApplication(p.reference(), p.status())).orElse(null));
    }

    /** Marks one material of the ticket's checklist (named by its Chinese name, as in the guide). */
    void mark(TicketView ticket, String material, State state, long clerkId) {
        if (visit(ticket).checklist().stream().noneMatch(i -> i.name().zh().equals(material))) {
            throw QueueException.badRequest("unknown-material", "The checklist of " + ticket.number()
                    + " has no material '" + material + "'.");
        }
        Stored stored = stored(ticket.id());
        Map<String, State> checklist = new LinkedHashMap<>(stored.checklist());
        checklist.put(material, state);
        save(ticket.id(), json.writeValueAsString(checklist), stored.note(), clerkId);
    }

    /** Saves the clerk's note on the visit; an ID number typed into it is kept masked. */
    String saveNote(TicketView ticket, String note, long clerkId) {
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw QueueException.badRequest("note-too-long", "A note is at most " + MAX_NOTE + " characters.");
        }
        String masked = text.isEmpty() ? null : IdNumbers.maskIn(text);
        Stored stored = stored(ticket.id());
        save(ticket.id(), stored.checklistJson(), masked, clerkId);
        return masked == null ? "" : masked;
    }

    private void save(String publicId, @Nullable String checklist, @Nullable String note, long clerkId) {
        jdbc.sql("""
                INSERT INTO visit_record (ticket_id, checklist, note, updated_by, updated_at)
                SELECT id, :checklist, :note, :by, :at FROM ticket WHERE public_id = :ticket
                ON DUPLICATE KEY UPDATE checklist = VALUES(checklist), note = VALUES(note),
                    updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .param("checklist", checklist).param("note", note).param("by", clerkId)
                .param("at", Timestamp.from(clock.instant())).param("ticket", publicId)
                .update();
    }

    private record Stored(Map<String, State> checklist, @Nullable String checklistJson, @Nullable String note) {
    }

    private Stored stored(String publicId) {
        return jdbc.sql("""
                SELECT v.checklist, v.note FROM visit_record v JOIN ticket t ON t.id = v.ticket_id
                WHERE t.public_id = ?""")
                .param(publicId)
                .query((rs, n) -> {
                    String checklist = rs.getString("checklist");
                    Map<String, State> states = checklist == null ? Map.of()
                            : json.readValue(checklist, new TypeReference<LinkedHashMap<String, State>>() { });
                    return new Stored(states, checklist, rs.getString("note"));
                })
                .optional().orElse(new Stored(Map.of(), null, null));
    }

    private record StoredPreApplication(String reference, String status, @Nullable String materials) {
    }

    private Optional<StoredPreApplication> preApplication(String publicId) {
        return jdbc.sql("""
                SELECT p.reference, p.pre_review_status, p.materials FROM pre_application p
                JOIN ticket t ON t.id = p.checked_in_ticket_id WHERE t.public_id = ?""")
                .param(publicId)
                .query((rs, n) -> new StoredPreApplication(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** The portal's list, {@code [{"name": "申请书", "provided": true}, …]}: name → provided online. */
    private Map<String, Boolean> providedOnline(@Nullable String materials) {
        Map<String, Boolean> provided = new LinkedHashMap<>();
        if (materials == null) {
            return provided;
        }
        JsonNode list = json.readTree(materials);
        if (list.isArray()) {
            for (JsonNode item : list) {
                String name = item.isString() ? item.asString() : item.path("name").asString("");
                if (!name.isBlank()) {
                    provided.put(name.strip(), item.path("provided").asBoolean(false));
                }
            }
        }
        return provided;
    }
}
