"""Benchmarks: `python -m bench.run` (or `make bench`) writes bench/RESULTS.md."""
