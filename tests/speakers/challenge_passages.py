"""A challenge set for pronoun and continuation speakers: short news-style passages written for these
tests, in several outlets' styles (UK, US, wire, long-form, interview-heavy), each with the speaker a
careful reader gives every quote or claim.

Each case is ``(case id, text, expected)``, where ``expected`` is a list of ``(snippet, name)``: the
record whose text holds ``snippet`` must name ``name`` (``None``: the article names nobody, or the
antecedent is truly ambiguous). Paragraphs are separated by newlines, as articles are read.
"""

from __future__ import annotations

Case = tuple[str, str, list[tuple[str, str | None]]]

CASES: list[Case] = [
    (
        "uk-she-after-a-mans-quote-woman-named-between",
        "Tom Harding, the council leader, defended the budget on Tuesday.\n"
        "“We have made hard choices,” he said.\n"
        "The plan was opposed by Labour's Sarah Mills, who called it reckless.\n"
        "“This will hurt families,” she said.",
        [("We have made hard choices", "Tom Harding"), ("This will hurt families", "Sarah Mills")],
    ),
    (
        "uk-she-is-the-object-in-apposition",
        "“The numbers do not add up,” said Peter Quinn, a Treasury adviser.\n"
        "Quinn had briefed the chancellor, Rachel Dunn, on Monday.\n"
        "“I told him the figures were wrong,” she said.",
        [("The numbers do not add up", "Peter Quinn"), ("I told him the figures", "Rachel Dunn")],
    ),
    (
        "us-he-added-after-another-man-between",
        "“Prices will keep rising,” said Mark Ellis, an economist at Barrow Bank.\n"
        "The bank's governor, John Kirby, raised rates last month, a move Ellis called overdue.\n"
        "“Households should brace for a tough winter,” he added.",
        [("Prices will keep rising", "Mark Ellis"), ("Households should brace", "Mark Ellis")],
    ),
    (
        "uk-quote-continued-over-paragraphs",
        "Dave Cole, the union's leader, spoke outside the plant.\n"
        "“We have worked here for thirty years.\n"
        "“Nobody asked us before the line was shut. We found out from the news,” he said.",
        [("Nobody asked us", "Dave Cole")],
    ),
    (
        "us-she-is-the-object-of-the-sentence-before",
        "Senator Mike Dolan pressed Governor Ann Price about the delay on Friday. "
        "She said the bridge would open in May.",
        [("the bridge would open in May", "Ann Price")],
    ),
    (
        "us-he-is-the-main-subject-not-the-subordinate-one",
        "After Judge Carl West ruled against the city, Mayor Tom Rudd called a press conference. "
        "He said the city would appeal.",
        [("the city would appeal", "Tom Rudd")],
    ),
    (
        "uk-she-named-in-a-subordinate-clause-agrees-in-gender",
        "Although Tom Rudd had promised a quick appeal, the judge, Carol West, was unmoved.\n"
        "“The law is clear,” she said.",
        [("The law is clear", "Carol West")],
    ),
    (
        "uk-two-men-the-latest-subject-speaks",
        "Jim Baker, the home secretary, said the plan would cut crime.\n"
        "His shadow, Paul Grant, disagreed. “This is a gimmick,” he said.\n"
        "“It will not put a single officer on the street,” Grant added.",
        [
            ("the plan would cut crime", "Jim Baker"),
            ("This is a gimmick", "Paul Grant"),
            ("It will not put a single officer", "Paul Grant"),
        ],
    ),
    (
        "wire-senators-of-both-sides",
        "WASHINGTON — Senator Ruth Ortega said on Tuesday that the bill would pass the Senate this week.\n"
        "“We have the votes,” Ortega told reporters outside the Capitol. “We have had them for a while.”\n"
        "Her Republican colleague, Senator Dan Fry, said he would oppose it.\n"
        "“It spends money we do not have,” he said in a statement.",
        [
            ("the bill would pass", "Ruth Ortega"),
            ("We have the votes", "Ruth Ortega"),
            ("We have had them", "Ruth Ortega"),
            ("he would oppose it", "Dan Fry"),
            ("It spends money", "Dan Fry"),
        ],
    ),
    (
        "organisation-it-in-a-statement",
        "Acme Water said on Monday it would raise bills by 8 percent. "
        "“The increase pays for new pipes,” it said in a statement.",
        [("The increase pays for new pipes", "Acme Water")],
    ),
    (
        "group-they-names-nobody",
        "Nurses at St. Mary's Hospital walked out on Monday. "
        "They said staffing had reached a breaking point.",
        [("staffing had reached", None)],
    ),
    (
        "longform-she-after-her-brother-is-named",
        "Maria Santos was 19 when she left home.\n"
        "“I had two bags and no plan,” she said.\n"
        "Her brother, Luis, stayed behind to look after their mother.\n"
        "“He was the brave one,” she said. “I was the lucky one.”",
        [
            ("I had two bags", "Maria Santos"),
            ("He was the brave one", "Maria Santos"),
            ("I was the lucky one", "Maria Santos"),
        ],
    ),
    (
        "uk-she-after-a-mans-quote-woman-leads-a-petition",
        "“The school will close in June,” said Councillor Robert Hale.\n"
        "Parents, led by Joanne Pike, have started a petition.\n"
        "“We will fight this all the way,” she said.",
        [("The school will close", "Robert Hale"), ("We will fight this", "Joanne Pike")],
    ),
    (
        "uk-he-added-after-his-predecessor-is-named",
        "“The deal is good for farmers,” said Agriculture Minister Colin Barr.\n"
        "The deal was negotiated by his predecessor, Neil Fenwick, who left office in May.\n"
        "“It opens new markets in Asia,” he added.",
        [("The deal is good for farmers", "Colin Barr"), ("It opens new markets", "Colin Barr")],
    ),
    (
        "us-mother-speaks-for-her-son",
        "Police arrested Kevin Doyle, 34, on Saturday. "
        "His mother, Patricia Doyle, said he had done nothing wrong.\n"
        "“My son is innocent,” she said.",
        [("he had done nothing wrong", "Patricia Doyle"), ("My son is innocent", "Patricia Doyle")],
    ),
    (
        "interview-a-quote-paragraph-with-no-cue-goes-on",
        "Anna Berg, a teacher, said the strike would go ahead.\n"
        "“We have no choice,” she said.\n"
        "“Nobody wants to let the children down.”",
        [
            ("the strike would go ahead", "Anna Berg"),
            ("We have no choice", "Anna Berg"),
            ("Nobody wants to let", "Anna Berg"),
        ],
    ),
    (
        "us-two-speakers-alternate",
        "“This is a historic day,” said Mayor Lisa Grant.\n"
        "“It is a sad day for the neighborhood,” said Joe Pike, a shop owner. "
        "“Half of us will be gone in a year.”\n"
        "Grant disagreed. “The new line brings customers,” she said.",
        [
            ("This is a historic day", "Lisa Grant"),
            ("It is a sad day", "Joe Pike"),
            ("Half of us will be gone", "Joe Pike"),
            ("The new line brings customers", "Lisa Grant"),
        ],
    ),
    (
        "uk-she-named-in-a-because-clause",
        "Because Mary Fox had resigned, Tom Lee took over the inquiry. "
        "She said in a letter that she had been given no staff.",
        [("she had been given no staff", "Mary Fox")],
    ),
    (
        "us-she-is-the-possessor-of-the-subject",
        "Sen. Karen Bell's office released the letter on Monday. "
        "She said the agency had ignored her questions for months.",
        [("the agency had ignored", "Karen Bell")],
    ),
    (
        "organisation-it-after-a-person-between",
        "Northwind Airlines cancelled 40 flights on Sunday, stranding passengers including Tom Barr, "
        "who was trying to reach his daughter's wedding. It said the storm had left it no choice.",
        [("the storm had left it no choice", "Northwind Airlines")],
    ),
    (
        "uk-he-after-a-womans-quote",
        "Tom Webb bought the club in 2019.\n"
        "“The fans deserve better,” said Kate Rowe, who chairs the supporters' trust.\n"
        "He said the ground would be rebuilt by 2028.",
        [("The fans deserve better", "Kate Rowe"), ("the ground would be rebuilt", "Tom Webb")],
    ),
    (
        "longform-a-quote-over-paragraphs-cued-at-its-end",
        "Residents packed the hall on Thursday night.\n"
        "“We have been ignored for years. The roads flood every winter.\n"
        "“Nobody from the council has ever come to see it,” said Mary Ebden, who has lived on the "
        "estate since 1985.",
        [("We have been ignored", "Mary Ebden"), ("Nobody from the council", "Mary Ebden")],
    ),
    (
        "wire-the-senator-repeated",
        "Sen. John Barr, R-Texas, said Tuesday that he would vote against the bill. "
        "Barr, who chairs the committee, said the bill spent too much. “We cannot afford it,” he said.",
        [
            ("he would vote against the bill", "John Barr"),
            ("the bill spent too much", "John Barr"),
            ("We cannot afford it", "John Barr"),
        ],
    ),
    (
        "three-people-the-subject-before-speaks",
        "Ministers Paul Dean and Mary Holt visited the factory on Friday with its founder, Sam Ito.\n"
        "“This is what British industry can do,” Holt said.\n"
        "Dean was more cautious. “There is a long way to go,” he said.",
        [("This is what British industry", "Mary Holt"), ("There is a long way to go", "Paul Dean")],
    ),
    (
        "uk-she-is-the-subject-of-the-sentence-before-not-the-last-speaker",
        "“The vote was rigged,” said Ann Cole, the opposition leader.\n"
        "The electoral commission's chair, Judith Park, rejected the claim on Wednesday. "
        "She said the count had been checked twice.",
        [("The vote was rigged", "Ann Cole"), ("the count had been checked twice", "Judith Park")],
    ),
    (
        "us-lawyer-of-a-man-speaks",
        "Mike Ross's lawyer, Jane Tully, said the charges would be dropped.\n"
        "“He has done nothing wrong,” she said.",
        [("the charges would be dropped", "Jane Tully"), ("He has done nothing wrong", "Jane Tully")],
    ),
    (
        "sport-the-scorer-after-the-coach",
        "Coach Bill Tate praised his players after the win.\n"
        "Striker Jonny Ames scored twice in the second half. “It was the best night of my career,” he said.",
        [("It was the best night", "Jonny Ames")],
    ),
    (
        "longform-a-son-named-by-his-first-name",
        "Ed Marsh has fished these waters for forty years.\n"
        "“When I started, there were twenty boats in this harbour,” he said. “Now there are three.\n"
        "“My son wanted to take over the boat. I told him to find another job.”\n"
        "His son, Ryan Marsh, now works in a call centre in Leeds.\n"
        "“I miss the sea,” Ryan said.",
        [
            ("When I started", "Ed Marsh"),
            ("Now there are three", "Ed Marsh"),
            ("My son wanted", "Ed Marsh"),
            ("I miss the sea", "Ryan Marsh"),
        ],
    ),
    (
        "uk-cue-after-paragraph-after-another-speakers-quote",
        "“We were told the money was coming,” said Ruth Kane, who runs a food bank in Hull.\n"
        "“The money is there.” “Councils have to apply for it,” a senior official said.",
        [("We were told the money", "Ruth Kane"), ("The money is there", None), ("Councils have to", None)],
    ),
    (
        "us-he-of-a-man-after-a-womans-claim",
        "Dr. Emily Hart, who treated the boy, said he was recovering. "
        "His father, Greg Lyle, said the family was grateful. "
        "“The nurses were wonderful,” he said.",
        [
            ("he was recovering", "Emily Hart"),
            ("the family was grateful", "Greg Lyle"),
            ("The nurses were wonderful", "Greg Lyle"),
        ],
    ),
    (
        "uk-she-continues-after-a-man-is-quoted-inside-her-quote",
        "Helen Ward runs the shelter on Mill Road.\n"
        "“Last week a man called Dan told me he had slept outside for a month,” she said.\n"
        "“We turned away eleven people that night,” she added.",
        [("Last week a man called Dan", "Helen Ward"), ("We turned away eleven", "Helen Ward")],
    ),
    (
        "interview-a-name-then-two-pronoun-quotes-across-paragraphs",
        "Priya Shah opened her bakery in 2015.\n"
        "“I baked every loaf myself for the first year,” she said.\n"
        "Her husband, Raj, does the books.\n"
        "“He keeps me honest,” she said with a laugh.",
        [("I baked every loaf", "Priya Shah"), ("He keeps me honest", "Priya Shah")],
    ),
    (
        "us-he-after-a-quote-of-a-woman-whose-subject-was-a-man",
        "Frank Lowe, the district's superintendent, closed the schools on Monday.\n"
        "“It was the right call,” said Nina Brooks, a parent of two.\n"
        "Lowe said the buildings would be inspected. He said classes would resume on Thursday.",
        [
            ("It was the right call", "Nina Brooks"),
            ("the buildings would be inspected", "Frank Lowe"),
            ("classes would resume", "Frank Lowe"),
        ],
    ),
    (
        "wire-a-minister-his-shadow-and-a-union",
        "LONDON — Britain's health secretary, Alan Prior, said on Wednesday that hospitals would get an "
        "extra £2 billion this winter.\n"
        "Prior told MPs the money would pay for 5,000 extra beds. “This is the biggest winter package the "
        "health service has ever had,” he said.\n"
        "The opposition health spokesman, Wes Munro, said the money came too late. “Patients are already "
        "waiting twelve hours in corridors,” Munro said.\n"
        "The nurses' union said the plan did nothing for staff. Its general secretary, Pat Cullen, said "
        "nurses were leaving in record numbers.\n"
        "“We cannot open beds without people to staff them,” she said.",
        [
            ("hospitals would get", "Alan Prior"),
            ("the money would pay", "Alan Prior"),
            ("This is the biggest winter package", "Alan Prior"),
            ("the money came too late", "Wes Munro"),
            ("Patients are already waiting", "Wes Munro"),
            ("nurses were leaving", "Pat Cullen"),
            ("We cannot open beds", "Pat Cullen"),
        ],
    ),
    (
        "interview-a-mother-and-her-daughter",
        "Grace Okafor was a nurse for 30 years before she became a councillor.\n"
        "Her daughter, Amaka, is a nurse too.\n"
        "“I told her not to do it,” Okafor said, laughing. “She never listens.”\n"
        "“Mum loves to say that,” Amaka said. “But she drove me to my first shift.”",
        [
            ("I told her not to do it", "Grace Okafor"),
            ("She never listens", "Grace Okafor"),
            ("Mum loves to say that", "Amaka Okafor"),
            ("But she drove me", "Amaka Okafor"),
        ],
    ),
    (
        "uk-court-judge-and-lawyer",
        "A judge on Friday jailed Lee Barton, 42, for six years for defrauding pensioners.\n"
        "Judge Ruth Egan told Barton he had shown no remorse. “You preyed on the trust of people who had "
        "worked all their lives,” she said.\n"
        "Barton's lawyer, Simon Holt, said his client would appeal.\n"
        "“He maintains his innocence,” he said outside court.",
        [
            ("he had shown no remorse", "Ruth Egan"),
            ("You preyed on the trust", "Ruth Egan"),
            ("his client would appeal", "Simon Holt"),
            ("He maintains his innocence", "Simon Holt"),
        ],
    ),
    (
        "us-he-beside-another-man-in-his-own-cue",
        "“It is a good day for the town,” said Mayor Phil Grant, standing beside the developer, Ken Lowe.\n"
        "“We waited ten years for this,” he said.",
        [("It is a good day", "Phil Grant"), ("We waited ten years", "Phil Grant")],
    ),
    (
        "us-he-after-according-to",
        "The mine will close in March, according to Tom Price, the company's chief executive. "
        "He said 300 jobs would go.",
        [("The mine will close", "Tom Price"), ("300 jobs would go", "Tom Price")],
    ),
    (
        "us-she-after-her-campaign-spoke",
        "Maria Lopez's campaign said on Monday that the debate would go ahead.\n"
        "She said she was looking forward to it.",
        [("she was looking forward", "Maria Lopez")],
    ),
    (
        "longform-a-quote-over-paragraphs-cued-in-its-second",
        "Tom Eade has coached the team for a decade.\n"
        "“When I arrived we had eleven players.\n"
        "“Now we have three teams,” he said. “Next year, four.”",
        [("Now we have three teams", "Tom Eade"), ("Next year, four", "Tom Eade")],
    ),
    (
        "uk-it-after-a-forecaster-is-named",
        "The Met Office issued a red warning for Cornwall on Monday. Forecaster Jim Dale said winds could "
        "reach 90mph. It said people should stay indoors.",
        [("winds could reach 90mph", "Jim Dale"), ("people should stay indoors", "Met Office")],
    ),
    (
        "opinion-he-after-the-person-named-last",
        "In his best-known song, Mark Reed sings about never changing.\n"
        "With Mayor Tom Lacey, there is little chance of that. “I am who I am,” he said on Monday.",
        [("I am who I am", "Tom Lacey")],
    ),
    (
        "us-he-after-police-arrested-him",
        "Detective Sam Ruiz said the search had lasted three days.\n"
        "Officers arrested Dean Whitlock, 29, at his home on Sunday. He told reporters he was innocent.",
        [("the search had lasted", "Sam Ruiz"), ("he was innocent", "Dean Whitlock")],
    ),
    (
        "us-he-after-a-poll-shows-him-trailing-another-man",
        "“We will win in November,” said Tom Hale.\n"
        "The latest poll shows him trailing Jim Roe by ten points.\n"
        "“Polls have been wrong before,” he said.",
        [("We will win in November", "Tom Hale"), ("Polls have been wrong before", "Tom Hale")],
    ),
    (
        "poll-a-claim-with-no-subject-after-a-paragraph-break",
        "“Turnout was high,” said Ann Roe, who runs the polling firm.\n"
        "About 4 in 10 say they want lower taxes.\n"
        "Roe said the poll would be repeated in May. She also said the results surprised her, and added "
        "that voters seemed tired.",
        [
            ("Turnout was high", "Ann Roe"),
            ("they want lower taxes", None),
            ("the poll would be repeated", "Ann Roe"),
            ("the results surprised her", "Ann Roe"),
            ("voters seemed tired", "Ann Roe"),
        ],
    ),
    (
        "opinion-two-men-named-before-he-keeps-the-foreground",
        "Mayor Tom Lacey sat down with the radio host Jim Brand on Friday.\n"
        "Listeners could be forgiven for thinking that Lacey's main aim was getting through Brand's "
        "questions. After all, while he insisted that the budget was balanced, the figures said otherwise.",
        [("the budget was balanced", "Tom Lacey")],
    ),
    (
        "longform-a-farm-family-and-an-official",
        "Bill Harker, 63, has farmed the valley since he was a boy. His neighbour, Jean Moss, keeps sheep "
        "on the hill.\n"
        "“We lost a third of the herd last winter,” Harker said. “The feed never came.”\n"
        "The regional agriculture officer, Neil Sato, said deliveries had been delayed by snow. He said the "
        "office had since hired two more drivers.\n"
        "Jean Moss is not persuaded. “They said that last year too,” she said.\n"
        "Harker nodded. “We will see,” he said.",
        [
            ("We lost a third of the herd", "Bill Harker"),
            ("The feed never came", "Bill Harker"),
            ("deliveries had been delayed", "Neil Sato"),
            ("the office had since hired", "Neil Sato"),
            ("They said that last year too", "Jean Moss"),
            ("We will see", "Bill Harker"),
        ],
    ),
    (
        "interview-a-coach-and-two-players",
        "Coach Dana Rivers called the season a success.\n"
        "“Nobody expected us to make the playoffs,” Rivers said.\n"
        "Her captain, Mia Torres, scored 22 points in the final game. Torres said the team had grown "
        "closer after a losing streak in January.\n"
        "“We stopped blaming each other,” she said.\n"
        "Rivers agreed. “That was the turning point,” she said.",
        [
            ("Nobody expected us", "Dana Rivers"),
            ("the team had grown closer", "Mia Torres"),
            ("We stopped blaming each other", "Mia Torres"),
            ("That was the turning point", "Dana Rivers"),
        ],
    ),
    (
        "wire-a-quote-paragraph-after-another-speakers-claim",
        "Finance Minister Raj Patel said the budget would cut the deficit by half.\n"
        "The opposition leader, Clare Dunmore, said the cuts would fall on the poorest.\n"
        "“This budget asks nurses and carers to pay for the government's mistakes.”",
        [
            ("the budget would cut the deficit", "Raj Patel"),
            ("the cuts would fall on the poorest", "Clare Dunmore"),
            ("This budget asks nurses", "Clare Dunmore"),
        ],
    ),
    (
        "profile-a-man-named-in-a-description-before-he",
        "Senator Chris Hale has spent the year pushing for tighter gun laws.\n"
        "The push has yielded one victory so far: forcing Senator Jim Roe to reverse his stance on "
        "lawsuits. “The campaign has moved him on guns,” he said.",
        [("The campaign has moved him", "Chris Hale")],
    ),
    (
        "us-a-judge-named-inside-a-quote-of-two-sentences",
        "Governor Phil Ames signed the bill in April.\n"
        "A federal court blocked it on Thursday. “We followed the law. I am disappointed Judge Carl Reeves "
        "did not see that,” he said in a statement.",
        [("We followed the law", "Phil Ames")],
    ),
    (
        "uk-a-quote-paragraph-after-a-paragraph-taking-a-side",
        "“Prices will rise,” said Ann Roe, who runs a bakery in Leeds.\n"
        "Tom Hale, an economist at Barrow Bank, was blunter.\n"
        "“Families will feel it by Christmas.”",
        [("Prices will rise", "Ann Roe"), ("Families will feel it", "Tom Hale")],
    ),
    (
        "us-a-councillor-disagrees-over-two-quote-paragraphs",
        "“The plan is sound,” said Mayor Lisa Kemp.\n"
        "Councillor Jim Orr disagreed.\n"
        "“It is a giveaway to developers.\n"
        "“And the taxpayer will foot the bill.”",
        [
            ("The plan is sound", "Lisa Kemp"),
            ("It is a giveaway", "Jim Orr"),
            ("And the taxpayer", "Jim Orr"),
        ],
    ),
    (
        "us-a-paragraph-describing-someone-is-no-cue",
        "“The plan is sound,” said Mayor Lisa Kemp.\n"
        "Councillor Jim Orr was a lawyer before he entered politics.\n"
        "“We have checked every figure.”",
        [("The plan is sound", "Lisa Kemp"), ("We have checked every figure", "Lisa Kemp")],
    ),
]
