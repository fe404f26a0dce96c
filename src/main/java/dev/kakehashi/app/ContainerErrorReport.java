package dev.kakehashi.app;

import jakarta.servlet.ServletContext;
import java.lang.management.ManagementFactory;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat answers requests it refuses before any web application sees them (a malformed request
 * line, a broken {@code %} escape) with its Host's {@code ErrorReportValve}, which by default shows
 * the exception's stack trace and the server's version. Deployers rarely edit {@code server.xml},
 * so at start-up Kakehashi turns both off on the valve of the Host it is deployed in, through the
 * JMX beans Tomcat publishes (the standard management API, no Tomcat classes). In another container,
 * or with JMX off, it does nothing and logs once what to set instead.
 */
final class ContainerErrorReport {
    private static final Logger log = LoggerFactory.getLogger(ContainerErrorReport.class);
    private static final String VALVE = "org.apache.catalina.valves.ErrorReportValve";

    private ContainerErrorReport() {}

    /** @return how many valves now show no report and no server version */
    static int quieten(ServletContext ctx) {
        String server = ctx.getVirtualServerName(); // Tomcat: "<engine>/<host>", e.g. "Catalina/localhost"
        int slash = server == null ? -1 : server.indexOf('/');
        if (slash < 1) {
            return notFound(server);
        }
        String engine = server.substring(0, slash);
        String host = server.substring(slash + 1);
        int done = 0;
        try {
            MBeanServer beans = ManagementFactory.getPlatformMBeanServer();
            for (ObjectName valve :
                    beans.queryNames(new ObjectName(engine + ":type=Valve,host=" + host + ",*"), null)) {
                if (valve.getKeyProperty("context") == null && isErrorReportValve(beans, valve)) {
                    beans.setAttribute(valve, new Attribute("showReport", false));
                    beans.setAttribute(valve, new Attribute("showServerInfo", false));
                    done++;
                }
            }
        } catch (JMException | RuntimeException e) {
            log.warn("Could not turn off Tomcat's error report ({}); see docs/security.md", e.toString());
            return 0;
        }
        if (done == 0) {
            return notFound(server);
        }
        log.info("Tomcat's error pages for host {} now show no stack trace and no server version", host);
        return done;
    }

    private static boolean isErrorReportValve(MBeanServer beans, ObjectName valve) throws JMException {
        Object type = beans.getAttribute(valve, "className");
        return type != null && (type.equals(VALVE) || type.toString().endsWith("ErrorReportValve"));
    }

    private static int notFound(String server) {
        log.info(
                "No Tomcat ErrorReportValve found for {}: set showReport=\"false\" showServerInfo=\"false\" on the"
                        + " container's error report yourself (docs/security.md)",
                server);
        return 0;
    }
}
