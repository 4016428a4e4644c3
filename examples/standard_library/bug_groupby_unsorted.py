"""Group log records by status code with itertools.groupby."""

from itertools import groupby
from operator import itemgetter

records = [("/orders", 200), ("/users/3", 404), ("/cart", 200), ("/orders/7", 404)]

for status, group in groupby(records, key=itemgetter(1)):
    print(status, [path for path, _status in group])
