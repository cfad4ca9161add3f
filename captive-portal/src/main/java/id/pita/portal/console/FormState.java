package id.pita.portal.console;

import id.pita.core.InvalidValueException;

/** A rejected submission: the values as typed and the error naming the field, for re-rendering the form. */
public record FormState(String form, Fields submitted, InvalidValueException error) {
    public boolean isBad(String form, String field) {
        return this.form.equals(form) && error.field().equals(field);
    }
}
