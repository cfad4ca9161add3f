package id.pita.core.district;

/** Traffic direction, from the client's point of view. */
public enum Direction {
    DOWN, UP
}
