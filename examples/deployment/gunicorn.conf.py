"""Gunicorn settings for serving an ASGI app (FastAPI) with Uvicorn worker processes.

Run: gunicorn -c gunicorn.conf.py fastapi_crud:app
The worker class comes from the `uvicorn-worker` package (it replaces the
deprecated `uvicorn.workers` module).
"""

import multiprocessing
import os

# region settings
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")  # nginx proxies to this
# A common starting point is 2 x cores + 1; measure and adjust for your workload.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "uvicorn_worker.UvicornWorker"
# Gunicorn 24+ also has a native ASGI worker, without the uvicorn-worker package:
# worker_class = "asgi"
timeout = 30  # restart a worker that is silent for this many seconds
graceful_timeout = 30  # time to finish in-flight requests on shutdown or reload
# Longer than nginx's upstream keepalive_timeout (60 s, see nginx.conf): if Gunicorn
# closed idle connections first, nginx could reuse one just closed (a sporadic 502).
keepalive = 75
max_requests = 1000  # recycle workers now and then to contain memory leaks
max_requests_jitter = 100  # ... but not all at the same moment
accesslog = "-"  # log to stdout/stderr and let the platform collect it
errorlog = "-"
forwarded_allow_ips = "127.0.0.1"  # trust X-Forwarded-* only from the local nginx
# endregion settings
