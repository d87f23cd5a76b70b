package org.uglymugs.report.api;

/** The 3x5x2 source evaluation (College of Policing): B is the default for an anonymous source. */
public enum SourceEvaluation {
    /** Reliable. */
    A,
    /** Untested. */
    B,
    /** Not reliable. */
    C
}
