/**
 * Conversation tags: the organisation's list of tags (admins and supervisors create, rename,
 * recolour, retire and restore them) and which tags each conversation carries (any staff of the
 * conversation's organisation adds and removes them, also after the chat ended). A tag is retired,
 * never deleted, so the conversations that carry it keep it. May call conversation, organisation
 * and platform.
 */
package io.tiski.tag;
