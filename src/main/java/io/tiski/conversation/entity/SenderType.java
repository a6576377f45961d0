package io.tiski.conversation.entity;

/** Who wrote a message: the customer, a staff member, or Tiski itself ("Agent X joined"). */
public enum SenderType {
    CUSTOMER,
    AGENT,
    SYSTEM
}
