"""Copying a config dict with dict(): which changes reach the original?"""

DEFAULTS = {"debug": False, "allowed_hosts": ["localhost"]}

config = dict(DEFAULTS)  # a new dict, but its values are the same objects
config["debug"] = True  # rebinds a key in the copy only
config["allowed_hosts"].append("api.example.com")  # mutates the shared list

print(DEFAULTS)
print(config)
