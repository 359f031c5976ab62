"""A third challenge set, on how a name the article gives is turned into the speaker's full name, and on
pronouns and continuations where more than one person could be meant. Written after reading which
mechanisms failed on PolNeAR dev (never its sentences): a nickname in quote marks inside a name, a
generational suffix ("Jr."), a surname spelt with a curly apostrophe in one place and a straight one in
another, a surname misspelt once, a man called "Mr. X" in a story that names only his wife in full, a
given name that misleads about gender beside a noun that tells it ("widow"), an organisation named
later by the end of its name ("the Courier"), "the campaign" after its candidate, and "he"/"she" or a
quote paragraph with no cue after someone else was named in between.

Styles: US metro, national and political desks (Mr./Mrs., middle initials, "(D-Va.)"), wire copy, a
British regional paper, an Australian broadcaster's site, a local TV station's site, a live blog, an
opinion page, a court report and a letters page. Every passage and every person in it was invented for
these tests.

The cases have the shape of :mod:`tests.speakers.challenge_passages`: ``(case id, text, expected)``;
names are compared as the benchmark's strict figure compares them.

Round one (12 passages, 41 quotes) was written before the parser was changed; four passages were then
reworded where the statistical model tagged a name as no person at all (a mechanism these cases do not
test). It comes out 25 right on the parser of the time (main at 34a0b20). Round two (3 passages, 7
quotes: "they" after a group that names its members, a source introduced in apposition just before a
"he said" quote, a familiar form of a given name) was written after round one's fixes, with the rules
for those three mechanisms; 1 right on main.
"""

from __future__ import annotations

from tests.speakers.challenge_passages import Case

CASES: list[Case] = [
    (
        "usmetro-nickname-in-quote-marks",
        'NORFOLK, Va. - For 30 summers, Rep. Robert C. "Bobby" Fenwick (D-Va.) has thrown open his '
        "garden for a Labor Day picnic.\n"
        "This year the crowd was bigger. Bobby Fenwick said he would decide on a Senate run by spring.\n"
        '"I have not ruled anything out," Fenwick said, waving to a neighbor.\n'
        'His niece, state Del. Marcia "Cia" Dorsey, introduced him to the crowd.\n'
        '"He has been patient for a long time," Dorsey said.',
        [
            ("he would decide on a Senate run", "Robert C. Fenwick"),
            ("I have not ruled anything out", "Robert C. Fenwick"),
            ("He has been patient", "Marcia Dorsey"),
        ],
    ),
    (
        "uspolitics-generational-suffix",
        "Speaking to nursing students in Dayton on Tuesday, Senator Harold T. Benning Jr. answered his "
        "rival's claim that paying no tax was clever.\n"
        '"Tell that to the nurse who pays her taxes every month," Mr. Benning said. "Tell that to your '
        'parents."\n'
        "Benning said the remark showed contempt for working families.",
        [
            ("Tell that to the nurse", "Harold T. Benning Jr."),
            ("Tell that to your parents", "Harold T. Benning Jr."),
            ("the remark showed contempt", "Harold T. Benning Jr."),
        ],
    ),
    (
        "localtv-curly-and-straight-apostrophes",
        "The fire started shortly before 9 p.m. in a vacant warehouse on Pier Street, fire chief Dennis "
        "O’Rourke said.\n"
        "\"We don't know yet what caused it,\" said O'Rourke, who took over the department in June.\n"
        "O'Rourke said two firefighters were treated for smoke inhalation.\n"
        'A neighbor, Gina Patel, said she heard a bang. "The whole street shook," Patel said.',
        [
            ("We don't know yet", "Dennis O’Rourke"),
            ("two firefighters were treated", "Dennis O’Rourke"),
            ("The whole street shook", "Gina Patel"),
        ],
    ),
    (
        "usnational-surname-misspelt-once",
        "Latrice McAllister, 34, and Deon Walker, 41, waited three hours to see the candidate.\n"
        "McAlister said the campaign had never knocked on her door.\n"
        "“It only comes around when it needs us,” she said.\n"
        "Walker said he would vote anyway. “The other side is worse,” he said.",
        [
            ("never knocked on her door", "Latrice McAllister"),
            ("It only comes around", "Latrice McAllister"),
            ("he would vote anyway", "Deon Walker"),
            ("The other side is worse", "Deon Walker"),
        ],
    ),
    (
        "usmetro-mr-and-his-wife-named-in-full",
        "The campaign plans to send Mr. Okafor and his wife, Grace Okafor, to six swing states before "
        "the vote.\n"
        '"This is about every family in this country," Mr. Okafor said on Saturday in Akron.\n'
        "Grace Okafor, a former teacher, spoke after him.\n"
        '"I have watched him keep his word for 20 years," she said.\n'
        "Mr. Okafor said his opponent had no plan for the factories that closed.",
        [
            ("about every family", "Okafor"),
            ("I have watched him", "Grace Okafor"),
            ("his opponent had no plan", "Okafor"),
        ],
    ),
    (
        "opinion-widow-with-a-mans-given-name",
        "Relatives of the crash victims say the airline's excuses do not hold up.\n"
        "“The company's reasons for the delay are simply wrong,” said widow Terry Haskins.\n"
        "She continued, “All we want is a hearing in front of a judge.”\n"
        "Her brother-in-law, Neil Haskins, said the family had waited six years.",
        [
            ("reasons for the delay", "Terry Haskins"),
            ("All we want is a hearing", "Terry Haskins"),
            ("the family had waited six years", "Neil Haskins"),
        ],
    ),
    (
        "ukregional-newspaper-and-council-short-forms",
        "The Harrowgate Courier newspaper reported on Monday that the council had spent £2m on "
        "consultants.\n"
        "The Courier said the contracts were never put out to tender.\n"
        "The Northern Fire Safety Council met on Friday and issued a statement.\n"
        "The Safety Council said the warehouse blaze was a clear breach of the rules.\n"
        "Council leader Joan Whitby said the spending had been approved properly.",
        [
            ("had spent £2m on consultants", "Harrowgate Courier"),
            ("never put out to tender", "Harrowgate Courier"),
            ("a clear breach of the rules", "Northern Fire Safety Council"),
            ("approved properly", "Joan Whitby"),
        ],
    ),
    (
        "liveblog-the-campaign-after-its-candidate",
        "9:15 a.m.\n"
        "Senator Ann Wilder plans to call on young people to join a national service scheme.\n"
        "The campaign says the senator will set out the plan in a speech on Friday.\n"
        "10:40 a.m.\n"
        "Governor Tom Pryce says the scheme would cost too much.\n"
        "“It is a gimmick,” Pryce told reporters in Tampa.",
        [
            ("will set out the plan", "Wilder campaign"),
            ("would cost too much", "Tom Pryce"),
            ("It is a gimmick", "Tom Pryce"),
        ],
    ),
    (
        "wire-he-after-another-mans-quote",
        "WASHINGTON (AP) - Dan Ferriday has spent 14 years in the state house without running for "
        "higher office.\n"
        '"He has never shown much appetite for a statewide race," said Paul Kemper, a political '
        'scientist at Ridge College. "Money will be the question."\n'
        'Ferriday bristles at the suggestion. "I\'ve raised what I needed every time," he said, cutting '
        "off a reporter.",
        [
            ("never shown much appetite", "Paul Kemper"),
            ("Money will be the question", "Paul Kemper"),
            ("I've raised what I needed", "Dan Ferriday"),
        ],
    ),
    (
        "aus-continuation-after-anothers-paraphrase",
        "Treasurer Megan Solway said the budget would return to surplus within two years.\n"
        '"We have made the hard calls," Ms Solway said.\n'
        "Opposition spokesman Rhys Calder said the forecasts relied on high iron ore prices.\n"
        '"They are building a house on sand," Mr Calder said.\n'
        '"The first downturn will wash it away."',
        [
            ("return to surplus", "Megan Solway"),
            ("We have made the hard calls", "Megan Solway"),
            ("relied on high iron ore prices", "Rhys Calder"),
            ("building a house on sand", "Rhys Calder"),
            ("The first downturn", "Rhys Calder"),
        ],
    ),
    (
        "usmetro-two-women-in-one-paragraph",
        "Judge Carla Menendez heard the case on Tuesday. The tenants' lawyer, Rachel Stroud, asked for more "
        "time.\n"
        "“My clients were given four days to leave their homes,” Stroud said.\n"
        "Menendez refused. “The law gives this court no room to wait,” she wrote in her order.\n"
        "Stroud said she would appeal.",
        [
            ("My clients were given four days", "Rachel Stroud"),
            ("The law gives this court", "Carla Menendez"),
            ("she would appeal", "Rachel Stroud"),
        ],
    ),
    (
        "wire-they-after-critics-named-in-the-phrase",
        "Critics of the visa scheme, like Senators Ann Roe, Republican of Ohio, and Tom Hale, Democrat of "
        "Maine, want it rewritten before it expires. They sent a letter to party leaders on Thursday.\n"
        '"The scheme has become a magnet for fraud," they wrote.\n'
        "Supporters, including the Northern Mayors Forum, have urged Congress to renew it, although they say "
        "they would accept some changes.",
        [
            ("magnet for fraud", "Ann Roe and Tom Hale"),
            ("they would accept some changes", "Northern Mayors Forum"),
        ],
    ),
    (
        "usnational-source-introduced-then-quoted",
        "Senator Paul Reyes has struggled to win over young voters this year.\n"
        "While Reyes drew huge crowds of students in 2018, that has not happened this time, which is "
        "something that worries Henry Castillo, president of the Miami-based Young Democrats Caucus.\n"
        "“Nobody is lining up for him now. Reyes had a movement. Now he has a mailing list,” he said.\n"
        "Reyes said he would visit six campuses before the vote.",
        [
            ("Nobody is lining up", "Henry Castillo"),
            ("he would visit six campuses", "Paul Reyes"),
        ],
    ),
    (
        "court-familiar-form-of-the-given-name",
        "Attorney General William J. Carver filed the suit in federal court on Monday.\n"
        "\"This company broke the law and then lied about it,\" Bill Carver told reporters outside the "
        "courthouse.\n"
        "The company's lawyer, Thomas Reid, called the suit baseless. Tom Reid said the firm would fight "
        "it.\n"
        "Carver said the case could take two years.",
        [
            ("broke the law", "William J. Carver"),
            ("the firm would fight it", "Thomas Reid"),
            ("could take two years", "William J. Carver"),
        ],
    ),
    (
        "letters-page-namesakes",
        "Mark Delaney, the club's founder, and his daughter, Niamh Delaney, opened the new stand on "
        "Saturday.\n"
        "“Dad built this club from nothing,” Niamh Delaney said.\n"
        "Mr. Delaney said the stand was paid for by members, not banks.\n"
        "“Every brick belongs to the fans,” he said.\n"
        "Ms. Delaney said the club would open a girls' team next year.",
        [
            ("Dad built this club", "Niamh Delaney"),
            ("paid for by members", "Mark Delaney"),
            ("Every brick belongs", "Mark Delaney"),
            ("open a girls' team", "Niamh Delaney"),
        ],
    ),
]
