/**
 * The frame every kiosk screen shares: the layout with the hall's name, a clock and the language
 * switch; the home screen a visitor meets first; the once-a-second heartbeat behind clocks and
 * countdowns; and the end of a visit, which brings the kiosk back home in its default language.
 * Screens of other features find each other through {@link org.openhall.kiosk.shell.KioskRoutes}.
 */
@NullMarked
package org.openhall.kiosk.shell;

import org.jspecify.annotations.NullMarked;
