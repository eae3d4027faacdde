/** The public web page for complaints and suggestions, and for following them up. */
@NullMarked
package org.openhall.queue.feedback.ui;

import org.jspecify.annotations.NullMarked;
