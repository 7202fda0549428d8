package org.yagura.shared.api;

import jakarta.servlet.http.HttpServletRequest;

/** Where the JSON API lives; requests there always get JSON, errors included. */
public final class ApiPaths {

    public static final String PREFIX = "/api/";

    private ApiPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith(PREFIX);
    }
}
