/**
 * The screens of the guide feature.
 */
@NullMarked
package org.openhall.kiosk.guide.ui;

import org.jspecify.annotations.NullMarked;
