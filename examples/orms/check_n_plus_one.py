"""Count the queries a loop over authors' books runs: lazy loading vs selectinload."""

from sqlalchemy import ForeignKey, create_engine, event, orm, select
from sqlalchemy.orm import Mapped, mapped_column, relationship


class Base(orm.DeclarativeBase):
    pass


class Author(Base):
    __tablename__ = "authors"
    id: Mapped[int] = mapped_column(primary_key=True)
    books: Mapped[list["Book"]] = relationship()


class Book(Base):
    __tablename__ = "books"
    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("authors.id"))


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
queries: list[str] = []
event.listen(engine, "before_cursor_execute", lambda *args: queries.append(args[2]))
with orm.Session(engine) as session, session.begin():
    session.add_all([Author(books=[Book(), Book()]) for _ in range(4)])

for stmt in [select(Author), select(Author).options(orm.selectinload(Author.books))]:
    queries.clear()
    with orm.Session(engine) as session:
        books = [len(author.books) for author in session.scalars(stmt)]
    print(books, "queries:", len(queries))
