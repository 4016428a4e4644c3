"""A frozen dataclass as a value object: equality, hashing and immutability."""

from dataclasses import FrozenInstanceError, dataclass


@dataclass(frozen=True)
class Coordinate:
    lat: float
    lon: float


office = Coordinate(52.52, 13.40)
print(office)
print(office == Coordinate(52.52, 13.40))
visits = {office: 3}
print(visits[Coordinate(52.52, 13.40)])
try:
    office.lat = 0.0
except FrozenInstanceError as exc:
    print("assignment refused:", type(exc).__name__)
