package org.openhall.board.speech;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openhall.board.feed.BoardState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The voice of a hall board. Given every state of the board's hall, it has the browser say the calls
 * the {@link Announcements} planner picks: it installs the player once per page and hands it each
 * announcement with {@code window.openhallSpeech.enqueue}.
 *
 * <p>Browsers keep a page silent until someone touches it. Until the page reports that it may play
 * sound, a small button asks for that touch (any tap on the page does as well); a screen started
 * with Chromium's {@code --autoplay-policy=no-user-gesture-required} reports it at once and never
 * shows the button. Nothing shows when speech is turned off.
 */
public final class SpeechControl extends Div {

    /** The enqueue call, as the page receives it. */
    public static final String ENQUEUE = "window.openhallSpeech.enqueue($0)";

    private static final Logger log = LoggerFactory.getLogger(SpeechControl.class);
    private static final String PLAYER = loadPlayer();

    private final Announcements announcements;
    private final NativeButton enable = new NativeButton();
    private Announcements.Heard heard = Announcements.Heard.NOTHING;
    private boolean audioReady;

    public SpeechControl(Announcements announcements) {
        this.announcements = announcements;
        addClassName("speech-control");
        enable.addClassName("speech-enable");
        Span zh = new Span("点击启用语音");
        zh.addClassName("zh");
        Span en = new Span("Tap to enable sound");
        en.addClassName("en");
        enable.add(zh, en);
        enable.getElement().setAttribute("aria-label", "点击启用语音 / Tap to enable sound");
        add(enable);
        setVisible(announcements.settings().enabled());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (announcements.settings().enabled()) {
            // Installs the player unless the page has it already; then tells it about this element.
            getElement().executeJs(PLAYER, enable.getElement());
        }
    }

    /**
     * Announces what {@code state} brings that this screen has not heard yet; see {@link Announcements}.
     * Must run in the UI's session (inside {@code UI.access}).
     *
     * @return what it has the browser say, in order
     */
    public List<Announcement> announce(BoardState state) {
        Announcements.Plan plan = announcements.plan(heard, state);
        heard = plan.heard();
        List<Announcement> items = plan.announcements();
        if (items.isEmpty() || !announcements.settings().enabled()) {
            return List.of();
        }
        getUI().ifPresent(ui -> ui.getPage().executeJs(ENQUEUE, toJson(items)));
        items.forEach(a -> log.debug("Hall {}: announcing ticket {} to window {}{}", state.hall(), a.ticket(),
                a.windowNumber(), a.recall() ? " (recall)" : ""));
        return items;
    }

    /** Starts over, as a new screen: the next loaded state is heard, not said (the board shows another hall). */
    public void forget() {
        heard = Announcements.Heard.NOTHING;
    }

    /** Called by the page when it may, or may no longer, play sound. */
    @ClientCallable
    void audioState(boolean ready) {
        audioReady = ready;
        enable.setVisible(!ready);
    }

    /** Whether the page has said it can play sound. */
    public boolean audioReady() {
        return audioReady;
    }

    /** Whether the "tap to enable sound" button shows. */
    public boolean asksForSound() {
        return isVisible() && enable.isVisible();
    }

    static ArrayNode toJson(List<Announcement> items) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode array = json.arrayNode();
        for (Announcement item : items) {
            ObjectNode node = array.addObject();
            node.put("key", item.key());
            node.put("ticket", item.ticket());
            node.put("window", item.windowNumber());
            node.put("recall", item.recall());
            ArrayNode utterances = node.putArray("utterances");
            for (Announcement.Utterance u : item.utterances()) {
                utterances.addObject()
                        .put("lang", u.lang())
                        .put("text", u.spoken())
                        .put("voice", u.voice())
                        .put("rate", u.rate());
            }
        }
        return array;
    }

    private static String loadPlayer() {
        try (InputStream in = SpeechControl.class.getResourceAsStream("speech.js")) {
            if (in == null) {
                throw new IllegalStateException("speech.js missing next to " + SpeechControl.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
