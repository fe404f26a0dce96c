package dev.kakehashi.service.comments;

import dev.kakehashi.domain.CommentStatus;
import dev.kakehashi.plugin.CommentCandidate;
import dev.kakehashi.plugin.CommentVerdict;
import dev.kakehashi.service.CommentGate;
import dev.kakehashi.service.CommentPolicy;
import dev.kakehashi.service.plugin.PluginRegistry;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link CommentGate}: the plugins' comment filters first (the strictest verdict wins),
 * then the blog's {@link CommentPolicy}. It never throws because of a plugin: a filter that fails
 * or answers null holds the comment for a person to judge.
 */
public final class ModerationGate implements CommentGate {
    private static final Logger log = LoggerFactory.getLogger(ModerationGate.class);

    private final Supplier<CommentPolicy> policy;
    private final Predicate<String> hasPublishedComment;
    private final Supplier<List<PluginRegistry.Filter>> filters;

    /**
     * @param policy the blog's comment setting, read for each comment
     * @param hasPublishedComment whether an actor (by id) already has a published comment here
     * @param filters the enabled plugins' comment filters, in load order
     */
    public ModerationGate(
            Supplier<CommentPolicy> policy,
            Predicate<String> hasPublishedComment,
            Supplier<List<PluginRegistry.Filter>> filters) {
        this.policy = policy;
        this.hasPublishedComment = hasPublishedComment;
        this.filters = filters;
    }

    @Override
    public CommentStatus admit(IncomingComment comment) {
        CommentVerdict verdict = pluginVerdict(comment);
        switch (verdict.decision()) {
            case REJECT:
                return CommentStatus.REJECTED;
            case SPAM:
                return CommentStatus.SPAM;
            case HOLD:
                return CommentStatus.PENDING;
            default:
                return byPolicy(comment);
        }
    }

    private CommentStatus byPolicy(IncomingComment comment) {
        switch (policy.get()) {
            case PUBLISH:
                return CommentStatus.PUBLISHED;
            case HOLD_ALL:
                return CommentStatus.PENDING;
            default:
                return hasPublishedComment.test(comment.actorUri()) ? CommentStatus.PUBLISHED : CommentStatus.PENDING;
        }
    }

    /** The strictest verdict of the enabled filters; stops at the first rejection. */
    private CommentVerdict pluginVerdict(IncomingComment comment) {
        CommentCandidate candidate = new CommentCandidate(
                comment.postId(), comment.actorUri(), comment.actorHost(), comment.actorName(), comment.contentHtml());
        CommentVerdict strictest = CommentVerdict.accept();
        String by = null;
        for (PluginRegistry.Filter f : filters.get()) {
            CommentVerdict v = judge(f, candidate);
            if (v.stricterThan(strictest)) {
                strictest = v;
                by = f.pluginId();
            }
            if (strictest.decision() == CommentVerdict.Decision.REJECT) {
                break;
            }
        }
        if (by != null) {
            log.info(
                    "Plugin {} decided {} for a comment by {} on post {}: {}",
                    by,
                    strictest.decision(),
                    comment.actorUri(),
                    comment.postId(),
                    strictest.reason());
        }
        return strictest;
    }

    private static CommentVerdict judge(PluginRegistry.Filter f, CommentCandidate candidate) {
        try {
            CommentVerdict v = f.filter().check(candidate);
            if (v == null) {
                log.warn(
                        "Plugin {} gave no verdict on a comment by {}; holding it", f.pluginId(), candidate.actorUri());
                return CommentVerdict.hold("plugin " + f.pluginId() + " gave no verdict");
            }
            return v;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            log.warn("Plugin {} failed on a comment by {}; holding it", f.pluginId(), candidate.actorUri(), e);
            return CommentVerdict.hold("plugin " + f.pluginId() + " failed");
        }
    }
}
