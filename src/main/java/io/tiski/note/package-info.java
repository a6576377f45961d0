/**
 * Notes staff keep on a conversation: what the next agent should know ("promised a call-back on
 * Monday"). Staff of the conversation's organisation read and add them; customers never see them.
 */
package io.tiski.note;
