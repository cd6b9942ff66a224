package org.hasila.support;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A person using the pages over HTTP: their cookies, and the CSRF token their last form carried. */
public final class WebSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private final Map<String, String> cookies = new HashMap<>();

    public static WebSession anonymous() {
        return new WebSession();
    }

    /** Logs in through the login form, as a browser would: the form's page first, for its CSRF token. */
    public static WebSession loggedIn(String username, String password) {
        WebSession session = new WebSession();
        Response response = session.logIn(username, password);
        if (response.statusCode() != 303 || response.cookie("hasila-session") == null) {
            throw new AssertionError("login of " + username + " failed: " + response.statusCode());
        }
        return session;
    }

    /** Sends the login form with its CSRF token and keeps the cookies of the answer, whatever it is. */
    public Response logIn(String username, String password) {
        String token = csrfToken("/login");
        Response response = request().formParam("username", username).formParam("password", password)
                .formParam("csrf-token", token).post("/login");
        keepCookies(response);
        return response;
    }

    /** Forms are sent in UTF-8, as browsers send them from Hasila's UTF-8 pages. */
    public RequestSpecification request() {
        return given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset("UTF-8"))).redirects().follow(false).cookies(cookies);
    }

    public Response get(String path) {
        Response response = request().get(path);
        keepCookies(response);
        return response;
    }

    /** Opens a page and returns the CSRF token of its first form. */
    public String csrfToken(String page) {
        Response response = get(page);
        Matcher matcher = CSRF_FIELD.matcher(response.asString());
        if (!matcher.find()) {
            throw new AssertionError(page + " has no form with a CSRF token: " + response.statusCode() + " "
                    + response.asString().replaceAll("(?s).*<main id=\"main\">", "").replaceAll("(?s)</main>.*", ""));
        }
        return matcher.group(1);
    }

    /** Opens the page that holds a form, then posts the form to {@code action} with its CSRF token. */
    public Response submit(String page, String action, java.util.Map<String, ?> fields) {
        String token = csrfToken(page);
        Response response = request().formParams(fields).formParam("csrf-token", token).post(action);
        keepCookies(response);
        return response;
    }

    /** Follows a redirect the way a browser would, keeping the cookies it set. */
    public Response follow(Response redirect) {
        String location = redirect.header("Location");
        if (location == null) {
            throw new AssertionError("not a redirect: " + redirect.statusCode() + "\n" + redirect.asString());
        }
        java.net.URI uri = java.net.URI.create(location);
        String query = uri.getRawQuery();
        return get(uri.getRawPath() + (query == null || query.isEmpty() ? "" : "?" + query));
    }

    /** The value of a cookie this person's browser holds, or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** A cookie set by hand, as someone who copied it would. */
    public void keepCookie(String name, String value) {
        cookies.put(name, value);
    }

    public void keepCookies(Response response) {
        response.getCookies().forEach((name, value) -> {
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        });
    }
}
