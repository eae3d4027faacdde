/**
 * Administration of the installation by its admins: a hall's services (with guides, prefixes,
 * quotas and wait thresholds), windows (services and weights, restrictions), settings (zone, day
 * start, opening hours, holidays, call policy), and the staff accounts. Every change is checked on
 * the server, applies at once (the catalog is read from the database on every request), and is
 * audited in the same transaction, with who made it, from where and what changed.
 */
@NullMarked
package org.openhall.queue.admin;

import org.jspecify.annotations.NullMarked;
