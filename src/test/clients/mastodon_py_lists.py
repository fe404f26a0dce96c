"""Mastodon.py (Debian's python3-mastodon) reads lists, a list's timeline, conversations and the
discovery lists from Kakehashi with an existing token.

mastodon_py_lists.py <base> <token> <account_id>  -> prints one JSON object
"""
import json
import sys

from mastodon import Mastodon


def main(base, token, account_id):
    api = Mastodon(access_token=token, api_base_url=base)
    made = api.list_create("From Mastodon.py")
    api.list_accounts_add(made, [account_id])
    members = api.list_accounts(made)
    timeline = api.timeline_list(made, limit=40)
    holding = api.account_lists(account_id)
    conversations = api.conversations()
    api.list_accounts_delete(made, [account_id])
    after = api.list_accounts(made)
    api.list_delete(made)
    return {
        "title": made["title"],
        "members": [str(a["id"]) for a in members],
        "timeline": [s["uri"] for s in timeline],
        "holding": [str(l["id"]) for l in holding],
        "list_id": str(made["id"]),
        "conversations": [{"unread": c["unread"], "accounts": len(c["accounts"])} for c in conversations],
        "members_after": len(after),
        "lists_after": [str(l["id"]) for l in api.lists()],
        "emojis": len(api.custom_emojis()),
        "announcements": len(api.announcements()),
    }


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
