package org.openhall.client.api;

/** Body of {@code POST /api/halls/{hall}/people/lookup}: an 18-character resident ID number. */
public record PersonLookupRequest(String idNumber) {
}
