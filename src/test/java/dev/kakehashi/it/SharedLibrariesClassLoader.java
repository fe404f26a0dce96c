package dev.kakehashi.it;

import org.apache.catalina.loader.ParallelWebappClassLoader;

/**
 * The embedded server's web application class loader, except that it takes the {@link
 * SharedLibraries} from its parent first instead of loading its own copies from WEB-INF/lib. So
 * does it for the annotations Jersey reads on Kakehashi's classes ({@code @Priority}), which must
 * be the classes Jersey knows. Test-only: the WAR is deployed unchanged.
 */
public final class SharedLibrariesClassLoader extends ParallelWebappClassLoader {
    static {
        registerAsParallelCapable();
    }

    public SharedLibrariesClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected boolean filter(String name, boolean isClassName) {
        if (name != null && isClassName && (SharedLibraries.shared(name) || name.startsWith("jakarta.annotation."))) {
            return true;
        }
        return super.filter(name, isClassName);
    }
}
