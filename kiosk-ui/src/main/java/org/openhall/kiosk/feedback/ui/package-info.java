/**
 * The screens of the feedback feature.
 */
@NullMarked
package org.openhall.kiosk.feedback.ui;

import org.jspecify.annotations.NullMarked;
