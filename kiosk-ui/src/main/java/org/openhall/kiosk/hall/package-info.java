/**
 * The hall this kiosk stands in, as queue-service describes it: its name, time zone and the catalog of
 * services a visitor can take a ticket for. The kiosk keeps only the last answer it got, so that a
 * printed ticket and the screen header still carry the hall's name while queue-service is briefly away.
 */
@NullMarked
package org.openhall.kiosk.hall;

import org.jspecify.annotations.NullMarked;
