# Sourced by the benchmark scripts: small helpers they share.
#   smaller A B   the smaller of two times; A may be empty (no run yet)
smaller() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }
