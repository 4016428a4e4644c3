"""A create endpoint's service function adds an author in a Session and returns."""

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)


def create_author(name: str) -> int:
    with Session(engine) as session:
        author = Author(name=name)
        session.add(author)
        session.flush()  # sends the INSERT, so the id is known
        return author.id


print("created id:", create_author("Ada"))
with Session(engine) as session:
    print("authors in the database:", session.scalar(select(func.count(Author.id))))
