package id.pita.engine.access;

/** Checks a candidate clear-text password against what the request proved (PAP or CHAP). */
@FunctionalInterface
public interface PasswordCheck {
    boolean matches(String cleartext);
}
