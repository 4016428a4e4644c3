"""A chat room kept in process memory, run on two workers behind a load balancer."""


class Room:
    def __init__(self, worker: str) -> None:
        self.worker = worker
        self.clients: list[str] = []  # stands in for the open WebSocket connections

    def broadcast(self, text: str) -> None:
        for client in self.clients:
            print(f"{self.worker} -> {client}: {text}")


# Each worker process has its own Room; the load balancer spread the users out.
worker_a, worker_b = Room("worker A"), Room("worker B")
worker_a.clients.append("alice")
worker_b.clients.extend(["bob", "carol"])

print("in the room:", worker_a.clients + worker_b.clients)
worker_a.broadcast("alice: standup in 5 minutes")  # Alice's socket is on worker A
