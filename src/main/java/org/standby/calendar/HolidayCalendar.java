package org.standby.calendar;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.standby.common.HolidayRegions;
import org.standby.common.InvalidFieldException;

/**
 * Public holidays by region code, from Jollyday. A region is an ISO 3166-1 country ({@code IT}, {@code NL}) or an
 * ISO 3166-2 subdivision ({@code DE-HE}, {@code GB-ENG}, {@code US-NY}, {@code CH-ZH}, {@code ES-MD}); deeper
 * levels that Jollyday knows are addressed by appending its ids ({@code DE-BY-AG} for Augsburg), and Italian
 * provinces also by their ISO code ({@code IT-MI} for Milan, which Jollyday files under Lombardy, {@code IT-25}).
 * Input is case-insensitive; codes come out upper-case.
 *
 * <p>Holidays of type {@link HolidayType#PUBLIC_HOLIDAY} and {@link HolidayType#BANK_HOLIDAY} count; observances
 * (days that are marked but not off work, such as Easter Monday in New York) do not. Where a region moves a
 * holiday that falls on a weekend to a weekday (England's Christmas 2027), both days are listed, the second as a
 * "substitute day": on-call cover on Christmas Day is holiday cover either way.
 *
 * <p>Nothing is loaded on construction: a country's rules are read on first use and kept, and the full list of
 * regions (which reads every country) is built only when asked for.
 */
public class HolidayCalendar implements HolidayRegions {

    /** Where the full list of region codes can be read, for error messages. */
    public static final String REGIONS_ENDPOINT = "GET /api/holidays/regions";

    private static final Set<HolidayType> COUNTED = EnumSet.of(HolidayType.PUBLIC_HOLIDAY, HolidayType.BANK_HOLIDAY);

    /** Common non-ISO spellings of a country, mapped to its ISO 3166-1 code. */
    private static final Map<String, String> COUNTRY_ALIASES = Map.of("UK", "GB");

    /** Countries whose ISO 3166-2 codes name Jollyday's second level directly (Italian provinces: IT-MI). */
    private static final Set<String> SECOND_LEVEL_ISO = Set.of("IT");

    private final ConcurrentMap<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private volatile SortedSet<String> countries;
    private volatile SortedMap<String, String> regions;

    /** A resolved region: its canonical code, its country and the Jollyday hierarchy path below the country. */
    private record Target(String code, String country, String[] path) {}

    /** The holidays of a region in a calendar year, sorted by date (then name). */
    public List<PublicHoliday> holidays(String region, int year) {
        return holidays(region, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The holidays of a region between two dates, both inclusive, sorted by date (then name). */
    public List<PublicHoliday> holidays(String region, LocalDate from, LocalDate to) {
        Target target = resolve(region).orElseThrow(() -> unsupported("region", region));
        HolidayManager manager = manager(target.country());
        Set<PublicHoliday> result = new LinkedHashSet<>();
        // a year earlier too: a substitute day of a late-December holiday can fall into January
        for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
            for (Holiday holiday : manager.getHolidays(Year.of(year), target.path())) {
                if (!COUNTED.contains(holiday.getType())) {
                    continue;
                }
                String name = holiday.getDescription(Locale.ENGLISH);
                LocalDate actual = holiday.getActualDate();
                add(result, new PublicHoliday(actual, name), from, to);
                Optional<LocalDate> observed = holiday.getObservedDate();
                if (observed.isPresent() && !observed.get().equals(actual)) {
                    add(result, new PublicHoliday(observed.get(), name + " (substitute day)"), from, to);
                }
            }
        }
        List<PublicHoliday> sorted = new ArrayList<>(result);
        sorted.sort(Comparator.comparing(PublicHoliday::date).thenComparing(PublicHoliday::name));
        return List.copyOf(sorted);
    }

    private static void add(Set<PublicHoliday> result, PublicHoliday holiday, LocalDate from, LocalDate to) {
        if (!holiday.date().isBefore(from) && !holiday.date().isAfter(to)) {
            result.add(holiday);
        }
    }

    @Override
    public boolean isSupported(String region) {
        return resolve(region).isPresent();
    }

    /** The canonical (upper-case, alias-resolved) code of a supported region; 400 naming the field otherwise. */
    @Override
    public String canonical(String field, String region) {
        return resolve(region).orElseThrow(() -> unsupported(field, region)).code();
    }

    /** Refuses an unsupported region with a 400 that names the field and the supported codes. */
    @Override
    public void requireSupported(String field, String region) {
        if (resolve(region).isEmpty()) {
            throw unsupported(field, region);
        }
    }

    /** Every supported region code: countries, their subdivisions and deeper levels. Built on first call. */
    public SortedSet<String> supportedRegions() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(regionNames().keySet()));
    }

    /** Every supported region code with its English name ({@code DE-HE -> Germany / Hesse}). */
    public SortedMap<String, String> regionNames() {
        SortedMap<String, String> known = regions;
        if (known == null) {
            synchronized (this) {
                if (regions == null) {
                    SortedMap<String, String> all = new TreeMap<>();
                    for (String country : countries()) {
                        CalendarHierarchy root = manager(country).getCalendarHierarchy();
                        String name = root.getDescription(Locale.ENGLISH);
                        all.put(country, name);
                        addChildren(all, country, country, name, root, 1);
                    }
                    regions = Collections.unmodifiableSortedMap(all);
                }
                known = regions;
            }
        }
        return known;
    }

    private static void addChildren(
            SortedMap<String, String> all,
            String country,
            String prefix,
            String name,
            CalendarHierarchy node,
            int depth) {
        for (CalendarHierarchy child : node.getChildren().values()) {
            String id = child.getId().toUpperCase(Locale.ROOT);
            String childName = name + " / " + child.getDescription(Locale.ENGLISH);
            String code = prefix + "-" + id;
            all.put(code, childName);
            if (depth == 2 && SECOND_LEVEL_ISO.contains(country)) {
                all.putIfAbsent(country + "-" + id, childName);
            }
            addChildren(all, country, code, childName, child, depth + 1);
        }
    }

    /** ISO 3166-1 countries Jollyday has rules for (its market calendars such as NYSE are left out). */
    SortedSet<String> countries() {
        SortedSet<String> known = countries;
        if (known == null) {
            known = HolidayManager.getSupportedCalendarCodes().stream()
                    .map(code -> code.toUpperCase(Locale.ROOT))
                    .filter(code -> code.matches("[A-Z]{2}"))
                    .collect(Collectors.toCollection(TreeSet::new));
            countries = Collections.unmodifiableSortedSet(known);
        }
        return known;
    }

    private HolidayManager manager(String country) {
        return managers.computeIfAbsent(
                country, code -> HolidayManager.getInstance(ManagerParameters.create(code.toLowerCase(Locale.ROOT))));
    }

    private Optional<Target> resolve(String region) {
        if (region == null || region.isBlank()) {
            return Optional.empty();
        }
        String[] parts =
                region.strip().toUpperCase(Locale.ROOT).replace('_', '-').split("-", -1);
        String country = COUNTRY_ALIASES.getOrDefault(parts[0], parts[0]);
        if (!countries().contains(country)) {
            return Optional.empty();
        }
        CalendarHierarchy node = manager(country).getCalendarHierarchy();
        List<String> path = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            Optional<CalendarHierarchy> child = child(node, parts[i]);
            if (child.isEmpty() && i == 1 && parts.length == 2 && SECOND_LEVEL_ISO.contains(country)) {
                for (CalendarHierarchy level1 : node.getChildren().values()) {
                    Optional<CalendarHierarchy> level2 = child(level1, parts[1]);
                    if (level2.isPresent()) {
                        return Optional.of(new Target(country + "-" + parts[1], country, new String[] {
                            level1.getId(), level2.get().getId()
                        }));
                    }
                }
            }
            if (child.isEmpty()) {
                return Optional.empty();
            }
            node = child.get();
            path.add(node.getId());
        }
        String code = path.isEmpty()
                ? country
                : country + "-"
                        + path.stream().map(id -> id.toUpperCase(Locale.ROOT)).collect(Collectors.joining("-"));
        return Optional.of(new Target(code, country, path.toArray(String[]::new)));
    }

    private static Optional<CalendarHierarchy> child(CalendarHierarchy node, String id) {
        return node.getChildren().values().stream()
                .filter(child -> child.getId().equalsIgnoreCase(id))
                .findFirst();
    }

    private InvalidFieldException unsupported(String field, String region) {
        if (region == null || region.isBlank()) {
            return new InvalidFieldException(
                    field,
                    "a holiday region is required: an ISO 3166 code such as DE-HE, " + "IT or GB-ENG ("
                            + REGIONS_ENDPOINT + " lists all)");
        }
        String given = region.strip().toUpperCase(Locale.ROOT);
        String country = COUNTRY_ALIASES.getOrDefault(given.split("-", -1)[0], given.split("-", -1)[0]);
        if (countries().contains(country)) {
            CalendarHierarchy root = manager(country).getCalendarHierarchy();
            String subdivisions = root.getChildren().values().stream()
                    .map(child -> country + "-" + child.getId().toUpperCase(Locale.ROOT))
                    .sorted()
                    .collect(Collectors.joining(", "));
            return new InvalidFieldException(
                    field,
                    "unknown holiday region '" + region + "'; for "
                            + root.getDescription(Locale.ENGLISH) + " use " + country
                            + (subdivisions.isEmpty() ? "" : " or one of " + subdivisions)
                            + " (" + REGIONS_ENDPOINT + " lists all)");
        }
        return new InvalidFieldException(
                field,
                "unknown holiday region '" + region
                        + "'; supported countries are " + String.join(", ", countries())
                        + ", each with its subdivisions such as DE-HE, GB-ENG or US-NY (" + REGIONS_ENDPOINT
                        + " lists all)");
    }
}
