package org.hasila.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every API error: a message for the person who wrote the request. */
public record ApiError(String message) {

    public static Response response(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(message)).build();
    }
}
