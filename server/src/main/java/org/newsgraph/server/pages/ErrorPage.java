package org.newsgraph.server.pages;

/** The page shown for an error on a page route: the status and the message, escaped. Thread-safe. */
public final class ErrorPage {

    private ErrorPage() {
    }

    public static String render(int status, String message) {
        Page page = new Page("Error " + status);
        page.main().appendElement("h1").text("Error " + status);
        page.main().appendElement("p").addClass("error").text(message);
        page.main().appendElement("p").appendElement("a").attr("href", "/").text("Back to search");
        return page.render();
    }
}
