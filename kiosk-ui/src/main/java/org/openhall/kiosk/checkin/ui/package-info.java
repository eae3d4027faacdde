/**
 * The screens of the checkin feature.
 */
@NullMarked
package org.openhall.kiosk.checkin.ui;

import org.jspecify.annotations.NullMarked;
