package org.standby.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The 201 answer to a create: the new resource in the body, its address (request path + id) in Location. */
public final class Created {

    private Created() {}

    public static Response at(UriInfo uriInfo, Object id, Object entity) {
        return Response.created(uriInfo.getAbsolutePathBuilder()
                        .path(String.valueOf(id))
                        .build())
                .entity(entity)
                .build();
    }
}
