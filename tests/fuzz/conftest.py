"""Load the hypothesis profile (HYPOTHESIS_PROFILE: "ci" by default, "fuzz" for ``make fuzz``)."""
from security.profiles import register

register()
