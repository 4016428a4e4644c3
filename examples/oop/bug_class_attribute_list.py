"""A shopping cart whose list of items is a class attribute."""


class Cart:
    items: list[str] = []

    def __init__(self, owner: str) -> None:
        self.owner = owner

    def add(self, item: str) -> None:
        self.items.append(item)


alice = Cart("alice")
bob = Cart("bob")
alice.add("book")
bob.add("laptop")
print(alice.owner, alice.items)
print(bob.owner, bob.items)
