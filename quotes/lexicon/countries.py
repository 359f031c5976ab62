"""Words that place an article in a country: data only, no logic.

Each country (ISO 3166 code) with the lower-case names, adjectives, capitals and seats of government
an article uses for it. :mod:`quotes.speakers.countries` counts them among the article's named
entities to tell which country's registry entries a generic mention ("the government", "the prime
minister") may stand for.
"""

from __future__ import annotations

#: Countries whose own press calls their government "the government" and their leader "the prime
#: minister" or "the president" without naming the country: an article's home is the one of these it
#: names most.
HOME_COUNTRIES: frozenset[str] = frozenset({"GB", "US", "CA", "AU", "IE", "NZ", "IN", "ZA"})

#: Lower-case words for each country.
COUNTRY_WORDS: dict[str, frozenset[str]] = {
    "GB": frozenset(
        {
            "uk",
            "u.k.",
            "united kingdom",
            "britain",
            "great britain",
            "british",
            "briton",
            "britons",
            "england",
            "english",
            "scotland",
            "scottish",
            "wales",
            "welsh",
            "northern ireland",
            "london",
            "westminster",
            "whitehall",
            "downing street",
        }
    ),
    "US": frozenset(
        {
            "us",
            "u.s.",
            "usa",
            "u.s.a.",
            "united states",
            "america",
            "american",
            "americans",
            "washington",
            "white house",
            "capitol hill",
        }
    ),
    "CA": frozenset({"canada", "canadian", "canadians", "ottawa", "parliament hill"}),
    "AU": frozenset({"australia", "australian", "australians", "canberra"}),
    "IE": frozenset({"ireland", "irish", "dublin", "dail", "dáil"}),
    "NZ": frozenset({"new zealand", "new zealander", "new zealanders", "wellington"}),
    "IN": frozenset({"india", "indian", "indians", "new delhi", "delhi"}),
    "ZA": frozenset({"south africa", "south african", "south africans", "pretoria"}),
    "UA": frozenset({"ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"}),
    "RU": frozenset({"russia", "russian", "russians", "moscow", "kremlin"}),
    "FR": frozenset({"france", "french", "paris", "elysee", "élysée"}),
    "DE": frozenset({"germany", "german", "germans", "berlin"}),
}
