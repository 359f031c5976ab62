"""Where an office holder sits and for which party, as articles write it after a name ("Rep. Ann Roe
(D-Calif.)", "Sen. Tom Hale, R-Texas,", "Sen. Tom Hale of Ohio"): data only, no logic.

:mod:`quotes.speakers.roles` reads these to tell "the California congresswoman" from "the Ohio
congressman" among the people an article titles alike.
"""

from __future__ import annotations

#: US states by their name as a description writes it (lower case), with the abbreviations a party
#: label uses after a name: the postal code and the older newspaper forms ("Calif.", "Tex.").
US_STATES: dict[str, frozenset[str]] = {
    name: frozenset(forms.split())
    for name, forms in {
        "alabama": "al ala", "alaska": "ak", "arizona": "az ariz", "arkansas": "ar ark",
        "california": "ca calif cal", "colorado": "co colo", "connecticut": "ct conn",
        "delaware": "de del", "florida": "fl fla", "georgia": "ga", "hawaii": "hi", "idaho": "id",
        "illinois": "il ill", "indiana": "in ind", "iowa": "ia", "kansas": "ks kan kans",
        "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md", "massachusetts": "ma mass",
        "michigan": "mi mich", "minnesota": "mn minn", "mississippi": "ms miss", "missouri": "mo",
        "montana": "mt mont", "nebraska": "ne neb", "nevada": "nv nev", "new hampshire": "nh n.h.",
        "new jersey": "nj n.j.", "new mexico": "nm n.m.", "new york": "ny n.y.",
        "north carolina": "nc n.c.", "north dakota": "nd n.d.", "ohio": "oh", "oklahoma": "ok okla",
        "oregon": "or ore", "pennsylvania": "pa penn", "rhode island": "ri r.i.",
        "south carolina": "sc s.c.", "south dakota": "sd s.d.", "tennessee": "tn tenn",
        "texas": "tx tex", "utah": "ut", "vermont": "vt", "virginia": "va", "washington": "wa wash",
        "west virginia": "wv w.va.", "wisconsin": "wi wis wisc", "wyoming": "wy wyo",
    }.items()
}

#: The party letters of a label after a name ("(D-Calif.)") and the party word a description uses.
PARTY_LETTERS: dict[str, str] = {"d": "democratic", "r": "republican", "i": "independent"}
