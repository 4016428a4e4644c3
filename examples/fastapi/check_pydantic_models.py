"""A Pydantic v2 request model: Field constraints, model_config, model_validate."""

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class ItemIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True, extra="forbid")

    name: str = Field(min_length=1, max_length=100)
    price_cents: int = Field(gt=0)


item = ItemIn.model_validate({"name": "  pen ", "price_cents": "250"})
print(item.model_dump())

try:
    ItemIn.model_validate({"name": "   ", "price_cents": -5, "colour": "red"})
except ValidationError as error:
    for problem in error.errors():
        print(problem["loc"], problem["type"])
