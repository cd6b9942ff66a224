package org.hasila.kernel;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link Slugged} enumeration as its slug, which the database checks. */
public abstract class SlugConverter<E extends Enum<E> & Slugged> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected SlugConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.slug();
    }

    @Override
    public E convertToEntityAttribute(String slug) {
        return slug == null ? null : Slugged.fromSlug(type, slug);
    }
}
