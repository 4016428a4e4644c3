"""Count and group request log records with Counter and defaultdict."""

from collections import Counter, defaultdict

records = [
    ("/orders", 200),
    ("/orders/7", 404),
    ("/orders", 200),
    ("/users/3", 404),
    ("/orders", 500),
]

statuses = Counter(status for _path, status in records)
print(statuses.most_common(2))
print(statuses[418])  # a missing key counts as 0 and is not added

paths_by_status: defaultdict[int, list[str]] = defaultdict(list)
for path, status in records:
    paths_by_status[status].append(path)
print(paths_by_status[404])
print(paths_by_status[418], sorted(paths_by_status))
