package org.uglymugs.moderation.pii;

/**
 * One thing in a draft that looks identifying. {@code field} is the draft field name given by the
 * caller (e.g. "title", "summary", "description"); {@code excerpt} is the matched text as it
 * appears in the draft.
 */
public record PiiFlag(String field, PiiKind kind, String excerpt) {}
