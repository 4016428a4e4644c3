"""A Money value class with magic methods, and the frozen-dataclass alternative."""

from __future__ import annotations  # for 3.13 and older; 3.14+ evaluates lazily

from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from functools import total_ordering

CENT = Decimal("0.01")


# region money
@total_ordering  # derives <=, >, >= from __eq__ and __lt__
class Money:
    """An amount in one currency. Decimal, never float: 0.1 + 0.2 != 0.3 in binary."""

    __slots__ = ("amount", "currency")

    def __init__(self, amount: Decimal | str | int, currency: str = "EUR") -> None:
        self.amount = Decimal(amount).quantize(CENT, rounding=ROUND_HALF_EVEN)
        self.currency = currency

    def __repr__(self) -> str:  # unambiguous, for developers and logs
        return f"Money({str(self.amount)!r}, {self.currency!r})"

    def __str__(self) -> str:  # friendly, for end users
        return f"{self.amount} {self.currency}"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Money):
            return NotImplemented  # let Python try other.__eq__, then fall back
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __hash__(self) -> int:  # equal objects must hash equal
        return hash((self.amount, self.currency))

    def __lt__(self, other: Money) -> bool:
        self._check_currency(other)
        return self.amount < other.amount

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._check_currency(other)
        return Money(self.amount + other.amount, self.currency)

    def _check_currency(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")


# endregion money


# region dataclass
@dataclass(frozen=True, order=True)
class Price:
    """The same idea with far less code: dataclass writes __init__, __repr__,
    __eq__, __hash__ (because frozen=True) and the ordering methods for you."""

    amount: Decimal
    currency: str = "EUR"

    def __add__(self, other: Price) -> Price:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")
        return Price(self.amount + other.amount, self.currency)


# endregion dataclass


if __name__ == "__main__":
    total = sum([Money("9.99"), Money("0.01")], start=Money(0))
    print(repr(total), "|", total)  # Money('10.00', 'EUR') | 10.00 EUR
    print(Money("1.005") == Money("1.00"))  # True: banker's rounding to cents
    print(sorted([Money(3), Money(1), Money(2)]))
    print(Price(Decimal("1.50")) + Price(Decimal("2.25")))
