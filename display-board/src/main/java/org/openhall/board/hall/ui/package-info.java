/**
 * The hall board's Vaadin view and its parts. Updates arrive from the hall's feed on a background
 * thread and are pushed to the browser through {@code UI.access}.
 */
@NullMarked
package org.openhall.board.hall.ui;

import org.jspecify.annotations.NullMarked;
