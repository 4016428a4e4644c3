"""Archive a file whose name comes from an HTTP request, via a shell string."""

import subprocess

filename = "report.txt; echo INJECTED"  # sent by the client

result = subprocess.run(
    f"echo archiving {filename}",
    shell=True,
    capture_output=True,
    text=True,
    check=True,
    timeout=10,
)
print(result.stdout, end="")
