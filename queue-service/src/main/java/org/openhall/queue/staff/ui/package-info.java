/**
 * The staff console's screens: choosing a window and working at it. {@link SignedInBar}, the top
 * right of every staff page, is offered to the other modules' staff pages.
 */
@NullMarked
@NamedInterface("ui")
package org.openhall.queue.staff.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
