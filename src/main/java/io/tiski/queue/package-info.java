/**
 * Customer queues of an organisation: their settings, open/closed state and the staff who
 * handle them. Routing (who gets which waiting customer) builds on this in its own package.
 * May call organisation and platform.
 */
package io.tiski.queue;
