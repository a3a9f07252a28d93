"""Number words as news writes counts ("two soldiers", "a policeman", "forty people")."""
from __future__ import annotations

__all__ = ["NUMBER_WORDS", "SMALL_NUMBER_WORDS"]

#: Word -> value. "a"/"an" count one ("a policeman was killed").
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}
#: The words for one to ten, for day and week counts ("three days after").
SMALL_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
