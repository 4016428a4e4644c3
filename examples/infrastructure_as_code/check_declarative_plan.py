"""A procedural script run twice, and a declarative plan and apply run twice."""

cloud: dict[str, dict] = {}  # what really exists: bucket name -> settings


def create_bucket(name: str, versioning: bool) -> None:  # procedural: one step
    if name in cloud:
        raise RuntimeError(f"BucketAlreadyExists: {name}")
    cloud[name] = {"versioning": versioning}


def plan(desired: dict[str, dict]) -> list[str]:  # declarative: compare with reality
    changes = [f"+ create {name}" for name in desired if name not in cloud]
    changes += [
        f"~ update {n}" for n in desired if n in cloud and cloud[n] != desired[n]
    ]
    return changes + [f"- destroy {name}" for name in cloud if name not in desired]


create_bucket("acme-uploads", versioning=False)
try:
    create_bucket("acme-uploads", versioning=False)
except RuntimeError as exc:
    print("script, second run:", exc)

desired = {"acme-uploads": {"versioning": True}, "acme-exports": {"versioning": True}}
for run in ("first", "second"):
    print(f"{run} plan:", plan(desired) or "no changes")
    cloud.clear()  # apply: make reality match the desired state
    cloud.update(desired)
