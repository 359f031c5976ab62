"""Word lists for documents that speak for their owners: data only, no logic.

The head nouns of documents and findings ("the report said", "according to a poll"), the kinds they
fall into, and the verbs that bring a document out or about, so that its owner can be found. Everything
is lower case.
"""

from __future__ import annotations

#: Head nouns of a part of a document ("one slide says", "a chart in the report shows"): a part speaks for
#: the owner of the document it is part of. Each is also a
#: document head (:data:`DOCUMENT_HEADS`).
PART_HEADS: frozenset[str] = frozenset(
    {"slide", "slides", "chart", "charts", "section", "chapter", "graphic", "table"}
)

#: Head nouns of a document or a finding that "says" something for its owner ("the report said",
#: "according to a Gallup poll", "Acme's statement"): the speaker is the owner, when one is named.
DOCUMENT_HEADS: frozenset[str] = (
    frozenset(
        {
            "report",
            "reports",
            "statement",
            "statements",
            "study",
            "survey",
            "surveys",
            "poll",
            "polls",
            "article",
            "ad",
            "advertisement",
            "records",
            "record",
            "filing",
            "filings",
            "tally",
            "analysis",
            "review",
            "memo",
            "letter",
            "referral",
            "lawsuit",
            "suit",
            "complaint",
            "opinion",
            "ruling",
            "document",
            "documents",
            "book",
            "estimates",
            "data",
            "figures",
            "results",
            "release",
            "email",
            "emails",
            "tweet",
            "tracker",
            "probe",
            "investigation",
            "audit",
            "indictment",
            "order",
            "transcript",
            "editorial",
            "column",
            "blog",
            "video",
            "remarks",
            "comments",
            "response",
            "research",
            "affidavit",
            "testimony",
            "speech",
            "message",
            "missive",
            "clip",
            "spot",
            "commercial",
            "account",
            "memoir",
            "average",
            "database",
            "piece",
            "feature",
            "presentation",
            "slideshow",
        }
    )
    | PART_HEADS
)

#: Head nouns of a document someone presents, owned by whoever gives, carries or shows it ("a
#: presentation that Ann Roe gives").
PRESENTATION_HEADS: frozenset[str] = frozenset({"presentation", "slideshow"})

#: Verbs (lemmas) of presenting a document: the subject of one in a relative clause on a presentation
#: owns it ("a presentation that Ann Roe and her aides carry").
PRESENTING_VERBS: frozenset[str] = frozenset(
    {"give", "carry", "show", "present", "use", "deliver", "make", "prepare", "bring"}
)


#: Document head nouns of one kind under another word, so that "the survey" refers back to "a new
#: poll" (kinds are otherwise the singular of the head noun).
DOCUMENT_KINDS: dict[str, str] = {
    "survey": "poll",
    "surveys": "poll",
    "polls": "poll",
    "suit": "lawsuit",
    "advertisement": "ad",
    "commercial": "ad",
    "spot": "ad",
    "clip": "ad",
    "video": "ad",
    "missive": "letter",
    "referral": "letter",
    "memoir": "book",
    "filings": "filing",
    "records": "record",
    "data": "data",
    "remarks": "remarks",
    "figures": "figures",
    "results": "results",
    "estimates": "estimates",
    "analysis": "analysis",
    "piece": "article",
    "feature": "article",
}


#: Pages a document is posted on, whose owner owns the document ("a document on Acme's website").
SITE_HEADS: frozenset[str] = frozenset({"website", "site", "page", "blog", "feed", "account"})


#: Kinds of document (:func:`quotes.speakers.documents.document_kind`) of research and its findings, one
#: of which a definite other may refer back to ("a recent Acme survey of voters. The study found";
#: "the poll shows ... The results show").
RESEARCH_KINDS: frozenset[str] = frozenset(
    {"poll", "study", "report", "analysis", "research", "review", "audit", "results", "findings", "data"}
    | {"figures", "estimates", "average"}
)


#: Kinds of document (:func:`quotes.speakers.documents.document_kind`) that are someone's words just
#: spoken: "the statement said" after "Acme responded that ..." is Acme's, "the remarks suggest" after
#: "“...,” Mr. Hale said" Hale's.
STATEMENT_KINDS: frozenset[str] = frozenset({"statement", "remarks", "comment"})

#: Kinds of document (:func:`quotes.speakers.documents.document_kind`) that are the figures an
#: organisation that just spoke gave: "The Acme Office said that 98 percent ... According to the
#: data" are the office's.
DATA_KINDS: frozenset[str] = frozenset({"data", "figures", "estimates"})


#: Kinds of document only one kind of body issues, with a word of that body's name: "the opinion
#: said" in a story on the Supreme Court is the court's.
DOCUMENT_ISSUERS: dict[str, str] = {"opinion": "court", "ruling": "court"}


#: Verbs (lemmas) that bring a document about without naming it, by the kinds of document
#: (:func:`quotes.speakers.documents.document_kind`) they bring: "Acme sued the city ... The lawsuit
#: says" is Acme's lawsuit, "Gallup polled 900 adults ... The poll found" Gallup's poll.
DOCUMENTS_OF_VERBS: dict[str, frozenset[str]] = {
    "sue": frozenset({"lawsuit", "complaint"}),
    "poll": frozenset({"poll"}),
    "survey": frozenset({"poll"}),
}


#: Verbs (lemmas) whose subject brings out the document that is their object ("Acme released a
#: report", "Tom Hale filed a suit"): the subject owns the document.
DOCUMENT_VERBS: frozenset[str] = frozenset(
    {
        "release",
        "issue",
        "publish",
        "file",
        "conduct",
        "commission",
        "post",
        "unveil",
        "launch",
        "air",
        "produce",
        "write",
        "sign",
        "submit",
        "send",
        "compile",
        "tweet",
        "put",
        "deliver",
        "give",
        "run",
    }
)


#: Last words of newspapers' names ("The Acme Times", "the Lakeview Post"): capitalised words after
#: one in front of a document are the document's title, not its owner's name ("the Acme Times
#: Sunrise poll").
NEWSPAPER_NAME_ENDS: frozenset[str] = frozenset(
    {"times", "post", "journal", "tribune", "herald", "globe", "gazette", "chronicle", "inquirer"}
    | {"telegraph", "guardian", "news"}
)


#: Verbs (lemmas) of getting, holding or reading a document someone else wrote: the agent of their
#: participle is no owner ("an email obtained by Acme", "files reviewed by the Hale Trust").
HOLDING_VERBS: frozenset[str] = frozenset(
    {"obtain", "receive", "acquire", "get", "review", "read", "see", "examine", "comb", "cite", "quote"}
    | {"find", "uncover", "unearth", "discover", "hack", "steal", "leak", "access", "analyze", "analyse"}
    | {"scrutinize", "view"}
)

#: Heads of a paid advertisement, which a person's campaign puts out ("Ann Roe's new ad"); a video or a
#: clip may be anyone's own.
AD_HEADS: frozenset[str] = frozenset({"ad", "ads", "advertisement", "commercial", "spot"})

#: Heads of a collection of documents named after where they came from, not who wrote them ("the Acme
#: emails", "WikiLeaks emails").
COLLECTION_HEADS: frozenset[str] = frozenset({"emails"})


#: Verbs (lemmas) of a document coming out in a publication, which speaks for it where the phrase names
#: no author ("a study that appeared in the Hale Journal", "a paper published in Acme Medicine").
APPEARING_VERBS: frozenset[str] = frozenset({"appear", "publish", "run"})
