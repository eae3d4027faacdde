package org.openhall.board.speech;

import java.util.List;

/**
 * One spoken call: a chime, then its utterances in order.
 *
 * @param key          the call it announces (ticket id and call count), see {@link org.openhall.board.feed.Call#key()}
 * @param ticket       the ticket number as shown, e.g. {@code A023}
 * @param windowNumber the window the visitor goes to
 * @param recall       whether the ticket was called before
 * @param utterances   what is said, in order, repeats included
 */
public record Announcement(String key, String ticket, int windowNumber, boolean recall, List<Utterance> utterances) {

    public Announcement {
        utterances = List.copyOf(utterances);
    }

    /** The spoken texts in order, for logs and tests. */
    public List<String> spoken() {
        return utterances.stream().map(Utterance::spoken).toList();
    }

    /**
     * One sentence in one language.
     *
     * @param lang   the BCP 47 tag the browser picks a voice by
     * @param text   the sentence as a person reads it, e.g. "请 A023 号到 5 号窗口办理"
     * @param spoken the same sentence as the speech synthesiser gets it, spelled so that it is read
     *               digit by digit
     * @param voice  the voice's name, empty for the browser's choice
     * @param rate   the speaking rate
     */
    public record Utterance(String lang, String text, String spoken, String voice, double rate) {
    }
}
