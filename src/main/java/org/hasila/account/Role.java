package org.hasila.account;

/** What a logged-in person may do. Readers need no account: they see published claims only. */
public final class Role {

    /** Enters sources and claims, edits their own drafts. */
    public static final String JOURNALIST = "journalist";
    /** Also publishes, sets status, imports and manages accounts. */
    public static final String EDITOR = "editor";

    private Role() {
    }
}
