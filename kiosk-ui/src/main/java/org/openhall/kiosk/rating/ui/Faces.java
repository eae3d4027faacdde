package org.openhall.kiosk.rating.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The face drawn on each level's button, as an SVG image: a broad smile for very satisfied down to a
 * deep frown for very dissatisfied, green to red. Drawn here rather than as emoji, which a kiosk's fonts
 * may lack.
 */
final class Faces {

    private Faces() {
    }

    /** A {@code data:} URL of the face for {@code level} (1 to 5). */
    static String dataUrl(int level) {
        String colour = switch (level) {
            case 5 -> "#2e7d32";
            case 4 -> "#7cb342";
            case 3 -> "#f9a825";
            case 2 -> "#ef6c00";
            default -> "#c62828";
        };
        String mouth = switch (level) {
            case 5 -> "M27 60 Q50 88 73 60";
            case 4 -> "M30 63 Q50 78 70 63";
            case 3 -> "M31 68 L69 68";
            case 2 -> "M30 73 Q50 60 70 73";
            default -> "M27 78 Q50 52 73 78";
        };
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">\
                <circle cx="50" cy="50" r="46" fill="%s"/>\
                <circle cx="35" cy="40" r="6" fill="#16202e"/><circle cx="65" cy="40" r="6" fill="#16202e"/>\
                <path d="%s" fill="none" stroke="#16202e" stroke-width="6" stroke-linecap="round"/></svg>"""
                .formatted(colour, mouth);
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }
}
