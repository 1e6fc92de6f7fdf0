package org.standby.calendar;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.standby.common.InvalidFieldException;

/**
 * Which period kind an event's summary names, by keyword: the default keywords in English, German, Italian,
 * French and Dutch, adjustable per import.
 *
 * <p>Matching is case-insensitive and Unicode-aware (NFKC, so {@code ﬁ}, full-width letters and composed or
 * decomposed umlauts match alike); punctuation and hyphens count as spaces, so {@code half-term} is
 * {@code half term}. A keyword must end where a word ends (a plural {@code s} or {@code es} may follow:
 * {@code holidays}), and may begin inside a word, so that the tail of a compound counts ({@code Herbstferien},
 * {@code Wintersemester}) while {@code Termin} and {@code breakfast} do not. A match inside a longer match does
 * not count ({@code Summer Term} is a TERM, not SUMMER; {@code Half Term} a BREAK, not TERM). Of the remaining
 * matches, an ignore rule wins, then SUMMER, BREAK, TERM ({@code Summer Holidays} is SUMMER).
 */
public final class SummaryMapping {

    /** What a keyword means: a period kind, or a reason to skip the event ({@code kind} null). */
    public record Rule(String keyword, PeriodKind kind, String ignoreReason) {

        public boolean ignores() {
            return kind == null;
        }
    }

    public static final String PUBLIC_HOLIDAY_REASON =
            "public holidays come from the team's holiday region, not from the school calendar";
    public static final String INSET_REASON = "INSET day: the school is closed to pupils but staff work, so it is "
            + "not a break (import it with map=inset:BREAK if your team treats it as one)";
    static final String USER_IGNORE_REASON = "ignored by the mapping of this import";

    private static final SummaryMapping DEFAULTS = new SummaryMapping(defaultRules());

    private final Map<String, Rule> rules;

    private SummaryMapping(Map<String, Rule> rules) {
        this.rules = Map.copyOf(rules);
    }

    public static SummaryMapping defaults() {
        return DEFAULTS;
    }

    /** No keywords at all; build a mapping from scratch with {@link #with} and {@link #ignoring}. */
    public static SummaryMapping empty() {
        return new SummaryMapping(Map.of());
    }

    private static Map<String, Rule> defaultRules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (String keyword :
                List.of("summer", "sommerferien", "vacanze estive", "grandes vacances", "zomervakantie")) {
            put(rules, keyword, PeriodKind.SUMMER, null);
        }
        for (String keyword : List.of(
                "holiday",
                "break",
                "half term",
                "halfterm",
                "summer half term",
                "ferien",
                "vacanze",
                "vacances",
                "vacation",
                "vakantie")) {
            put(rules, keyword, PeriodKind.BREAK, null);
        }
        for (String keyword : List.of("term", "summer term", "semester", "trimester")) {
            put(rules, keyword, PeriodKind.TERM, null);
        }
        for (String keyword : List.of("bank holiday", "public holiday", "feiertag", "jour férié", "festa nazionale")) {
            put(rules, keyword, null, PUBLIC_HOLIDAY_REASON);
        }
        put(rules, "inset", null, INSET_REASON);
        return rules;
    }

    private static void put(Map<String, Rule> rules, String keyword, PeriodKind kind, String reason) {
        String normalized = normalize(keyword);
        rules.put(normalized, new Rule(normalized, kind, reason));
    }

    /** This mapping with a keyword meaning a kind (replacing what the keyword meant before). */
    public SummaryMapping with(String keyword, PeriodKind kind) {
        Map<String, Rule> changed = new LinkedHashMap<>(rules);
        put(changed, requireKeyword(keyword), kind, null);
        return new SummaryMapping(changed);
    }

    /** This mapping with events whose summary names the keyword skipped for the given reason. */
    public SummaryMapping ignoring(String keyword, String reason) {
        Map<String, Rule> changed = new LinkedHashMap<>(rules);
        put(changed, requireKeyword(keyword), null, reason);
        return new SummaryMapping(changed);
    }

    /**
     * The mapping an import request asks for: entries {@code keyword:KIND} where KIND is TERM, BREAK, SUMMER or
     * IGNORE, on top of the defaults unless {@code replaceDefaults}. Refused with a 400 naming {@code field}.
     */
    public static SummaryMapping parse(String field, List<String> entries, boolean replaceDefaults) {
        SummaryMapping mapping = replaceDefaults ? empty() : defaults();
        for (String entry : entries == null ? List.<String>of() : entries) {
            int colon = entry == null ? -1 : entry.lastIndexOf(':');
            if (colon <= 0) {
                throw new InvalidFieldException(
                        field,
                        "'" + entry + "' is not keyword:KIND (KIND one of TERM, "
                                + "BREAK, SUMMER, IGNORE), e.g. 'inset:BREAK'");
            }
            String keyword = entry.substring(0, colon);
            String kind = entry.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
            if (normalize(keyword).isEmpty()) {
                throw new InvalidFieldException(field, "'" + entry + "' has no keyword with letters or digits");
            }
            if (kind.equals("IGNORE")) {
                mapping = mapping.ignoring(keyword, USER_IGNORE_REASON);
            } else {
                try {
                    mapping = mapping.with(keyword, PeriodKind.valueOf(kind));
                } catch (IllegalArgumentException e) {
                    throw new InvalidFieldException(
                            field,
                            "'" + entry + "' names an unknown kind '" + kind + "'; use TERM, BREAK, SUMMER or IGNORE");
                }
            }
        }
        return mapping;
    }

    private static String requireKeyword(String keyword) {
        if (keyword == null || normalize(keyword).isEmpty()) {
            throw new IllegalArgumentException("a keyword needs letters or digits");
        }
        return keyword;
    }

    public Map<String, Rule> rules() {
        return rules;
    }

    /** The rule that decides the summary, if any keyword matches it. */
    public Optional<Rule> match(String summary) {
        if (summary == null) {
            return Optional.empty();
        }
        String text = normalize(summary);
        record Hit(Rule rule, int start, int end) {
            boolean within(Hit other) {
                return other != this
                        && other.start <= start
                        && end <= other.end
                        && (other.end - other.start) > (end - start);
            }
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule rule : rules.values()) {
            String keyword = rule.keyword();
            for (int at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
                int end = at + keyword.length();
                int wordEnd = endsWord(text, end);
                if (wordEnd >= 0) {
                    hits.add(new Hit(rule, at, wordEnd));
                }
            }
        }
        return hits.stream()
                .filter(hit -> hits.stream().noneMatch(hit::within))
                .map(Hit::rule)
                .min(Comparator.comparingInt(SummaryMapping::precedence).thenComparing(Rule::keyword));
    }

    /** Where the word ends if the keyword ending at {@code end} ends a word (plural s/es allowed); else -1. */
    private static int endsWord(String text, int end) {
        for (String suffix : List.of("", "s", "es")) {
            int wordEnd = end + suffix.length();
            if (text.startsWith(suffix, end) && (wordEnd == text.length() || text.charAt(wordEnd) == ' ')) {
                return wordEnd;
            }
        }
        return -1;
    }

    private static int precedence(Rule rule) {
        if (rule.ignores()) {
            return 0;
        }
        return switch (rule.kind()) {
            case SUMMER -> 1;
            case BREAK -> 2;
            case TERM -> 3;
        };
    }

    /** Lower case, NFKC, every run of non-letters-or-digits one space, trimmed. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) == ' ') {
            out.setLength(length - 1);
        }
        return out.toString();
    }
}
