package org.openhall.board.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.openhall.board.feed.BoardState;
import org.openhall.board.feed.Call;

/**
 * Decides what a board says when its hall's state changes: a pure function of the state and of
 * what the same screen has already heard, so that every rule is tested with plain data.
 *
 * <p>Rules: every call a window makes is announced once, a recall (the same ticket, a higher call
 * count) once more; a call already announced on this screen never again, whatever event repeats
 * it. The first loaded state a screen sees announces nothing: those calls were made before the
 * screen was there (a reload, a new screen), and saying them all at once would only confuse.
 * Calls that arrive together are announced oldest first.
 *
 * <p>Spelling: the spoken form of a ticket number is read one character at a time. For Chinese the
 * digits become Chinese numerals ("A023" → "A零二三"), which every Chinese voice reads as digits,
 * where "023" is read "二十三" by some voices; for English the characters are spaced ("A 0 2 3"),
 * read "A zero two three" instead of "A twenty-three". The window number stays a number: "5号窗口"
 * and "window 12" are read as people say them. The written text keeps the number as shown.
 */
public final class Announcements {

    /** How many call keys a screen remembers beyond those its state shows. */
    static final int MAX_HEARD = 500;

    private static final String ZH_DIGITS = "零一二三四五六七八九";

    /** Oldest call first; on the same moment, the lower window first. */
    private static final Comparator<Call> SPOKEN_ORDER = Comparator.comparing(Call::calledAt)
            .thenComparingInt(Call::windowNumber);

    private final SpeechProperties settings;

    public Announcements(SpeechProperties settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        for (String language : settings.languages()) {
            if (!language.matches(SpeechProperties.LANGUAGE)) {
                throw new IllegalArgumentException("no announcement text for language " + language);
            }
        }
    }

    public SpeechProperties settings() {
        return settings;
    }

    /**
     * What one screen has heard: nothing yet ({@link #NOTHING}), or the keys of the calls it has seen,
     * announced or not, bounded by {@link #MAX_HEARD} plus what one state holds.
     *
     * @param primed whether the screen has seen a loaded state
     * @param keys   the {@linkplain Call#key() keys} of the calls heard
     */
    public record Heard(boolean primed, Set<String> keys) {

        public static final Heard NOTHING = new Heard(false, Set.of());

        public Heard {
            keys = Set.copyOf(keys);
        }
    }

    /**
     * What to say after a state change, and what the screen will then have heard.
     *
     * @param announcements in the order to say them
     */
    public record Plan(List<Announcement> announcements, Heard heard) {

        public Plan {
            announcements = List.copyOf(announcements);
        }
    }

    /**
     * The announcements a screen owes for {@code state}, given what it has {@code heard}. A state not
     * yet loaded announces nothing and leaves {@code heard} as it is.
     */
    public Plan plan(Heard heard, BoardState state) {
        if (!state.loaded()) {
            return new Plan(List.of(), heard);
        }
        Set<String> now = new HashSet<>();
        state.calls().forEach(call -> now.add(call.key()));
        state.recent().forEach(call -> now.add(call.key()));
        if (!heard.primed()) {
            return new Plan(List.of(), new Heard(true, now));
        }
        List<Announcement> announcements = state.calls().stream()
                .filter(call -> !call.serving())
                .filter(call -> !heard.keys().contains(call.key()))
                .sorted(SPOKEN_ORDER)
                .map(this::announce)
                .toList();
        // What was heard before is kept too, so that a call that drops out of the state and comes back
        // with the same key (a snapshot loaded after a reconnect) stays quiet; past a bound the old keys
        // go, keeping what the state still shows.
        Set<String> kept = new HashSet<>(now);
        announcements.forEach(a -> kept.add(a.key()));
        if (heard.keys().size() + kept.size() <= MAX_HEARD) {
            kept.addAll(heard.keys());
        }
        return new Plan(announcements, new Heard(true, kept));
    }

    /** The announcement of one call, in the configured languages and repeats. */
    public Announcement announce(Call call) {
        List<Announcement.Utterance> once = new ArrayList<>();
        for (String language : settings.languages()) {
            once.add(utterance(language, call));
        }
        List<Announcement.Utterance> all = new ArrayList<>();
        for (int i = 0; i < settings.repeat(); i++) {
            all.addAll(once);
        }
        return new Announcement(call.key(), call.number(), call.windowNumber(), call.callCount() > 1, all);
    }

    private Announcement.Utterance utterance(String language, Call call) {
        String ticket = call.number();
        int window = call.windowNumber();
        if (isChinese(language)) {
            return new Announcement.Utterance(language, "请 " + ticket + " 号到 " + window + " 号窗口办理",
                    "请 " + spellZh(ticket) + " 号到 " + window + " 号窗口办理",
                    Objects.requireNonNullElse(settings.voiceZh(), ""), settings.rate());
        }
        return new Announcement.Utterance(language, "Ticket " + ticket + ", please go to window " + window,
                "Ticket " + spellEn(ticket) + ", please go to window " + window,
                Objects.requireNonNullElse(settings.voiceEn(), ""), settings.rate());
    }

    private static boolean isChinese(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    /** "A023" → "A零二三": digits as Chinese numerals, read one by one. */
    static String spellZh(String ticket) {
        StringBuilder spoken = new StringBuilder(ticket.length());
        for (char c : ticket.toCharArray()) {
            spoken.append(c >= '0' && c <= '9' ? ZH_DIGITS.charAt(c - '0') : c);
        }
        return spoken.toString();
    }

    /** "A023" → "A 0 2 3": one character at a time. */
    static String spellEn(String ticket) {
        return String.join(" ", ticket.split(""));
    }
}
