"""functools.partial versus a lambda: what can be sent to a process pool?"""

import pickle
from functools import partial


def resize(path: str, width: int) -> str:
    return f"{path} -> {width}px"


jobs = {
    "partial": partial(resize, width=800),
    "lambda": lambda path: resize(path, width=800),
}
for name, job in jobs.items():
    print(name, job("cat.png"))
    try:
        pickle.dumps(job)  # what a ProcessPoolExecutor does with each task
        print(name, "can be pickled")
    except (pickle.PicklingError, AttributeError):
        print(name, "cannot be pickled")
print(jobs["partial"].func.__name__, jobs["partial"].keywords)
