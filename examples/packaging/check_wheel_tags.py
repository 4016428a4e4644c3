"""Which wheels pip may install on CPython 3.11, Linux x86-64: read from file names."""

from packaging.tags import compatible_tags, cpython_tags
from packaging.utils import parse_wheel_filename

PLATFORMS = ["manylinux_2_28_x86_64", "linux_x86_64"]
SUPPORTED = {
    *cpython_tags((3, 11), abis=["cp311"], platforms=PLATFORMS),
    *compatible_tags((3, 11), "cp311", platforms=PLATFORMS),
}

for filename in [
    "greetings-0.1.0-py3-none-any.whl",
    "fast_json-2.1.0-cp314-cp314-manylinux_2_28_x86_64.whl",
    "fast_json-2.1.0-cp311-cp311-macosx_11_0_arm64.whl",
    "fast_json-2.1.0-cp311-cp311-manylinux_2_28_x86_64.whl",
    "fast_json-2.1.0-cp38-abi3-manylinux_2_28_x86_64.whl",
]:
    _name, _version, _build, tags = parse_wheel_filename(filename)
    print(filename.removesuffix(".whl"), "->", bool(tags & SUPPORTED))
