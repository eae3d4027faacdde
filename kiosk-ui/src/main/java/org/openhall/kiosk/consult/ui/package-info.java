/** The "ask a question" screen: service, common question, then the live conversation with its QR code. */
@NullMarked
package org.openhall.kiosk.consult.ui;

import org.jspecify.annotations.NullMarked;
