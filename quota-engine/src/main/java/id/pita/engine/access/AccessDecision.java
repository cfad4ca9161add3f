package id.pita.engine.access;

/** Accept with a rate, or reject with a Reply-Message in Bahasa Indonesia (English kept for logs/API). */
public sealed interface AccessDecision {
    /**
     * @param messageId Reply-Message in Bahasa Indonesia, or empty (e.g. "Kuota harian Anda sudah habis. Kecepatan
     *                  dibatasi ...")
     * @param messageEn the same in English, or empty
     */
    record Accept(RateReply reply, String messageId, String messageEn) implements AccessDecision {
        public Accept {
            messageId = messageId == null ? "" : messageId;
            messageEn = messageEn == null ? "" : messageEn;
        }

        public Accept(RateReply reply) {
            this(reply, "", "");
        }
    }

    /**
     * @param reason     a stable code for metrics and logs, e.g. {@code quota-exhausted}, {@code hotspot-closed}
     * @param messageId  Reply-Message text in Bahasa Indonesia ("Kuota harian Anda sudah habis")
     * @param messageEn  the same in English
     */
    record Reject(String reason, String messageId, String messageEn) implements AccessDecision {
    }
}
