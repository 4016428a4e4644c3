#!/usr/bin/env bash
# Find slow requests in an access log: count them per endpoint, slowest first.
# Usage: find_slow_requests.sh [access.log] [threshold-seconds]
# Log format: nginx "combined" plus the request time as the last field.
set -euo pipefail

log_file="${1:-access.log}"
threshold="${2:-1.0}"

# 1. awk: keep lines whose last field (request time) exceeds the threshold and
#    print the path (field 7) with the query string cut off.
# 2. sort | uniq -c: count identical paths.
# 3. sort -rn: most frequent first; head: top 10.
awk -v limit="$threshold" '$NF > limit { split($7, url, "?"); print url[1] }' "$log_file" \
	| sort \
	| uniq -c \
	| sort -rn -k1,1 -k2,2 \
	| head -n 10
