"""A second challenge set for pronoun and continuation speakers, in the styles of outlets the project
was not tuned on: British tabloids and broadsheets (quote first, "said Mr Hale", present-tense
"says"), wire copy ("told reporters"), Indian and Nigerian English news (titles such as "Shri",
"Chief", "Alhaji"; long appositives; "he stated", "he averred", "he added that"), Australian news,
sport reports, court reports, and interviews in which two speakers, often of the same gender, take
turns. Every passage was written for these tests; the people in them are invented.

The cases have the shape of :mod:`tests.speakers.challenge_passages`: ``(case id, text, expected)``,
where ``expected`` is a list of ``(snippet, name)`` and the record whose text holds ``snippet`` must
name ``name`` (``None``: the article names nobody). Names are compared as the benchmark's strict
figure compares them (case, accents and honorifics aside).

Written in two rounds, each before the parser was run on it: round one (33 passages, 131 quotes) came
out 116 right at first; round two (8 passages, 31 quotes), written after round one's fixes, 25 right.
Both rounds then shaped fixes, so they are no longer an independent measure. Round three (6 passages, 22
quotes), written after all the fixes and run once, came out 22 right; it changed nothing in the parser.
"""

from __future__ import annotations

from tests.speakers.challenge_passages import Case

CASES: list[Case] = [
    (
        "uktab-present-tense-says-and-first-name",
        "Grandmother Joan Pritchard, 72, was left in tears after thieves took her late husband's medals.\n"
        "“They were all I had left of him,” says Joan, who lives alone in Barnsley.\n"
        "“Whoever did this should be ashamed.”\n"
        "Her neighbour Keith Lowry says the street has been targeted three times this year.\n"
        "“Nobody feels safe any more,” he says.",
        [
            ("They were all I had left", "Joan Pritchard"),
            ("Whoever did this", "Joan Pritchard"),
            ("the street has been targeted", "Keith Lowry"),
            ("Nobody feels safe", "Keith Lowry"),
        ],
    ),
    (
        "uktab-said-mr-then-an-unnamed-spokeswoman",
        "Pensioner Derek Hale has waited eleven months for a hip operation.\n"
        "“I can barely walk to the shops,” said Mr Hale, 68.\n"
        "“The doctors are doing their best but the system is broken.”\n"
        "A spokeswoman for the hospital trust said: “We apologise to Mr Hale for the delay.”\n"
        "She added that waiting lists had grown since the pandemic.",
        [
            ("I can barely walk", "Derek Hale"),
            ("the system is broken", "Derek Hale"),
            ("We apologise to Mr Hale", None),
            ("waiting lists had grown", None),
        ],
    ),
    (
        "ukbroad-quote-first-said-ms-and-mr",
        "The chancellor, Rachel Cowan, will announce a cut to fuel duty on Wednesday.\n"
        "“Families are feeling the squeeze and we have listened,” said Ms Cowan.\n"
        "Her shadow, Andrew Pell, was unimpressed. "
        "“This is a sticking plaster on a broken leg,” said Mr Pell.\n"
        "“The chancellor has had two years to act and has done nothing.”",
        [
            ("Families are feeling the squeeze", "Rachel Cowan"),
            ("sticking plaster", "Andrew Pell"),
            ("has had two years to act", "Andrew Pell"),
        ],
    ),
    (
        "wire-told-reporters-and-an-anonymous-official",
        "LONDON (Reuters) - Britain's foreign minister, David Marsh, said on Thursday that talks with Iran "
        "had made progress but warned that a deal was not yet close.\n"
        "“We are not there yet,” Marsh told reporters in Brussels. “There are still gaps on sequencing.”\n"
        "An Iranian official, speaking on condition of anonymity, said Tehran wanted guarantees first.\n"
        "Marsh said he would meet his Iranian counterpart again next week.",
        [
            ("talks with Iran had made progress", "David Marsh"),
            ("We are not there yet", "David Marsh"),
            ("gaps on sequencing", "David Marsh"),
            ("Tehran wanted guarantees", None),
            ("he would meet his Iranian counterpart", "David Marsh"),
        ],
    ),
    (
        "wire-two-women-doctors-alternate",
        "Dr. Helen Ward, the state's health director, said flu cases had doubled in a week.\n"
        "“This is the earliest peak we have seen,” Ward said.\n"
        "Her counterpart in the neighboring state, Dr. Lisa Brandt, said hospitals there were coping.\n"
        "“We have beds,” Brandt said. “What we do not have is staff.”\n"
        "Ward rejected the idea that the two states faced different problems. "
        "“It is the same virus and the same shortage,” she said.",
        [
            ("flu cases had doubled", "Helen Ward"),
            ("earliest peak", "Helen Ward"),
            ("hospitals there were coping", "Lisa Brandt"),
            ("We have beds", "Lisa Brandt"),
            ("What we do not have is staff", "Lisa Brandt"),
            ("same virus and the same shortage", "Helen Ward"),
        ],
    ),
    (
        "india-shri-stated-averred-added-that",
        "Addressing a rally in Lucknow on Sunday, Union Minister for Rural Development Shri Rajesh Verma "
        "stated that 40 lakh houses had been built under the scheme.\n"
        "“No poor family will be left without a roof,” he averred.\n"
        "He added that the Centre would release the next instalment of funds by March.\n"
        "Opposition leader Smt. Kavita Rao, however, termed the claims hollow. "
        "She alleged that most of the houses lacked water connections.",
        [
            ("40 lakh houses", "Rajesh Verma"),
            ("No poor family", "Rajesh Verma"),
            ("next instalment of funds", "Rajesh Verma"),
            ("houses lacked water connections", "Kavita Rao"),
        ],
    ),
    (
        "india-long-appositive-and-informed-that",
        "The Chief Minister, Shri Anil Deshmane, who was accompanied by senior officials of the irrigation "
        "department and the district collector, Ms. Priya Nair, reviewed the drought relief work in Beed "
        "district on Friday.\n"
        "Speaking to media persons after the meeting, he said that tankers would supply water to 300 "
        "villages.\n"
        "Ms. Nair informed that fodder camps had been set up in all talukas.\n"
        "“We are monitoring the situation daily,” she stated.",
        [
            ("tankers would supply water", "Anil Deshmane"),
            ("fodder camps had been set up", "Priya Nair"),
            ("monitoring the situation daily", "Priya Nair"),
        ],
    ),
    (
        "india-he-added-that-then-she-further-said",
        "Speaking at the inauguration of the bridge, Union Minister Nitin Kale said the project had been "
        "completed six months ahead of schedule.\n"
        "He added that the bridge would cut travel time between the two cities by an hour.\n"
        "Local MLA Sunita Patil thanked the minister and said the people of the district had waited "
        "decades for it.\n"
        "She further said that a second bridge was needed downstream.",
        [
            ("six months ahead of schedule", "Nitin Kale"),
            ("cut travel time", "Nitin Kale"),
            ("waited decades", "Sunita Patil"),
            ("second bridge was needed", "Sunita Patil"),
        ],
    ),
    (
        "nigeria-chief-and-alhaji-he-stated",
        "The National Chairman of the party, Chief Emeka Okafor, has said the party will not field a "
        "consensus candidate.\n"
        "Okafor, who spoke with journalists in Abuja on Monday, said all aspirants would be given a level "
        "playing field.\n"
        "“Our party is a democratic party and we shall abide by our constitution,” he stated.\n"
        "Also speaking, the former governor of Kano State, Alhaji Sani Danladi, said the north would "
        "support any candidate chosen fairly.\n"
        "He added that the party must resolve its disputes before the primaries.",
        [
            ("field a consensus candidate", "Emeka Okafor"),
            ("level playing field", "Emeka Okafor"),
            ("democratic party", "Emeka Okafor"),
            ("the north would support", "Sani Danladi"),
            ("resolve its disputes", "Sani Danladi"),
        ],
    ),
    (
        "nigeria-police-officer-according-to-her",
        "The Police Public Relations Officer in the state, SP Aisha Bello, confirmed the arrest of three "
        "suspects in a statement on Sunday.\n"
        "According to her, the suspects were arrested at a checkpoint along the Lokoja-Abuja highway.\n"
        "“Investigation is ongoing and the suspects will be charged to court,” she said.",
        [
            ("arrested at a checkpoint", "Aisha Bello"),
            ("Investigation is ongoing", "Aisha Bello"),
        ],
    ),
    (
        "nigeria-he-averred-then-another-man",
        "Dr. Tunde Adeyemi, a lecturer in political science at the University of Lagos, said the new tax "
        "law would hurt small traders.\n"
        "“The burden falls on those who can least afford it,” he averred.\n"
        "But the Special Adviser to the President on Revenue, Mr. Chidi Nwosu, dismissed the criticism.\n"
        "“The law exempts businesses with a turnover below N25 million,” he said, adding that critics had "
        "not read it.",
        [
            ("hurt small traders", "Tunde Adeyemi"),
            ("The burden falls", "Tunde Adeyemi"),
            ("The law exempts businesses", "Chidi Nwosu"),
            ("critics had not read it", "Chidi Nwosu"),
        ],
    ),
    (
        "nigeria-alhaji-lamented-then-a-reply",
        "The chairman of the traders' association at Wuse Market, Alhaji Ibrahim Musa, lamented the loss "
        "of goods worth millions of naira in the fire.\n"
        "He said the fire started at about 2am and spread quickly because firefighters arrived late.\n"
        "“We called them for over one hour. By the time they came, everything was gone,” Alhaji Musa said.\n"
        "Reacting, the spokesperson of the Federal Fire Service, Mr. Paul Abraham, said the delay was "
        "caused by traffic.",
        [
            ("the fire started at about 2am", "Ibrahim Musa"),
            ("We called them", "Ibrahim Musa"),
            ("caused by traffic", "Paul Abraham"),
        ],
    ),
    (
        "nigeria-governor-represented-by-his-deputy",
        "Governor Babatunde Akinola of Ogun State has said his administration will complete the Sagamu "
        "road before the rains.\n"
        "Mrs. Funke Adebayo, the deputy governor, said the contractor had already been mobilised to site.\n"
        "“We will not tolerate any delay,” she said.",
        [
            ("complete the Sagamu road", "Babatunde Akinola"),
            ("mobilised to site", "Funke Adebayo"),
            ("tolerate any delay", "Funke Adebayo"),
        ],
    ),
    (
        "nigeria-asked-whether-then-uncued-colon",
        "Former senator Daniel Eze received journalists at his home in Enugu on Saturday.\n"
        "Asked whether he would contest the governorship election, Eze smiled.\n"
        "“That is for the people to decide, not me,” he said.\n"
        "On the state of the roads, he was blunt: “They are a death trap.”",
        [
            ("for the people to decide", "Daniel Eze"),
            ("a death trap", "Daniel Eze"),
        ],
    ),
    (
        "aus-premier-says-then-ms",
        "NSW Premier Karen Doyle says the state will not lift the cap on rents.\n"
        "“We want investors to keep building,” Ms Doyle said on Tuesday.\n"
        "Greens housing spokeswoman Tara Quill said renters were being left behind.\n"
        "“Every week I hear from families sleeping in cars,” Ms Quill said.\n"
        "“The Premier has no plan for them.”",
        [
            ("lift the cap on rents", "Karen Doyle"),
            ("keep building", "Karen Doyle"),
            ("renters were being left behind", "Tara Quill"),
            ("sleeping in cars", "Tara Quill"),
            ("no plan for them", "Tara Quill"),
        ],
    ),
    (
        "aus-two-men-told-sky-news",
        "Opposition Leader Greg Farrow says the budget is a con.\n"
        "“Australians are paying more for everything,” Mr Farrow told Sky News.\n"
        "Treasurer Anthony Hale rejected that. He said inflation had fallen for four quarters in a row.\n"
        "“The numbers speak for themselves,” Mr Hale said.",
        [
            ("the budget is a con", "Greg Farrow"),
            ("paying more for everything", "Greg Farrow"),
            ("inflation had fallen", "Anthony Hale"),
            ("numbers speak for themselves", "Anthony Hale"),
        ],
    ),
    (
        "sport-aus-coach-uses-a-nickname",
        "Cooper Wallace kicked five goals as the Hawks beat Geelong by 30 points at the MCG on Saturday.\n"
        "Coach Brendan Hurst praised the young forward.\n"
        "“Coops was outstanding, he presented all day,” Hurst said.\n"
        "“He has worked hard on his kicking over summer.”\n"
        "Wallace said the win meant a lot after his injury last year.\n"
        "“I just wanted to repay the club,” he said.",
        [
            ("Coops was outstanding", "Brendan Hurst"),
            ("worked hard on his kicking", "Brendan Hurst"),
            ("the win meant a lot", "Cooper Wallace"),
            ("repay the club", "Cooper Wallace"),
        ],
    ),
    (
        "sport-manager-and-captain-both-he",
        "Manager Steve Rowe admitted his side had been second best after a 3-0 defeat at Burnley.\n"
        "“We did not turn up,” he said. “I take responsibility for that.”\n"
        "Captain Jordan Webb, who was substituted at half-time with a hamstring problem, apologised to the "
        "travelling fans.\n"
        "“They deserve better than that,” he said.\n"
        "Rowe said Webb would have a scan on Monday.",
        [
            ("We did not turn up", "Steve Rowe"),
            ("I take responsibility", "Steve Rowe"),
            ("They deserve better", "Jordan Webb"),
            ("Webb would have a scan", "Steve Rowe"),
        ],
    ),
    (
        "sport-a-player-by-first-name-and-her-coach",
        "Lucy Fairbank reached her first Grand Slam quarter-final with a 6-4 6-3 win over the seventh seed.\n"
        "“I'm just so proud of how I handled the nerves,” Lucy said.\n"
        "Her coach, Martina Kohl, said the 19-year-old had improved her serve.\n"
        "“She is hitting it bigger and smarter,” Kohl said.",
        [
            ("handled the nerves", "Lucy Fairbank"),
            ("improved her serve", "Martina Kohl"),
            ("hitting it bigger", "Martina Kohl"),
        ],
    ),
    (
        "sport-cricket-bowler-and-captain",
        "Fast bowler Ryan Kettle took six wickets as England bowled out India for 190.\n"
        "“The ball was swinging from the first over,” Kettle said.\n"
        "England captain Harry Lyle said Kettle had bowled the spell of his life.\n"
        "“When Kettles is running in like that, you just give him the ball,” he said.\n"
        "Kettle, 24, said he had dreamed of this since he was a boy.",
        [
            ("swinging from the first over", "Ryan Kettle"),
            ("spell of his life", "Harry Lyle"),
            ("just give him the ball", "Harry Lyle"),
            ("dreamed of this", "Ryan Kettle"),
        ],
    ),
    (
        "sport-quote-paragraphs-with-no-cue",
        "Striker Danny Okon scored twice on his return from injury.\n"
        "“It's been a long six months,” Okon said.\n"
        "“There were days I wondered if I'd play again.\n"
        "“The physios here have been unbelievable.”\n"
        "His manager was just as pleased. “Danny is a different player when he's fit,” said Gary Pell.",
        [
            ("a long six months", "Danny Okon"),
            ("wondered if I'd play again", "Danny Okon"),
            ("physios here", "Danny Okon"),
            ("a different player", "Gary Pell"),
        ],
    ),
    (
        "court-prosecutor-defence-and-judge",
        "A man who set fire to his neighbour's car has been jailed for two years.\n"
        "Gary Pollard, 41, of Halton Road, admitted arson at Leeds Crown Court.\n"
        "Prosecutor Anne Fisher told the court Pollard had been drinking and bore a grudge over a parking "
        "space.\n"
        "“The defendant poured petrol on the bonnet and lit it,” she said.\n"
        "Defending, Mark Tully said his client was deeply ashamed.\n"
        "Sentencing him, Judge Ruth Kaye said: “This was a dangerous act that could have killed someone.”",
        [
            ("bore a grudge", "Anne Fisher"),
            ("poured petrol", "Anne Fisher"),
            ("deeply ashamed", "Mark Tully"),
            ("a dangerous act", "Ruth Kaye"),
        ],
    ),
    (
        "court-the-defendant-tells-the-court",
        "Sarah Whitlock, 29, denies causing death by dangerous driving.\n"
        "Giving evidence on Tuesday, she told the court she had not seen the cyclist until it was too late.\n"
        "“I have relived that moment every day since,” she said.\n"
        "Under cross-examination, prosecutor Lisa Grant asked whether she had been using her phone.\n"
        "“No, I had put it in my bag,” Whitlock replied.",
        [
            ("had not seen the cyclist", "Sarah Whitlock"),
            ("relived that moment", "Sarah Whitlock"),
            ("put it in my bag", "Sarah Whitlock"),
        ],
    ),
    (
        "court-the-judge-and-a-barrister",
        "Former care home manager Peter Benn, 55, was jailed for six years on Friday for stealing £400,000 "
        "from residents.\n"
        "The judge, Mr Justice Hollis, said Benn had shown no remorse.\n"
        "“You targeted vulnerable people who trusted you,” he told Benn.\n"
        "Benn's barrister, Claire Moss, said her client had a gambling addiction.\n"
        "“He is a broken man,” she said.",
        [
            ("shown no remorse", "Hollis"),
            ("targeted vulnerable people", "Hollis"),
            ("gambling addiction", "Claire Moss"),
            ("a broken man", "Claire Moss"),
        ],
    ),
    (
        "court-prosecutor-and-defendant-both-men",
        "Prosecutor James Leary told the jury that Daniel Ross had planned the robbery for weeks.\n"
        "“This was not a moment of madness,” he said.\n"
        "Ross, 23, told the court he had been threatened by a gang and had no choice.\n"
        "“They said they would hurt my sister,” he said.",
        [
            ("planned the robbery", "James Leary"),
            ("moment of madness", "James Leary"),
            ("threatened by a gang", "Daniel Ross"),
            ("hurt my sister", "Daniel Ross"),
        ],
    ),
    (
        "interview-two-men-alternate-without-cues",
        "The author Neil Crane and the critic Simon Hart met to debate whether the novel is dying.\n"
        "“People read more than ever, just not books,” Crane said.\n"
        "“That is exactly the problem,” Hart replied.\n"
        "“Is it? Reading is reading.”\n"
        "“No. A tweet is not a novel.”\n"
        "Crane laughed. “You sound like my father.”",
        [
            ("People read more than ever", "Neil Crane"),
            ("exactly the problem", "Simon Hart"),
            ("Reading is reading", "Neil Crane"),
            ("A tweet is not a novel", "Simon Hart"),
            ("my father", "Neil Crane"),
        ],
    ),
    (
        "interview-two-women-alternate",
        "Jane Okoro, who runs a food bank in Croydon, and Mary Fenn, a local councillor, disagree about what "
        "the borough needs.\n"
        "“We need money, not meetings,” Okoro said.\n"
        "Fenn shook her head. “We have put money in. What we lack is volunteers.”\n"
        "“Volunteers cannot pay the rent,” Okoro said.\n"
        "“Nor can councils,” Fenn said.",
        [
            ("money, not meetings", "Jane Okoro"),
            ("We have put money in", "Mary Fenn"),
            ("What we lack is volunteers", "Mary Fenn"),
            ("cannot pay the rent", "Jane Okoro"),
            ("Nor can councils", "Mary Fenn"),
        ],
    ),
    (
        "two-women-she-alternates-by-subject",
        "Health Secretary Wendy Marsh clashed with the nurses' union leader, Gail Roper, on Sunday.\n"
        "Marsh said the pay offer was fair and final.\n"
        "Roper said it was an insult. “Nurses are using food banks,” she said.\n"
        "Marsh insisted the government could not afford more. “Every extra pound comes from somewhere,” "
        "she said.",
        [
            ("the pay offer was fair", "Wendy Marsh"),
            ("it was an insult", "Gail Roper"),
            ("using food banks", "Gail Roper"),
            ("could not afford more", "Wendy Marsh"),
            ("Every extra pound", "Wendy Marsh"),
        ],
    ),
    (
        "two-men-foreign-ministers-alternate",
        "Foreign Minister Ivan Petrov said Moscow was ready to talk. His Ukrainian counterpart, Andriy "
        "Koval, said any talks must start with a withdrawal.\n"
        "“There is nothing to discuss while troops remain on our soil,” Koval said.\n"
        "Petrov called the demand unrealistic. “We will not negotiate on those terms,” he said.",
        [
            ("Moscow was ready to talk", "Ivan Petrov"),
            ("start with a withdrawal", "Andriy Koval"),
            ("nothing to discuss", "Andriy Koval"),
            ("not negotiate on those terms", "Ivan Petrov"),
        ],
    ),
    (
        "quote-paragraphs-with-no-cue-then-an-unnamed-union",
        "Ravi Menon, the airport's chief executive, said the new terminal would open in April.\n"
        "“It has been a long road,” he said.\n"
        "“We had a pandemic, a war and two changes of government in the middle of it.\n"
        "“But the building is finished and the airlines are ready.”\n"
        "The airline union said staff had not been consulted on the move.",
        [
            ("the new terminal would open", "Ravi Menon"),
            ("a long road", "Ravi Menon"),
            ("two changes of government", "Ravi Menon"),
            ("the airlines are ready", "Ravi Menon"),
            ("staff had not been consulted", None),
        ],
    ),
    (
        "ukbroad-professor-says-then-a-doctor",
        "Prof Alan Reed, an epidemiologist at the University of Bristol, says the figures should worry "
        "ministers.\n"
        "“We are seeing the same pattern as in 2019,” he says. “Only this time it is starting earlier.”\n"
        "Not everyone agrees. Dr Fiona Lamb, of the Royal College of GPs, says surgeries are busier than "
        "ever "
        "but coping.",
        [
            ("should worry ministers", "Alan Reed"),
            ("the same pattern as in 2019", "Alan Reed"),
            ("starting earlier", "Alan Reed"),
            ("surgeries are busier", "Fiona Lamb"),
        ],
    ),
    (
        "wire-company-then-its-spokesman",
        "TOKYO (AP) — Kiyo Motors said Wednesday it would recall 200,000 cars over a faulty brake sensor.\n"
        "The company said no accidents had been reported.\n"
        "“Customer safety is our top priority,” spokesman Taro Ishida said.\n"
        "He said owners would be contacted by mail.",
        [
            ("recall 200,000 cars", "Kiyo Motors"),
            ("no accidents had been reported", "Kiyo Motors"),
            ("Customer safety", "Taro Ishida"),
            ("contacted by mail", "Taro Ishida"),
        ],
    ),
    (
        "uktab-the-26-year-old-told-and-her-boyfriend",
        "Reality star Chloe Vance has hit back at trolls who mocked her weight.\n"
        "“I'm a size 12 and proud of it,” the 26-year-old told the paper.\n"
        "“Young girls need to see real bodies.”\n"
        "Her boyfriend Jake Rees said he was furious. “She doesn't deserve any of this,” he added.",
        [
            ("size 12 and proud", "Chloe Vance"),
            ("real bodies", "Chloe Vance"),
            ("he was furious", "Jake Rees"),
            ("doesn't deserve any of this", "Jake Rees"),
        ],
    ),
    # Round two: written after round one's fixes, before running the parser on these passages.
    (
        "nigeria-hon-member-and-his-colleague",
        "The member representing Ikeja Federal Constituency, Hon. Tajudeen Balogun, has urged the federal "
        "government to fix the rail line.\n"
        "Balogun, who spoke at a town hall meeting on Saturday, said commuters had suffered for too long.\n"
        "“Our people spend four hours on the road every day. That is not acceptable,” he stated.\n"
        "His colleague from Ogun State, Hon. Bisi Adekunle, said the House would summon the minister.\n"
        "She added that the committee had written to the ministry twice without reply.",
        [
            ("commuters had suffered", "Tajudeen Balogun"),
            ("four hours on the road", "Tajudeen Balogun"),
            ("summon the minister", "Bisi Adekunle"),
            ("written to the ministry twice", "Bisi Adekunle"),
        ],
    ),
    (
        "india-dr-and-shri-further-stated",
        "Dr. Meena Krishnan, director of the state cancer institute, said the new wing would treat 500 "
        "patients a day.\n"
        "“Patients from the northern districts will no longer have to travel to Chennai,” she said.\n"
        "Health Minister Shri Arun Raghavan, who inaugurated the wing, said the government would open two "
        "more centres.\n"
        "He further stated that free screening camps would be held in every taluk.",
        [
            ("treat 500 patients", "Meena Krishnan"),
            ("no longer have to travel", "Meena Krishnan"),
            ("two more centres", "Arun Raghavan"),
            ("free screening camps", "Arun Raghavan"),
        ],
    ),
    (
        "aus-quote-first-said-mr-then-an-industry-chief",
        "“We will not be bullied by a foreign company,” said Communications Minister Paul Kerr.\n"
        "Mr Kerr said the new code would force the platforms to pay for news.\n"
        "The chief executive of the Digital Platforms Council, Ingrid Thal, said the code was unworkable.\n"
        "“It asks us to pay for links that send publishers traffic,” Ms Thal said.",
        [
            ("bullied by a foreign company", "Paul Kerr"),
            ("pay for news", "Paul Kerr"),
            ("the code was unworkable", "Ingrid Thal"),
            ("pay for links", "Ingrid Thal"),
        ],
    ),
    (
        "sport-rugby-coach-and-two-players",
        "Wales coach Owen Pryce named two uncapped props in his squad for the autumn series.\n"
        "“They have earned it with the way they have scrummaged for their regions,” Pryce said.\n"
        "One of them, Rhys Beynon, said he had found out from his mother.\n"
        "“She saw it on the news before I did,” he said, laughing.\n"
        "Captain Dafydd Lloyd said the young players would be made welcome.",
        [
            ("earned it with the way", "Owen Pryce"),
            ("found out from his mother", "Rhys Beynon"),
            ("saw it on the news", "Rhys Beynon"),
            ("made welcome", "Dafydd Lloyd"),
        ],
    ),
    (
        "court-magistrate-and-defendant-she",
        "A woman who kept 40 dogs in a two-bedroom flat has been banned from keeping animals for ten years.\n"
        "Karen Mott, 52, pleaded guilty to causing unnecessary suffering at Swindon Magistrates' Court.\n"
        "RSPCA inspector Claire Dunn told the court that the smell could be noticed from the street.\n"
        "Mott said she had taken in the dogs to save them and had been overwhelmed.\n"
        "“I love animals. I never meant for any of them to suffer,” she told magistrates.",
        [
            ("the smell could be noticed", "Claire Dunn"),
            ("taken in the dogs", "Karen Mott"),
            ("I love animals", "Karen Mott"),
        ],
    ),
    (
        "wire-company-says-present-tense-and-analyst",
        "SYDNEY (Reuters) - Miner Redstone Resources says it will cut 300 jobs at its Pilbara operations as "
        "iron ore prices slide.\n"
        "“These are difficult decisions,” chief executive Mark Hollow said in a statement.\n"
        "Analyst Fiona Chen of Bay Securities said more cuts were likely across the sector.\n"
        "“Everyone is looking at costs right now,” Chen said.",
        [
            ("cut 300 jobs", "Redstone Resources"),
            ("difficult decisions", "Mark Hollow"),
            ("more cuts were likely", "Fiona Chen"),
            ("looking at costs", "Fiona Chen"),
        ],
    ),
    (
        "interview-two-women-reply-and-uncued-turns",
        "The novelist Grace Adeyemi and her editor, Helen Booth, have worked together for twenty years.\n"
        "“Helen cuts everything I love,” Adeyemi said.\n"
        "“Only the bits nobody else loves,” Booth replied.\n"
        "“That is not true.”\n"
        "“It is a little true.”",
        [
            ("cuts everything I love", "Grace Adeyemi"),
            ("Only the bits nobody else loves", "Helen Booth"),
            ("That is not true", "Grace Adeyemi"),
            ("It is a little true", "Helen Booth"),
        ],
    ),
    (
        "uktab-mum-of-two-says-and-her-husband",
        "Mum-of-two Kerry Walsh says she was left stranded for six hours when her train broke down.\n"
        "“There was no food, no water and no information,” says Kerry, 34.\n"
        "Husband Darren, 36, says he drove 80 miles to collect her.\n"
        "“I wasn't going to leave her there all night,” he says.",
        [
            ("left stranded for six hours", "Kerry Walsh"),
            ("no food, no water", "Kerry Walsh"),
            ("drove 80 miles", "Darren Walsh"),
            ("leave her there all night", "Darren Walsh"),
        ],
    ),
    # Round three: written after all fixes and run once, as a fresh measure; not used to change the parser.
    (
        "r3-kenya-governor-and-mca",
        "Nakuru Governor Susan Wambui has defended the county's decision to raise market fees.\n"
        "Speaking in Naivasha on Friday, Wambui said the money would be used to build new stalls.\n"
        "“Traders have been selling in the mud for years,” she said.\n"
        "But Hon. Peter Kiprono, who represents the ward, said traders had not been consulted.\n"
        "“Nobody came to ask them,” he told journalists.",
        [
            ("build new stalls", "Susan Wambui"),
            ("selling in the mud", "Susan Wambui"),
            ("had not been consulted", "Peter Kiprono"),
            ("Nobody came to ask them", "Peter Kiprono"),
        ],
    ),
    (
        "r3-uk-inquest-coroner-and-mother",
        "An inquest has heard that a teenager who drowned in a quarry had been warned about the water.\n"
        "Coroner Alison Reay said the site had no fences and no signs.\n"
        "The boy's mother, Tracy Hume, said she wanted the quarry closed.\n"
        "“No other family should go through this,” she said outside the hearing.\n"
        "“He was a strong swimmer. The cold took him.”",
        [
            ("no fences and no signs", "Alison Reay"),
            ("wanted the quarry closed", "Tracy Hume"),
            ("No other family", "Tracy Hume"),
            ("The cold took him", "Tracy Hume"),
        ],
    ),
    (
        "r3-sport-boxer-and-promoter-both-he",
        "Promoter Frank Dillon says the rematch will take place in Cardiff in March.\n"
        "“The first fight was too close to call and the fans want to see it again,” Dillon said.\n"
        "Champion Leon Achebe, who won on a split decision, said he was ready.\n"
        "“I will knock him out this time,” he said.",
        [
            ("the rematch will take place", "Frank Dillon"),
            ("too close to call", "Frank Dillon"),
            ("he was ready", "Leon Achebe"),
            ("knock him out", "Leon Achebe"),
        ],
    ),
    (
        "r3-india-ips-officer-and-minister",
        "Superintendent of Police Shri Vikram Joshi informed that 12 persons had been arrested in "
        "connection with the clash.\n"
        "He stated that the situation was under control and additional forces had been deployed.\n"
        "Home Minister Smt. Lata Deshpande, who visited the area on Monday, assured the residents that the "
        "guilty would be punished.",
        [
            ("12 persons had been arrested", "Vikram Joshi"),
            ("the situation was under control", "Vikram Joshi"),
            ("the guilty would be punished", "Lata Deshpande"),
        ],
    ),
    (
        "r3-interview-two-men-reply-then-cued",
        "Two farmers, Alan Birch and Tom Yates, disagree about the new subsidy.\n"
        "“It pays us to plant trees on good land,” Birch said.\n"
        "“It pays us to survive,” Yates replied.\n"
        "“Survive as what? Foresters?”\n"
        "Yates laughed. “Better than bankrupt.”",
        [
            ("plant trees on good land", "Alan Birch"),
            ("It pays us to survive", "Tom Yates"),
            ("Survive as what", "Alan Birch"),
            ("Better than bankrupt", "Tom Yates"),
        ],
    ),
    (
        "r3-aus-wire-she-said-in-a-statement",
        "CANBERRA - Environment Minister Rebecca Shaw has approved a new coal mine in Queensland.\n"
        "Ms Shaw said in a statement that the mine met all legal requirements.\n"
        "Conservation group leader Mark Ellery said the decision was a betrayal.\n"
        "“The minister promised to put climate first,” Mr Ellery said.",
        [
            ("met all legal requirements", "Rebecca Shaw"),
            ("a betrayal", "Mark Ellery"),
            ("put climate first", "Mark Ellery"),
        ],
    ),
]
