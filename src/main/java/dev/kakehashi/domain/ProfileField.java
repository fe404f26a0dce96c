package dev.kakehashi.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One of an author's profile fields (Mastodon's "name: value" rows), as typed. */
@Embeddable
public class ProfileField {
    @Column(nullable = false)
    private String name;

    @Column(name = "field_value", nullable = false)
    private String value;

    protected ProfileField() {}

    public ProfileField(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
