"""Word lists for the article's entity model: data only, no logic.

Given names that tell a gender, the organisation head nouns a definite description refers back with,
and family nouns that tell a gender. Documents that speak for their owners are in
:mod:`quotes.lexicon.documents`. Everything is lower case.
"""

from __future__ import annotations

#: Common given names that almost always name a man: gender evidence for a name the article gives
#: with no honorific ("Tom Hale ... he"). Names used for both (Jordan, Taylor, Alex) are left out. The
#: later lines hold names common in English-language news of India, Pakistan, West and southern Africa,
#: Ireland, Wales, Scotland, New Zealand and South Africa, and of Japan, where a name of either sex
#: (Kiran, Kim, Li) is left out too.
MALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    aaron adam adrian ahmed alan albert alexander alfred ali andrew angus anthony antonio arthur barack
    ben benjamin bernie bill billy bob bobby boris brad bradley brandon brian bruce bryan carl carlos
    charles charlie chris christopher chuck colin craig dale dan daniel danny darren david dennis derek
    dick don donald doug douglas dwight ed eddie edward emmanuel eric ernest frank franklin fred
    frederick gary gavin george gerald gordon graham greg gregory harold harry henry howard hugh ian
    ivan jack jacob jake james jared jason jeb jeff jeffrey jeremy jerry jim jimmy joe joel john johnny
    jon jonathan joseph josh joshua juan justin keith ken kenneth kevin larry lawrence leonard lindsey
    louis luke marco marcus mark martin matt matthew michael mike mitch mitchell mohammed muhammad
    nathan neil nicholas nick nigel oliver omar oscar patrick paul pedro peter phil philip pierre rand
    ray raymond reince richard rick rob robert rod roger ron ronald roy rudy rupert russell ryan sam
    samuel scott sean sergei seth simon stanley stephen steve steven stuart ted terry thomas tim
    timothy todd tom tommy tony travis trevor victor vince vincent vladimir walter wayne william willie
    abdul abdullah ahmad akbar alberto alejandro alistair allen alvin andre andres andy angelo antonin
    armando arnold barry bernard bert bill boyd brendan brett brent bret calvin cameron carlton cecil
    clarence claude clayton clifford clint cody conor corey cory curtis cyrus darrell
    dave desmond devin dmitry dominic duncan dustin earl edgar edwin eli elijah elliot emilio enrique
    ernesto eugene evan everett felipe felix fernando floyd francis francisco françois gabriel garrett
    geoff geoffrey gilbert glenn gustavo hamid hans harvey hassan hector herbert herman hussein
    igor isaac jacques jamal javier jay jens jesse jesus jorge jose julian karl kurt kyle lance
    leon leroy lloyd lorenzo lucas luis manuel marc mario marvin maurice melvin miguel milton mohamed
    nathaniel ned newt noah norman otto pablo pete philippe rafael ralph ramon randall
    randy raul reggie reginald rex ricardo rick ricky roberto rodney roland ronnie salvador
    sanjay sebastian sergio shane sheldon sidney stan stefan sylvester ted theodore troy tyler
    vernon wade wesley wilbur xavier yusuf zachary zeke
    aarav abhishek amit anil arjun arvind ashok deepak dinesh ganesh gaurav harish manoj mahesh mukesh
    narendra naveen nitin pradeep prakash rahul rajesh rajiv rakesh ramesh ravi rohit sachin sandeep
    sanjeev sunil suresh vijay vikram asif bilal faisal imran khalid naveed shahid tariq usman zubair
    babajide chidi chukwuemeka emeka femi kofi kojo kwabena kwame obinna olusegun segun tunde yaw
    bongani jabulani mandla sibusiso sipho thabo themba
    cathal cian ciaran ciarán colm darragh declan diarmuid donal dónal eamon eamonn éamon eoin fergal
    fintan micheál niall oisin oisín padraig pádraig ruairi ruairí seamus séamus tadhg
    dafydd gareth huw iwan rhys hamish hemi rawiri tamati wiremu
    frederik hendrik jaco johan pieter riaan willem hiroshi kenji takeshi haruto
    """.split()
)

#: Common given names that almost always name a woman.
FEMALE_GIVEN_NAMES: frozenset[str] = frozenset(
    """
    abigail alice alison amanda amy andrea angela angelina ann anna anne barbara betty beverly
    brenda carly carol caroline catherine charlotte chelsea cheryl christina christine claire
    cynthia deborah debbie debra denise diana diane donna dorothy elaine elizabeth ellen emily emma
    evelyn fiona frances gabrielle gloria grace hannah heather helen hillary irene jane janet janice
    jennifer jessica jill joan joanne judith judy julia julie karen kate katherine kathleen kathryn
    kathy kayleigh kelly kimberly laura lauren linda lisa liz lori louise lucy lynn margaret maria
    marie marilyn martha mary megan melania melissa michelle monica nancy natalie nicole nikki olivia
    pamela patricia paula rachel rebecca rose ruth sally samantha sandra sara sarah sharon shirley
    sophie stephanie susan suzanne teresa theresa tina ursula valerie victoria virginia wendy
    adriana agnes aisha alexandra alexis allison alma angelique anita annette audrey ayesha
    beatrice becky belinda bernadette beth bethany bonnie brianna bridget brittany camille carla carmen
    carolyn cassandra cecilia celia charlene christy cindy clara claudia colleen connie constance
    daisy darlene delia della diane dolores doris edith eileen eleanor elena elise ella
    eloise elsa erica erin esther eva felicia florence francesca gail geraldine gina
    gwen harriet hazel heidi hilary ida ilhan ingrid isabel isabella ivanka jackie jacqueline
    jeanne jeannette jenna jenny joanna jocelyn josephine joyce juanita kamala karina katie
    kirsten kristen kristin laurie leah lena lila lillian lily lorraine lucia lydia mabel madeleine
    madeline maggie mallory marcia margarita marianne marina marjorie marlene marsha maureen maxine
    meghan melanie melinda mercedes meredith mildred miriam molly muriel nadia naomi nina nora norma
    patsy patti peggy phyllis priscilla rebekah regina renee rhonda rita roberta rosa rosalind
    rosemary roxanne sabrina selena serena shannon sheila sherry silvia sonia stacy susanna sylvia
    tamara tammy tanya tara tatiana thelma tiffany toni tracy vanessa vera veronica vicki viola vivian
    wanda yolanda yvonne zoe
    aditi anjali asha deepika divya geeta gita kavita lakshmi meera neha nisha pooja preeti priya
    radhika rekha shalini shreya sita sunita swati usha amina fatima saira zainab
    abena adaeze adwoa akosua ama bukola chiamaka chioma efua folake funmilayo ngozi yetunde
    lindiwe nokuthula nomvula thandeka thandiwe zanele njeri wanjiku
    aisling aoife bríd caoimhe ciara deirdre grainne gráinne mairead máiréad niamh orla orlaith roisin
    róisín saoirse siobhan siobhán sinead sinéad sorcha bethan cerys ffion rhiannon sian siân ngaire
    annelie marike akiko keiko naoko sachiko yoko yumiko
    """.split()
)

#: Nouns in apposition to a name that tell a person's gender ("his wife, Ann Roe"; "Ann Roe, a mother").
FAMILY_GENDER: dict[str, str] = {
    "wife": "female",
    "mother": "female",
    "daughter": "female",
    "sister": "female",
    "widow": "female",
    "grandmother": "female",
    "aunt": "female",
    "husband": "male",
    "father": "male",
    "son": "male",
    "brother": "male",
    "widower": "male",
    "grandfather": "male",
    "uncle": "male",
}

#: Plural family nouns an article names two relatives with ("my parents, Tom and Ann Hale"), and the
#: singular noun each of them is by the gender of the given name.
PARENT_NOUNS: dict[str, dict[str, str]] = {
    "parents": {"male": "father", "female": "mother"},
    "grandparents": {"male": "grandfather", "female": "grandmother"},
}


#: Generational suffixes that close a person's name ("Harold T. Benning Jr."): part of the name as
#: written, but the surname is the word before them.
GENERATIONAL_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: Familiar forms of given names and the formal names they stand for ("Bill Carver" is the "William J.
#: Carver" the article names in full); a form that shortens names of either sex lists both.
GIVEN_NAME_SHORT_FORMS: dict[str, frozenset[str]] = {
    short: frozenset(formal.split())
    for short, formal in {
        "al": "albert alan allan alfred", "alex": "alexander alexandra", "andy": "andrew",
        "barb": "barbara", "becky": "rebecca", "ben": "benjamin", "beth": "elizabeth",
        "bill": "william", "billy": "william", "bob": "robert", "bobby": "robert", "cathy": "catherine",
        "charlie": "charles", "chris": "christopher christine christina", "chuck": "charles",
        "dan": "daniel", "danny": "daniel", "dave": "david", "debbie": "deborah debra", "dick": "richard",
        "don": "donald", "doug": "douglas", "ed": "edward edwin", "eddie": "edward", "fred": "frederick",
        "greg": "gregory", "hank": "henry", "harry": "henry harold", "jack": "john", "jeff": "jeffrey",
        "jenny": "jennifer", "jerry": "gerald jerome", "jim": "james", "jimmy": "james", "joe": "joseph",
        "jon": "jonathan", "kate": "katherine catherine kathryn", "kathy": "kathleen katherine",
        "ken": "kenneth", "larry": "lawrence", "liz": "elizabeth", "maggie": "margaret",
        "matt": "matthew", "meg": "margaret", "mike": "michael", "mitch": "mitchell", "nick": "nicholas",
        "pat": "patrick patricia", "peggy": "margaret", "pete": "peter", "rich": "richard",
        "rick": "richard", "rob": "robert", "ron": "ronald", "sam": "samuel samantha",
        "steve": "stephen steven",
        "sue": "susan", "ted": "edward theodore", "tim": "timothy", "tom": "thomas", "tommy": "thomas",
        "tony": "anthony", "vicky": "victoria", "will": "william",
    }.items()
}  # fmt: skip

#: Short forms of an organisation's name that stand for more than one institution, so that the one
#: the article names in full is no safe reading of them ("the House" beside "the White House").
AMBIGUOUS_SHORT_FORMS: frozenset[str] = frozenset({"house"})

#: Words of a role description that mean the same as another ("the GOP nominee" is "Republican
#: nominee Tom Hale"), for matching a description to the title the article gave someone.
MODIFIER_SYNONYMS: dict[str, str] = {
    "gop": "republican",
    "dem": "democratic",
    "democrat": "democratic",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
}

#: Capitalised words that stand before a name as a title ("Father Jacques Roe", "Coach Ann Lee"), not as
#: a given name: a name the model cut short is not extended over them. Some are given names or
#: surnames too ("Dean", "King"), so they are not stripped from a name the model tagged whole.
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "father", "rabbi", "imam", "sister", "brother", "cardinal", "pope", "bishop", "pastor", "coach",
        "detective", "agent", "commissioner", "superintendent", "prince", "princess", "king", "queen",
        "councilman", "councilwoman", "assemblyman", "assemblywoman", "delegate", "premier", "chancellor",
        "admiral", "captain", "sergeant", "lieutenant", "colonel", "major", "trooper", "deputy", "dean",
        "nurse", "uncle", "aunt", "house", "senate", "congress", "parliament",
    }
)  # fmt: skip

#: Words of organisations' names besides their head nouns ("Federal Reserve Bank", "Fraternal Order"):
#: two or three capitalised words holding one are an organisation's, not a person's, before "of".
ORGANISATION_NAME_WORDS: frozenset[str] = frozenset(
    {
        "academy", "society", "federation", "brotherhood", "order", "college", "school", "bureau",
        "church", "museum", "fund", "corporation", "authority", "reserve", "conference", "chamber",
        "guard", "navy", "army", "force", "corps", "trust", "institution", "laboratory", "hospital",
        "times", "post", "journal", "news", "national", "american", "international", "federal",
        "royal", "united", "state", "city", "county", "general",
    }
)  # fmt: skip

#: Last words of a company's name that no person's surname is ("Acme Water", "Northern Energy", "Delta
#: Airlines", "Vale Holdings"), which the model may tag a person for the made-up or family name before them.
#: "Power", "Bank" and "Banks" stay out: they are surnames too ("Samantha Power").
COMPANY_LAST_WORDS: frozenset[str] = frozenset(
    {
        "water", "energy", "gas", "electric", "utilities", "airlines", "airways", "holdings", "group",
        "motors", "pharmaceuticals", "pharma", "telecom", "telecoms", "railways", "insurance", "plc",
        "ltd", "inc", "llc", "corp", "bancorp", "foods", "brewery", "logistics", "petroleum",
    }
)  # fmt: skip

#: Last words of the name of an institution that a person's surname or a place's name never ends in
#: ("St Mary's Hospital", "King's College", "Holy Trinity School"), which the model may tag a person or a
#: place for the saint's or founder's name inside it.
INSTITUTION_LAST_WORDS: frozenset[str] = frozenset(
    {"hospital", "infirmary", "clinic", "hospice", "school", "college", "academy", "university", "museum"}
)

#: Words that name a political party without its noun ("Republicans", "the GOP", "Labour"), with the
#: party's name: "the party" after them is that party when the article names no party in full.
PARTY_WORDS: dict[str, str] = {
    "republican": "Republican Party",
    "republicans": "Republican Party",
    "gop": "Republican Party",
    "democrat": "Democratic Party",
    "democrats": "Democratic Party",
    "democratic": "Democratic Party",
    "labour": "Labour Party",
    "conservative": "Conservative Party",
    "conservatives": "Conservative Party",
    "tory": "Conservative Party",
    "tories": "Conservative Party",
    "libertarian": "Libertarian Party",
    "libertarians": "Libertarian Party",
}

#: Party words that also name a view anyone may hold ("a conservative economist", "a libertarian
#: streak"): they do not tie a person to the party.
VIEW_WORDS: frozenset[str] = frozenset({"conservative", "conservatives", "libertarian", "libertarians"})

#: Modifiers of a role that put its holder's term in the past: "the former president" is not the one
#: the article titles "President Roe" (in office), only one it calls "former President Roe".
PAST_TERM_MODIFIERS: frozenset[str] = frozenset(
    {"former", "ex", "onetime", "one-time", "erstwhile", "retired"}
)

#: Role and epithet heads that tell a gender ("the businessman" is a man, "the congresswoman" a woman).
ROLE_GENDER: dict[str, str] = {
    "businessman": "male",
    "businesswoman": "female",
    "congressman": "male",
    "congresswoman": "female",
    "chairman": "male",
    "chairwoman": "female",
    "spokesman": "male",
    "spokeswoman": "female",
    "man": "male",
    "woman": "female",
    "actor": "male",
    "actress": "female",
    "lady": "female",
    "father": "male",
    "mother": "female",
    "grandmother": "female",
    "grandfather": "male",
    "gran": "female",
    "grandad": "male",
    "mum": "female",
    "dad": "male",
}

#: Role heads that name the same office as another title ("the judge" after "Justice Ann Roe").
SAME_ROLE: dict[str, frozenset[str]] = {
    "judge": frozenset({"justice", "magistrate"}),
    "ceo": frozenset({"executive"}),  # "the CEO" of "chief executive Ann Roe"
    "lawyer": frozenset({"attorney", "counsel"}),
    "attorney": frozenset({"lawyer", "counsel"}),
    # a member of the US House: "Rep. Ann Roe" is "the congresswoman" ("the representative")
    "congressman": frozenset({"representative"}),
    "congresswoman": frozenset({"representative"}),
    "representative": frozenset({"congressman", "congresswoman"}),
    "doctor": frozenset({"physician"}),  # "Former Club Doctor" over "the club's physician, Ann Roe"
    "physician": frozenset({"doctor"}),
    "chairman": frozenset({"chair"}),  # "Ex-Party Chairman" over "the party's former chair"
    "chairwoman": frozenset({"chair"}),
    "chair": frozenset({"chairman", "chairwoman"}),
}

#: Title words that make a director or secretary someone's spokesperson ("communications director Ann
#: Roe", "press secretary Tom Hale"): "a spokeswoman for the campaign" may be that person.
SPOKESPERSON_TITLE_WORDS: frozenset[str] = frozenset({"communications", "press"})

#: Nouns of a spokesperson ("a spokeswoman", "a spokesman"), which such a title fits.
SPOKESPERSON_NOUNS: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson"})

#: Heads of a partitive description that may stand for a body named beside it ("One of them, Acme
#: Health Group, said"; "another").
PARTITIVE_HEADS: frozenset[str] = frozenset({"one", "another", "each"})

#: Head nouns of a person's campaign ("the Roe campaign", "Roe's campaign"): the speaker is the
#: organisation named "<surname> campaign".
CAMPAIGN_HEADS: frozenset[str] = frozenset({"campaign"})

#: Nouns for the people around a candidate that stand for the candidate's campaign in a story that names
#: it ("Clinton's team says", "the Roe camp"): only where the article names that campaign too.
TEAM_HEADS: frozenset[str] = frozenset({"team", "camp"})

#: Epithet heads of a definite description that refers back to a person the article has named ("the
#: billionaire businessman", "the real estate developer", "the former first lady"), besides the
#: role heads of :data:`quotes.lexicon.speakers.SPEAKER_ROLE_HEADS`.
EPITHET_HEADS: frozenset[str] = frozenset(
    {
        "developer",
        "lady",
        "mogul",
        "magnate",
        "billionaire",
        "front-runner",
        "frontrunner",
        "democrat",
        "republican",
        "independent",
        "lawmaker",
        "politician",
        "veteran",
        "activist",
        "entrepreneur",
        "star",
        "official",
        "tycoon",
        "baron",
        "heir",
        "heiress",
        "celebrity",
        "incumbent",
        "challenger",
        "hopeful",
        "contender",
        # sport and the people of local and tabloid stories ("the Real Madrid midfielder", "the pundit",
        # "the great-grandmother", "the pensioner")
        "pundit",
        "midfielder",
        "striker",
        "defender",
        "goalkeeper",
        "winger",
        "skipper",
        "flanker",
        "batsman",
        "batter",
        "bowler",
        "player",
        "footballer",
        "cricketer",
        "golfer",
        "boxer",
        "jockey",
        "sprinter",
        "grandmother",
        "grandfather",
        "gran",
        "grandad",
        "mum",
        "dad",
        "pensioner",
        "statesman",
        "stateswoman",
        # people of letters, arts, science and medicine, and what age or fate made them ("the novelist",
        # "the teenager", "the widow"), and an office not yet taken up ("the president-elect")
        "novelist",
        "columnist",
        "commentator",
        "critic",
        "socialist",
        "comedian",
        "musician",
        "rapper",
        "filmmaker",
        "investor",
        "scientist",
        "surgeon",
        "physician",
        "coach",
        "newcomer",
        "teenager",
        "retiree",
        "widow",
        "widower",
        "survivor",
        "president-elect",
    }
)

#: Head nouns of a definite description of an organisation the article has named ("the company", "the
#: court"): the description refers back to the latest organisation named with that word, or (for the
#: generic ones in :data:`GENERIC_ORGANISATION_HEADS`) the latest organisation named at all.
ORGANISATION_BACK_HEADS: frozenset[str] = frozenset(
    {
        "company",
        "firm",
        "court",
        "board",
        "commission",
        "committee",
        "agency",
        "department",
        "union",
        "foundation",
        "group",
        "organization",
        "organisation",
        "institute",
        "center",
        "centre",
        "council",
        "university",
        "bank",
        "network",
        "newspaper",
        "paper",
        "channel",
        "party",
        "ministry",
        "police",
        "campaign",
        "administration",
        "service",
        "office",
        "association",
        "coalition",
        "league",
        "alliance",
        "club",
        "website",
        "site",
        "fund",
        "bloc",
    }
)

#: Kinds of publication a definite description may name by ("the journal", "the website"): it stands for
#: the one publication of that kind the article names ("the Irish Medical Journal", "the website Acme
#: Daily").
PUBLICATION_HEADS: frozenset[str] = frozenset({"journal", "website", "site", "newspaper", "magazine", "blog"})

#: Organisation heads that refer back to the latest organisation the article named, whatever its name.
GENERIC_ORGANISATION_HEADS: frozenset[str] = frozenset(
    {"company", "firm", "organization", "organisation", "group"}
)

#: Lower-case particles inside a surname ("Ludwig van Dalen", "Ana da Silva", "Omar bin Said").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"van", "von", "de", "da", "di", "du", "del", "della", "der", "den", "la", "le"}
    | {"bin", "ibn", "al", "dos"}
)

#: Nouns that refer back to an organisation of their type though its name lacks them ("the union"
#: after "the United Auto Workers", "the central bank" after "the Federal Reserve"), each with the
#: words of an organisation's name that make it of that type. A description also refers back to an
#: organisation its own word is in the name of ("the agency" for "the Acme Agency"), and to one the
#: article gave that noun in apposition ("Ofgem, the energy regulator,").
ORGANISATION_TYPE_WORDS: dict[str, frozenset[str]] = {
    "union": frozenset(
        {"union", "workers", "teamsters", "federation", "brotherhood", "guild", "afl-cio", "association"}
    ),
    "agency": frozenset({"agency", "bureau", "administration", "authority", "service", "office"}),
    "bureau": frozenset({"bureau", "agency"}),
    "department": frozenset({"department", "ministry"}),
    "ministry": frozenset({"ministry", "department"}),
    "regulator": frozenset({"commission", "authority", "regulator", "agency", "board"}),
    "watchdog": frozenset({"commission", "authority", "watchdog", "inspector", "ombudsman"}),
    "bank": frozenset({"bank", "reserve", "fed"}),
    "lender": frozenset({"bank", "reserve", "fed", "lending", "credit"}),
    "police": frozenset({"police", "constabulary", "sheriff", "yard"}),
    "force": frozenset({"police", "constabulary"}),
    "court": frozenset({"court", "tribunal"}),
    "newspaper": frozenset({"times", "post", "journal", "herald", "tribune", "gazette", "daily"}),
    "paper": frozenset({"times", "post", "journal", "herald", "tribune", "gazette", "daily"}),
    "network": frozenset({"news", "network", "broadcasting", "television", "tv"}),
    "broadcaster": frozenset({"news", "network", "broadcasting", "television", "tv", "radio"}),
    "university": frozenset({"university", "college"}),
    "school": frozenset({"school", "college", "academy"}),
    "charity": frozenset({"charity", "trust", "foundation", "fund"}),
    "hospital": frozenset({"hospital", "clinic", "infirmary"}),
    "airline": frozenset({"airline", "airlines", "airways", "air"}),
    "carmaker": frozenset({"motors", "motor", "auto", "automotive"}),
    "automaker": frozenset({"motors", "motor", "auto", "automotive"}),
}

#: Last words of the name of a body of police officers that is no force: "police" refer back to no
#: "Acme Police Union" or "Acme Police Foundation".
NOT_FORCE_LAST_WORDS: frozenset[str] = frozenset(
    {"union", "association", "federation", "foundation", "fund", "league", "lodge", "brotherhood",
     "benevolent", "memorial", "museum", "academy", "college", "chiefs", "officers"}
)  # fmt: skip

#: Words of a title that open it before its role noun ("National Executive Director", "Deputy Chief
#: Executive"), which the model tags into the name of the organisation before them ("the Acme Council
#: National Executive" of "... National Executive Director Ann Roe"); lower case.
TITLE_OPENING_WORDS: frozenset[str] = frozenset(
    {"executive", "national", "deputy", "chief", "vice", "senior", "assistant", "managing", "acting",
     "interim", "associate", "regional", "general", "founding", "legislative", "political", "research"}
)  # fmt: skip

#: Organisations well known by a name that says nothing of their kind, with the nouns a report refers
#: back to them by ("the broadcaster" after "the BBC", "the regulator" after "Ofcom"); lower case.
KNOWN_ORGANISATION_NOUNS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("bbc", "itv", "rte", "rté", "cnn", "nbc", "abc", "cbs", "npr", "pbs", "cbc", "sabc", "nhk", "msnbc",
         "cnbc", "ard", "zdf", "al jazeera", "sky", "channel 4", "channel 5", "s4c", "tvnz", "abc news",
         "rt", "russia today", "cgtn", "france 24", "dw", "deutsche welle", "euronews", "fox news", "sky news",
         "cnn international", "nhk world", "al arabiya", "trt world", "press tv"),
        frozenset({"broadcaster", "network", "channel", "station", "corporation"}),
    ),
    **dict.fromkeys(
        ("ofgem", "ofcom", "ofwat", "ofsted", "ofqual", "sec", "fca", "ftc", "fcc", "cma", "asa", "ipso"),
        frozenset({"regulator", "watchdog", "agency", "authority"}),
    ),
    **dict.fromkeys(
        ("fed", "ecb", "bundesbank", "boj", "rbi", "cbn", "rba", "snb"),
        frozenset({"bank", "central bank", "lender", "regulator"}),
    ),
    **dict.fromkeys(
        ("home office", "foreign office", "cabinet office", "scotland office", "wales office",
         "northern ireland office", "treasury", "hm treasury", "pentagon", "quai d'orsay"),
        frozenset({"department", "ministry"}),
    ),
    **dict.fromkeys(("nhs", "who", "fbi", "cia", "nasa", "epa", "fda", "cdc", "irs", "hmrc", "dvla"),
                    frozenset({"agency", "service", "authority", "body"})),
    **dict.fromkeys(("european union", "eu", "e.u.", "african union", "asean", "mercosur", "ecowas",
                     "opec", "gulf cooperation council", "eurasian economic union", "caricom"),
                    frozenset({"bloc"})),
}  # fmt: skip

#: Words of an organisation's name (or nouns the article gives it in apposition) that make it a public
#: body, a union, a party, a court or a school, never what "the company" or "the firm" refers back to.
NOT_COMPANY_WORDS: frozenset[str] = frozenset(
    {
        "department",
        "ministry",
        "agency",
        "bureau",
        "commission",
        "committee",
        "council",
        "court",
        "party",
        "union",
        "workers",
        "police",
        "university",
        "college",
        "school",
        "campaign",
        "administration",
        "senate",
        "house",
        "congress",
        "parliament",
        "government",
        "office",
        "authority",
        "army",
        "navy",
        "church",
        "assembly",
        "legislature",
        "state",
        "states",
        "nations",
        "regulator",
        "watchdog",
    }
)

#: Companies by the nouns for a firm of a trade ("the carrier", "the retailer"): any organisation of
#: the article that is no public body, like "the company".
COMPANY_HEADS: frozenset[str] = frozenset(
    {"company", "firm", "corporation", "carrier", "retailer", "insurer", "manufacturer", "chain", "startup"}
)

#: Nouns of a trade whose firms' names seldom carry the noun ("the bank" for Wells Fargo or Barclays):
#: when no organisation of the article has a name of the noun's type, the one company it names.
UNWORDED_TRADE_HEADS: frozenset[str] = frozenset({"bank", "lender"})

#: Documents a publication prints, so that "an article in Politico" is the publication's even when the
#: model tags its name a place ("a poll in Iowa" is still about Iowa).
PUBLISHED_HEADS: frozenset[str] = frozenset({"article", "editorial", "column", "story", "op-ed", "blog"})

#: Findings that speak for the document they come from ("early results of an entrance poll").
FINDING_HEADS: frozenset[str] = frozenset({"results", "findings", "estimates", "figures", "data"})

#: Words that mark a document as another one of its kind ("a second poll", "another survey"): an
#: article that has them has documents of one kind by more than one owner.
OTHER_DOCUMENT_WORDS: frozenset[str] = frozenset(
    {"another", "second", "third", "other", "separate", "different", "rival", "competing", "previous"}
)

#: Capitalised nouns of occupation, place or family that British, Irish and Commonwealth papers write as a
#: "false title" before a name ("Neighbour Tracey Booth", "Lawyer Roger Cruz", "Pensioner Edna Wilkes"):
#: no part of the person's name. Some are surnames too ("Farmer", "Driver"), so they are dropped only
#: before a full name of two words or more.
FALSE_TITLE_WORDS: frozenset[str] = frozenset(
    {
        "neighbour", "neighbor", "lawyer", "solicitor", "barrister", "mum", "dad", "mother", "grandmother",
        "grandfather", "gran", "grandad", "grandma", "grandpa", "pensioner", "student", "pupil", "teacher",
        "headteacher", "headmaster", "headmistress", "farmer", "shopkeeper", "resident", "campaigner",
        "activist", "builder", "driver", "landlord", "landlady", "publican", "owner", "worker", "volunteer",
        "organiser", "organizer", "survivor", "witness", "victim", "chef", "comedian", "presenter",
        "broadcaster", "journalist", "photographer", "striker", "midfielder", "defender", "goalkeeper",
        "skipper", "boss", "veteran", "widow", "widower", "businessman", "businesswoman", "entrepreneur",
        "mechanic", "plumber", "electrician", "paramedic", "midwife", "carer", "cleaner", "councillor",
        "economist", "analyst", "author", "singer", "actor", "actress", "star", "tenant", "homeowner",
        "commuter", "fan", "supporter", "trader", "retiree", "graduate", "academic", "researcher",
        "constable", "inspector", "sergeant", "detective", "garda",
    }
)  # fmt: skip


#: Nouns that describe a person only, never a company or a body, before or beside a name the model
#: may tag a body ("Her neighbour Keith Lowry", "his wife, Ann Roe"): the name beside one is a person's.
PERSON_ONLY_NOUNS: frozenset[str] = frozenset(
    {
        "neighbour", "neighbor", "wife", "husband", "mother", "father", "daughter", "son", "sister",
        "brother", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "widow",
        "widower", "boyfriend", "girlfriend", "partner", "fiance", "fiancee", "fiancée", "friend",
        "pensioner", "mum", "dad", "grandson", "granddaughter", "colleague", "classmate", "teammate",
    }
)  # fmt: skip


#: Nouns of a kind of business written as a title before a company's name ("Miner Redstone Resources",
#: "Carmaker Kiyo Motors", "Lender Bay Bank"), which no company's own name opens with: not the name.
COMPANY_DESCRIPTION_WORDS: frozenset[str] = frozenset(
    {
        "miner", "carmaker", "automaker", "drugmaker", "chipmaker", "retailer", "supermarket", "lender",
        "insurer", "airline", "carrier", "broadcaster", "regulator", "watchdog", "housebuilder",
        "homebuilder",
        "conglomerate", "startup", "start-up", "brewer", "distiller", "utility", "telco", "outsourcer",
        "steelmaker", "shipbuilder", "planemaker", "rival",
    }
)  # fmt: skip
