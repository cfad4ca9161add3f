package id.pita.portal.citizen.opennds;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The accept form of Pita's splash page as a browser submits it: the form's action, its hidden fields and its
 * ticked checkbox, so the test follows what the HTML says rather than knowing the field names.
 */
public record SplashForm(String method, String action, Map<String, String> fields) {
    private static final Pattern FORM = Pattern.compile("<form method=\"([a-z]+)\" action=\"([^\"]*)\">(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");
    private static final Pattern CHECKBOX = Pattern.compile(
            "<input type=\"checkbox\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    public static SplashForm parse(String html) {
        var form = FORM.matcher(html);
        if (!form.find()) {
            throw new AssertionError("no form in the splash page:\n" + html);
        }
        var fields = new LinkedHashMap<String, String>();
        var hidden = HIDDEN.matcher(form.group(3));
        while (hidden.find()) {
            fields.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        var box = CHECKBOX.matcher(form.group(3));
        while (box.find()) {
            fields.put(unescape(box.group(1)), unescape(box.group(2)));
        }
        return new SplashForm(form.group(1), unescape(form.group(2)), fields);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
