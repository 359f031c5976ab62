"""Words that place an article in a country: data only, no logic.

Each country (ISO 3166 code) with the lower-case names, adjectives, capitals and seats of government
an article uses for it. :mod:`quotes.speakers.countries` counts them among the article's named
entities to tell which country's registry entries a generic mention ("the government", "the prime
minister") may stand for.
"""

from __future__ import annotations

from quotes.lexicon.seats import US_STATES

#: Countries whose own press calls their government "the government" and their leader "the prime
#: minister" or "the president" without naming the country: an article's home is the one of these it
#: names most.
HOME_COUNTRIES: frozenset[str] = frozenset({"GB", "US", "CA", "AU", "IE", "NZ", "IN", "ZA"})

#: More countries whose English-language press writes "the government" of its own: an article's home only
#: when it names none of :data:`HOME_COUNTRIES` (a Nigerian story is no British one; an American story
#: about Pakistan is still American).
OTHER_HOME_COUNTRIES: frozenset[str] = frozenset({"NG", "PK", "KE", "GH", "SG", "MY", "PH", "LK", "BD"})

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
    "CA": frozenset(
        {"canada", "canadian", "canadians", "ottawa", "parliament hill", "toronto", "montreal", "vancouver"}
    ),
    "AU": frozenset(
        {"australia", "australian", "australians", "canberra", "sydney", "melbourne", "brisbane"}
    ),
    "IE": frozenset({"ireland", "irish", "dublin", "dail", "dáil", "oireachtas", "leinster house"}),
    "NZ": frozenset(
        {"new zealand", "new zealander", "new zealanders", "wellington", "auckland", "christchurch"}
    ),
    "IN": frozenset(
        {"india", "indian", "indians", "new delhi", "delhi", "mumbai", "kolkata", "chennai", "bengaluru"}
        | {"lok sabha"}
    ),
    "ZA": frozenset(
        {"south africa", "south african", "south africans", "pretoria", "johannesburg", "cape town", "durban"}
    ),
    "NG": frozenset({"nigeria", "nigerian", "nigerians", "abuja", "lagos"}),
    "PK": frozenset({"pakistan", "pakistani", "pakistanis", "islamabad", "karachi", "lahore", "peshawar"}),
    "KE": frozenset({"kenya", "kenyan", "kenyans", "nairobi", "mombasa"}),
    "GH": frozenset({"ghana", "ghanaian", "ghanaians", "accra"}),
    "SG": frozenset({"singapore", "singaporean", "singaporeans"}),
    "MY": frozenset({"malaysia", "malaysian", "malaysians", "kuala lumpur"}),
    "PH": frozenset({"philippines", "filipino", "filipinos", "manila"}),
    "LK": frozenset({"sri lanka", "sri lankan", "sri lankans", "colombo"}),
    "BD": frozenset({"bangladesh", "bangladeshi", "bangladeshis", "dhaka"}),
    "UA": frozenset({"ukraine", "ukrainian", "ukrainians", "kyiv", "kiev"}),
    "RU": frozenset({"russia", "russian", "russians", "moscow", "kremlin"}),
    "FR": frozenset({"france", "french", "paris", "elysee", "élysée"}),
    "DE": frozenset({"germany", "german", "germans", "berlin"}),
    "CN": frozenset({"china", "chinese", "beijing", "shanghai"}),
    "JP": frozenset({"japan", "japanese", "tokyo"}),
    "IL": frozenset({"israel", "israeli", "israelis", "jerusalem", "tel aviv"}),
}

#: Places a dateline opens a paragraph with that name no country above ("GENEVA (Reuters) - "), lower case.
DATELINE_PLACES: frozenset[str] = frozenset(
    {
        "geneva",
        "brussels",
        "the hague",
        "davos",
        "rome",
        "madrid",
        "vienna",
        "dubai",
        "doha",
        "riyadh",
        "tehran",
        "ankara",
        "istanbul",
        "cairo",
        "kabul",
        "seoul",
        "hong kong",
        "taipei",
        "jakarta",
        "bangkok",
        "hanoi",
        "kathmandu",
        "addis ababa",
        "kampala",
        "harare",
        "lusaka",
        "dar es salaam",
        "mexico city",
        "brasilia",
        "buenos aires",
        "guwahati",
        "srinagar",
        "jaipur",
        "lucknow",
        "patna",
        "bhopal",
        "chandigarh",
        "rawalpindi",
        "quetta",
        "multan",
        "port harcourt",
        "kano",
        "ibadan",
    }
)


#: States and territories of federal countries whose news calls a state's government "the state" ("the
#: state appealed the ruling"): the United States, Australia, India and Nigeria (a Nigerian state is
#: also written "Kaduna State"). Lower case; the US states are :data:`quotes.lexicon.seats.US_STATES`.
STATES: frozenset[str] = frozenset(US_STATES) | frozenset(
    {"new south wales", "victoria", "queensland", "tasmania", "south australia", "western australia",
     "andhra pradesh", "assam", "bihar", "gujarat", "haryana", "karnataka", "kerala", "madhya pradesh",
     "maharashtra", "odisha", "punjab", "rajasthan", "tamil nadu", "telangana", "uttar pradesh",
     "west bengal",
     "abia", "adamawa", "akwa ibom", "anambra", "bauchi", "bayelsa", "benue", "borno", "cross river",
     "delta", "ebonyi", "edo", "ekiti", "enugu", "gombe", "imo", "jigawa", "kaduna", "kano", "katsina",
     "kebbi", "kogi", "kwara", "lagos", "nasarawa", "niger", "ogun", "ondo", "osun", "oyo", "plateau",
     "rivers", "sokoto", "taraba", "yobe", "zamfara"}
)  # fmt: skip
