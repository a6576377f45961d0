package io.tiski.contact.boundary;

/** {@code {"count":1234}} */
public record CountJson(long count) {
}
