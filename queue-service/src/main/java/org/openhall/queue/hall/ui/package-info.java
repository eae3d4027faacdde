/**
 * What the visitor's pages of every module share: texts in Chinese and English at once.
 */
@NullMarked
@NamedInterface("ui")
package org.openhall.queue.hall.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
