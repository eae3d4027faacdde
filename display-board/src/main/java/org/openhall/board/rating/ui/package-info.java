/**
 * The rating screen's Vaadin view. Completions arrive from the hall's feed on a background thread
 * and timeouts from the task scheduler; both reach the view through {@code UI.access}.
 */
@NullMarked
package org.openhall.board.rating.ui;

import org.jspecify.annotations.NullMarked;
