"""A list is iterable; the iterator you get from iter() can be used up."""

ids = [3, 1, 2]
it = iter(ids)

print(next(it))
print(list(it))
print(list(it))
print(next(it, "exhausted"))  # the default instead of raising StopIteration
print(list(ids), list(ids))
print(iter(it) is it, iter(ids) is ids)
