"""Month and weekday names with their common news abbreviations (AP and Reuters style)."""
from __future__ import annotations

__all__ = ["MONTHS", "MONTH_NAMES", "MONTH_ABBREVIATIONS", "WEEKDAYS", "WEEKDAY_ABBREVIATIONS", "CALENDAR_WORDS", "NAMED_AFTER_A_DAY"]

MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
#: Month word (full or abbreviated, lower-case, no dot) -> month number.
MONTHS = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}

#: Weekday name -> ``date.weekday()`` number.
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_ABBREVIATIONS = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}

#: Every calendar word: capitalised, none of them is a place or a surname.
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(WEEKDAY_ABBREVIATIONS)

#: Heads of names that take a date before them (capitalised, as written): a movement, party or
#: armed group named after the day it was founded ("the March 23 Movement", "the 6 April Youth
#: Movement"), a pact named after the day it was signed ("the May 17 Agreement").
NAMED_AFTER_A_DAY = frozenset(
    "Movement Revolutionary Revolution Uprising Alliance Front Brigade Brigades Group Coalition Party "
    "Declaration Agreement Accord Accords Manifesto".split()
)
