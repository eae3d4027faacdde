/**
 * The window screen's Vaadin view. Updates arrive from the hall's feed on a background thread and
 * are pushed to the browser through {@code UI.access}.
 */
@NullMarked
package org.openhall.board.window.ui;

import org.jspecify.annotations.NullMarked;
