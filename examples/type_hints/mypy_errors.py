"""Two bugs mypy reports before they ship; Python fails only when the input is bad."""

from typing import Protocol

EMAILS: dict[int, str] = {1: "ada@example.com"}


def email_domain(user_id: int) -> str:
    email = EMAILS.get(user_id)  # str | None: the id may be unknown
    return email.split("@")[1]  # mypy: Item "None" ... has no attribute "split"


class Mailer(Protocol):
    def send(self, to: str, body: str) -> None: ...


class SmtpMailer:
    """Meant to be a Mailer, but send() takes a subject too, so it is not one."""

    def send(self, to: str, subject: str, body: str) -> None:
        print(f"to {to}: {subject}")


def notify_shipped(mailer: Mailer, user_id: int) -> None:
    mailer.send(EMAILS[user_id], "Your order has shipped")


def main() -> None:
    notify_shipped(SmtpMailer(), 1)  # mypy: incompatible type "SmtpMailer"


if __name__ == "__main__":
    print(email_domain(1))  # fine: prints example.com
    main()  # TypeError at run time: send() missing 1 required argument
