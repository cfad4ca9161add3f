package id.pita.core.district;

/** An OPD, kecamatan office, puskesmas, school or hospital; or a public hotspot (park, square, market). */
public enum SiteKind {
    OFFICE, HOTSPOT
}
