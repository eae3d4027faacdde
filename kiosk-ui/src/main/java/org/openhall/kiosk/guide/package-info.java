/**
 * The service guide: what each service of the hall needs (materials, steps, legal time limit, fee, whether
 * it can be pre-applied online), browsed by category and printed on request.
 */
@NullMarked
package org.openhall.kiosk.guide;

import org.jspecify.annotations.NullMarked;
