/**
 * The kiosk's two languages, Simplified Chinese and English: the translations of every text a visitor
 * reads (screens and printed tickets), which language a visit starts in, and switching between them.
 */
@NullMarked
package org.openhall.kiosk.i18n;

import org.jspecify.annotations.NullMarked;
