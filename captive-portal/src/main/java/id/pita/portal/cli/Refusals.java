package id.pita.portal.cli;

/** Which failures are refusals for safety (exit code 3) rather than faults. */
final class Refusals {
    private Refusals() {
    }

    static boolean isRefusal(Throwable t) {
        for (var c = t; c != null; c = c.getCause()) {
            if (c instanceof Failures.Refused || c.getClass().getSimpleName().equals("StoreInUseException")
                    || c.getClass().getSimpleName().equals("SchemaTooNewException")) {
                return true;
            }
        }
        return false;
    }
}
