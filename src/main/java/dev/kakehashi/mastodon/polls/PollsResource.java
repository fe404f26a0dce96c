package dev.kakehashi.mastodon.polls;

import dev.kakehashi.mastodon.MastodonBody;
import dev.kakehashi.mastodon.MastodonErrors;
import dev.kakehashi.mastodon.PathIds;
import dev.kakehashi.mastodon.StatusPresenter;
import dev.kakehashi.mastodon.auth.ApiCaller;
import dev.kakehashi.mastodon.auth.RequiresScope;
import dev.kakehashi.mastodon.entity.PollEntity;
import dev.kakehashi.service.PollService;
import dev.kakehashi.service.StatusQueries;
import dev.kakehashi.service.error.InvalidInputException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/**
 * A status's poll ({@code GET /api/v1/polls/:id}) and voting in it ({@code POST .../votes} with
 * {@code choices[]}), for whoever may see the status; 404 for anyone else, as on Mastodon.
 */
@Path("/api/v1/polls")
@Produces(MediaType.APPLICATION_JSON)
public final class PollsResource {
    private final PollService polls;
    private final StatusQueries statuses;
    private final StatusPresenter presenter;

    public PollsResource(PollService polls, StatusQueries statuses, StatusPresenter presenter) {
        this.polls = polls;
        this.statuses = statuses;
        this.presenter = presenter;
    }

    @GET
    @Path("{id}")
    public PollEntity show(@Context ContainerRequestContext request, @PathParam("id") String id) {
        Long viewer = ApiCaller.of(request).map(ApiCaller::accountId).orElse(null);
        return poll(polls.statusOf(PathIds.of(id)), viewer);
    }

    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.WILDCARD)
    @RequiresScope("write:statuses")
    public PollEntity vote(@Context ContainerRequestContext request, @PathParam("id") String id, MastodonBody body) {
        long voter = ApiCaller.accountOf(request);
        long pollId = PathIds.of(id);
        long status = polls.statusOf(pollId);
        if (!statuses.exists(status, voter)) {
            throw MastodonErrors.notFound();
        }
        polls.vote(voter, pollId, choices(MastodonBody.of(body)));
        return poll(status, voter);
    }

    private PollEntity poll(long status, Long viewer) {
        return (PollEntity) statuses.one(status, viewer, presenter::one).poll();
    }

    private static List<Integer> choices(MastodonBody body) {
        List<String> raw = body.list("choices");
        if (raw.isEmpty()) {
            throw InvalidInputException.of("choices", "choices is missing");
        }
        List<Integer> out = new ArrayList<>();
        for (String c : raw) {
            try {
                out.add(Integer.parseInt(c.strip()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("choices", "The chosen vote option does not exist");
            }
        }
        return out;
    }
}
