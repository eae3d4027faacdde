/**
 * Spoken calls on a hall board: which calls to announce and what to say ({@link
 * org.openhall.board.speech.Announcements}, a pure planner over board states), and the part of
 * a board's page that plays them ({@link org.openhall.board.speech.SpeechControl}): a chime, then
 * the call through the browser's own speech synthesis, one announcement after another, never cut
 * off. It reads the hall's state from the feed module and owns nothing else.
 */
@NullMarked
package org.openhall.board.speech;

import org.jspecify.annotations.NullMarked;
