package dev.kakehashi.federation.remote;

import dev.kakehashi.service.HandleResolver;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.error.ServiceException;
import java.net.URI;

/** Handles typed in admin forms, resolved to actor URLs with WebFinger. */
public final class WebFingerHandles implements HandleResolver {
    private final WebFingerClient webFinger;

    public WebFingerHandles(WebFingerClient webFinger) {
        this.webFinger = webFinger;
    }

    @Override
    public String actorUrl(String handle, String field) {
        WebFingerClient.Handle h = WebFingerClient.parseHandle(handle)
                .orElseThrow(() -> InvalidInputException.of(
                        field, "\"" + handle + "\" is neither an https URL nor a handle like @you@old.example."));
        WebFingerResult jrd;
        try {
            jrd = webFinger.lookup(h);
        } catch (RemoteFetchException e) {
            switch (e.reason()) {
                case NOT_FOUND -> throw InvalidInputException.of(field, "No account " + handle + " was found.");
                case BLOCKED -> throw InvalidInputException.of(field, handle + " is not an address we may contact.");
                default -> throw new ServiceException(
                        502, "The server of " + handle + " could not be asked: " + e.getMessage());
            }
        }
        return jrd.actor()
                .map(URI::toString)
                .orElseThrow(() -> InvalidInputException.of(field, handle + " has no ActivityPub account."));
    }
}
