"""Sessions kept in a worker's memory, behind a round-robin load balancer."""

import itertools
import secrets


class Worker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.sessions: dict[str, str] = {}  # session id -> user, in this process only

    def login(self, user: str) -> str:
        session_id = secrets.token_hex(8)
        self.sessions[session_id] = user
        return session_id

    def me(self, session_id: str) -> str:
        user = self.sessions.get(session_id)
        return f"{self.name}: 200 {user}" if user else f"{self.name}: 401"


workers = [Worker("instance-1"), Worker("instance-2")]
balancer = itertools.cycle(workers)  # round robin

session_id = next(balancer).login("alice")
for _ in range(3):
    print(next(balancer).me(session_id))
