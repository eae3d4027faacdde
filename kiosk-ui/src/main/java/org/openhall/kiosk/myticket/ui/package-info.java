/**
 * The screens of the myticket feature.
 */
@NullMarked
package org.openhall.kiosk.myticket.ui;

import org.jspecify.annotations.NullMarked;
