"""A procedural script run twice, and a declarative plan computed twice, for the same bucket."""

cloud: dict[str, dict] = {}  # what really exists: bucket name -> settings


def create_bucket(name: str, versioning: bool) -> None:  # procedural: one step
    if name in cloud:
        raise RuntimeError(f"BucketAlreadyExists: {name}")
    cloud[name] = {"versioning": versioning}


def plan(desired: dict[str, dict]) -> list[str]:  # declarative: compare, then act
    changes = [f"+ create {name}" for name in desired if name not in cloud]
    changes += [
        f"~ update {n}" for n in desired if n in cloud and cloud[n] != desired[n]
    ]
    changes += [f"- destroy {name}" for name in cloud if name not in desired]
    return changes


create_bucket("acme-uploads", versioning=False)
try:
    create_bucket("acme-uploads", versioning=False)
except RuntimeError as exc:
    print("script, second run:", exc)

desired = {"acme-uploads": {"versioning": True}, "acme-exports": {"versioning": True}}
print("first plan:", plan(desired))
cloud.clear()
cloud.update(desired)  # apply
print("second plan:", plan(desired))
