"""Sort a list of dicts by several fields with itemgetter and with a lambda."""

from operator import itemgetter

users = [
    {"last": "Hopper", "first": "Grace", "orders": 3},
    {"last": "Lovelace", "first": "Ada", "orders": 7},
    {"last": "Hopper", "first": "Alan", "orders": 7},
]

by_name = sorted(users, key=itemgetter("last", "first"))
print([f"{u['first']} {u['last']}" for u in by_name])

busiest_first = sorted(users, key=lambda u: (-u["orders"], u["last"]))
print([f"{u['first']} {u['last']}" for u in busiest_first])
