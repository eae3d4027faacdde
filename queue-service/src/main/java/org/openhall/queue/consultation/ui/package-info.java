/**
 * The consultation screens: a visitor's question page and their conversation's live page, public
 * and for a phone first, in Chinese and English at once; and the staff desk where consultants take
 * and answer the hall's conversations.
 */
@NullMarked
package org.openhall.queue.consultation.ui;

import org.jspecify.annotations.NullMarked;
