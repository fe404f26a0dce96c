"""Mastodon.py (Debian's python3-mastodon) posts a poll and votes in one on Kakehashi.

mastodon_py_polls.py post <base> <token> <text> <expires_in> <multiple 0|1> <option>...
    -> status_post(poll=make_poll(...)); prints the status's id and poll
mastodon_py_polls.py vote <base> <token> <poll_id> <choice>...
    -> poll_vote(id, choices), then poll(id); prints the poll, or the API error ({"error", "status"})
mastodon_py_polls.py show <base> <token> <poll_id> -> poll(id)
Prints one JSON object.
"""
import json
import sys

from mastodon import Mastodon, MastodonAPIError


def poll_json(p):
    return {
        "id": str(p["id"]),
        "expired": p["expired"],
        "multiple": p["multiple"],
        "votes_count": p["votes_count"],
        "voters_count": p.get("voters_count"),
        "options": [{"title": o["title"], "votes_count": o["votes_count"]} for o in p["options"]],
        "voted": p.get("voted"),
        "own_votes": p.get("own_votes"),
    }


def main(step, base, token, *args):
    api = Mastodon(access_token=token, api_base_url=base)
    try:
        if step == "post":
            text, expires_in, multiple, *options = args
            poll = api.make_poll(options, expires_in=int(expires_in), multiple=multiple == "1")
            status = api.status_post(text, poll=poll)
            return {"id": str(status["id"]), "poll": poll_json(status["poll"])}
        if step == "vote":
            poll_id, *choices = args
            voted = api.poll_vote(poll_id, [int(c) for c in choices])
            # Debian's Mastodon.py drops the answer of poll_vote: read the poll again.
            return poll_json(voted if voted is not None else api.poll(poll_id))
        if step == "show":
            return poll_json(api.poll(args[0]))
    except MastodonAPIError as e:
        # (message, status code, reason, error text)
        return {"status": e.args[1], "error": e.args[-1]}
    raise SystemExit("unknown step " + step)


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
