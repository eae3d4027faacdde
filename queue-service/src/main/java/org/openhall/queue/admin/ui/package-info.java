/** The administration screens under {@code /admin}, open to admins only. */
@NullMarked
package org.openhall.queue.admin.ui;

import org.jspecify.annotations.NullMarked;
