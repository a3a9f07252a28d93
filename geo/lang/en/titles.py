"""Titles before a person's name, and abbreviations whose dot does not end a sentence."""
from __future__ import annotations

__all__ = ["UNITS_AFTER_TITLE", "TITLES", "OFFICE_TITLES", "TITLE_ABBREVIATIONS", "PERSONAL_TITLES", "PERSON_NOUNS", "KIN_AND_ROLES", "PERSON_ROLES", "DOTTED_ABBREVIATIONS"]

#: Titles, ranks and roles written before a name (lower-case, without dot): capitalised words
#: after one of them are a person ("Gen. Asim", "Mayor Lincoln"), not a place.
TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady gen general lt col colonel maj major capt
    captain sgt sergeant cpl adm admiral brig cmdr commander president pres vice premier
    chancellor minister secretary senator sen rep representative gov governor mayor judge
    justice king queen prince princess emperor pope cardinal bishop archbishop rev reverend
    father sister brother imam sheikh shaikh ayatollah mullah maulana rabbi pastor chief
    officer detective inspector superintendent deputy coach dean ambassador envoy spokesman
    spokeswoman spokesperson chairman chairwoman ceo director professor doctor
    hon honourable honorable councillor councilman councilwoman commissioner
    attorney trooper agent corporal private lieutenant marshal field sens reps""".split()
)
#: Offices whose holder's full name follows them in lower case ("the Chinese ambassador Cheng
#: Yonghua", "foreign minister Wang Yi"): the first word of that name is the person's even when a
#: large city bears it. Not ranks or words with other senses before a place ("the general Kabul
#: area", "a private Lahore clinic", "chief", "deputy", "field").
OFFICE_TITLES = frozenset(
    """president premier chancellor minister secretary senator governor mayor ambassador envoy
    spokesman spokeswoman spokesperson commissioner chairman chairwoman""".split()
)
#: Titles written as their initials before a name ("FM Velan", "Deputy PM Aslam"), with the title
#: they stand for (as written, upper case: "pm" is a time of day).
TITLE_ABBREVIATIONS = {"FM": "Foreign Minister", "PM": "Prime Minister", "CM": "Chief Minister"}
#: Nouns that only name people, for appositions after a name ("Ana Ruiz, a nurse"; "Ed Lara,
#: a former police captain"): with the titles above, what makes the name a person's.
PERSON_NOUNS = TITLES | frozenset(
    """resident residents student teacher nurse farmer lawyer driver worker activist journalist
    reporter analyst official leader member businessman businesswoman candidate survivor
    witness victim suspect mother father son daughter wife husband widow grandmother
    grandfather man woman boy girl spokesperson legislator lawmaker politician economist
    researcher scientist author actor actress singer player footballer striker midfielder
    defender goalkeeper manager owner founder organizer organiser volunteer veteran soldier
    pilot physician surgeon engineer priest nun monk cleric preacher""".split()
)
#: Lower-case nouns a person's bare name follows ("her son Ahmed", "the missing student
#: Cristian", "his lawyer Ruiz") or that head an apposition with no article after a name ("Ana
#: Ruiz, mother of …"). Not "man", "resident" or titles: "a Hutchinson man", "Chief Minister
#: Punjab" put a place after them.
KIN_AND_ROLES = frozenset(
    """son daughter father mother brother sister wife husband widow widower uncle aunt cousin
    nephew niece grandson granddaughter grandfather grandmother stepson stepdaughter fiance
    fiancee boyfriend girlfriend colleague friend student classmate teacher lawyer journalist
    reporter activist singer actor actress footballer striker teammate""".split()
)
#: Lower-case nouns of a person's role written right before a full name or in an apposition
#: after it ("striker Jordan Henderson", "Paris Hilton, the hotel heiress,"): the roles and kin
#: above, and words of fame. Asked only of a name shaped like a person's (a surname at its
#: end): alone, "the host", "the star" also follow a town ("Doha, the host of the final").
PERSON_ROLES = PERSON_NOUNS | KIN_AND_ROLES | frozenset(
    """heiress socialite celebrity star rapper musician comedian presenter host model
    winger skipper forward""".split()
)
#: Forms of address that are only ever personal: "Lord Derby" is a person even where Derby is a town.
PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"})

#: Abbreviations whose dot does not end a sentence ("Gen. Munir", "Jan. 5", "No. 4", "Mt. Everest").
DOTTED_ABBREVIATIONS = frozenset(
    "gen lt col maj capt cpt sgt cpl pvt brig adm cmdr cdr gov sen rep pres prof rev fr hon dr mr "
    "mrs ms messrs st mt ft amb supt insp jan feb mar apr jun jul aug sep sept oct nov dec no nos "
    "vol vols fig figs art sec ch pp p para".split()
)

#: Lower-case words after "<Title> <Name>" that make the name a place's: the unit the officer
#: commands or heads is named after its area ("Local Unit Commander Kenema division", "the
#: Inspector Bo district team", "Commissioner Lagos state command"). A person's name is not
#: followed by these; the place's name is then no one's for the rest of the text.
UNITS_AFTER_TITLE = frozenset("division district province county region state command zone sector branch unit".split())
