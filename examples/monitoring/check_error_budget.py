"""An SLO of 99.9 % over 30 days: the error budget in minutes and in requests."""

slo = 0.999
window_minutes = 30 * 24 * 60
requests = 12_000_000  # POST /orders requests in the last 30 days
bad = 9_000  # failed, or slower than 300 ms

budget_minutes = (1 - slo) * window_minutes
budget_requests = round((1 - slo) * requests)
print(f"budget: {budget_minutes:.1f} minutes of full outage")
print(f"budget: {budget_requests} bad requests")
print(f"SLI so far: {1 - bad / requests:.3%}")
print(f"budget left: {1 - bad / budget_requests:.0%}")
