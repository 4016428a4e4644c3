"""Make HTTP GET requests with requests: a Session, timeouts, status checks and JSON."""

from typing import Any

import requests

# (connect timeout, read timeout) in seconds. Without a timeout a request can
# hang forever on a server that accepts the connection but never answers.
TIMEOUT = (3.05, 10)


# region session
def make_session(user_agent: str = "roadmap-example/1.0") -> requests.Session:
    """A Session reuses TCP connections and shares headers between requests."""
    session = requests.Session()
    session.headers.update({"User-Agent": user_agent, "Accept": "application/json"})
    return session


def get_json(session: requests.Session, url: str, **params: str) -> Any:
    """GET a URL and return the decoded JSON body; raise for 4xx/5xx responses."""
    response = session.get(url, params=params, timeout=TIMEOUT)
    response.raise_for_status()  # turns 404, 500 ... into requests.HTTPError
    return response.json()


# endregion session


# region errors
def fetch_user(session: requests.Session, base_url: str, user_id: int) -> dict | None:
    """Return a user, or None if the server says it does not exist."""
    try:
        return get_json(session, f"{base_url}/users/{user_id}")
    except requests.HTTPError as exc:
        if exc.response is not None and exc.response.status_code == 404:
            return None
        raise  # other HTTP errors are real problems: let the caller see them


# endregion errors


def main() -> None:
    with make_session() as session:
        try:
            data = get_json(session, "https://httpbin.org/get", q="python")
        except requests.RequestException as exc:  # timeouts, DNS, HTTP errors ...
            print(f"request failed: {exc}")
        else:
            print(data["args"])


if __name__ == "__main__":
    main()
