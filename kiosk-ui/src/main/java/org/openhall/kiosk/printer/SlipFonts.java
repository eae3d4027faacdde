package org.openhall.kiosk.printer;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The typeface for slips: one that draws Chinese. Noto Sans CJK SC when installed (Debian's
 * {@code fonts-noto-cjk}), else another common CJK face, else Java's logical sans-serif font, which
 * draws Chinese only where the system maps it to a CJK font.
 */
final class SlipFonts {

    private static final Logger log = LoggerFactory.getLogger(SlipFonts.class);

    private static final List<String> PREFERRED = List.of(
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC");

    private final String family;

    SlipFonts() {
        var installed = Arrays.asList(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        this.family = PREFERRED.stream().filter(installed::contains).findFirst().orElseGet(() -> {
            log.warn("No CJK font found (install fonts-noto-cjk); Chinese on printed tickets may not show");
            return Font.SANS_SERIF;
        });
        log.info("Ticket slips use the font '{}'", family);
    }

    String family() {
        return family;
    }

    Font plain(float size) {
        return new Font(family, Font.PLAIN, 1).deriveFont(size);
    }

    Font bold(float size) {
        return new Font(family, Font.BOLD, 1).deriveFont(size);
    }
}
