"""Gunicorn's 2 x cores + 1 starting point for workers, capped by the RAM."""


def workers_for(
    cores: int, ram_mb: int, worker_mb: int, reserved_mb: int = 1024
) -> int:
    by_cpu = 2 * cores + 1
    by_memory = (ram_mb - reserved_mb) // worker_mb  # leave room for the OS, nginx...
    return max(1, min(by_cpu, by_memory))


for cores, ram_mb in [(2, 4096), (4, 4096), (8, 16384)]:
    workers = workers_for(cores, ram_mb, worker_mb=350)
    print(f"{cores} cores, {ram_mb // 1024} GB: {workers} workers")
