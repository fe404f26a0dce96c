package dev.kakehashi.app;

import dev.kakehashi.service.error.ServiceException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Collectors;
import org.glassfish.jersey.model.Parameter;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * A body sent without a {@code Content-Type} to a method that declares what it consumes, or with
 * another type to a method that reads form fields without declaring it, is answered 415 with what
 * to send. Jersey matches such requests anyway, and its form reader then fails with a 500
 * ("@FormParam is utilized when the content type ... is not form").
 */
@Priority(Priorities.HEADER_DECORATOR)
public final class ContentTypeRequired implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request instanceof ContainerRequest jersey)) {
            return;
        }
        ResourceMethod method = jersey.getUriInfo().getMatchedResourceMethod();
        if (method == null) {
            return;
        }
        List<MediaType> consumed = method.getConsumedTypes();
        if (consumed.isEmpty() && readsFormFields(method)) {
            consumed = List.of(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        }
        if (consumed.isEmpty() || consumed.stream().anyMatch(MediaType::isWildcardType)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && consumed.stream().anyMatch(c -> c.isCompatible(type))) {
            return;
        }
        String wanted = consumed.stream().map(MediaType::toString).collect(Collectors.joining(" or "));
        throw ServiceException.unsupportedMedia(
                type == null
                        ? "A Content-Type header is required here: send " + wanted + "."
                        : "This address accepts " + wanted + ", not " + type.getType() + "/" + type.getSubtype() + ".");
    }

    private static boolean readsFormFields(ResourceMethod method) {
        return method.getInvocable().getParameters().stream().anyMatch(p -> p.getSource() == Parameter.Source.FORM);
    }
}
