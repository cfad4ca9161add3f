package id.pita.core.alert;

/** What an alert is about. */
public enum AlertKind {
    GATEWAY_SILENT, AUTH_WITHOUT_ACCOUNTING, COA_FAILING, POOL_SATURATED, CALENDAR_UNSETTLED, BOOST_WAITING,
    BACKUP_FAILED, DISK_NEARLY_FULL
}
