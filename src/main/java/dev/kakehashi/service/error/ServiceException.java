package dev.kakehashi.service.error;

/**
 * A failure a caller can be told about: it carries the HTTP status that fits and a message that is
 * safe to show. The web layers map it to a themed page, an admin form error or JSON.
 */
public class ServiceException extends RuntimeException {
    private final int status;

    public ServiceException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ServiceException notFound(String what) {
        return new ServiceException(404, what + " not found");
    }

    public static ServiceException gone(String what) {
        return new ServiceException(410, what + " was deleted");
    }

    public static ServiceException forbidden(String message) {
        return new ServiceException(403, message);
    }

    public static ServiceException conflict(String message) {
        return new ServiceException(409, message);
    }

    public static ServiceException tooManyRequests(String message) {
        return new ServiceException(429, message);
    }

    public static ServiceException tooLarge(String message) {
        return new ServiceException(413, message);
    }

    public static ServiceException unsupportedMedia(String message) {
        return new ServiceException(415, message);
    }

    public static ServiceException unauthorized(String message) {
        return new ServiceException(401, message);
    }
}
