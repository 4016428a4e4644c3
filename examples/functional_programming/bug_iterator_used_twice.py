"""A report that counts the active users' emails and then lists them."""

users = [
    {"email": "ada@example.com", "active": True},
    {"email": "bob@example.com", "active": False},
    {"email": "eve@example.com", "active": True},
]

emails = map(lambda u: u["email"], filter(lambda u: u["active"], users))
print("count:", sum(1 for _ in emails))
print("emails:", list(emails))
