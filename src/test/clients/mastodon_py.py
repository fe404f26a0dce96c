"""Mastodon.py (Debian's python3-mastodon) against Kakehashi.

mastodon_py.py password <base> <username> <password>  -> create_app, log_in(password), account_verify_credentials
mastodon_py.py start <base>                          -> create_app and auth_request_url
mastodon_py.py code <base> <client_id> <client_secret> <code> -> log_in(code=...), account_verify_credentials
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
    if step == "stream":
        (token,) = args
        return stream(base, token)
    raise SystemExit("unknown step " + step)


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
