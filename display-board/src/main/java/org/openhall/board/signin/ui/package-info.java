/** The sign-in page at {@code /login}, in Chinese and English together. */
@NullMarked
package org.openhall.board.signin.ui;

import org.jspecify.annotations.NullMarked;
