"""Property-based tests (hypothesis) of every parser: bounded by default, long under ``make fuzz``."""
