package org.uglymugs.subscription.api;

import java.time.LocalDate;

/** What a moderator vetting a subscriber sees: the address and the note, nothing else about the person. */
public record PendingSubscriber(long id, String email, String note, LocalDate confirmedOn) {}
