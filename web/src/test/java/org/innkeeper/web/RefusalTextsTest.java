package org.innkeeper.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.web.faces.FacesMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every refusal a service can give has its text in both languages, so the Russian desk never shows the
 * service's English sentence: each kind and field thrown in the ejb module is found in its source, and
 * the bundle has a key for it the way {@link FacesMessages#error(DomainException)} looks it up.
 */
class RefusalTextsTest {

    private static final Path EJB = Path.of("../ejb/src/main/java");

    /** Where a refusal is made, and how its constructor takes kind, field (and for not-found, the thing). */
    private static final Pattern THROW = Pattern.compile(
            "new (StateConflictException|InvalidValueException|NotFoundException)\\s*\\(|\\bsuper\\s*\\(");
    private static final Pattern SUBCLASS = Pattern.compile(
            "class \\w+ extends (DomainException|StateConflictException|InvalidValueException|NotFoundException)\\b");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * Methods that take the name of the field they refuse and pass it on to an InvalidValueException
     * (their throw sites use the parameter {@code field}): the literal fields their callers give.
     */
    private static final List<Pattern> FIELD_ARGUMENTS = List.of(
            Pattern.compile("(?:\\b(?:FreeText\\.lines?|CardNumbers\\.refuseIn|PersonNames\\.required|PersonalData\\.(?:name|nationality)"
                    + "|NewPassword\\.of)|(?<![.\\w])(?:required|optional|within|csat))\\(\\s*\"([^\"]+)\""),
            Pattern.compile("\\bEnums\\.parse\\(\\s*\\w+\\.class\\s*,\\s*\"([^\"]+)\""),
            // RatePolicies.percent/feePercent, OutboxMessage.required, DefaultSetupService.parse,
            // DefaultReservationService.roomType/ratePlan: the field is the last (or for required, the second) argument
            Pattern.compile("[^.\\w](?:percent|feePercent|parse|roomType|ratePlan)\\([^;\"]*,\\s*\"([^\"]+)\"\\)"),
            Pattern.compile("[^.\\w]required\\(\\s*\\w+\\s*,\\s*\"([^\"]+)\"\\s*,"));

    /**
     * Kinds and fields that are not written as a literal where the refusal is made: file, the expression
     * (spaces as in the source collapsed), and the values it can take, read off the code. A new such site
     * fails this test until it is listed here.
     */
    private static final Map<String, List<String>> COMPUTED = Map.ofEntries(
            // requireStatus(): the complaint is in another status than the action needs
            entry("Complaint.java: \"complaint-\" + status.name().toLowerCase(java.util.Locale.ROOT)",
                    List.of("complaint-open", "complaint-resolved", "complaint-closed")),
            // the first restriction that refused the sale: the codes of new SaleRefusal(...), scanned below
            entry("SaleRefusedException.java: refusals.get(0).code()", List.of()),
            // a group booking: a room's field gets its position in front, "rooms[1].adults"
            entry("DefaultReservationService.java: e.field() != null && e.field().startsWith(\"rooms[\") ? e.field() : field + e.field()",
                    List.of("rooms[0].roomType", "rooms[0].ratePlan", "rooms[0].adults", "rooms[0].children")),
            // a preference of the guest profile that is not a room feature
            entry("DefaultGuestService.java: \"preferences[\" + i + \"]\"", List.of("preferences[0]")),
            // a companion at check-in: CheckInBean shows these as arrival.error.companion.<field>, with the number
            entry("PersonalData.java: field + \".birthDate\"", List.of("companions[0].birthDate")),
            entry("PersonalData.java: field", List.of("companions[0].firstName", "companions[0].lastName",
                    "companions[0].nationality")),
            // parameters of the methods in FIELD_ARGUMENTS: their callers' literals are scanned
            entry("CardNumbers.java: field", List.of()),
            entry("PersonNames.java: field", List.of()),
            entry("FreeText.java: field", List.of()),
            entry("RatePolicies.java: field", List.of()),
            entry("HotelSettings.java: field", List.of()),
            entry("OutboxMessage.java: field", List.of()),
            entry("SurveyAnswers.java: field", List.of()),
            entry("NewPassword.java: field", List.of()),
            entry("Enums.java: field", List.of()),
            entry("Guest.java: field", List.of()),
            entry("DefaultSetupService.java: field", List.of()),
            entry("DefaultReservationService.java: field", List.of()));
    /** The refusals every other one is made of: their own constructors pass kind and field on. */
    private static final Set<String> BASES = Set.of("DomainException.java", "StateConflictException.java",
            "InvalidValueException.java", "NotFoundException.java");

    private static final Pattern SALE_REFUSAL = Pattern.compile("new SaleRefusal\\(\\s*\"([^\"]+)\"");

    private static Properties en;
    private static Properties ru;
    /** Every refusal found, as kind and field (the field may be null). */
    private static final Set<List<String>> refusals = new TreeSet<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
    private static final Set<String> unexplained = new TreeSet<>();

    @BeforeAll
    static void readTheServices() throws IOException {
        en = load("messages.properties");
        ru = load("messages_ru.properties");
        List<String> helperFields = new ArrayList<>();
        List<String> saleCodes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EJB)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                String name = file.getFileName().toString();
                scan(name, source);
                for (Pattern p : FIELD_ARGUMENTS) {
                    Matcher m = p.matcher(source);
                    while (m.find()) {
                        helperFields.add(m.group(1));
                    }
                }
                Matcher m = SALE_REFUSAL.matcher(source);
                while (m.find()) {
                    saleCodes.add(m.group(1));
                }
            }
        }
        helperFields.forEach(f -> refusals.add(List.of("invalid-value", f)));
        saleCodes.forEach(c -> refusals.add(List.of(c, "arrival")));
    }

    private static void scan(String name, String source) {
        Matcher sub = SUBCLASS.matcher(source);
        String parent = sub.find() ? sub.group(1) : null;
        Matcher m = THROW.matcher(source);
        while (m.find()) {
            String made = m.group(1) != null ? m.group(1) : parent;
            if (made == null || m.group(1) == null && BASES.contains(name)) {
                continue; // super(...) of a class that is no refusal, or of a base class
            }
            List<String> args = arguments(source, m.end());
            switch (made) {
                case "StateConflictException" -> {
                    for (String kind : values(name, source, args.get(0))) {
                        for (String field : args.size() == 3 ? values(name, source, args.get(1)) : nothing()) {
                            refusals.add(pair(kind, field));
                        }
                    }
                }
                case "DomainException" -> {
                    for (String kind : values(name, source, args.get(0))) {
                        for (String field : values(name, source, args.get(1))) {
                            refusals.add(pair(kind, field));
                        }
                    }
                }
                case "InvalidValueException" ->
                        values(name, source, args.get(0)).forEach(f -> refusals.add(pair("invalid-value", f)));
                // the kind of thing not found ("Room move") is what FacesMessages reads the field from
                case "NotFoundException" ->
                        values(name, source, args.get(0)).forEach(what -> refusals.add(pair("not-found", what)));
                default -> throw new IllegalStateException(made);
            }
        }
    }

    /** The values an argument can take: a literal, a constant of the file, the literals of a choice (a ? "x" : "y"), or COMPUTED. */
    private static List<String> values(String file, String source, String argument) {
        String expression = argument.strip().replaceAll("\\s+", " ");
        if (expression.equals("null")) {
            return nothing();
        }
        Matcher literal = LITERAL.matcher(expression);
        if (literal.matches()) {
            return List.of(literal.group(1));
        }
        if (expression.matches("[A-Z_][A-Z0-9_]*")) {
            Matcher constant = Pattern.compile("\\b" + expression + "\\s*=\\s*\"([^\"]*)\"").matcher(source);
            if (constant.find()) {
                return List.of(constant.group(1));
            }
        }
        if (expression.contains("?") && !expression.contains("+")) {
            List<String> choices = new ArrayList<>();
            Matcher each = Pattern.compile("[?:]\\s*\"([^\"]*)\"").matcher(expression);
            while (each.find()) {
                choices.add(each.group(1));
            }
            if (!choices.isEmpty()) {
                return choices;
            }
        }
        List<String> computed = COMPUTED.get(file + ": " + expression);
        if (computed == null) {
            unexplained.add(file + ": " + expression);
            return List.of();
        }
        return computed;
    }

    /** The arguments of the call whose parenthesis opens just before {@code from}, split at its own commas. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; source.charAt(i) != c; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')' || (c == ',' && depth == 0)) {
                args.add(source.substring(start, i));
                start = i + 1;
                if (c == ')') {
                    return args;
                }
            }
        }
        throw new IllegalStateException("unclosed call at " + from);
    }

    private static List<String> nothing() {
        List<String> none = new ArrayList<>();
        none.add(null);
        return none;
    }

    private static List<String> pair(String kind, String field) {
        List<String> pair = new ArrayList<>();
        pair.add(kind);
        pair.add(field);
        return pair;
    }

    /** The refusal as the service makes it; for not-found the "field" is the kind of thing not found. */
    private static DomainException refusal(String kind, String field) {
        if ("not-found".equals(kind)) {
            return new NotFoundException(field, "1");
        }
        return new DomainException(kind, field, "an English sentence") { };
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RefusalTextsTest.class.getResourceAsStream("/org/innkeeper/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void theServicesWereRead() {
        assertThat(refusals).hasSizeGreaterThan(150)
                .contains(List.of("invalid-value", "arrival"), List.of("not-found", "Room move"),
                        Arrays.asList("complaint-open", null), List.of("min-stay", "arrival"),
                        List.of("invalid-value", "cancellationFeePercent"), List.of("invalid-value", "guest.firstName"));
    }

    @Test
    void everyKindOrFieldThatIsNoLiteralIsListed() {
        assertThat(unexplained).as("list the values of these in COMPUTED").isEmpty();
    }

    @Test
    void everyRefusalHasItsTextInBothLanguages() {
        Set<String> missing = new TreeSet<>();
        for (List<String> r : refusals) {
            String kind = r.get(0);
            String field = r.get(1);
            Matcher companion = field == null ? null : Pattern.compile("companions\\[\\d+]\\.(\\w+)").matcher(field);
            if (companion != null && companion.matches()) {
                // CheckInBean says which companion: arrival.error.companion.<field>, else arrival.error.companion
                String key = "arrival.error.companion." + companion.group(1);
                if (!en.containsKey(key) || !ru.containsKey(key)) {
                    missing.add(key);
                }
                continue;
            }
            List<String> keys = FacesMessages.keys(refusal(kind, field));
            // a kind or field that has a text of its own; the general error.invalid-value and error.not-found
            // only put the English sentence after a prefix
            List<String> own = keys.stream()
                    .filter(k -> !k.equals("error.invalid-value") && !k.equals("error.not-found")).toList();
            if (own.stream().noneMatch(k -> en.containsKey(k) && ru.containsKey(k))) {
                missing.add(keys.get(0));
            }
        }
        assertThat(missing).as("refusals without a text in messages.properties and messages_ru.properties").isEmpty();
    }

    /**
     * The desk formats a refusal's text with the service's English sentence as {0}: on the Russian desk no
     * refusal text uses it. Only the general error.invalid-value and error.not-found do, for a refusal this
     * test does not know, and error.date, whose {0} is what the clerk typed.
     */
    @Test
    void russianRefusalTextsDoNotShowTheEnglishSentence() {
        Set<String> general = Set.of("error.invalid-value", "error.not-found", "error.date");
        Set<String> english = new TreeSet<>();
        for (String k : ru.stringPropertyNames()) {
            if (k.startsWith("error.") && !general.contains(k) && ru.getProperty(k).contains("{0}")) {
                english.add(k);
            }
        }
        assertThat(english).isEmpty();
    }

    /** A text without placeholders is shown as written, so it writes an apostrophe once. */
    @Test
    void textsWithoutPlaceholdersWriteApostrophesOnce() {
        for (Properties texts : List.of(en, ru)) {
            for (String k : texts.stringPropertyNames()) {
                String text = texts.getProperty(k);
                if (!text.matches("(?s).*\\{\\d.*")) {
                    assertThat(text).as(k).doesNotContain("''");
                }
            }
        }
    }
}
