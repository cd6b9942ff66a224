package org.hasila.account;

import io.quarkus.qute.TemplateExtension;
import org.hasila.web.AccountMessages;
import org.hasila.web.Languages;

/** What a logged-in person may do. Readers need no account: they see published claims only. */
public final class Role {

    /** Enters sources and claims, edits their own drafts. */
    public static final String JOURNALIST = "journalist";
    /** Also publishes, sets status, imports and manages accounts. */
    public static final String EDITOR = "editor";

    private Role() {
    }

    /**
     * {@code {account.roleLabel}} in templates. Roles are strings, as {@code @RolesAllowed} needs them, so the switch
     * cannot be checked whole: a role without a label fails here, at the first page that shows it.
     */
    @TemplateExtension
    static String roleLabel(Account account, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        AccountMessages words = Languages.forTemplate(AccountMessages.class, locale);
        return switch (account.role) {
            case JOURNALIST -> words.role_journalist();
            case EDITOR -> words.role_editor();
            default -> throw new IllegalStateException("The role " + account.role + " has no label");
        };
    }
}
