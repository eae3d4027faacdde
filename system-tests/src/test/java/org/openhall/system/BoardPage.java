package org.openhall.system;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Instruments a hall board page before its own scripts run (Chrome DevTools
 * {@code Page.addScriptToEvaluateOnNewDocument}): a MutationObserver notes, with {@code Date.now()},
 * when each ticket number first shows in a call row or a last-calls row and how many rows showed it at
 * once at most; optionally a fake {@code window.speechSynthesis} records every utterance (text, start,
 * end), ends each after {@value #UTTERANCE_MS} ms, and records every {@code cancel()}.
 */
final class BoardPage {

    static final int UTTERANCE_MS = 300;

    /** {@code window.__seen[number]}: first shown (ms); {@code window.__most[number]}: most rows at once. */
    static final String OBSERVER = """
            (() => {
              const seen = {}, most = {};
              window.__seen = seen; window.__most = most;
              const scan = () => {
                const counts = {};
                document.querySelectorAll('.call-ticket, .recent-ticket').forEach(e => {
                  const t = (e.textContent || '').trim();
                  if (t) counts[t] = (counts[t] || 0) + 1;
                });
                const now = Date.now();
                for (const t in counts) {
                  if (!(t in seen)) seen[t] = now;
                  most[t] = Math.max(most[t] || 0, counts[t]);
                }
              };
              new MutationObserver(scan).observe(document, { subtree: true, childList: true, characterData: true });
            })();
            """;

    static final String FAKE_SPEECH = """
            (() => {
              const log = [], cancels = [], queue = [];
              let current = null;
              const next = () => {
                if (current || !queue.length) return;
                const u = queue.shift();
                current = u;
                const entry = { text: String(u.text), lang: String(u.lang || ''), start: Date.now(), end: 0 };
                log.push(entry);
                setTimeout(() => {
                  entry.end = Date.now();
                  current = null;
                  try { if (u.onend) u.onend(new Event('end')); } catch (e) { /* the page's handler */ }
                  next();
                }, %d);
              };
              const fake = {
                get speaking() { return current !== null; },
                get pending() { return queue.length > 0; },
                paused: false,
                onvoiceschanged: null,
                speak(u) { queue.push(u); next(); },
                cancel() { cancels.push(Date.now()); queue.length = 0; },
                pause() {}, resume() {},
                getVoices() { return []; },
                addEventListener() {}, removeEventListener() {}, dispatchEvent() { return true; }
              };
              Object.defineProperty(window, 'speechSynthesis', { get: () => fake, configurable: true });
              window.__speech = { log, cancels };
            })();
            """.formatted(UTTERANCE_MS);

    private BoardPage() {
    }

    /** Installs the observer (and the fake voice) for every page {@code driver} opens from now on. */
    static void instrument(ChromeDriver driver, boolean fakeSpeech) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVER));
        if (fakeSpeech) {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", FAKE_SPEECH));
        }
    }

    /** When {@code number} first showed on the page ({@code Date.now()}), or null if it has not. */
    static Long firstSeen(ChromeDriver driver, String number) {
        Object at = driver.executeScript("return window.__seen ? window.__seen[arguments[0]] : null;", number);
        return at == null ? null : ((Number) at).longValue();
    }

    /** The most rows that showed {@code number} at the same moment. */
    static long mostRowsAtOnce(ChromeDriver driver, String number) {
        Object most = driver.executeScript("return (window.__most && window.__most[arguments[0]]) || 0;", number);
        return ((Number) most).longValue();
    }

    /** One utterance the fake voice said. */
    record Spoken(String text, String lang, long start, long end) {
    }

    /** What the fake voice has said so far, in order, without the silent unlocking utterance. */
    @SuppressWarnings("unchecked")
    static List<Spoken> spoken(ChromeDriver driver) {
        List<Map<String, Object>> log = (List<Map<String, Object>>) driver.executeScript(
                "return window.__speech ? window.__speech.log : [];");
        return log.stream()
                .map(e -> new Spoken((String) e.get("text"), (String) e.get("lang"), ((Number) e.get("start")).longValue(),
                        ((Number) e.get("end")).longValue()))
                .filter(s -> !s.text().isBlank())
                .toList();
    }

    /** How many times the page called {@code speechSynthesis.cancel()}. */
    static long cancels(ChromeDriver driver) {
        return ((Number) driver.executeScript("return window.__speech ? window.__speech.cancels.length : -1;")).longValue();
    }

    /** Whether the page's announcement queue has nothing left to say. */
    static boolean speechIdle(ChromeDriver driver) {
        return Boolean.TRUE.equals(driver.executeScript(
                "const s = window.openhallSpeech; return !!s && !s.busy() && s.pending() === 0;"));
    }

    /** What the board says for a call, in Chinese then English (see display-board's Announcements). */
    static List<String> announcement(String number, int window) {
        StringBuilder zh = new StringBuilder();
        for (char c : number.toCharArray()) {
            zh.append(c >= '0' && c <= '9' ? "零一二三四五六七八九".charAt(c - '0') : c);
        }
        return List.of("请 " + zh + " 号到 " + window + " 号窗口办理",
                "Ticket " + String.join(" ", number.split("")) + ", please go to window " + window);
    }
}
