package dev.kakehashi.app;

import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Jersey's configuration, taking resources built by hand. Jersey treats an object given to {@code
 * register} as a provider and logs "A provider … will be ignored" for every resource (it serves it
 * all the same). So a resource object is registered as its class, with the object bound as the one
 * instance of that class; filters, mappers and features are registered as they are.
 */
final class ResourcesConfig extends ResourceConfig {
    // One binder for all: Jersey keeps only the first component of each class.
    private final InstancesBinder resources = new InstancesBinder();

    ResourcesConfig() {
        super.register(resources);
    }

    @Override
    public ResourceConfig register(Object component) {
        if (component instanceof Class<?> || !component.getClass().isAnnotationPresent(Path.class)) {
            return super.register(component);
        }
        resources.instances.add(component);
        return super.register(component.getClass());
    }

    private static final class InstancesBinder extends AbstractBinder {
        private final List<Object> instances = new ArrayList<>();

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected void configure() {
            for (Object resource : instances) {
                bind(resource).to((Class) resource.getClass());
            }
        }
    }
}
