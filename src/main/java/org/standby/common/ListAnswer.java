package org.standby.common;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The one shape of a list answer: a page {@code {items, page, size, total}} as API.md says. Lists that used to be
 * plain arrays (rotas, shifts, absences) still answer the array when the query has neither {@code page} nor
 * {@code size}, for one release, marked with a {@code Deprecation} header (RFC 9745, the date the array shape was
 * deprecated) and a {@code Link} to the paged form; the next release answers pages only.
 */
public final class ListAnswer {

    /** 2026-12-02T00:00:00Z, when the plain-array shape was deprecated. */
    public static final String DEPRECATED_SINCE = "@1796169600";

    private static final int DEFAULT_SIZE = 50;

    private ListAnswer() {}

    public static <T> Response of(UriInfo uri, List<T> all) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        if (!query.containsKey("page") && !query.containsKey("size")) {
            String paged = uri.getRequestUriBuilder()
                    .replaceQueryParam("page", 0)
                    .replaceQueryParam("size", DEFAULT_SIZE)
                    .build()
                    .getRawPath();
            String rawQuery = uri.getRequestUriBuilder()
                    .replaceQueryParam("page", 0)
                    .replaceQueryParam("size", DEFAULT_SIZE)
                    .build()
                    .getRawQuery();
            return Response.ok(all)
                    .header("Deprecation", DEPRECATED_SINCE)
                    .header("Link", "<" + paged + "?" + rawQuery + ">; rel=\"successor-version\"")
                    .build();
        }
        Paging paging = new Paging(number(query, "page", 0), number(query, "size", DEFAULT_SIZE)).checked();
        int from = (int) Math.min((long) paging.page * paging.size, all.size());
        int to = Math.min(from + paging.size, all.size());
        return Response.ok(new PageResponse<>(List.copyOf(all.subList(from, to)), paging.page, paging.size, all.size()))
                .build();
    }

    private static int number(MultivaluedMap<String, String> query, String name, int otherwise) {
        String value = query.getFirst(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(name, "must be a whole number");
        }
    }
}
