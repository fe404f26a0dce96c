"""Mastodon.py (Debian's python3-mastodon) against Kakehashi.

mastodon_py.py password <base> <username> <password>  -> create_app, log_in(password), account_verify_credentials
mastodon_py.py start <base>                          -> create_app and auth_request_url
mastodon_py.py code <base> <client_id> <client_secret> <code> -> log_in(code=...), account_verify_credentials
mastodon_py.py post <base> <token> <image> <alt text> <text> -> media_post, status_post(media_ids=...)
mastodon_py.py home <base> <token> <limit>             -> timeline_home(limit), then fetch_next to the end
mastodon_py.py notifications <base> <token>            -> notifications()
mastodon_py.py relations <base> <username> <password> <handle> -> search_v2(resolve), account_follow,
                                                     account_relationships, account_mute, mutes, account_unmute,
                                                     account_unfollow, account_search
mastodon_py.py stream <base> <token>                -> stream_user (SSE) until a status it posts arrives as an update
Prints one JSON object.
"""
import json
import sys
import threading

from mastodon import Mastodon, StreamListener

SCOPES = ["read", "write", "follow"]


def main(step, base, *args):
    if step == "password":
        username, password = args
        client_id, client_secret = Mastodon.create_app("Mastodon.py test", api_base_url=base, scopes=SCOPES)
        api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=base)
        token = api.log_in(username, password, scopes=SCOPES)
        me = api.account_verify_credentials()
        return {"token": bool(token), "username": me["username"], "version": api.retrieve_mastodon_version()}
    if step == "start":
        client_id, client_secret = Mastodon.create_app("Mastodon.py code test", api_base_url=base, scopes=SCOPES)
        api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=base)
        url = api.auth_request_url(scopes=SCOPES)
        return {"client_id": client_id, "client_secret": client_secret, "url": url}
    if step == "code":
        client_id, client_secret, code = args
        api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=base)
        api.log_in(code=code, scopes=SCOPES)
        me = api.account_verify_credentials()
        return {"username": me["username"], "display_name": me["display_name"]}
    if step in ("post", "home", "notifications"):
        api = Mastodon(access_token=args[0], api_base_url=base)
        return globals()[step](api, *args[1:])
    if step == "relations":
        username, password, handle = args
        client_id, client_secret = Mastodon.create_app("Mastodon.py relations", api_base_url=base, scopes=SCOPES)
        api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=base)
        api.log_in(username, password, scopes=SCOPES)
        found = api.search_v2(handle, resolve=True)
        account = found["accounts"][0]
        followed = api.account_follow(account["id"])
        related = api.account_relationships([account["id"]])
        muted = api.account_mute(account["id"], notifications=False)
        mutes = api.mutes()
        unmuted = api.account_unmute(account["id"])
        unfollowed = api.account_unfollow(account["id"])
        searched = api.account_search(handle.lstrip("@").split("@")[0])
        return {
            "acct": account["acct"],
            "id": str(account["id"]),
            "requested": followed["requested"],
            "related": [str(r["id"]) for r in related],
            "muting": muted["muting"],
            "muting_notifications": muted["muting_notifications"],
            "mutes": [str(m["id"]) for m in mutes],
            "unmuted": unmuted["muting"],
            "unfollowed": unfollowed["following"] or unfollowed["requested"],
            "searched": [str(a["id"]) for a in searched],
        }
    if step == "stream":
        (token,) = args
        return stream(base, token)
    raise SystemExit("unknown step " + step)


def post(api, image, description, text):
    media = api.media_post(image, mime_type="image/png", description=description)
    status = api.status_post(text, media_ids=[media["id"]])
    return {
        "id": status["id"],
        "url": status["url"],
        "content": status["content"],
        "media": [{"id": m["id"], "url": m["url"], "description": m["description"]} for m in status["media_attachments"]],
    }


def home(api, limit):
    pages = []
    page = api.timeline_home(limit=int(limit))
    while page:
        pages.append([s["id"] for s in page])
        page = api.fetch_next(page)
    return {"pages": pages}


def notifications(api):
    return {
        "notifications": [
            {"type": n["type"], "acct": n["account"]["acct"], "status": (n.get("status") or {}).get("id")}
            for n in api.notifications()
        ]
    }


class UpdateListener(StreamListener):
    """Keeps the first update and wakes the waiting thread."""

    def __init__(self):
        super().__init__()
        self.updates = []
        self.arrived = threading.Event()

    def on_update(self, status):
        self.updates.append(status)
        self.arrived.set()


def stream(base, token):
    api = Mastodon(access_token=token, api_base_url=base)
    healthy = api.stream_healthy()
    listener = UpdateListener()
    handle = api.stream_user(listener, run_async=True, reconnect_async=False)
    posted = set()
    try:
        # The subscription starts when the request is answered: post until one of ours arrives.
        for attempt in range(15):
            posted.add(str(api.status_post("Mastodon.py streams, take %d" % attempt)["id"]))
            if listener.arrived.wait(1.0) and any(str(u["id"]) in posted for u in listener.updates):
                break
    finally:
        handle.close()
    mine = [u for u in listener.updates if str(u["id"]) in posted]
    if not mine:
        raise SystemExit("no update arrived on the user stream")
    return {"healthy": healthy, "event": "update", "id": str(mine[0]["id"]), "content": mine[0]["content"]}


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
