/**
 * Contact cards: the organisation's address book (names, organisation, address, two e-mails and two
 * phones each with a label), looked up by a customer's phone or e-mail in any spelling (phones as
 * E.164 with the organisation's default country, e-mails without case), and staff notes on each
 * card that only their author changes. Admins always keep cards; agents and supervisors when the
 * organisation allows it; a verified card only admins. Messages to a card's customer by e-mail or
 * SMS (only to the card's own addresses), recorded before they are sent and kept as the card's
 * history; the SMS gateway (kept in Tiski, or the organisation's HTTP service) is an admin setting.
 * May call organisation, conversation and platform.
 */
package io.tiski.contact;
