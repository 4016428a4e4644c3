"""A lagging read replica, and a router that reads from the primary after a write."""

PIN_SECONDS = 5.0
primary = {"alice": "old bio"}
replica = dict(primary)  # replication is asynchronous: it copies changes later
last_write: dict[str, float] = {}  # user -> time of their last write


def save_bio(user: str, bio: str, now: float) -> None:
    primary[user] = bio
    last_write[user] = now


def read_bio(user: str, now: float, pin: bool) -> str:
    recent = now - last_write.get(user, float("-inf")) < PIN_SECONDS
    source = primary if pin and recent else replica
    return f"{'primary' if source is primary else 'replica'}: {source[user]}"


save_bio("alice", "new bio", now=100.0)
print("no pinning:  ", read_bio("alice", now=100.2, pin=False))
print("with pinning:", read_bio("alice", now=100.2, pin=True))
replica.update(primary)  # the replica catches up, about a second later
print("later:       ", read_bio("alice", now=106.0, pin=True))
