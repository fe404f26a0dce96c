package dev.kakehashi.mastodon.statuses;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.convert.AccountToEntity;
import dev.kakehashi.mastodon.convert.VersionToEdit;
import dev.kakehashi.mastodon.entity.StatusEditEntity;
import dev.kakehashi.mastodon.entity.StatusEntity;
import dev.kakehashi.service.AnswerService;
import dev.kakehashi.service.LocalAccountStats;
import dev.kakehashi.service.PollInput;
import dev.kakehashi.service.PollService;
import dev.kakehashi.service.PostAction;
import dev.kakehashi.service.PostHistory;
import dev.kakehashi.service.PostService;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.error.InvalidInputException;
import dev.kakehashi.service.media.MediaService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Editing a status from an app (INTEROP B5.4), its edit history, and its preview card. An edit goes
 * through the same {@link PostService} as the admin's, so the blog page, the feeds and the
 * {@code Update} to followers follow; only the author edits, anyone else gets 404 as on Mastodon.
 * An author's own answer to a comment is edited through {@link AnswerService}.
 */
@Path("/api/v1/statuses")
@Produces(MediaType.APPLICATION_JSON)
public final class StatusEditResource {
    private final PostService posts;
    private final PostHistory history;
    private final StatusQueries statuses;
    private final StatusPresenter presenter;
    private final MediaService media;
    private final AccountToEntity accounts;
    private final LocalAccountStats stats;
    private final VersionToEdit versions;
    private final PollService polls;
    private final AnyStatus any;
    private final AnswerService answers;

    public StatusEditResource(
            PostService posts,
            PostHistory history,
            StatusQueries statuses,
            StatusPresenter presenter,
            MediaService media,
            AccountToEntity accounts,
            LocalAccountStats stats,
            VersionToEdit versions,
            PollService polls,
            AnyStatus any,
            AnswerService answers) {
        this.posts = posts;
        this.history = history;
        this.statuses = statuses;
        this.presenter = presenter;
        this.media = media;
        this.accounts = accounts;
        this.stats = stats;
        this.versions = versions;
        this.polls = polls;
        this.any = any;
        this.answers = answers;
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:statuses")
    public StatusEntity edit(@Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        long author = ApiCaller.accountOf(request);
        long postId = PathIds.of(id);
        StatusEditRequest asked = StatusEditRequest.from(MastodonBody.of(body));
        if (any.comment(postId, author).isPresent()) {
            answers.edit(author, postId, asked.answerEdit(), AnswerService.Reach.OWN);
            return any.one(postId, author);
        }
        var input = posts.own(author, postId, asked::input);
        // Mastodon's edit: the poll sent replaces the one there (its votes reset when it changes); none removes it.
        PollInput poll = StatusRequest.poll(MastodonBody.of(body));
        if (poll != null && !input.attachmentIds().isEmpty()) {
            throw InvalidInputException.of("media_ids", "Cannot attach files to a post with a poll");
        }
        posts.update(author, postId, input, new PostAction.Save(), p -> polls.attach(p, poll), p -> p);
        // Descriptions and focal points after the edit, which checked that the images are the author's.
        asked.descriptions().forEach((mediaId, text) -> {
            if (input.attachmentIds().contains(mediaId)) {
                media.describe(author, false, mediaId, text);
            }
        });
        asked.focuses().forEach((mediaId, focus) -> {
            if (input.attachmentIds().contains(mediaId)) {
                media.focus(author, mediaId, focus);
            }
        });
        return statuses.one(postId, author, presenter::one);
    }

    /**
     * Every version, oldest first, the current one last: an author's edited answer keeps its earlier
     * versions too; any other comment's history is its one version.
     */
    @GET
    @Path("{id}/history")
    public List<StatusEditEntity> history(@Context ContainerRequestContext request, @PathParam("id") String id) {
        Long viewer = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        var comment = any.comment(PathIds.of(id), viewer);
        if (comment.isPresent()) {
            StatusEditEntity current = AnyStatus.currentVersion(comment.get());
            List<StatusEditEntity> all = new ArrayList<>();
            answers.versions(PathIds.of(id)).forEach(v -> all.add(versions.convert(v, current)));
            all.add(current);
            return all;
        }
        return history.of(
                PathIds.of(id),
                viewer,
                list -> list.stream()
                        .map(v -> versions.convert(
                                v,
                                accounts.local(
                                        v.post().author(),
                                        stats.of(v.post().author().id()))))
                        .toList(),
                list -> list.stream()
                        .map(v -> versions.convert(
                                v,
                                v.author() == null
                                        ? accounts.unknownRemote(
                                                v.post().content().actorUri())
                                        : accounts.remote(v.author())))
                        .toList());
    }

    /**
     * The status's preview card (deprecated upstream, still called by apps): an article's permalink
     * card; {@code {}} when there is none (a comment has none), as Mastodon answered.
     */
    @GET
    @Path("{id}/card")
    public Object card(@Context ContainerRequestContext request, @PathParam("id") String id) {
        Long viewer = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        StatusEntity status = any.one(PathIds.of(id), viewer);
        return status.card() == null ? Map.of() : status.card();
    }
}
