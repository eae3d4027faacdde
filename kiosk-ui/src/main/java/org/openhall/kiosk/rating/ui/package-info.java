/**
 * The screens of the rating feature.
 */
@NullMarked
package org.openhall.kiosk.rating.ui;

import org.jspecify.annotations.NullMarked;
