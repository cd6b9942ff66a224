package org.hasila.review;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.RequestScoped;

/** The reason an editor gave for the change this request saves; written into its revision. */
@RequestScoped
@Unremovable
public class ChangeReason {

    private String reason;

    public String get() {
        return reason;
    }

    public void set(String reason) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }
}
