"""SQLAlchemy 2.0: typed declarative models, relationships, select() and Sessions."""

from datetime import UTC, datetime

from sqlalchemy import DateTime, ForeignKey, String, create_engine, func, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
    selectinload,
)


# region models
class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    books: Mapped[list["Book"]] = relationship(
        back_populates="author", cascade="all, delete-orphan"
    )


class Book(Base):
    __tablename__ = "books"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    year: Mapped[int | None]  # Optional in Python -> NULL allowed in SQL
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"), index=True)
    added_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=lambda: datetime.now(UTC)
    )
    author: Mapped[Author] = relationship(back_populates="books")


# endregion models


# region queries
def add_sample_data(session: Session) -> None:
    ramalho = Author(
        name="Luciano Ramalho", books=[Book(title="Fluent Python", year=2022)]
    )
    percival = Author(
        name="Harry Percival",
        books=[
            Book(title="Test-Driven Development with Python", year=2017),
            Book(title="Architecture Patterns with Python", year=2020),
        ],
    )
    session.add_all([ramalho, percival])


def books_since(session: Session, year: int) -> list[str]:
    stmt = select(Book.title).where(Book.year >= year).order_by(Book.year)
    return list(session.scalars(stmt))  # values are bound parameters, never f-strings


def authors_with_book_counts(session: Session) -> list[tuple[str, int]]:
    stmt = (
        select(Author.name, func.count(Book.id))
        .join(Author.books)
        .group_by(Author.id)
        .order_by(func.count(Book.id).desc(), Author.name)
    )
    return [(name, count) for name, count in session.execute(stmt)]


def authors_with_books(session: Session) -> dict[str, list[str]]:
    # selectinload fetches all books in ONE extra query: no N+1 queries in the loop.
    stmt = select(Author).options(selectinload(Author.books)).order_by(Author.name)
    return {a.name: [b.title for b in a.books] for a in session.scalars(stmt)}


# endregion queries


# region session
def main() -> None:
    engine = create_engine("sqlite+pysqlite:///:memory:", echo=False)
    Base.metadata.create_all(engine)  # real projects use Alembic migrations

    with Session(engine) as session, session.begin():  # commits, or rolls back
        add_sample_data(session)

    with Session(engine) as session:
        print(books_since(session, 2018))
        print(authors_with_book_counts(session))
        print(authors_with_books(session))


# endregion session


if __name__ == "__main__":
    main()
