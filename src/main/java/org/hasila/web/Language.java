package org.hasila.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reader's language for this request: {@code ?lang=} in the URL first (a shared link keeps its language),
 * then the choice remembered in the {@value #COOKIE} cookie, then {@code Accept-Language}, then English.
 * {@code inject:language} in templates gives the switch and the canonical links.
 */
@RequestScoped
@Named("language")
public class Language {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "hasila-lang";
    /** What an answer in the reader's language depends on when its address names none. */
    public static final String VARY = "Accept-Language, Cookie";

    @Inject
    HttpServerRequest request;

    @Inject
    Languages languages;

    @ConfigProperty(name = "hasila.public-url")
    Optional<String> publicUrl;

    private String code;
    private List<Alternate> alternates;

    /** A link to this page in another language. */
    public record Alternate(String code, String name, String dir, String href, boolean current) {
    }

    /** A message bundle in this request's language, for texts that Java writes: flash messages, form errors. */
    public <T> T bundle(Class<T> type) {
        return languages.bundle(type, getCode());
    }

    public Locale locale() {
        return Locale.forLanguageTag(getCode());
    }

    public String getCode() {
        if (code == null) {
            code = chosen(request, languages);
        }
        return code;
    }

    /** The language asked for in the URL, when it is one Hasila speaks: the answer then sets the cookie. */
    public String chosenInUrl() {
        String asked = request.getParam(PARAMETER);
        return asked != null && languages.speaks(asked) ? asked : null;
    }

    /** The language of a request, for the few answers given before a request's beans exist (UploadLimit). */
    static String chosen(HttpServerRequest request, Languages languages) {
        String inUrl = request.getParam(PARAMETER);
        if (inUrl != null && languages.speaks(inUrl)) {
            return inUrl;
        }
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie != null && languages.speaks(cookie.getValue())) {
            return cookie.getValue();
        }
        for (String range : acceptedLanguages(request.getHeader("Accept-Language"))) {
            if (languages.speaks(range)) {
                return range;
            }
        }
        return Languages.DEFAULT;
    }

    /** The primary language tags of Accept-Language, most wanted first; none for a header that means nothing. */
    private static List<String> acceptedLanguages(String header) {
        try {
            return header == null ? List.of()
                    : Locale.LanguageRange.parse(header).stream()
                            .map(range -> range.getRange().split("-", 2)[0]).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** The switch: this page in every language Hasila speaks (the layout asks twice: links in head, switch). */
    public List<Alternate> getAlternates() {
        if (alternates == null) {
            alternates = languages.all().stream().map(bundle -> new Alternate(bundle.lang(), bundle.language_name(),
                    bundle.dir(), linkIn(bundle.lang()), bundle.lang().equals(getCode()))).toList();
        }
        return alternates;
    }

    /** This page's address in the language it is shown in: what search engines and shared links should use. */
    public String getCanonical() {
        return origin() + linkIn(getCode());
    }

    /** This page's address without a language, for {@code hreflang="x-default"}. */
    public String getDefaultLink() {
        return origin() + pathAndQuery(null);
    }

    public String getOrigin() {
        return origin();
    }

    /** Where readers reach Hasila: {@code hasila.public-url} when set (behind a proxy), else this request's host. */
    String origin() {
        return publicUrl.map(url -> url.replaceAll("/+$", "")).orElseGet(() -> request.scheme() + "://" + request.authority());
    }

    /** The path and query of this request with {@code lang} set to the given language. */
    public String linkIn(String code) {
        return pathAndQuery(code);
    }

    private String pathAndQuery(String code) {
        StringBuilder query = new StringBuilder();
        String raw = request.query();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!pair.isEmpty() && !name.equals(PARAMETER)) {
                    query.append(query.isEmpty() ? "" : "&").append(pair);
                }
            }
        }
        if (code != null) {
            query.append(query.isEmpty() ? "" : "&").append(PARAMETER).append('=')
                    .append(URLEncoder.encode(code, StandardCharsets.UTF_8));
        }
        return request.path() + (query.isEmpty() ? "" : "?" + query);
    }
}
