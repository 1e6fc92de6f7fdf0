package org.standby.common;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code ?page=&size=} query of a paged list, checked: page from 0, size 1 to 200 (default 50). */
public class Paging {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = "page number, from 0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Parameter(description = "items per page, 1 to 200")
    public int size;

    public Paging() {}

    public Paging(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public Paging checked() {
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidFieldException("size", "must be between 1 and " + MAX_SIZE);
        }
        return this;
    }
}
