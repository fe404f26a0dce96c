"""Mastodon.py (Debian's python3-mastodon) against Kakehashi.

mastodon_py.py password <base> <username> <password>  -> create_app, log_in(password), account_verify_credentials
mastodon_py.py start <base>                          -> create_app and auth_request_url
mastodon_py.py code <base> <client_id> <client_secret> <code> -> log_in(code=...), account_verify_credentials
Prints one JSON object.
"""
import json
import sys

from mastodon import Mastodon

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
    raise SystemExit("unknown step " + step)


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
