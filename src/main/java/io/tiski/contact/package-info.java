/**
 * Contact cards: the organisation's address book (names, organisation, address, two e-mails and two
 * phones each with a label), looked up by a customer's phone or e-mail in any spelling (phones as
 * E.164 with the organisation's default country, e-mails without case), and staff notes on each
 * card that only their author changes. Admins always keep cards; agents and supervisors when the
 * organisation allows it; a verified card only admins. Admins also page, sort and search the list
 * (admin/contacts.xhtml), merge duplicates (announced as ContactsMerging, so other components move
 * their rows), erase a card for a data-protection request, export the cards as CSV and import them
 * (checked and previewed first, kept in memory per admin until confirmed, then written in JDBC
 * batches: ContactImports). Links a conversation to its customer's card: a card found under another
 * name than the customer gave is a possible match until staff confirm it, and an unlink is recorded
 * (ConversationContacts). Staff send a card's customer messages by e-mail or SMS (only
 * to the card's own addresses), recorded before they are sent and kept as the card's history; the SMS
 * gateway (kept in Tiski, or the organisation's HTTP service) is an admin setting
 * (admin/messaging.xhtml), reached only at public addresses, its password stored sealed.
 * May call organisation, conversation, audit and platform.
 */
package io.tiski.contact;
