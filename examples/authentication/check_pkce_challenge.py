"""PKCE (RFC 7636): the S256 code challenge, and what the token endpoint checks."""

import base64
import hashlib
import hmac


def code_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def token_endpoint_accepts(verifier: str, challenge_from_redirect: str) -> bool:
    """The provider recomputes the challenge from the verifier the client sends."""
    return hmac.compare_digest(code_challenge(verifier), challenge_from_redirect)


# The example verifier from RFC 7636, appendix B; a real app makes a new one per login
# with secrets.token_urlsafe(64) and keeps it in the user's session.
verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
challenge = code_challenge(verifier)  # sent in the redirect to the provider
print("code_challenge:", challenge)
print("app with its verifier:", token_endpoint_accepts(verifier, challenge))
print("attacker with the challenge:", token_endpoint_accepts(challenge, challenge))
