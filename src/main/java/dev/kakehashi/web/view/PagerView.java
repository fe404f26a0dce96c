package dev.kakehashi.web.view;

/**
 * Links between the pages of a list, built in Java so themes need no URL arithmetic.
 *
 * @param previousUrl the newer page, or null on page 1
 * @param nextUrl the older page, or null on the last page
 */
public record PagerView(int number, int totalPages, String previousUrl, String nextUrl) {
    public boolean hasMoreThanOne() {
        return totalPages > 1;
    }
}
