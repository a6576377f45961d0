/**
 * Contact cards: the organisation's address book (names, organisation, address, two e-mails and two
 * phones each with a label), looked up by a customer's phone or e-mail in any spelling (phones as
 * E.164 with the organisation's default country, e-mails without case), and staff notes on each
 * card that only their author changes. Admins always keep cards; agents and supervisors when the
 * organisation allows it; a verified card only admins. Admins also page, sort and search the list
 * (admin/contacts.xhtml), merge duplicates (announced as ContactsMerging, so other components move
 * their rows), erase a card for a data-protection request and export the cards as CSV. May call
 * organisation, audit and platform.
 */
package io.tiski.contact;
