"""The replica count a HorizontalPodAutoscaler computes for a CPU utilisation target."""

import math
from fractions import Fraction

TARGET, MIN_REPLICAS, MAX_REPLICAS, TOLERANCE = 70, 2, 10, Fraction(1, 10)


def desired(pods: int, usage_m: int, request_m: int | None) -> str:
    if request_m is None:
        return "no CPU request, so no utilisation: the HPA cannot scale"
    utilisation = Fraction(usage_m * 100, request_m)  # percent of the request
    ratio = utilisation / TARGET
    replicas = pods if abs(ratio - 1) <= TOLERANCE else math.ceil(pods * ratio)
    replicas = max(MIN_REPLICAS, min(MAX_REPLICAS, replicas))
    return f"{float(utilisation):.0f}% of request -> {replicas} replicas"


for pods, usage_m, request_m in [
    (3, 400, 250),
    (3, 180, 250),
    (7, 40, 250),
    (3, 400, None),
]:
    print(f"{pods} pods using {usage_m}m each:", desired(pods, usage_m, request_m))
