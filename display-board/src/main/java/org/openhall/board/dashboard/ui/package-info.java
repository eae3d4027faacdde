/**
 * The dashboard's Vaadin view for a manager's 1920×1080 monitor. Updates arrive from the hall's
 * stats refresher on a background thread and are pushed to the browser through {@code UI.access}.
 */
@NullMarked
package org.openhall.board.dashboard.ui;

import org.jspecify.annotations.NullMarked;
