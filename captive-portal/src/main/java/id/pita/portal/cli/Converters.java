package id.pita.portal.cli;

import id.pita.core.config.Units;
import id.pita.core.plan.Lang;
import id.pita.core.plan.PlanCommand;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine;

/** Flag values in core's one grammar ({@link Units}), with the reason in the chosen language. */
final class Converters {
    private Converters() {
    }

    static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
        private final Context context;

        LangConverter(Context context) {
            this.context = context;
        }

        @Override
        public Lang convert(String value) {
            var lang = Lang.parse(value);
            if (lang == null) {
                throw new CommandLine.TypeConversionException(context.pick("harus id atau en (bukan '" + value + "')",
                        "must be id or en (not '" + value + "')"));
            }
            return lang;
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<PlanCommand.Format> {
        private final Context context;

        FormatConverter(Context context) {
            this.context = context;
        }

        @Override
        public PlanCommand.Format convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "table" -> PlanCommand.Format.TABLE;
                case "csv" -> PlanCommand.Format.CSV;
                default -> throw new CommandLine.TypeConversionException(context.pick(
                        "harus table atau csv (bukan '" + value + "')", "must be table or csv (not '" + value + "')"));
            };
        }
    }

    /** {@code 500ms}, {@code 30s}, {@code 1h30m}, {@code 2d}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private final Context context;

        DurationConverter(Context context) {
            this.context = context;
        }

        @Override
        public Duration convert(String value) {
            try {
                return Units.duration(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(context.pick("bukan durasi: '" + value
                        + "' (tulis seperti 500ms, 30s, 15m, 1h30m atau 2d)", e.getMessage()));
            }
        }
    }

    /** A rate in bit/s: {@code 2M}, {@code 512k}, {@code 1.5 Mbps}. */
    static final class RateConverter implements CommandLine.ITypeConverter<Long> {
        private final Context context;

        RateConverter(Context context) {
            this.context = context;
        }

        @Override
        public Long convert(String value) {
            try {
                return Units.rate(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(context.pick("bukan laju: '" + value
                        + "' (tulis bit/s seperti 512k, 100M, 1G atau 1.5 Mbps)", e.getMessage()));
            }
        }
    }
}
