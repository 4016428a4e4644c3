"""Books per author with select(): join() vs outerjoin(), execute() vs scalars()."""

from sqlalchemy import ForeignKey, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    books: Mapped[list["Book"]] = relationship()


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session, session.begin():
    for name, books in [("Percival", 2), ("Ramalho", 1), ("Beazley", 0)]:
        session.add(Author(name=name, books=[Book() for _ in range(books)]))

count = func.count(Book.id)
inner = select(Author.name, count).join(Author.books).group_by(Author.id)
outer = select(Author.name, count).outerjoin(Author.books).group_by(Author.id)
with Session(engine) as session:
    print("execute:", session.execute(inner.order_by(Author.name)).all())
    print("scalars:", session.scalars(inner.order_by(Author.name)).all())
    print("outer:  ", session.execute(outer.order_by(count.desc())).all())
