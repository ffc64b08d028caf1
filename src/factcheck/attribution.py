"""Which organisation a sentence, and each number in it, is about.

Rules of reading, no language model, over the names `factcheck.names` finds: the nearest
organisation or pronoun before the number, ignoring names inside an appositive that
closed before it ("Instagram, owned by Meta, passed 2 billion ..."); the object of a deal
("agreed to buy Pioneer") is not what a figure is about; "it/its/the company/the
retailer" mean the sentence's subject if it was named before, else the organisation the
text is about (the last sentence subject, carried across paragraphs; "the company" skips
a product the paragraph's organisation named: "Rapid7 ... known for Metasploit. ... The
company serves"); a fronted number ("With 450 million users, Pinterest ...") belongs to
the organisation named after it.

Kept apart from what a number measures (`factcheck.metrics`): names, places and
pronouns change for other reasons than measures do.
"""

from __future__ import annotations

import re

from factcheck.names import (
    COUNTRY_INITIALS,
    COUNTRY_WORDS,
    DEMONYMS,
    FIRST_NAMES,
    FORMER_OR_LATTER,
    FRONTED,
    FRONTED_CLAUSE,
    NAME,
    ORG_NOUNS,
    PLACES,
    PRODUCT_FIRST_WORDS,
    STAFF_AT_WORK_AFTER,
    TECHNOLOGIES,
    Mention,
    Names,
    is_title,
    starts_sentence,
)
from factcheck.periods import OUTPUT_NOUNS
from factcheck.segments import Span
from factcheck.vocabulary import Vocabulary

# "Developers at FitNow, the Boston company behind Lose It!, moved ...": a sentence
# opening on an organisation's own staff at work is about the organisation
_STAFF_AT_BEFORE = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?:engineers|developers|programmers|coders|analysts|scientists|"
    r"researchers|designers|staff|teams?)\s+at\s+$",
    re.I,
)
# "Daniel Ek, the founder of Spotify, says it has ...": a sentence opening on a person
# and their role at an organisation is about that organisation
_ROLE_OPENING = re.compile(
    r"[A-Z][\w'’.-]+(?:\s+(?:van|von|de|da)?\s*[A-Z][\w'’.-]+){0,3},\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:founder|co-founder|chief\s+executive|ceo|boss|head|chairman|"
    r"chairwoman|president|cto|cfo|chief\s+[a-z]+\s+officer)\s+(?:of|at)\s+$"
)
_ACTS_ON_FOCUS = re.compile(
    # ("Silver Lake and GIC took it private in 2025")
    r"[^\S\n]+(?:acquired|bought|purchased|took\s+over|owns|invested\s+in|backed|"
    r"took(?=[^\S\n]+(?:it|the\s+\w+)[^\S\n]+private\b))[^\S\n]+"
    # ("Walmart bought the majority of it in 2018")
    r"(?:(?:the\s+)?(?:majority|control|most|part|half)\s+of[^\S\n]+|a\s+(?:majority\s+)?stake\s+in[^\S\n]+)?"
    r"(?:it|the\s+(?:company|firm|startup|start-up|site|platform|app|service|business))\b"
)
_CAME_FROM = re.compile(r"\b(?:came|comes|generated|earned|reported|booked)\s+(?:from|by)\s+$")
_TOOL_BEFORE = re.compile(
    r"\b(?:through|via|using|onto|on\s+top\s+of|(?:runs?|running|relies|relying|bets?|betting|"
    r"built|hosted|depends|depending|moved\s+everything)\s+(?:\w+\s+)?(?:on|to))\s+(?:the\s+)?$"
)
_SENTENCE_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+|\n")
_CLAUSE_OPENER = re.compile(r";|\b(?:whereas|while|but)\b")
_COMPARED_WITH = re.compile(r"\b(?:than|like|outside\s+of|besides|except|unlike)\s+$")
# "sells Magnum and Cornetto in 76 countries": a seller's products, then where it sells
_SELLS_BEFORE = re.compile(r"\b(?:sells|sold|makes|markets|distributes|produces|offers)\s+$")
_SOLD_IN_REACH = re.compile(
    r"(?:['’]s)?\s+(?:in|across|into)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|around\s+|nearly\s+)?"
)
_REACH_AFTER = re.compile(r"\s*(?:countries|markets|territories)\b")
LIST_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*&\s*)")
_LISTED_AFTER_S = re.compile(r"(?:['’]s)?" + LIST_JOINER.pattern)  # ("Wall's, Cornetto")
_USED_ON = re.compile(
    r"\b(?:(?:transact|shop|buy|sell|listen|watch|play|stream|chat|post|trade|bank|log\s+in|"
    r"sign\s+in)\s+(?:on|at|with|to)|(?:log|logs|sign|signs)\s+into|use|uses|used|open|opens|"
    # "Over 200,000 paid customers rely on Slack"
    r"(?:rely|relies|depend|depends|count|counts)\s+on|"
    # "More than 2.5 billion people watch YouTube every month"
    r"watch|watches|follow|follows|read|reads|"
    r"visit|visits|play|plays|(?:come|comes|came)\s+to|"
    # "More than 1,400 organisations run programmes on HackerOne"
    r"(?:run|host|list|sell)\s+(?:their\s+|its\s+)?[a-z-]+\s+on|"
    # "1,800,000 songs are uploaded on Spotify every month", "2 billion minutes of calls are
    # made on WhatsApp daily"
    r"(?:is|are|was|were)\s+(?:[a-z]+ed|made|sent|played|shared|bought|sold|written|spent)"
    r"\s+(?:on|via|through))\s+$"
)
_WHERE_WORK_HAPPENS_BEFORE = re.compile(
    # ("charted in software from Epic Systems, a privately held firm": its maker's)
    # ("Through TMD Friction, now part of Nisshinbo, pads sold under ... reach": its own)
    r"\b(?:at|For|Through|(?:software|systems|products|tools|apps)[^\S\n]+from)[^\S\n]+$"
)
_BEHIND_THE_WORK_OF = re.compile(
    r"(?:^|[.!?][^\S\n]+|\n)(?:Behind|Inside|Beneath|Underneath)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[\w-]+[^\S\n]+){0,4}?of[^\S\n]+$"
)
_ITS_PARENT_NAMED = re.compile(
    r"\bits[^\S\n]+parent(?:[^\S\n]+company|[^\S\n]+group)?,?[^\S\n]+(?=[A-Z])"
)
_MADE_BY_OPENING = re.compile(
    r"(?:The|An?)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){1,3}(?:is|are)[^\S\n]+"
    r"(?:sold|made|offered|built|developed|published|run)[^\S\n]+by[^\S\n]+"
)
# "made by", "chicken grown by": the agent that makes things (a participle's agent)
_MAKER_BY_BEFORE = re.compile(
    r"\b(?:made|built|manufactured|produced|designed|developed|supplied|founded|erected|grown|"
    r"brewed|bred|farmed)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?$"
)
# ... and described after it as an organisation: ", the Paris video site", ", which", ", whose"
_DESCRIBED_AFTER = re.compile(r",[^\S\n]+(?:the|a|an|which|whose|where|now|owned|part)\b")
_BOUGHT_BY_RELATIVE = re.compile(
    r"\b(?:which|that)[^\S\n]+([A-Z][\w&.-]*(?:[^\S\n]+[A-Z][\w&.-]*){0,3})[^\S\n]+"
    r"(?:bought|acquired|purchased|took[^\S\n]+over)\b"
)
_BUYER_VERB_AFTER = re.compile(
    r"[^\S\n]+(?:bought|acquired|purchased|took[^\S\n]+over|owns|backed|controls)\b"
)
_CAREER_BEFORE = re.compile(r"\b(?:from|joined|left|former|formerly\s+at|ex-|professor\s+at)\s*$")
_FORMER_BEFORE = re.compile(r"\b(?:(?i:former)[^\S\n]+|ex-)$")
_NAMED_DESCRIPTION = re.compile(r"[^,.;]{0,120},\s+\S$")
# "left his job at Credit Suisse to start Revolut": the company its founder started
_TO_FOUND = r"to\s+(?:co-?)?(?:found|start|launch)"
_MADE_BEFORE = re.compile(
    r"\b(?:built|builds|wrote|writes|created|creates|developed|develops|designed|designs|"
    r"open-sourced|released|launched|launches|uses|used|"
    rf"adopted|started|invented|{_TO_FOUND})\s+(?:the\s+|its\s+own\s+)?$"
    # "who also designed C# and Turbo Pascal": the second of what someone made
    r"|\b(?:designed|invented|created|wrote)\s+[\w#+.-]+\s+and\s+$"
)
_PASSIVE_AGENT = re.compile(
    r"\b(?:(?:is|was|are|were|been)\s+(?:now\s+|also\s+)?)?(?:owned|run|operated|backed|"
    r"controlled|acquired|bought|funded)\s+by\s+$"
)
# "Alibaba is the Chinese e-commerce giant behind Taobao and Tmall, with ...": what the
# subject makes or owns, in its description, is not what is counted
_DESCRIBED_OF = re.compile(
    r"(?:\b(?:is|was)|,)\s+(?:the|a|an)\b[^,;]*\b(?:of|by|behind)\s+"
    # ("the creator of Fortnite and the Unreal Engine")
    r"(?:(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*(?:,\s+|\s+and\s+))?(?:the\s+)?$"
    # "Ola is the Indian answer to Uber, present in more than 250 cities"
    r"|\b(?:answer|alternative|rival|competitor|challenger|successor)\s+to\s+$"
    # "Activision Blizzard became part of Microsoft in 2023, bringing 13,000 employees"
    r"|\b(?:became|becomes|become|is|was|has\s+been|is\s+now)\s+(?:a\s+)?part\s+of\s+$"
)
_WITH_ITS_PRODUCT = re.compile(
    r"[^\S\n]+(?:together\s+with|with|and|plus)\s+its\s+(?:[\w-]+\s+){0,3}?"
    r"(?:app|platform|service|product|brand|site|network|game)\s+"
)
# ("the Firefox browser, which is used by": the noun the name stands in may come first)
_OWN_CLAUSE = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2},\s+(?:(?:an?|the)\s+[^,;.]*?\b)?(?:that|which|where|whose)\b[^,;.]*$"
)
_PRODUCT_BEFORE = re.compile(
    r"\b(?:the|its)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,3}(?:editor|browser|app|application|"
    r"tool|library|framework|game|engine|product|assistant|chatbot|console|player|feature|"
    # "its own Java virtual machine, Dragonwell,", "the logistics arm, Mercado Envios,"
    r"machine|runtime|arm|proxy|gateway|database|compiler|scheduler|blockchain|protocol|"
    r"standard)(?:\s+|,\s+)$",
    re.I,
)
# A name set after what an organisation owns: "made its own Java virtual machine,
# Dragonwell,", "built the logistics arm, Mercado Envios,"
# "Quaker's parent reported", "Jiffy Lube's owner": the owner of the name, not the name
_PARENT_AFTER = re.compile(r"['’]s[^\S\n]+(?:parent|owner)(?:[^\S\n]+(?:company|group))?\b")
_OWNED_BY_NAME = re.compile(
    r"\b(?:which|that)[^\S\n]+([A-Z][\w&'’.-]*(?:[^\S\n]+[A-Z][\w&'’.-]*){0,3})[^\S\n]+"
    r"(?:has[^\S\n]+)?(?:owned|bought|acquired)\b"
    r"|\b(?:owned|bought|acquired)[^\S\n]+(?:in[^\S\n]+\d{4}[^\S\n]+)?by[^\S\n]+"
    r"([A-Z][\w&'’.-]*(?:[^\S\n]+[A-Z][\w&'’.-]*){0,3})"
)
_OWNED_BEFORE = re.compile(
    r"\b(?:(?:its|their)\s+own\s+(?:[\w-]+\s+){0,3}[\w-]+|(?:the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:arm|unit|division|subsidiary)),\s+$",
    re.I,
)
_MADE_OR_OWNED = re.compile(
    r"\b(?:created|creates|built|builds|developed|develops|launched|launches|started|wrote|"
    r"writes|designed|designs|open-sourced|released|releases|"
    r"invented|its|their|called|named)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# "Zalando, the Berlin online retailer that delivers to 25 markets": a name described as a
# firm, then what it does (not "VisaNet, the network which can handle": a system)
_FIRM_NOUNS = (
    r"company|firm|retailer|bank|neobank|lender|airline|insurer|marketplace|startup|carmaker|"
    r"automaker|maker|group|chain|operator|carrier|grocer|conglomerate|publisher|studio|giant|"
    r"cooperative|co-operative|partnership|producer|manufacturer"
)
_DESCRIBED_RELATIVE_START = re.compile(
    # ("Land O'Lakes, the Minnesota farmer-owned cooperative, which reported")
    rf",[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,4}}?(?:{_FIRM_NOUNS}),?[^\S\n]+"
    r"(?:that|which|who)\b",
    re.I,
)
# (on past a number's own point or comma: "which reported $16.2 billion and has 9,000")
_DESCRIBED_RELATIVE = re.compile(
    # ("the group that also owns Stamps.com and employs": a domain's dot)
    rf"{_DESCRIBED_RELATIVE_START.pattern}(?:[^.;,]|[.,](?=\d)|\.(?=[a-z]))*$", re.I
)
_MADE_IT_AFTER = re.compile(
    r"[^\S\n]+(?:first[^\S\n]+|later[^\S\n]+)?(?:released|open[- ]sourced|built|created|developed|"
    r"wrote|designed|launched)[^\S\n]+(?:it|them)\b"
)
_BEHIND_IT = re.compile(r"\b(?:is|are|was|were|stands?)\s+behind\s+(?:it|them)\b")
# "the airline" for "Delta Air Lines" too; otherwise a name ends on the noun itself ("the
# service" is not "Amazon Web Services")
_NAME_ENDINGS_OF_NOUN = {"Airline": ("Airline", "Airlines", "Lines")}
# A maker's lab or a product named by its maker and what it is: "Walmart Labs",
# "Bloomberg Terminal", "Datadog Agent", "AWS CLI"
_MAKERS_PART = re.compile(
    r"([A-Z][\w&.'’-]+(?:\s+[A-Z][\w&.'’-]+)?)\s+(?:(?:AI\s+)?Labs|Terminal|Agent|CLI|SDK|API|"
    # "The Peloton Bike came out in 2014 ... The company has": a maker's device
    r"Global\s+Tech|Bike|Tread|Watch|Speaker|Headset)"
)
_MADE_NOW = re.compile(r"\b(?:builds|built|creates|created|develops|developed|makes|made)\s+$")
# "Its games like Sniper 3D and": examples inside a possessive subject, before its verb
_EXAMPLES_IN_SUBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:like|such\s+as|including)\s"
    r"(?:(?!\b(?:is|are|was|were|has|have|had)\b)[^.;])*"
)
_TOOLS_LIKE_BEFORE = re.compile(
    r"\b(?:tools?|librar(?:y|ies)|frameworks?|projects?|engines?|compilers?)\s+"
    r"(?:like|such\s+as|including|called|named)\s+$"
)
_BEHIND_LIST = re.compile(r"\s+behind\s+(?:[^.;]|\.(?=\w))*?")  # "Hotels.com"
_SPECIALITY_OF = re.compile(
    r"\b(?:is|are)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:speciality|specialty|business|"
    r"bread and butter|home|domain|job|trade)\s+of\s+$"
)
# "After long tests, Go was chosen by American Express for its platform": the chooser
_CHOSEN_BY = re.compile(
    r"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:also\s+|first\s+)?(?:chosen|picked|"
    # ("the market is led by Grab", and the slip "leaded")
    r"adopted|selected|used|embraced|introduced|led|leaded|dominated)\s+by\s+$"
)
# "This was the first version of Shazam, created in London in 1999."
_VERSION_OF = re.compile(
    r"\s*(?:This|That|It)\s+(?:is|was)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:version|"
    r"beginning|start|origin|birth)\s+of\s+"
)
# what may follow the name in such a sentence: nothing, or where and when it was made
_SPECIALITY_REST = re.compile(
    r"[\s.!]*|,\s+(?:created|founded|started|launched|born|built)\b[^,;]*?[.!]\s*"
)
_MOST_FAMOUS_BEFORE = re.compile(
    r"\bthe\s+(?:most\s+(?:famous|popular|successful|known)|best[\s-]known|biggest|largest)"
    r"(?:\s+one)?\s+(?:is|was)\s+(?:perhaps\s+|probably\s+|clearly\s+)?$"
)
_MADE_BY_AFTER = re.compile(r",\s+(?:made|developed|published|built|created)\s+by\s+")
_INVERTED_SUBJECT = re.compile(
    r"\s*The\s+(?:[\w'’-]+,?\s+){1,8}?(?:is|was)\s+"
    # "The biggest network in the sky is now operated by Viasat, the ... company"
    r"(?:(?:now\s+|still\s+)?(?:operated|run|owned|built|made)\s+by\s+)?"
)
_APPOSITION_AFTER = re.compile(r",[^\S\n]+(?:the|a|an)[^\S\n]")
_PLACED_SUBJECT = re.compile(
    r"\s*(?:Behind|Among|Next|Beside|Alongside|Below|Above|Between|Then"
    # "Less talkative about its software is Energy Transfer, the Dallas partnership"
    r"|Less|More|Equally|Also|Further|Even|Just|Similarly|Likewise|Quieter|Smaller|Bigger|"
    r"Larger|Newer|Younger|Older)\s+[^.;:\n]{0,80}?\s+"
    r"(?:sits|sit|is|are|stands|stand|comes|come|lies|lie|was)\s+"
)
_NEW_NAME_BEFORE = re.compile(
    r"\b(?:(?:a|its|the|their)\s+new\s+name,?|renamed(?:\s+(?:it|itself))?(?:\s+(?:to|as))?|"
    r"rebranded(?:\s+(?:it|itself))?\s+(?:to|as)|changed\s+its\s+name\s+to|"
    r"(?:the|its)\s+name\s+was\s+changed\s+(?:in)?to|"
    # "Those short clips grew into Khan Academy, a nonprofit"
    r"(?:grew|turned|evolved)\s+into|"
    # "His company, now called Block, builds": the one in focus under its new name
    r"(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+company,\s+(?:now|later)\s+(?:called|named|"
    r"known\s+as|renamed)|"
    # "The company, renamed Bolt in 2019, now has"
    r"(?:[Tt]he|[Ii]ts)\s+company,\s+renamed|"
    # "it was spun off as Twitch in 2011", "its wiki engine was spun out as Dozuki"
    r"(?:spun\s+(?:off|out)|relaunched)\s+as|"
    # "the new business was named after its best-seller: The Magnum Ice Cream Company"
    r"named\s+after\s+[\w\s'’-]{1,30}:|"
    # "Today the company is called Block", "it is now named Meta"
    r"(?:[Tt]he\s+company|[Ii]t)\s+is\s+now\s+(?:called|named)|"
    r"[Tt]he\s+company\s+is\s+(?:called|named))\s+$"
)
_FOUNDING_VERBS = r"founded|co-founded|started|launched"
_STARTED_BEFORE = re.compile(rf"\b(?:{_FOUNDING_VERBS})\s+(?:the\s+)?$")
# the rest of a description before the name it describes: " construction giant "
_DESCRIBED_NAME = re.compile(r"(?:[^\S\n]+[a-z][\w-]*){1,3}[^\S\n]+(?=[A-Z])")
# between a name and what its description names: ", the Bristol maker of Davidoff and ",
# ", whose Carquest brand" (its own products, not other organisations)
_ITS_PRODUCTS_BETWEEN = re.compile(
    r",\s+(?:(?:the|a|an)\s+[^,;.]*?\b(?:maker|owner|parent|operator|publisher|developer|"
    r"producer|home|creator|brewer|seller)\s+of|whose)\s+(?:[^,;.]*?\s+(?:and|&)\s+)?"
)
_ARM_OF_OPENING = re.compile(
    r"\s*The\s+(?:[\w-]+\s+){0,2}?(?:arm|unit|division|subsidiary)\s+of\s+"
)
# a sentence opening on the organisation in focus without naming it
_FOCUS_OPENING = re.compile(
    r"\s*(?:(?:The|Its|Their)\s+(?:[\w-]+\s+)?(?:team|teams|engineers|developers|company)|"
    r"It|They)\b"
)
_THERE_IS_BEFORE = re.compile(
    r"\b[Tt]here\s+(?:is|are|was|were|'s)\s+(?:also\s+)?$"
    # "Birmingham, Alabama is home to Books-A-Million"
    r"|\b(?:is|are|was)\s+(?:also\s+)?home\s+to\s+$"
)
_EXAMPLES_BEFORE = re.compile(
    r",\s+(?:mainly|mostly|especially|notably|chiefly|including|such\s+as|like)\s+"
    r"(?:[^,.;\n]{0,30}?(?:,\s+|\s+and\s+))?$"
)
_BEHIND_BEFORE = re.compile(
    rf"\bthe\s+(?:[\w-]+\s+)?(?:{ORG_NOUNS}|foundation|team|people)\s+behind\s+$", re.I
)
_DESCRIBED_ORG = re.compile(
    # ("Amazon Web Services (AWS) is the biggest cloud provider")
    rf"(?:[^\S\n]*\([^()\n]{{1,20}}\))?(?:['’]s)?,?[^\S\n]+(?:is|was|has\s+been|became)[^\S\n]+(?:the|a|an|one\s+of\s+the)\b"
    rf"[^.;\n]{{0,60}}?\b(?:{ORG_NOUNS}|maker|chain|retailer|neobank|fintech)s?\b"
    rf"|,[^\S\n]+(?:the|a|an)[^\S\n]+[^,.;\n]{{0,50}}?\b(?:{ORG_NOUNS})\b",
    re.I,
)
_BORN_AT = re.compile(
    r"\b(?:was|were|is|are)\s+(?:first\s+|originally\s+|actually\s+|[a-z]+ly\s+)?(?:born|"
    r"created|developed|built|invented|started|made|written|designed|open-sourced|published|"
    r"released|prepared|"
    r"maintained|produced)\b"
    # "was started in 2014 as an internal tool for scheduling data workflows at Airbnb"
    r"(?:[^.;,\n]{0,80}?[^\S\n])?(?:at|inside|within|by\s+the|"
    # "was published by the data team of Instacart"
    r"(?:team|engineers|developers)\s+(?:of|at))\s+$"
    # "Apache Kafka was created by Jay Kreps, ... while they were working at LinkedIn"
    r"|\b(?:while|when)\s+(?:they|he|she)\s+(?:were|was)\s+(?:working|employed)\s+(?:at|for)\s+$"
    # "Anders Hejlsberg ... created TypeScript at Microsoft"
    r"|\b(?:created|developed|built|invented|designed|wrote)\s+[A-Z][\w#+.-]*"
    r"(?:\s+[A-Z][\w#+.-]*)?\s+(?:at|inside)\s+$"
    # "GS Collections was a Java collections library built by Goldman Sachs"
    r"|\b(?:was|is)\s+(?:a|an|the)\s+[^.;,\n]{0,60}?[^\S\n](?:built|created|developed|written|"
    r"made|designed)(?:\s+(?:in|with)\s+[\w#+.-]+)?\s+(?:by|at|inside)(?:\s+the)?\s+$"
    # "Nikolay Storonsky was a trader when he started Revolut": the founder's company
    r"|\b(?:he|she|they)\s+(?:co-)?(?:founded|started|created|launched|built)\s+(?:the\s+)?$"
    # "Lore ... came out of the data science team at Instacart"
    r"|\b(?:came|comes|grew)\s+out\s+of\b[^.;,\n]{0,60}?[^\S\n](?:at|of)\s+$"
    # "left his job as a trader at Credit Suisse to start Revolut"
    rf"|\b{_TO_FOUND}\s+$"
    # "Jan Koum and Brian Acton started WhatsApp in 2009", "Tom Blomfield and a small team
    # started Monzo": the founders' company
    # "Apoorva Mehta, a former Amazon engineer, launched Instacart", "Pavel Durov, who
    # earlier founded VK, launched Telegram"
    r"|\b[A-Z][a-z]+\s+[A-Z][\w'’-]+(?:,\s+(?:a|an|the|who)\s+[^,\n]{3,60},)?"
    r"(?:\s+and\s+(?:[A-Z][a-z]+\s+[A-Z][\w'’-]+|"
    # "Pavel Durov and his brother Nikolai founded Telegram"
    r"(?:a|his|her|two|three|four|some)\s+(?:[a-z]+\s+){0,2}?(?:[a-z]+|[A-Z][a-z]+)))?"
    # "Jan Koum and Brian Acton, two former engineers at Yahoo, started WhatsApp"
    r"(?:,\s+(?:a|an|the|who|two|three|both)\s+[^,\n]{3,60},)?\s+"
    r"(?:co-)?(?:founded|started|launched|(?:built|created|wrote)\s+the\s+first\s+version\s+of)\s+"
    # "... started the payments company Block"
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:company|firm|startup|bank|app|platform)\s+)?$"
    # "an open source virtualization tool which engineers at Amazon wrote"
    r"|\b(?:which|that)\s+(?:engineers|developers|a\s+team)\s+(?:at|of|from|inside)\s+$"
    # "It was made by Niantic": the maker of the product in focus
    r"|\b(?:was|is|were|are)\s+(?:first\s+|originally\s+)?(?:made|developed|published)\s+by\s+$"
    # "All of them come from HashiCorp", "this shop software became Shopify": the maker
    r"|\b(?:[Aa]ll|[Bb]oth|[Ee]ach)\s+of\s+them\s+(?:come|comes|came)\s+from\s+$"
    r"|\b(?:(?:software|shop|project|tool|app|site|website|idea|spreadsheet|prototype)"
    r"(?:\s+(?:which|that))?|it)\s+(?:later\s+|soon\s+|"
    r"eventually\s+|then\s+)?(?:became|turned\s+into|grew\s+into)\s+$"
    # "Pingora is an open source proxy framework ..., and it replaced NGINX at Cloudflare"
    r"|\b(?:it|which|that)\s+(?:replaced|replaces|powers|runs)\s+(?:[^.;,\n]{0,40}?\s)?(?:at|inside)\s+$"
    # "Eclipse Collections started as an internal Java library at Goldman Sachs"
    r"|\b(?:started|began)\s+(?:life\s+)?as\s+(?:an?\s+)?[^.;,\n]{0,50}?\s(?:at|inside|within)\s+$"
)
# "American", "Swedish", "Chinese", "North American": a nationality adjective
_MADE_BY_STAFF = re.compile(
    r"\b(?:was|were|is|are)\s+(?:first\s+|originally\s+)?(?:created|built|developed|written|"
    r"made|designed|started)\s+(?:in\s+\d{4}\s+)?by\s+([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?)"
    r"\s+(?:engineers|developers|employees|staff|researchers|team)\b"
)
# A relative clause describing the name, running on to the figure: ", which was founded in
# 2005 by Matt Mullenweg and have around 1,900 employees"
_RELATIVE_ON = re.compile(
    r",[^\S\n]+(?:which|who)[^\S\n]+(?:was|is)[^\S\n]+(?:founded|started|based|headquartered|"
    r"created)\b[^;]*"
    # "is run by Automattic, a fully remote company employing about 1,900 people"
    rf"|,[^\S\n]+(?:a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{ORG_NOUNS})[^\S\n]+"
    r"(?:employing|with|that\s+employs|which\s+employs)[^\S\n]+[^;]*"
)
# "the AI team at Tesla", "joined Google": where a person works
_WORKS_AT_BEFORE = r"\b(?:at|joined)\s+$"
_WORKS_AT = re.compile(_WORKS_AT_BEFORE)
_FOUNDED_BEFORE = re.compile(
    rf"\b(?:{_FOUNDING_VERBS}|created)\s+(?:the\s+)?$|{_WORKS_AT_BEFORE}", re.I
)
_ITS_PRODUCT_AFTER = re.compile(
    r"[^\S\n]+(?:is|was)[^\S\n]+(?:its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:app|service|"
    r"platform|brand|product|arm|unit|subsidiary|marketplace|store|business|game|site)\b"
    # "Michelangelo is the machine learning platform built by its engineers"
    r"|[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:app|service|platform|"
    r"tool|system|framework|library|engine)[^\S\n]+(?:built|made|created|developed|written)"
    r"[^\S\n]+(?:by|at)[^\S\n]+(?:its|their)\b"
)
_CREATED_BY = re.compile(
    r"\b(?:created|built|made|developed|started|launched)\s+by\s+(?:the\s+)?(?=[A-Z])"
)
_WAS_CALLED_BEFORE = re.compile(r"\b(?:was|is|were|are)\s+(?:called|named|dubbed)\s+$")
_MAKER_BEHIND_IT = re.compile(
    r",\s+the\s+(?:[\w-]+\s+)?(?:studio|company|developer|maker|publisher|team)\s+behind\s+it,"
)
_PARENT_OF = re.compile(
    r",[^\S\n]+(?:the|a)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:parent|owner)(?:[^\S\n]+company)?"
    r"[^\S\n]+of[^\S\n]+(?=[A-Z])"
)
_UNIT_OF = re.compile(
    r",[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:unit|subsidiary|division|arm)"
    r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[\w-]+[^\S\n]+){0,4}?(?=[A-Z])"
)
_BRAND_OWNED_BY = re.compile(
    r"\b(?:is|was)[^\S\n]+(?:now[^\S\n]+)?one[^\S\n]+of[^\S\n]+the[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+){0,2}?(?:brands|apps|products|services|subsidiaries|units|"
    r"businesses)[^\S\n]+(?:owned|run|operated)[^\S\n]+by[^\S\n]+(?=[A-Z])"
)
_APP_OWNED_BY = re.compile(
    r",[^\S\n]+(?:the|an?)[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:app|brand|service|game|website)"
    r"[^\S\n]+(?:owned|run|operated|made)[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:[A-Z][\w]*-based[^\S\n]+)?(?=[A-Z])"
)
_PRODUCT_APPOSITIVE = re.compile(
    # "Deep Brew is the name of the AI platform of Starbucks"
    r"[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+name[^\S\n]+of\b"
    # ("Frank is the name of the dispatch algorithm which ... in the Deliveroo app")
    r"(?:[^.;\n]{0,80}?[^\S\n](?:of|from|by|at|in[^\S\n]+the)[^\S\n]+(?-i:[A-Z]))?"
    r"|,[^\S\n]+(?:the|a|an)[^\S\n]+[^,.;\n]{0,40}?\b(?:playlist|app|tool|feature|library|"
    r"framework|engine|product|game|assistant|chatbot|gateway|pipeline|database|service|browser|"
    r"system|compiler|editor|IDE|console|device|language|dialect|distribution|network|platform|"
    r"arm|sandbox|MMORPG|MMO|MOBA|shooter|simulator|RPG|franchise)s?[^\S\n]+"
    r"(?:at[^\S\n]+the[^\S\n]+heart[^\S\n]+of|of|from|by|at|behind|"
    # "Erica, the virtual assistant inside the Bank of America app,"
    r"(?:inside|within)(?:[^\S\n]+the)?)"
    # ("the telemetry platform behind every Netflix dashboard", "the companion app of
    # the Garmin watches")
    r"[^\S\n]+(?:(?:every|each|all|the)[^\S\n]+)?(?-i:[A-Z])"
    # "Discover Weekly is the playlist that Spotify prepares for each listener"
    r"|[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:playlist|app|tool|"
    # ("Quartz is the cross-asset platform which Bank of America built")
    r"feature|library|framework|engine|product|game|assistant|chatbot|service|browser|system|"
    r"platform)[^\S\n]+(?:that|which)[^\S\n]+(?-i:[A-Z])"
    # "RuneScape, the fantasy MMORPG made by Jagex,", "Backstage, the developer portal
    # which Spotify open-sourced": the maker named inside the description
    r"|,[^\S\n]+(?:the|a|an)[^\S\n]+[^,.;\n]{0,40}?[^\S\n](?:(?:made|built|developed|published|"
    r"created)[^\S\n]+by|which|that)[^\S\n]+(?-i:[A-Z])"
    # "Falcon is the flagship platform of CrowdStrike"
    r"|[^\S\n]+(?:is|was)[^\S\n]+the[^\S\n]+(?:flagship|main|core)[^\S\n]+(?:[\w-]+[^\S\n]+)?"
    r"(?:platform|product|app|service|tool|engine)[^\S\n]+of[^\S\n]+(?-i:[A-Z])"
    # "Duo, the green owl who sends you push notifications, is the mascot of Duolingo",
    # "The Music Genome Project analyse every song ... and it is the brain of Pandora"
    r"|(?:,[^,.;\n]{3,100},|[^\S\n][^.;\n]{3,100}?[^\S\n]and[^\S\n]it)?[^\S\n]+(?:is|was)"
    r"[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:mascot|logo|character|brain|heart|engine|backbone)[^\S\n]+of[^\S\n]+(?-i:[A-Z])"
    # "Wordle, the word game it bought in 2022, was rebuilt": a product of the one in focus
    r"|,[^\S\n]+the[^\S\n]+(?:[\w-]+[^\S\n]+){0,3}?(?:game|app|service|site|platform|tool|brand)"
    r"[^\S\n]+(?:it|they)[^\S\n]+(?:bought|acquired|built|made|created|launched|owns|runs)\b"
    # "Firecracker is a small virtual machine monitor which Amazon wrote in Rust"
    r"|[^\S\n]+(?:is|was)[^\S\n]+(?:a|an|the)[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}?(?:monitor|hypervisor|"
    r"proxy|database|runtime|compiler|library|framework|engine|tool|app|game|browser|editor|"
    r"language|system|platform|service)[^\S\n]+(?:that|which)[^\S\n]+"
    r"(?-i:[A-Z])(?=[\w&.'’-]*(?:[^\S\n]+[A-Z][\w&.'’-]*)?[^\S\n]+(?:first[^\S\n]+)?"
    r"(?:wrote|built|created|developed|made|designed|open-sourced|released|launched)\b)"
    # "The ID.4 is the best-selling electric model of Volkswagen", "GoFood is the food
    # ordering service inside the Gojek super app"
    r"|[^\S\n]+(?:is|was)[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}?(?:(?:model|car|"
    r"vehicle|SUV|truck)s?[^\S\n]+(?:of|from|by)|(?:service|app|feature|product)s?[^\S\n]+"
    r"(?:inside|within))[^\S\n]+(?:the[^\S\n]+)?(?-i:[A-Z])"
    # "Hotels.com and Vrbo are two of the brands that belong to Expedia Group"
    r"|[^\S\n]+(?:is|are|was|were)[^\S\n]+(?:(?:one|two|three|four|five|some|among)[^\S\n]+"
    r"(?:of[^\S\n]+)?)?(?:the|its|their)?[^\S\n]*(?:[\w-]+[^\S\n]+){0,2}?brands?[^\S\n]+"
    r"(?:(?:that|which)[^\S\n]+(?:belongs?|belonged)[^\S\n]+to|of|owned[^\S\n]+by)"
    r"[^\S\n]+(?:the[^\S\n]+)?(?-i:[A-Z])",
    re.I,
)
# The rest of a list of names after its first ("Photoshop, Illustrator and Premiere Pro")
_NAME_LIST_REST = re.compile(
    r"(?:,[^\S\n]+[A-Z][\w+.'’-]*(?:[^\S\n]+[A-Z][\w+.'’-]*)*)*,?[^\S\n]+(?:and|&)[^\S\n]+"
    r"[A-Z][\w+.'’-]*(?:[^\S\n]+[A-Z][\w+.'’-]*)*"
)
# "Magic Pocket, the in-house storage system,": a tool, even with no owner named
_TOOL_APPOSITIVE = re.compile(
    # (not "Enbridge, the Calgary company whose system carries crude": a firm described)
    r",[^\S\n]+(?:the|an?|its|their)[^\S\n]+"
    r"(?:(?!(?:whose|which|that|who|with|company|firm|group)\b)[\w-]+[^\S\n]+){0,3}?"
    r"(?:system|tool|engine|library|"
    r"framework|compiler|browser|database|gateway|pipeline|assistant|chatbot|distribution|"
    r"dialect|model|SDK|API|toolkit|package|plugin|mascot|proxy|runtime|scheduler|hypervisor|"
    r"orchestrator|editor|IDE|standard|protocol|blockchain|specification)\b"
    # "Athena, its trading platform,", "Duo, its green owl,": what the organisation owns
    r"|,[^\S\n]+(?:its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,4}?(?:platform|app|service|product|arm|game|"
    r"owl|mascot|bird|character|logo|robot)\b",
    re.I,
)
_FROM_PARENT = re.compile(r"[^\S\n]+(?:from|by)[^\S\n]+(?:the[^\S\n]+)?")
# "300 million monthly active users on Instagram": the platform the counted people use
_USERS_ON_AFTER = re.compile(
    r"(?:[^\S\n]+(?:monthly|daily|weekly|active|paying|registered|unique))*[^\S\n]+"
    r"(?:users|members|subscribers|players|creators|viewers|sellers|merchants)[^\S\n]+on[^\S\n]+"
)
# ("About 221,000 employees work for Microsoft")
_AT_AFTER = re.compile(
    r"[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:(at|(?<=work\s)for|(?<=works\s)for|(?<=worked\s)for)"
    r"|that)[^\S\n]+"
)
_REPORTS = re.compile(r"[^\S\n]+(?:reports|reported|says|said|claims|counts|announced)\b")
# the approximators a price may carry before it ("for about $9.6 billion")
_ROUGHLY = r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
_VALUED_BEFORE = re.compile(rf"\bvalu(?:ed|ing|es)\s+(\S.{{0,40}}?)\s+at\s+{_ROUGHLY}$")


# A takeover's price is the bought organisation's value (the rule of tests/data/blind4:
# "valued at £4.3 billion", "could value it at"): "Sega bought Rovio for €706 million",
# "Zooplus, the retailer that EQT bought for €3.7 billion", "AMD's $49 billion purchase
# of Xilinx", "Etsy paid $1.6 billion for the app", "took it private in a $2.3 billion deal"
_BOUGHT = (
    r"(?:bought|buy|buys|buying|acquired|acquire|acquires|acquiring|purchased|snapped\s+up|"
    # "Yugansk was sold for $9.3bn", "sold its insurance arm Travelers to Metlife for"
    r"sold|sells|selling|"
    r"took\s+(?:it|them|the\s+\w+)\s+private|taken\s+private|taking\s+it\s+private|"
    # "completed its purchase of the simulation specialist Altair for roughly $10 billion"
    r"(?:purchase|acquisition|takeover)\s+of)"
)
# "Zettle, formerly iZettle, is the company that PayPal bought": a name it no longer has
_FORMER_NAME_BEFORE = re.compile(
    r"\b(?:formerly|previously|once)(?:\s+(?:known\s+as|called|named))?\s+$", re.I
)
_BOUGHT_FOR_BEFORE = re.compile(
    rf"\b{_BOUGHT}\b(?P<object>[^.;:]{{0,80}}?)\s+for\s+{_ROUGHLY}(?:a\s+(?:cool\s+|reported\s+)?)?$"
)
_PAID_BEFORE = re.compile(rf"\b(?:paid|pay|pays|paying)\s+{_ROUGHLY}$")
_DEAL_AFTER = re.compile(
    r"\s+(?:purchase|acquisition|takeover|buyout|deal|offer|bid)\b(?:\s+(?P<of>of|for)\s+)?"
)
_FOR_AFTER = re.compile(r"\s+(?:in\s+(?:19|20)\d\d\s+)?for\s+")
_DESCRIBED_NAME_BEFORE = re.compile(r"(?:(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3})?")
_IN_A_DEAL_BEFORE = re.compile(
    r"\b(?:took|taken|taking|bought|acquired|buy|acquire)\s+(it|them|the\s)?[^.;:]{0,40}?\s+in\s+an?\s+"
    # ("... in a deal worth about $1.4 billion")
    rf"(?:(?:deal|transaction|takeover|buyout)\s+(?:worth|valued\s+at|of)\s+{_ROUGHLY})?$"
)
_PART_OF = re.compile(
    # ("a unit of Japan's NTT DATA": past a place's possessive)
    r"\b(?:arm|unit|subsidiary|division|business|part|brand)\s+of\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*['’]s\s+)?(?=[A-Z])"
    # "has belonged to the insurer Assurant since 2019", "owned by the Swedish group Nobia"
    r"|\b(?:belongs|belonged|owned\s+(?:since\s+(?:19|20)\d\d\s+)?by)\s+(?:to\s+)?(?:the\s+)?"
    # ("owned by Germany's RTL Group")
    r"(?:[a-z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*['’]s\s+)?(?=[A-Z])"
)
_RELATIVE_BEFORE = re.compile(r",?\s+(?:which|that|whom)\s+[^,.;]{0,80}$|,\s+$")
_COORDINATION = re.compile(r";|,\s+(?:and|but|while|whereas)\b")
# A time adverbial before a sentence's figure: "Every day more than 30 million visitors"
_TIME_OPENING = re.compile(
    r"(?:(?:every|each)\s+(?:day|week|month|quarter|year)|last\s+year|"
    # "On an average moment about 2.5 million viewers are watching"
    r"(?:on|at)\s+(?:an?\s+)?(?:average|typical|normal|given|any)\s+(?:day|moment|time|night)|"
    r"this\s+year|in\s+(?:19|20)\d\d),?",
    re.I,
)
_ITS_PEOPLE_OPENING = re.compile(
    rf"(?:{_TIME_OPENING.pattern}\s+)?[Tt]he\s+(?:users|customers|members|subscribers|players|"
    r"drivers|riders|sellers|merchants|listeners|viewers|athletes|learners)\s+[a-z]+",
    re.I,
)
# A sentence that opens with its measure: "Revenue was", "Net sales rose 12% to"
_MEASURE_OPENING = re.compile(
    # ("Second-quarter aggregates shipments fell 3% to")
    r"((?:[A-Z][a-z]+(?:-[a-z]+)?)(?:\s+[a-z]+){0,2}?)\s+(?:was|were|is|are|reached|hit|"
    r"totalled|totaled|rose|grew|climbed|jumped|increased|came\s+in\s+at|stood\s+at|fell|"
    r"dropped|declined|slipped|decreased)"
    r"(?:\s+(?:\d+(?:\.\d+)?%|by\s+\S+)\s+to)?"
)
# What a business turns out, a measure the vocabulary need not name
# (not "Industry shipments rose 9%": a market's)
_OUTPUT_MEASURE = re.compile(
    r"^(?!(?:Industry|Market|Global|World|Sector|National|Total)\b).*"
    rf"\b{OUTPUT_NOUNS}$"
)
# "India processes", "now China has": a place as the subject of a clause
_PLACE_VERBS = (
    r"(?:processes|processed|does|did|has|had|makes|made|records|recorded|handles|handled|sees|"
    r"saw|counts|counted|registers|registered|logs|logged|adds|added|completes|completed)"
)
_PLACE_SUBJECT = re.compile(
    rf"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:alone\s+|now\s+|also\s+)?{_PLACE_VERBS}\b"
)
# "while the whole country records around 13 billion UPI payments"
_COUNTRY_AS_SUBJECT = re.compile(
    r"\bthe\s+(?:whole\s+|entire\s+)?(?:country|nation|industry|market)\s+(?:now\s+|also\s+)?"
    rf"{_PLACE_VERBS}\s+(?:about\s+|around\s+|nearly\s+|over\s+|more\s+than\s+|some\s+|"
    r"roughly\s+)?$",
    re.I,
)
# "Turkey's gross domestic output", "the country's massive debt": what a country has
_COUNTRY_POSSESSIVE = re.compile(
    r"(?:\b([A-Z][A-Za-z]+)|\b[Tt]he\s+(?:country|nation|economy))['’]s\s+"
    r"(?:[a-z][\w-]*\s+){0,4}?(?:(?:with|to|from)\s+[A-Z][a-z]+\s+)?(?:-\s+which\s+)?"
    r"(?:was|were|is|are|stood|rose|fell|grew|hit|reached|totalled|includes|included|of|at|to|by)"
    r"\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|some\s+)?$"
)
# ... opening the sentence or a clause
_CLAUSE_START = re.compile(r"(?:^|[;:]|\b(?:and|now|so|but|while|as|because|where))\s*$")
# "It is Terex's largest business, generating", "it remains Acme's biggest brand, with"
_IS_BEFORE_OWNER = re.compile(
    r"[^\S\n]+(?:is|was|remains|became)[^\S\n]+(?:now[^\S\n]+|still[^\S\n]+)?"
)
_OWNERS_PART_AFTER = re.compile(
    rf"['’]s[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?(?:{ORG_NOUNS}|unit|arm|division|brand)s?"
    r"[^.;\n]{0,40}?,[^\S\n]+(?:[a-z]+ing|with)\b"
)
_OF_RIGHT_AFTER = re.compile(
    r"((?:[^\S\n]+[a-z][\w-]*){1,3})?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?"
)
_OWNS_NOUN_AFTER = re.compile(r"['’]s\b|[^\S\n]+(?:[a-z]+[^\S\n]+)?[a-z]+s\b")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|to|from|with|by|at|on|of|into|than|during|against|"
    # "helped by distribution through PepsiCo" (not "has been pledged through Kickstarter",
    # "can be booked ahead through SpotHero",
    # "is paid through ParkMobile": the platform the figure passes through)
    r"(?<!ed\s)(?<!paid\s)(?<!sold\s)(?<!ahead\s)(?<!online\s)(?:through|via))"
    r"\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[A-Z][\w.]*\s+){0,2}$"
)
# The object of a deal ("agreed to buy Pioneer") is not who the sentence is about.
# "overtaking British Gas as the country's largest supplier": a rival passed
_OVERTAKE = (
    r"overtake|overtakes|overtaking|overtook|overtaken|surpassing|surpassed|outselling|outsold"
)
_OVERTAKEN_BEFORE = re.compile(rf"\b(?:{_OVERTAKE})\s+(?:the\s+)?$")
_DEAL_BEFORE = re.compile(
    r"\b(?:buy|buying|bought|acquire|acquiring|acquired|purchase|purchased|sell|selling|sold|"
    rf"take\s+over|merge\s+with|{_OVERTAKE})\s+(?:the\s+)?$"
)
_AGENT_BEFORE = re.compile(
    # ("was quite possibly processed by Camping World")
    r"\b(?:is|are|was|were|been|being)\s+(?:(?:[a-z]+ly|quite|also|now|still|often)\s+){0,2}"
    r"[a-z]+(?:ed|en|t)\s+by\s+(?:the\s+)?$"
)
# what the subject trades, then to whom: "supplies LPG to roughly", "sells eSIM
# connectivity to more than"
_TRADE_VERB_BEFORE = re.compile(
    r"\b(?:sells|sold|supplies|supplied|provides|provided|delivers|delivered|ships|shipped|"
    r"licenses|licensed|rents|leases|exports|exported|distributes|distributed)[^\S\n]+$"
)
_RECIPIENTS_AFTER_OBJECT = re.compile(r"(?:[^\S\n]+[a-z][\w-]*){0,3}[^\S\n]+(?:to|for)[^\S\n]+")
# a possessive before its noun: "Shopify's merchants", not "the same day as GOOD Meat's."
_POSSESSIVE_OF_NOUN = re.compile(r"['’]s[^\S\n]+[\w$€£]")
# "Whistler, Park City and Andermatt are all run by Vail Resorts", "Phone lines for
# 400,000 businesses are run by RingCentral": what a plural subject belongs to is what the
# sentence is about (a firm is no plural subject; "Instagram is owned by Meta" stays
# Instagram's)
_PLURAL_PASSIVE_BEFORE = re.compile(
    # (not in a relative clause: "Booking.com is an agency which belong to Booking Holdings")
    r"(?<!which\s)(?<!that\s)(?<!who\s)"
    r"(?:\b(?:are|were)\s+(?:all\s+|both\s+|now\s+|still\s+)?(?:run|operated|owned|managed)"
    r"\s+(?:today\s+|now\s+|jointly\s+)?by|\bbelong\s+(?:\w+\s+)?to"
    # ("Tee times at thousands of courses are sold through GolfNow")
    r"|\b(?:are|were)\s+(?:now\s+|mostly\s+)?(?:sold|booked|made|processed)\s+(?:through|via))"
    r"\s+$"
)
# "Ookla belongs to Ziff Davis, which ...", "was bought by Ziff Davis, which ...": the owner
# a relative clause then describes
_OWNER_BEFORE = re.compile(
    r"(?:\b(?:is|was|has\s+been)\s+(?:now\s+|since\s+\d{4}\s+)?(?:run|operated|owned|managed|"
    r"bought|acquired|controlled)\s+(?:\w+\s+)?by|\bbelongs\s+(?:\w+\s+)?to)\s+$"
)
_DESCRIPTION_CLAUSE_BEFORE = re.compile(
    # ("Mister Car Wash, the chain that built its business around the Unlimited Wash Club")
    r",\s+(?:the|a|an)\s+[^,;.]{0,50}?\b(?:that|which|whom)\b[^,;.]{0,60}\s$"
)
_PARTICIPLE_AFTER = re.compile(r"[^,;:]*,\s+[a-z]+ing\s+(?:[\w-]+\s+){0,2}")
_CLAUSE_OF_UNKNOWN = re.compile(r"(?:,\s+(?:while|whereas)|;)\s+(?!The\b|A\b|An\b)[A-Z]")
_OBJECT_BEFORE = re.compile(
    rf"{_DEAL_BEFORE.pattern}|\b(?:for|to|from|with|by|at|on|of|into|than|against|like|through|via|behind|"
    r"such\s+as|including|Through|Via"
    # "on the same day as GOOD Meat's": what the subject is compared with
    r"|(?:same|similar)(?:\s+[\w-]+)?\s+as)\s+(?:the\s+)?$"
)
_ACCOUNTS_FOR = re.compile(
    r"(?:,[^\S\n]+(?:its|their)[^,.;\n]{0,40},)?[^\S\n]+(?:(?:together|alone|now|still)[^\S\n]+)?"
    r"(?:accounts?|accounted|make|makes|made)[^\S\n]+(?:for|up)[^\S\n]+[^\s,.;]*[^\S\n]*"
    r"(?:[a-z]+[^\S\n]+){0,2}"
)
_OF_ITS_SALES = re.compile(
    r"[^\S\n]+of[^\S\n]+(?:its|their)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?:sales|revenue|revenues|turnover|income|business)\b"
)
# "During the 2023 Indian Premier League it handled": an event named as a time, no actor
_DURING_EVENT_BEFORE = re.compile(
    r"\b(?i:during|throughout)[^\S\n]+(?:the[^\S\n]+)?(?:\d{4}(?:[/-]\d{2,4})?[^\S\n]+)?"
    r"(?:[A-Z][\w'-]*[^\S\n]+){0,2}$"
)
# "... and now has", "... and serves": a verb coordinated with the sentence's first one
_SUBJECT_VERB_AGAIN = re.compile(
    r"[^,;:()\n]*?,?\s+and\s+(?:now\s+|also\s+|still\s+|today\s+|currently\s+)?"
    # ("... and now counts more than 150,000 members in 145 countries": the verb's
    # second figure too)
    r"(?!is\b|was\b|its\b|this\b|thus\b)[a-z]+(?:s|ed)\s+(?:(?:[a-z]+|\d[\d,.]*)\s+){0,6}?"
    # "bought its rival Gorillas, but later cut 14% of its workforce"
    r"|[^,;:()\n]*?,?\s+but\s+(?:later\s+|then\s+|also\s+|now\s+)?"
    r"(?:[a-z]+(?:s|ed)|cut|sold|grew|made|lost|paid|spent|built|took|had)\s+(?:[a-z]+\s+){0,4}?"
    # "OpenAI is the research lab who made ChatGPT, employing approximately 3,000 people"
    r"|,\s+(?:employing|serving|operating|counting|having)\s+(?:[a-z]+\s+){0,2}?"
    # "It makes Häagen-Dazs ... and Extreme cones, operates in more than 20 countries"
    # (not "its parent, Meta Platforms, says": the appositive's own verb)
    r"|[^,;:()\n]+?,\s+(?!is\b|was\b|its\b|this\b|thus\b|as\b|plus\b)[a-z]{3,}s\s+"
    # (" ... and has a workforce of": a third verb of it)
    r"(?:[^,;:()\n]*?\s+and\s+[a-z]+s\s+)?(?:[a-z]+\s+){0,4}?"
)


class Attribution:
    """Organisation mentions sentence by sentence, and the organisation the text is about."""

    def __init__(self, text: str, vocabulary: Vocabulary, spans: list[list[Span]]) -> None:
        self.text = text
        self.vocabulary = vocabulary
        self.names = Names(text, vocabulary, spans)
        self.focus: str | None = None  # the last sentence subject named
        self.paragraph_known: list[str] = []  # vocabulary organisations named in the paragraph
        self.paragraph_focus: str | None = None  # ... in this paragraph
        self.topic: str | None = None  # the paragraph's first sentence subject
        self.named_by_topic: set[str] = set()  # other names in the topic's sentences
        # names organisations made or own (across paragraphs), and the last subject that
        # was none of them: "the company" means an organisation, not its product
        self.products: set[str] = set()
        self.org_focus: str | None = None
        # names described as organisations ("Revolut, the London neobank,", "founded
        # Revolut", "Klarna is a Swedish company"), and the names of this paragraph and the
        # one before, for "the company" at a paragraph's opening
        self.orgs: set[str] = set()
        self.owner_of: dict[str, str] = {}  # product -> the organisation that makes it
        self.parents: dict[str, str] = {}  # "Snap, the parent of Snapchat": Snapchat -> Snap
        # the app or game the last sentence's subject made: "Block builds Cash App with
        # Kotlin. The app is used by 57 million people"
        self.just_made: str | None = None
        self.paragraph_names: list[str] = []
        self.previous_names: list[str] = []
        self.older_names: list[str] = []  # ... and of the paragraph before that
        self.paragraph_sentences = 0  # sentences of this paragraph already read
        self.previous_topic: str | None = None
        # did this paragraph, and the one before, open on a pronoun for the one in focus?
        self.opened_on_focus = False
        self.previous_opened_on_focus = False
        self.earlier_orgs: list[str] = []  # organisations in focus before, latest last
        self.named_last: list[str] = []  # the last sentence's last two names, for "the former"

    def mentions(self, sentence: Span) -> list[Mention]:
        """Organisations and pronouns in the sentence, in text order; what its names say
        (a product and its maker, an organisation described as one) is kept for later."""
        reading = self.names.read(sentence)
        if reading.section_ends:  # "Conclusion": no organisation is in focus any more
            self.focus = self.paragraph_focus = None
        if reading.heading:
            return reading.mentions
        self.paragraph_known.extend(reading.makers)
        if self.org_focus:
            for name in reading.called:
                self._record_product(name, self.org_focus, keep_first=True)
        text = self.text
        for f in reading.mentions:
            if f.pronoun or not f.name or text[max(0, f.start - 3) : f.start] == "as ":
                continue  # "started in 2013 as PaloAltoDelivery.com": a former name
            self.paragraph_names.append(f.name)
            maker = self.names.maker(f.name)
            # (not "4. ONE Championship ... the ONE app": the list's entry is no product)
            if (
                maker
                and f.name != self.section(f.start)
                # ("buildings made by Sprung Structures", the article naming "Sprung" alone
                # too: whoever makes things is the maker, no product of one)
                and not _MAKER_BY_BEFORE.search(text, max(0, f.start - 30), f.start)
            ):
                # "Amazon S3", "Amazon Corretto": a maker's product
                self._record_product(f.name, maker)
            if _DESCRIBED_ORG.match(text, f.end) or _FOUNDED_BEFORE.search(
                text, max(0, f.start - 40), f.start
            ):
                self.orgs.add(f.name)
            own = _PRODUCT_BEFORE.search(text, max(0, f.start - 50), f.start)
            if (
                own
                and own.group().lower().startswith(("its ", "their "))
                and self.org_focus
                and f.name != self.org_focus
            ):
                # "Its new proxy Pingora, written in Rust, handles": the focus's product
                self._record_product(f.name, self.org_focus, keep_first=True)
        return self._former_and_latter(self.names.appositives(reading.mentions, sentence), sentence)

    def _former_and_latter(self, found: list[Mention], sentence: Span) -> list[Mention]:
        """ "MPOWER Financing ... and Prodigy Finance. The former has lent ...; the latter
        says": each read as the first or the second of the two organisations named last."""
        # the two named last in this sentence and the one before it (not further back:
        # "LINE is big in Taiwan and Thailand, with 21 million users in the former")
        named = list(self.named_last)
        this_sentence: list[str] = []
        pair: list[str] = []  # the pair this sentence referred to
        out: list[Mention] = []
        pending = sorted(
            FORMER_OR_LATTER.finditer(self.text, sentence.start, sentence.end),
            key=lambda m: m.start(),
        )
        for f in [*found, None]:
            while pending and (f is None or pending[0].start() < f.start):
                m = pending.pop(0)
                if len(named) == 2:
                    pick = named[0] if m.group(1) == "former" else named[1]
                    out.append(Mention(m.start(), m.end(), pick))
                    pair = named
            if f is None:
                break
            out.append(f)
            # (not a name inside another's appositive, nor a product: "Sunrise Medical,
            # the maker of Quickie manual chairs, and Invacare")
            if not f.pronoun and f.name and f.closes is None and f.name not in self.products:
                named = [n for n in named if n != f.name][-1:] + [f.name]
                this_sentence = [n for n in this_sentence if n != f.name][-1:] + [f.name]
        # ("For the former, sales grew 6%. The latter cut ...": the pair stays in play)
        self.named_last = this_sentence if len(this_sentence) == 2 or not pair else pair
        return out

    def section(self, position: int) -> str | None:
        """The organisation whose heading the text at `position` stands under, if any."""
        return self.names.section(position)

    def subject(self, mentions: list[Mention], before: int | None = None) -> str | None:
        # "Developers at FitNow, the Boston company behind Lose It!, moved ...": its staff
        first = next((m for m in mentions if not m.pronoun), None)
        staff = first and _STAFF_AT_BEFORE.search(self.text, max(0, first.start - 50), first.start)
        if (
            staff
            and self.names.opens_sentence(staff.start())
            and STAFF_AT_WORK_AFTER.match(self.text, first.end)
            and self._plain_org(first.name)
            and (before is None or first.start < before)
        ):
            return first.name
        # "The digital bank, founded in 2013, passed 100 million customers across ...":
        # a sentence that opens with a pronoun is about the organisation in focus.
        if mentions and mentions[0].pronoun and self.names.opens_sentence(mentions[0].start):
            # "The Stockholm company that talked a generation out of MP3s, Spotify, leans
            # on Django": the description's own name, in commas after it
            named = next((m for m in mentions[1:] if not m.pronoun), None)
            between = self.text[mentions[0].end : named.start] if named else ""
            if named and not between.strip():
                return named.name  # "The language learning app Duolingo build its app"
            if (
                named
                and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){1,3}", between)
                and re.search(
                    r"\b(?:parent|owner|holding|studio|developer|maker|publisher|creator)\b",
                    between,
                )
            ):
                return named.name  # "Its parent company ByteDance is ...", "Its studio Mojang"
            if (
                named
                and re.match(r"(?i:its|their)\b", self.text[mentions[0].start : mentions[0].end])
                and re.fullmatch(
                    r"\s+(?:[\w-]+\s+){0,2}(?:rival|rivals|competitor|peer|neighbour|neighbor)"
                    r"\s+(?:[A-Z]{2,3}\s+)?",  # ("Its Swedish rival AB Volvo")
                    between,
                )
            ):
                return named.name  # "Its Swedish rival AB Volvo ... reported": the rival
            if (
                named
                and _NAMED_DESCRIPTION.match(self.text[mentions[0].end : named.start + 1])
                and self.text.startswith((",", " ", "'"), named.end)
                and not _OWNED_BEFORE.search(self.text, max(0, named.start - 60), named.start)
            ):
                return named.name
            opener = self.text[mentions[0].start : mentions[0].end].lower()
            if re.fullmatch(r"the\s+parent\s+(?:group|company)", opener) and (
                self.focus in self.parents
            ):
                # "Knauf Insulation, a unit of the German group Knauf, ... The parent group
                # employs": the owner of the one in focus
                return self.parents[self.focus]
            own_noun = self._named_by_noun(opener)
            if own_noun:
                return own_noun
            # "Metasploit was rewritten in Ruby ... The company serves 11,000 customers":
            # "the company" skips a product its paragraph's organisation named
            if re.fullmatch(r"the\s+(?:[\w-]+\s+)?(?:game|app)", opener) and self.just_made:
                return self.just_made  # "Block builds Cash App ... The app is used by"
            # (not when the paragraph's topic is itself a product: "Shopify engineers are
            # behind YJIT, the new compiler ... The company is employing")
            if opener.startswith("the ") and self.topic not in self.products and (
                self.focus in self.named_by_topic
                # "Microsoft 365 now counts 400 million seats, and the company employs"
                or (self.topic and self.focus and self.focus.startswith(self.topic + " "))
            ):
                return self.topic
            described = self._descriptor_target() if opener.startswith("the ") else None
            if described:
                return described
            if (
                opener.startswith("the ")
                and self.focus in self.names.persons
                and self.org_focus
                and self.org_focus not in self.names.persons
            ):
                return self.org_focus  # "Luis von Ahn ... started it. The company later"
            if re.fullmatch(
                r"the\s+(?:[\w-]+\s+)?(?:game|app|service|tool|unit|subsidiary|division)", opener
            ) and (self.focus in self.products):
                # "Hearthstone, the digital card game of Blizzard, ... The game passed 100
                # million players": the product itself, not its maker ("AmeriGas, the unit
                # that UGI bought ... Today the unit serves": the unit, not its buyer)
                return self.focus
            if opener.startswith("the ") and self._focus_is_product():
                # "Uber created Michelangelo ... Today Michelangelo manages 5,000 models.
                # (new paragraph) The ride-hailing company is available in 70 countries"
                return self.org_focus
            return None
        there = self._first_named_after(mentions, before, _THERE_IS_BEFORE, 20)
        if there is not None:
            return there.name  # "In Edinburgh there is Skyscanner, the flight search site"
        candidates = self._after_fronted_clause(mentions)
        agent = self._first_named_after(candidates, before, _PLURAL_PASSIVE_BEFORE, 30)
        if agent is not None:
            return agent.name
        if any(
            m.pronoun
            and self.text[m.start].islower()  # (not "run by The Weather Company")
            and _PLURAL_PASSIVE_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            for m in candidates
        ):
            # "More than 18,000 beds in Melbourne and Brisbane are now run by the group": the
            # organisation in focus runs them
            return self._in_focus()
        # "A different approach is taken by Anticimex, the firm controlled by EQT": the
        # agent of a passive whose subject names nobody
        agent = self._first_named_after(candidates, before, _AGENT_BEFORE, 30)
        if (
            agent is not None
            and all(m.pronoun or m.start >= agent.start for m in candidates)
            and (not candidates[0].pronoun or not self.names.opens_sentence(candidates[0].start))
        ):
            return agent.name
        objects = self._objects(candidates)  # not across the fronted clause's comma
        for m in candidates:
            if before is not None and m.start >= before:
                break
            if (
                not m.pronoun
                and m.closes is None
                # "Famous games like Pokémon Go and Hollow Knight": listed after an object
                and (m.start not in objects or _POSSESSIVE_OF_NOUN.match(self.text, m.end))
                # "built M3, a metrics platform": what the subject made, not the subject
                and not _MADE_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                # "built the logistics arm, Mercado Envios,": what the subject owns
                and not _OWNED_BEFORE.search(self.text, max(0, m.start - 60), m.start)
                # "who joined from Spotify", "agreed to buy Pioneer": not the subject
                and (
                    not _OBJECT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                    # ("the same day as GOOD Meat's.": an elided noun keeps it the object)
                    or _POSSESSIVE_OF_NOUN.match(self.text, m.end)
                )
                # "tillpoint is licensed by De Nederlandsche Bank": a passive's agent
                and not _AGENT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                # "Vijaye Raji, a former Facebook engineer, founded it": a career
                and not _FORMER_BEFORE.search(self.text, max(0, m.start - 10), m.start)
                # "on Reverb, the Chicago marketplace that Etsy bought": inside what
                # describes another name
                and not _DESCRIPTION_CLAUSE_BEFORE.search(
                    self.text, max(0, m.start - 120), m.start
                )
                and not self._buyer_in_relative_clause(m)
            ):
                return m.name
        # "In June 2023, chicken grown by Upside Foods was cleared for sale": the maker of
        # what a sentence without another subject is about
        agent = self._first_named_after(candidates, before, _MAKER_BY_BEFORE, 30)
        if agent is not None and all(m.pronoun or m.start >= agent.start for m in candidates):
            return agent.name
        return None

    def _buyer_in_relative_clause(self, m: Mention) -> bool:
        """ "at Twitch, which Amazon bought in 2014": the buyer of the one just named is
        neither the sentence's subject nor what the paragraph is about."""
        return bool(
            re.search(r"\b(?:which|that)[^\S\n]+$", self.text[max(0, m.start - 6) : m.start])
            and _BUYER_VERB_AFTER.match(self.text, m.end)
        )

    def _plain_org(self, name: str) -> bool:
        """Can a name a paragraph opens on be the organisation it is about: no person, tool
        or product, nor a first name's ("David Heinemeier Hansson")?"""
        return not (
            name in self.names.persons
            or name in TECHNOLOGIES
            or name in self.products
            or name.split()[0] in FIRST_NAMES
        )

    def _owner_by_possessive(self, named: Mention, sentence: Span) -> str | None:
        """ "Quaker Oats, which PepsiCo has owned since 2001, ... Quaker's parent reported
        revenue of $91.9 billion": the owner the paragraph named."""
        if named.pronoun or not _PARENT_AFTER.match(self.text, named.end):
            return None
        if named.name in self.parents:
            return self.parents[named.name]
        window = self.text[max(0, sentence.start - 400) : named.start]
        found = [(m.group(1) or m.group(2)).rstrip(".,") for m in _OWNED_BY_NAME.finditer(window)]
        return self.names.canonical(found[-1]) if found else None

    def _ends_sentence(self, end: int, sentence: Span) -> bool:
        """Does the sentence end right after `end` ("... is Visa.")?"""
        return bool(re.fullmatch(r"[\s.!]*", self.text[end : sentence.end]))

    def _first_named_after(
        self, mentions: list[Mention], before: int | None, words: re.Pattern[str], reach: int
    ) -> Mention | None:
        """The first name in `mentions` (starting before `before`) that the words just before
        it introduce."""
        return next(
            (
                m
                for m in mentions
                if not m.pronoun
                and (before is None or m.start < before)
                and words.search(self.text, max(0, m.start - reach), m.start)
            ),
            None,
        )

    def _name_at(self, position: int) -> str | None:
        """The organisation's name that starts at `position`, as the article calls it
        ("... platform of Starbucks. It suggests": not across the full stop)."""
        m = NAME.match(self.text, position)
        if m is not None and m.group() in DEMONYMS:
            # "the motorway arm of the French construction giant Vinci": past its adjective
            after = _DESCRIBED_NAME.match(self.text, m.end())
            m = NAME.match(self.text, after.end()) if after else None
        if m is None:
            return None
        return self.names.canonical(re.split(r"\.\s", m.group())[0].rstrip("."))

    def _named_by_noun(self, opener: str) -> str | None:
        """ "Tinder belongs to Match Group ... The Dallas based group made": the name this
        paragraph gave that ends on the pronoun's own noun."""
        words = re.sub(r"['’]s$", "", opener).split()
        if len(words) < 2 or words[0] != "the":
            return None
        noun = words[-1].capitalize()
        endings = _NAME_ENDINGS_OF_NOUN.get(noun, (noun,))
        for name in reversed(self.paragraph_names):
            parts = name.split()
            if len(parts) > 1 and parts[-1] in endings:
                return name
        return None

    def _after_fronted_clause(self, mentions: list[Mention]) -> list[Mention]:
        """ "After a database corruption knocked DVD shipments offline, Netflix moved":
        the subject follows a fronted clause, so names inside it are skipped."""
        if not mentions:
            return mentions
        first = mentions[0].start
        ends = [b.end() for b in _SENTENCE_BOUNDARY.finditer(self.text, max(0, first - 400), first)]
        start = ends[-1] if ends else max(0, first - 400)
        head = FRONTED_CLAUSE.match(self.text, start)
        if not head:
            return mentions
        comma = self.text.find(",", head.end())
        later = [m for m in mentions if m.start > comma >= 0]
        named = next((m for m in later if not m.pronoun), None)
        between = self.text[comma + 1 : named.start] if named is not None else ""
        if len(between.split()) > 5 and not re.search(r"\b(?:is|was)\s+$", between):
            # "After six months of its launch, people were still walking in the streets
            # and parks to catch Pikachu": the clause's subject is no name (but "When it
            # comes to shopping, the first name everybody remembers is Alibaba")
            return []
        return later if named is not None else mentions

    def _pronoun_subject_owns(self, mentions: list[Mention], named: Mention, end: int) -> bool:
        """Does the figure belong to the pronoun that opens the sentence, though a name
        stands nearer to it?"""
        first = mentions[0]
        if not first.pronoun or not self.names.opens_sentence(first.start):
            return False
        opener = self.text[first.start : first.end].lower()
        return bool(
            # "The travel company behind Expedia, Hotels.com and Vrbo reported revenue of
            # $12.8 billion": what it runs, in its own subject
            (
                opener.startswith("the ")
                and _BEHIND_LIST.fullmatch(self.text, first.end, named.start)
            )
            # "It created a style guide ... starred on GitHub, and approx 90% of its web
            # code": "its" is the sentence's subject, not a preposition's object
            or (
                re.match(r"it\b|the\s", opener)
                and _PREPOSITION_BEFORE.search(self.text, max(0, named.start - 30), named.start)
                and re.match(r"\s+of\s+its\b", self.text[end : end + 10])
            )
            # "It is Terex's largest business, generating about $2.9 billion": the owner's
            # name describes the pronoun's organisation, which does what follows
            or (
                opener == "it"
                and _IS_BEFORE_OWNER.fullmatch(self.text, first.end, named.start) is not None
                and _OWNERS_PART_AFTER.match(self.text, named.end) is not None
            )
        )

    def _place_is_subject(self, sentence: Span, position: int, mentions: list[Mention]) -> bool:
        """A country or city does what the figure counts: the figure is the place's, not
        an organisation's."""
        if _COUNTRY_AS_SUBJECT.search(self.text, max(sentence.start, position - 60), position):
            return True  # "while the whole country records around 13 billion UPI payments"
        owned = _COUNTRY_POSSESSIVE.search(self.text, max(sentence.start, position - 90), position)
        owner_end = owned.end(1 if owned.group(1) else 0) if owned else position
        if (
            owned
            and (
                owned.group(1) is None
                or owned.group(1) in COUNTRY_INITIALS
                or owned.group(1).casefold() in PLACES | COUNTRY_WORDS
            )
            and not any(not n.pronoun and owner_end <= n.start < position for n in mentions)
        ):
            # "the US's deficit with China was $19.6bn", "the country's massive debt -
            # which includes $23bn": a country's own measure
            return True
        for m in _PLACE_SUBJECT.finditer(self.text, sentence.start, position):
            opening = self.text[sentence.start : m.start()]
            if not _CLAUSE_START.search(opening):
                continue
            if m.group(1).casefold() in PLACES | COUNTRY_WORDS and not any(
                not n.pronoun and m.end() <= n.start < position for n in mentions
            ):
                return True
        return False

    def _owner_of_examples(self, before: list[Mention], nearest: Mention) -> str | None:
        """ "Its games like Sniper 3D and Tennis Clash were downloaded over 4 billion times",
        "... 550 employees, but its games like Clash of Clans and Brawl Stars have": the
        examples of what "its" owns count for the owner."""
        owner = next((m for m in reversed(before) if m.pronoun and m.end <= nearest.start), None)
        if (
            owner is None
            or not re.match(r"(?:its|their)\b", self.text[owner.start : owner.end].lower())
            or not _EXAMPLES_IN_SUBJECT.fullmatch(self.text, owner.end, nearest.start)
        ):
            return None
        named = [m for m in before if not m.pronoun and m.end <= owner.start]
        return named[-1].name if named else self.section(owner.start) or self._in_focus()

    def named_before(self, name: str) -> bool:
        """Has the article named `name` as an organisation of its own so far?"""
        return bool(
            self.vocabulary.entity(name)
            or name in self.names.known
            or name in self.orgs
            or name in self.previous_names
            or name in self.paragraph_names
        )

    def _record_product(self, product: str, owner: str, keep_first: bool = False) -> None:
        """`owner` makes or owns `product` ("Amazon Corretto", "Block is behind it"), so
        "the company" later means the owner, not the product."""
        self.products.add(product)
        if keep_first:
            self.owner_of.setdefault(product, owner)
        else:
            self.owner_of[product] = owner

    def _org_into_focus(self, org: str) -> None:
        """An organisation the text has just described (a product's maker, a founded
        company) becomes the one "the company" means; the one before is remembered."""
        self.orgs.add(org)
        if self.org_focus and self.org_focus != org:
            self.earlier_orgs.append(self.org_focus)
        self.org_focus = org

    def _verb_again(self, mentions: list[Mention], named: Mention, position: int) -> str | None:
        """The sentence's subject when the figure follows a second verb of it, after the
        name in its object: "Walmart bought Flipkart in 2018 and now has 2.1 million
        employees", "It owns Kiddopia and Sportskeeda and has more than 90 million"."""
        if not _SUBJECT_VERB_AGAIN.fullmatch(self.text, named.end, position):
            return None
        first = mentions[0]
        if first.pronoun:
            # not "Its streaming service Disney+ was launched in 2019 and has": the
            # possessive's name is the subject
            possessive = re.match(r"(?i:its|their)\b|.*['’]s$", self.text[first.start : first.end])
            if possessive or not self.names.opens_sentence(first.start):
                return None
            if first is not named and not self.text[first.end : named.start].strip():
                return None  # "The Dutch group Adyen has ... and employs": the name is it
            if _NEW_NAME_BEFORE.search(self.text, max(0, named.start - 40), named.start):
                return None  # "The company renamed itself to Wise in 2021 and now has"
            # ("The Music Genome Project ... The company now belongs to SiriusXM and has":
            # what "the company" means, not the project in focus)
            return self.subject(mentions, named.start) or self._in_focus()
        subject = self.subject(mentions, named.start)
        return subject if subject == first.name and subject != named.name else None

    def entity_for(
        self, position: int, end: int, sentence: Span, mentions: list[Mention]
    ) -> str | None:
        usable = [m for m in mentions if m.closes is None or position < m.closes]
        if self._place_is_subject(sentence, position, usable):
            return None  # "India processes more than 12 billion UPI payments every month"
        # "fewer than 3,000 at Lyft", "the 150.2 million that Disney+ reports": whose
        # figure it is, named right after it
        at = _AT_AFTER.match(self.text, end)
        if at:
            named = [m for m in usable if m.start == at.end() and not m.pronoun]
            # (not "mines 4 million tonnes of salt a year at Heilbronn and Bad
            # Friedrichshall": sites, listed)
            if named and re.match(r"[^\S\n]+and[^\S\n]+[A-Z]", self.text[named[0].end :]):
                named = []
            if named and (at.group(1) or _REPORTS.match(self.text, named[0].end)):
                return named[0].name
        # "Facebook has about 300 million monthly active users on Instagram": the platform
        # they use, when it is an organisation in its own right (not "Xiaomi has 640
        # million monthly active users on MIUI", its software)
        on = _USERS_ON_AFTER.match(self.text, end)
        if on:
            named = [
                m
                for m in usable
                if m.start == on.end() and not m.pronoun and self.vocabulary.entity(m.name)
            ]
            if named and not re.match(r"[^\S\n]+and[^\S\n]+[A-Z]", self.text[named[0].end :]):
                return named[0].name
        # "a round that valued Discord at $15 billion", "valued the company at US$1.1bn"
        valued = _VALUED_BEFORE.search(self.text, max(sentence.start, position - 80), position)
        if valued:
            named = [m for m in usable if m.start == valued.start(1)]
            if named:
                return named[0].name or self.section(position) or self._in_focus()
        if _OF_ITS_SALES.match(self.text, end):
            # "Microsoft and Meta together account for roughly 39% of its sales", "Nike,
            # its largest customer, accounts for about 30% of its sales": the customers
            # named are a share of the business "its" means, not who the figure is about
            share_of = [
                m
                for m in usable
                if not m.pronoun
                and _ACCOUNTS_FOR.fullmatch(self.text, m.end, position)
            ]
            if share_of:
                joined = {
                    m.start
                    for m in usable
                    if not m.pronoun
                    and LIST_JOINER.fullmatch(self.text, m.end, share_of[0].start)
                }
                dropped = {m.start for m in share_of} | joined
                mentions = [m for m in mentions if m.start not in dropped]
                usable = [m for m in usable if m.start not in dropped]
        before = [m for m in usable if m.end <= position]
        # (the last such name before the figure)
        ended = [m for m in reversed(mentions) if m.end <= position]
        agent = self._first_named_after(ended, None, _PLURAL_PASSIVE_BEFORE, 30)
        if agent is not None and not any(
            not m.pronoun and agent.end <= m.start < position for m in mentions
        ):
            # "Whistler and Park City are run by Vail Resorts, which owns 42 resorts"
            return agent.name
        owner = self._first_named_after(ended, None, _OWNER_BEFORE, 30)
        if (
            owner is not None
            and re.match(r",[^\S\n]+which[^\S\n]", self.text[owner.end : owner.end + 9])
            # (the clause ends at a semicolon: "; the fire pit brand accounts for 60%")
            and ";" not in self.text[owner.end : position]
            and not any(not m.pronoun and owner.end <= m.start < position for m in mentions)
        ):
            # "Ookla belongs to Ziff Davis, which bought it in 2014 and reported revenue of
            # $1.4 billion": the relative clause is the owner's
            return owner.name
        if before and _ARM_OF_OPENING.fullmatch(self.text, sentence.start, before[0].start):
            # "... is of course Amazon Web Services. The cloud arm of Amazon brought in $90.8
            # billion": the arm the paragraph named before
            prior = [n for n in self.paragraph_names if n != before[0].name]
            return self.paragraph_focus or (prior[-1] if prior else self._in_focus())
        if before:
            nearest = before[-1]
            if nearest.market:  # "The industry's revenue fell 1% to $184 billion"
                return None
            owner = self._owner_by_possessive(nearest, sentence)
            if owner:
                return owner
            if (
                nearest.pronoun
                and re.fullmatch(
                    r"the\s+(?:[\w-]+\s+)?(?:game|app)", self.text[nearest.start : nearest.end]
                )
                and self.focus
                and _MAKER_BEHIND_IT.search(self.text, sentence.start, nearest.start)
                and all(m.name != self.focus for m in mentions)
            ):
                # "Pokémon GO was released in 2016. Niantic, the studio behind it, built the
                # game in Unity, and in 2020 the game generated $1 billion": the product
                return self.focus
            if nearest.pronoun and (
                (
                    self.text[nearest.start : nearest.end].lower() in ("its", "their")
                    and re.match(r"\s+parent\b", self.text[nearest.end : nearest.end + 8])
                )
                # "The parent, which has some 14,000 employees worldwide"
                or re.fullmatch(r"(?i:the)\s+parent", self.text[nearest.start : nearest.end])
            ):
                # "Owned by Inditex, Zara sells ..., and its parent company posted": the owner
                owner = next(
                    (
                        m
                        for m in reversed(before)
                        if not m.pronoun
                        and re.search(
                            r"(?i:owned|acquired|bought|controlled|backed)\s+by\s+$",
                            self.text[max(0, m.start - 30) : m.start],
                        )
                    ),
                    None,
                )
                if owner is not None:
                    return owner.name
                # "Delta TechOps, the maintenance arm of Delta Air Lines, ... Its parent
                # carried": the owner the paragraph named
                arms = list(
                    _PART_OF.finditer(self.text, max(0, sentence.start - 400), sentence.start)
                )
                parent = self._name_at(arms[-1].end()) if arms else None
                if parent:
                    return parent
                # "Webex, the collaboration suite that Cisco bought in 2007 ... Its parent,
                # which employs": the buyer the paragraph named
                bought = list(
                    _BOUGHT_BY_RELATIVE.finditer(
                        self.text, max(0, sentence.start - 400), sentence.start
                    )
                )
                buyer = self._name_at(bought[-1].start(1)) if bought else None
                if buyer:
                    return buyer
            if nearest.pronoun:
                renamed = next(
                    (
                        m
                        # (an appositive's name too: "The company, renamed Bolt in 2019, now")
                        for m in reversed([m for m in mentions if m.end <= position])
                        if not m.pronoun
                        and _NEW_NAME_BEFORE.search(
                            self.text, max(sentence.start, m.start - 40), m.start
                        )
                    ),
                    None,
                )
                if renamed is not None and "," not in self.text[renamed.end : nearest.start]:
                    # "In 2021 it renamed itself to Block and it has around 12,000 employees"
                    # (not "before it was renamed to X, and it employed")
                    return renamed.name
            if not nearest.pronoun and _TOOL_BEFORE.search(
                self.text, max(sentence.start, nearest.start - 20), nearest.start
            ):
                # "built Espresso ... streams every change through Apache Kafka, pushing
                # 7 trillion messages a day": the tool the sentence's subject uses
                found = _CLAUSE_OPENER.finditer(self.text, sentence.start, nearest.start)
                openers = [sentence.start] + [m.end() for m in found]
                own: list[Mention] = []
                for clause in reversed(openers):  # the nearest clause that names someone
                    own = [m for m in before if not m.pronoun and m.start >= clause]
                    own = [m for m in own if m is not nearest]
                    if own:
                        break
                subject = own[0].name if own else self.subject(mentions, nearest.start)
                if not subject and any(m.pronoun for m in before):
                    # "The trading app runs on AWS and now serves 23M funded customers"
                    subject = self.section(position) or self._in_focus()
                if subject and subject != nearest.name:
                    return subject
            if not nearest.pronoun:
                owner = self._owner_of_examples(before, nearest)
                if owner:
                    return owner
            window = max(sentence.start, nearest.start - 40)
            if not nearest.pronoun and _DESCRIBED_RELATIVE.match(self.text, nearest.end, position):
                # "the orange logo of Zalando, the Berlin online retailer that delivers to 25
                # markets": the figure in the clause describing the name is the name's
                return nearest.name
            described = next(
                (
                    m
                    for m in reversed(before)
                    if not m.pronoun
                    and m is not nearest
                    and _DESCRIBED_RELATIVE.match(self.text, m.end, position)
                ),
                None,
            )
            if described is not None and not nearest.pronoun:
                # "It belongs to Auctane, the group that also owns Stamps.com and employs
                # around 2,000 people": the clause describes the name before the one it owns
                return described.name
            if (
                not nearest.pronoun
                and _PASSIVE_AGENT.search(self.text, window, nearest.start)
                and _RELATIVE_ON.match(self.text, nearest.end, position)
            ):
                # "It is run by Automattic, which ... have around 1,900 employees"
                return nearest.name
            if not nearest.pronoun and (
                _PASSIVE_AGENT.search(self.text, window, nearest.start)
                or _ACTS_ON_FOCUS.match(self.text, nearest.end)
            ):
                # "The messaging app is owned by Meta and more than 2 billion people use it",
                # "When Facebook bought it in 2014 the company had only 55 employees"
                subject = self.subject(mentions, nearest.start)
                return subject or self.section(position) or self._in_focus()
            if not nearest.pronoun and _COMPARED_WITH.search(self.text, window, nearest.start):
                # "Airbnb is one of the biggest users of React outside of Facebook, about 90%
                # of its pages": a name compared with is not what is counted
                subject = self.subject(mentions, nearest.start)
                if subject and subject != nearest.name and mentions[0].name == subject:
                    return subject
            if (
                not nearest.pronoun
                and ":" in self.text[nearest.end : position]
                and mentions[0].pronoun
                and self.names.opens_sentence(mentions[0].start)
            ):
                # "The business had a difficult time after ChatGPT came: paid subscribers
                # dropped 9%": after the colon, the sentence's subject's figures
                return self.subject(mentions, nearest.start) or self._in_focus()
            if (
                not nearest.pronoun
                and _SOLD_IN_REACH.fullmatch(self.text, nearest.end, position)
                and _REACH_AFTER.match(self.text, end)
            ):
                # "It sells Magnum, Wall's, Cornetto and Ben & Jerry's in 76 countries": the
                # seller's reach, not its last brand's
                listed = [m for m in mentions if not m.pronoun and m.end <= nearest.start]
                first = nearest
                for m in reversed(listed):
                    if not _LISTED_AFTER_S.fullmatch(self.text, m.end, first.start):
                        break
                    first = m
                verb_from = max(sentence.start, first.start - 20)
                if _SELLS_BEFORE.search(self.text, verb_from, first.start):
                    subject = self.subject(mentions, first.start)
                    if subject is None and mentions[0].pronoun:
                        subject = self.section(position) or self._in_focus()
                    if subject and subject != nearest.name:
                        return subject
            if not nearest.pronoun and re.match(r"\s+brands?\b", self.text[nearest.end :]):
                # "Avis Budget Group rents cars under the Avis and Budget brands in 180
                # countries": the subject's brands ("Its uni and Jetstream brands are
                # exported to": the brands of the organisation in focus)
                subject = self.subject(mentions, nearest.start)
                if subject is None and mentions[0].pronoun and self.text[
                    mentions[0].start : mentions[0].end
                ].lower() in ("its", "their"):
                    subject = self._in_focus()
                if subject and subject != nearest.name:
                    return subject
            if not nearest.pronoun and self._pronoun_subject_owns(mentions, nearest, end):
                return self.section(position) or self._in_focus()
            if not nearest.pronoun:
                # "Instagram is the photo sharing app of Meta, with more than 2 billion
                # users": a name after "of" in the predicate is not what is counted
                subject = self.subject(mentions, nearest.start)
                if subject and subject != nearest.name and _FROM_PARENT.fullmatch(
                    # "Cash App from Block Inc. is a payment app with 57 million users"
                    self.text, mentions[0].end, nearest.start
                ) and mentions[0].name == subject:
                    return subject
                if (
                    subject
                    and subject != nearest.name
                    # "Amazon Web Services, the cloud arm of Amazon that made $90.8 billion"
                    and _DESCRIBED_OF.search(self.text[
                        max(sentence.start, nearest.start - 80) : nearest.start
                    ])
                    # "the company behind WeChat, an app that 1.3 billion people use": the
                    # product's own clause counts for it
                    and not _OWN_CLAUSE.match(self.text, nearest.end, position)
                ):
                    return subject
                if (
                    subject
                    and subject != nearest.name
                    and _TRADE_VERB_BEFORE.search(
                        self.text, max(sentence.start, nearest.start - 20), nearest.start
                    )
                    and _RECIPIENTS_AFTER_OBJECT.fullmatch(self.text, nearest.end, position)
                ):
                    # "Iwatani supplies LPG to roughly 3 million households", "sells eSIM
                    # connectivity to more than 2,000 customers": what the subject trades,
                    # then whom it serves
                    return subject
                again = self._verb_again(mentions, nearest, position)
                if again:
                    return again
                if (
                    subject
                    and subject != nearest.name
                    and mentions[0].name == subject
                    # "ShareChat together with its short video app Moj has 325 million": the
                    # subject's own product, named alongside it
                    and _WITH_ITS_PRODUCT.fullmatch(self.text, mentions[0].end, nearest.start)
                ):
                    return subject
                if nearest.start in self._objects(mentions):
                    if _PARTICIPLE_AFTER.fullmatch(self.text, nearest.end, position):
                        # "It bought Bellator from Paramount in 2023, adding roughly 180
                        # fighters": the participle's doer is the sentence's subject
                        return subject or self.section(position) or self._in_focus()
                    if _CLAUSE_OF_UNKNOWN.search(self.text, nearest.end, position):
                        # "averages 700,000 viewers on TBS, while SmackDown, WWE's Friday
                        # show, draws roughly 1.6 million": the next clause's subject is no
                        # name known
                        return None
                return nearest.name
            # "..., and Peacock, owned by Comcast, doubled its base": an organisation named
            # in the pronoun's own clause; else the sentence's subject, else the focus.
            clause = sentence.start
            for m in _COORDINATION.finditer(self.text, sentence.start, nearest.start):
                clause = m.end()
            # "When Atlassian bought Trello in 2017, it had about 19 million users": the
            # pronoun of the main clause is not the fronted clause's subject
            fronted = FRONTED_CLAUSE.match(self.text, sentence.start)
            comma = self.text.find(",", fronted.end(), nearest.start) if fronted else -1
            after_fronted = comma != -1
            clause = max(clause, comma)
            objects = self._objects(before)
            own = [
                m
                for m in before
                if not m.pronoun
                and m.start >= clause
                # "agreed to buy Pioneer, a deal that will lift its output": a counterpart;
                # "the parent of Facebook, Instagram and WhatsApp and it employs": a list
                and m.start not in objects
            ]
            if (
                own
                and _REPORTS.match(self.text, own[-1].end)
                and re.fullmatch(
                    r"(?i:the)\s+(?:unit|subsidiary|division|arm)",
                    self.text[nearest.start : nearest.end],
                )
                and self._in_focus() not in (None, own[-1].name)
            ):
                # "UnitedHealth said the unit served more than 60 million people": the unit
                # in focus, not its parent reporting for it
                return self.section(position) or self._in_focus()
            if own:
                last = own[-1].name
                if self.text[nearest.start : nearest.start + 4].lower() == "the " and (
                    last in self.parents
                ):
                    # "Snapchat reached 414 million users and the company has 5,300
                    # employees": the product's owner (Snap, "the parent of Snapchat")
                    return self.parents[last]
                # "Expedia Group announced AWS as its preferred cloud provider and now runs
                # about 75% of its critical applications on it"
                return self._verb_again(mentions, own[-1], position) or own[-1].name
            role = [
                m
                for m in before
                if not m.pronoun and _ROLE_OPENING.fullmatch(self.text, sentence.start, m.start)
            ]
            if role:
                return role[0].name
            if after_fronted and self._in_focus():
                return self._in_focus()
            section = self.section(position)
            descriptor = self.text[nearest.start : nearest.start + 4].lower() == "the "
            by_noun = self._named_by_noun(self.text[nearest.start : nearest.end].lower())
            if by_noun:
                return by_noun  # "Tinder belongs to Match Group ... The group made"
            if (
                section
                and descriptor
                and self.paragraph_focus is not None
                and self.owner_of.get(section) == self.paragraph_focus
                and re.fullmatch(
                    r"the\s+(?:[\w-]+\s+)?(?:company|group|firm|parent)",
                    self.text[nearest.start : nearest.end].lower(),
                )
            ):
                # "1. Dream11 / Dream11, the app owned by Dream Sports ... / Dream Sports
                # was valued ... The group employs": the heading's owner, named last
                return self.paragraph_focus
            if section and descriptor:
                # "## 2. GitHub ... Microsoft bought the company, and the code hosting site
                # now has": under a heading, "the site" is the heading's organisation
                return section
            subject = self.subject(mentions, nearest.start)
            buyer = next((m for m in before if not m.pronoun and m.name == subject), None)
            if (
                buyer is not None
                and _ACTS_ON_FOCUS.match(self.text, buyer.end)
                and self.focus
                and self.focus != subject
            ):
                # "Facebook bought it after two years, and today it is a home for more than
                # 2 billion users": the buyer acts on the one in focus, which "it" still means
                return self.focus
            behind_it = re.match(r"\s+behind\s+(?:it|them)\b", self.text[nearest.end :])
            if (behind_it and descriptor) or _BEHIND_BEFORE.search(
                self.text, max(0, nearest.start - 60), nearest.start
            ):
                # "Fortnite has 650 million players, and the company behind it employs": the
                # organisation in focus before the product
                # "PyTorch, the deep learning library which powers the ad ranking models at
                # Meta, ... / The company behind it says": the one the paragraph before
                # named, not the organisation in focus before it
                target = self._descriptor_target() or self._described_org()
                if target and (target != self.focus or not any(
                    not m.pronoun for m in before
                )):
                    return target
                if self.focus in self.owner_of:
                    return self.owner_of[self.focus]
                if self._focus_is_product() or (subject and subject != self.org_focus):
                    return self.org_focus  # the sentence is about the product
                if self.focus and self.focus == self.section(position):
                    # "4. Strapi / Strapi is open source ... the company behind it
                    # employs": the list's entry is both the product and its company
                    return self.focus
                return self.earlier_orgs[-1] if self.earlier_orgs else self.topic
            if descriptor and not subject and self._focus_is_product():
                return self.org_focus  # "... and the company employs about 7,700 people"
            if (
                descriptor
                and subject
                and self.topic
                and subject != self.topic
                and subject in self.named_by_topic
                and self.topic not in self.products  # "Lore ... came out of ... Instacart"
                and subject != self.just_made  # "Block builds Cash App ... The app is"
            ):
                # "Epic Games is the company behind Fortnite. ... Fortnite has 400 million
                # players, and the company employs": the product's maker
                return self.topic
            if descriptor and subject and self.topic and subject.startswith(self.topic + " "):
                # "Microsoft 365 counts 400 million seats, and the company employs": the
                # product's maker, whom the paragraph is about
                return self.topic
            named = {m.name for m in before if not m.pronoun}
            if (
                subject is None
                and not section
                and self.paragraph_sentences == 0
                and len(named) == 1
            ):
                # "Engineers at Nestle moved to Python, and the company employs 270,000": a
                # paragraph's opening sentence that names one organisation is about it
                only = named.pop()
                if self._plain_org(only):
                    return only
            if (
                subject is None
                and section
                and self.paragraph_focus
                and self.paragraph_focus != section
                and self.text[nearest.start : nearest.end] == "It"
                and self.names.opens_sentence(nearest.start)
                and re.search(
                    rf"(?<![\w'’-]){re.escape(self.paragraph_focus)},[^\S\n]+the[^\S\n]+"
                    rf"[^,.;\n]{{0,60}}?(?<![\w'’-]){re.escape(section)}(?![\w-])",
                    self.text[max(sentence.start - 400, 0) : sentence.start],
                )
            ):
                # "1. De Beers / ... Tracr, the provenance platform De Beers built, follows
                # each stone. It has registered more than 3 million diamonds": "It" opening
                # the next sentence is what the paragraph is about, not the list's entry
                return self.paragraph_focus
            return subject or section or self._in_focus()
        after = [m for m in usable if m.start >= end]
        listed = [
            m for m in after if _EXAMPLES_BEFORE.search(self.text, max(0, m.start - 40), m.start)
        ]
        if len(listed) < len(after):
            # "About 40,000 brands, including IKEA and Adidas, offer Tabby at checkout"
            after = [m for m in after if m.pronoun or m not in listed]
        # "More than 2.7 billion people use WhatsApp every month": the parser's span runs
        # on to the rate, over the name the people use
        used = [
            m
            for m in usable
            if not m.pronoun
            and position < m.start < end
            and (
                _USED_ON.search(self.text, max(0, m.start - 30), m.start)
                # "over 1 billion hours of YouTube videos a day": whose videos
                or re.search(r"\b(?:hours|minutes)\s+of\s+$", self.text[m.start - 20 : m.start])
            )
        ]
        if used:
            return used[0].name
        examples = [m for m in after if not m.pronoun and m in listed]
        if any(m.pronoun and position <= m.start < end for m in usable) and (
            # "More than 100 million people play its games every month, mainly League of
            # Legends and Valorant": the examples after it are the owner's
            not after or (examples and examples[0] is after[0])
        ):
            # "Around 480 million people use it every month": "it" inside the figure
            return self.section(position) or self._in_focus()
        # "With 450 million users, Pinterest is ...": a fronted phrase's number belongs to
        # the subject that follows it; otherwise whatever comes next names it, and a
        # pronoun there ("Net sales rose 12%, and its cloud arm ...") means the focus.
        comma = self.text.find(",", end, sentence.end)
        if FRONTED.match(self.text, sentence.start) and comma != -1:
            named = [m for m in after if not m.pronoun and m.start > comma]
            if named:
                return named[0].name
        named_after = [m.name for m in after if not m.pronoun]
        # "... raised $22.5 billion for the US Treasury": a name after the number behind a
        # preposition is a beneficiary or counterpart, not who the figure is about
        after = [
            m
            for m in after
            if m.pronoun
            or not (
                _PREPOSITION_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                # "grew to serve 7 million customers, overtaking British Gas": a rival
                or _OVERTAKEN_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            )
            # "$90.8 billion in revenue came from Amazon Web Services": whose it is
            or _CAME_FROM.search(self.text, max(0, m.start - 30), m.start)
            # "361 million of Spotify's monthly users", "Just 2% of Uber drivers": the
            # owner of what the number counts, right after it
            or (
                (of := _OF_RIGHT_AFTER.fullmatch(self.text, end, m.start)) is not None
                # ("286 million monthly active users of Spotify": the noun between)
                and (of.group(1) or _OWNS_NOUN_AFTER.match(self.text, m.end) is not None)
            )
            # "About 8 million people transact on Coinbase every month"
            or _USED_ON.search(self.text, max(0, m.start - 30), m.start)
            # "About 500 people are employed by Glority": the passive's agent
            or _AGENT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
        ]
        # "... jumped to 300 million in April 2020 and Stripe helped to handle": the
        # subject of the next clause
        after = [
            m
            for m in after
            if m.pronoun
            or not (
                re.search(r"\b(?:and|but|while)\s+$", self.text[end : m.start])
                and re.match(r"\s+(?:also\s+)?[a-z]+(?:ed|s)\b", self.text[m.end :])
            )
        ]
        if after:
            if after[0].market:
                return None
            if not after[0].pronoun:
                return after[0].name
            if self.text[after[0].start : after[0].start + 4].lower() == "the ":
                # "With about 1.5 million employees, the retailer made ...", after a product
                described = self._descriptor_target()
                if described:
                    return described
            return self.section(position) or self._in_focus() or self.subject(after)
        focus = self.paragraph_focus or self.focus
        if focus and focus in self.products and self.owner_of.get(focus) in named_after:
            # "Radar, the fraud tool of Stripe, ... Businesses processed $1 trillion on
            # Stripe": the product's maker, named after the figure
            return self.owner_of[focus]
        if focus and any(n == focus or n.startswith(focus + " ") for n in named_after):
            # "Roughly 4.4 million subscribers pay for Chegg Study": its maker's product
            # "Twitch is ... More than 7 million streamers go live every month on Twitch":
            # the organisation in focus, even behind a preposition
            return focus
        if (
            not usable
            and self.paragraph_known
            and self.text.startswith(self.paragraph_known[-1] + " ", sentence.start)
        ):
            return self.paragraph_known[-1]  # "Canva editor, which is used in 190 countries"
        if not after and not is_title(self.text[sentence.start : sentence.end]):
            # "Airbnb is the marketplace ... Over 4 million hosts offer their places": a
            # sentence naming nobody (or only counterparts after the figure: "helped by
            # distribution through PepsiCo") counts for the organisation its paragraph is
            # about;
            # "Revenue was $7.1 billion" for the one in focus
            opening = self.text[sentence.start : position].strip(" \"“")
            measure = _MEASURE_OPENING.fullmatch(opening)
            if (
                not opening
                or _TIME_OPENING.fullmatch(opening)
                # "Every week the users upload 30 million activities": the focus's users
                or _ITS_PEOPLE_OPENING.fullmatch(opening)
            ) and self.paragraph_focus:
                return self.paragraph_focus
            if measure and (
                self.vocabulary.metric_for_phrase(measure.group(1).lower())
                or _OUTPUT_MEASURE.search(measure.group(1))
            ):
                return self._in_focus()
            if re.fullmatch(r"(?:That|This)\s+(?:was|is)\s+(?:up|down)", opening):
                return self._in_focus()  # "That was up 29% on the previous year"
        return None

    def _person_named_before(self, position: int, window: int = 300) -> bool:
        """Does a known person's name stand in the text just before `position`?"""
        recent = self.text[max(0, position - window) : position]
        return any(
            re.search(rf"(?<![\w'’]){re.escape(person)}(?![\w'’])", recent)
            for person in self.names.persons
        )

    def carried_focus(self) -> str | None:
        """ "Ford, the US car company, reported higher profits. / Net income for 2004 was
        $3.5bn": a paragraph that has named nobody yet goes on about the organisation the
        paragraph before was about."""
        if self.paragraph_names or self.focus not in self.previous_names:
            return None
        return self.focus

    def new_paragraph(self) -> None:
        if self.paragraph_names:
            self.older_names = self.previous_names
            self.previous_names = self.paragraph_names
            self.previous_topic = self.topic
            self.previous_opened_on_focus = self.opened_on_focus
        self.opened_on_focus = False
        self.paragraph_focus = self.topic = None
        self.named_by_topic = set()
        self.paragraph_known: list[str] = []
        self.paragraph_names = []
        self.paragraph_sentences = 0
        self.just_made = None

    def _descriptor_target(self) -> str | None:
        """What "the company" at a paragraph's opening means when the name in focus is a
        person's or a product's (see _described_org); None to keep the usual reading."""
        described = self._described_org()
        if described and described != self.focus and (
            self.focus not in self.orgs
            or self.focus in self.names.persons
            or self.focus in self.products
            # "nobody is bigger than Walmart. / The retailer": the previous paragraph named
            # someone else than the organisation in focus (and did not open on it: "Its
            # engineers wrote Firecracker ... powers Lambda and Fargate. / The cloud business")
            or (
                described in self.previous_names
                and self.focus not in self.previous_names
                and not self.previous_opened_on_focus
            )
        ):
            return described
        return None

    def _described_org(self) -> str | None:
        """ "Nik Storonsky ... founded Revolut in 2015. He is 39. (new paragraph) The company
        serves 45 million customers": at the opening of a paragraph that names nobody yet,
        "the company" is the organisation the previous paragraph named, not its founder,
        product or tool; None when nothing there is recognisably an organisation."""
        if self.paragraph_focus is not None or self.paragraph_known or self.paragraph_sentences:
            return None
        topic = self.previous_topic
        if topic in self.owner_of:
            return self.owner_of[topic]  # "Firefox, the browser of Mozilla, ... / The foundation"
        if (
            topic
            and topic not in self.names.persons
            and topic not in self.products
            # (a product of the topic itself in focus: "Block ... Cash App, its payment
            # app, ... / The company has")
            and (self.focus not in self.products or self.org_focus == topic)
        ):
            return topic if topic in self.previous_names else None
        for name in reversed(self.previous_names):
            if name in self.products or name in self.names.persons:
                continue
            if name in self.orgs or self.vocabulary.entity(name):
                return name
        # "Dropbox ... / Magic Pocket, the in-house storage system, ... instead of Amazon S3.
        # / The company has 700 million users": the organisation last in focus
        persons = self.names.persons
        if self.org_focus and self.org_focus != self.focus and self.org_focus not in persons:
            return self.org_focus
        # "When we talk about retail, nobody is bigger than Walmart. / The retailer ...":
        # else the last name there that is no person, product or technology; when nobody
        # was in focus since, the paragraph before it too ("... which users of Twitter
        # saw. / ... built tools like Finagle and Scalding. / The company now counts")
        older = self.older_names if self.org_focus is None and self.focus is None else []
        for name in reversed(older + self.previous_names):
            if (
                name not in self.names.persons
                and name not in self.products
                and name.split()[0] not in FIRST_NAMES
                and name.split()[0] not in PRODUCT_FIRST_WORDS
            ):
                return name
        return None

    def _objects(self, mentions: list[Mention]) -> set[int]:
        """Starts of the names that follow a preposition or a deal verb, and of the names
        listed after one ("of Facebook, Instagram and WhatsApp")."""
        objects: set[int] = set()
        previous: Mention | None = None
        for m in mentions:
            if not m.pronoun and (
                _OBJECT_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                or _DURING_EVENT_BEFORE.search(self.text, max(0, m.start - 40), m.start)
                or (
                    previous is not None
                    and previous.start in objects
                    and LIST_JOINER.fullmatch(self.text, previous.end, m.start)
                )
            ):
                objects.add(m.start)
            previous = m
        return objects

    def _focus_is_product(self) -> bool:
        """Is the name in focus something an organisation made, with that organisation
        still the last one in focus?"""
        focus, org = self.focus, self.org_focus
        return bool(
            focus and org and focus != org
            # "Tesla mobile app ... The electric car maker" (unless the known organisation is
            # the maker: "Prometheus ... was born at SoundCloud. Today the platform has")
            and (not self.paragraph_known or self.paragraph_known[-1] == org)
            and (focus in self.products or focus.startswith(org + " "))
        )

    def _technology_names_part(self, sentence: Span, first: Mention) -> bool:
        """ "Ruby on Rails is the heart of Shopify", "Java is a big part of VisaNet": a
        sentence about a technology that names what it is part of."""
        opening = re.match(r"[A-Z][\w.#+-]*", self.text[sentence.start : first.start])
        return bool(
            opening
            and opening.group() in TECHNOLOGIES
            and self.text.endswith(" of ", 0, first.start)
        )

    def acquired(
        self, position: int, end: int, sentence: Span, mentions: list[Mention]
    ) -> str | None:
        """The organisation whose takeover price the amount at position..end is, if it is
        one: the name bought, or the one in focus when it is "it", "the app"."""
        text = self.text
        named = [m for m in mentions if not m.pronoun and m.name]
        lo = max(sentence.start, position - 160)
        deal = _DEAL_AFTER.match(text, end)
        if deal and deal.group("of"):
            # "$49 billion purchase of Xilinx", "$20 billion offer for the firm"
            after = [m for m in named if m.start == deal.end()]
            if after:
                return after[0].name
            return self._pronoun_target(deal.end())
        bought = _BOUGHT_FOR_BEFORE.search(text, lo, position)
        if bought:
            obj_start = bought.start("object")
            obj_end = bought.end("object")
            if bought.group().startswith(("sold", "sel")):
                # "sold its insurance arm to Metlife for": the buyer is no object
                to = re.search(r"\s+to\s", text[obj_start:obj_end])
                obj_end = obj_start + to.start() if to else obj_end
            obj = text[obj_start:obj_end]
            # ("StubHub, which viagogo bought from eBay for": the seller is no object)
            passive = re.match(r"\s*(?:by|from)\b", obj)
            inside = [m for m in named if obj_start <= m.start < obj_end]
            if inside and not passive:  # "Sega bought Rovio for", "bought the maker X for"
                return inside[0].name
            lead = len(obj) - len(obj.lstrip())
            if not passive and re.match(r"(?:it|them|the)\b", obj.lstrip()):
                return self._pronoun_target(obj_start + lead)  # "Sega bought it in 2023 for"
            # "Zooplus, the retailer that EQT bought for", "Subway, which Roark agreed to buy
            # for", "Slack, snapped up by Salesforce for": the name before the clause
            head = text[sentence.start : bought.start()]
            clause = _RELATIVE_BEFORE.search(head) or re.search(
                r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", head
            )
            if clause:
                before = [
                    m
                    for m in named
                    if m.end <= sentence.start + clause.start()
                    and not _FORMER_NAME_BEFORE.search(text, max(0, m.start - 25), m.start)
                ]
                if before and not _RELATIVE_BEFORE.search(head):
                    # "Pure Fishing, the owner of Abu Garcia and Berkley, was sold by":
                    # the sentence's subject, past its appositive
                    return self.subject(before, bought.start()) or before[-1].name
                if before:
                    return before[-1].name
                return self._pronoun_target(sentence.start + len(head) - len(head.lstrip()))
            return None
        if _PAID_BEFORE.search(text, lo, position) and (f := _FOR_AFTER.match(text, end)):
            # "paid $1.6 billion for Depop", "paid $106 million for the telehealth start-up
            # Sequence"
            after = [
                m
                for m in named
                if m.start >= f.end() and _DESCRIBED_NAME_BEFORE.fullmatch(text, f.end(), m.start)
            ]
            return after[0].name if after else self._pronoun_target(f.end())
        in_deal = _IN_A_DEAL_BEFORE.search(text, lo, position)
        if in_deal and not (deal or re.search(r"(?:worth|at|of)\s+(?:\w+\s+)?$", in_deal.group())):
            in_deal = None  # "in a" with no deal named after the amount or before it
        if in_deal:  # "took it private in a $2.3 billion deal", "in a deal worth $1.4 billion"
            inside = [m for m in named if in_deal.start() <= m.start < position]
            return inside[-1].name if inside else self._pronoun_target(in_deal.start(1))
        return None

    def _pronoun_target(self, position: int) -> str | None:
        """What "it", "the app", "the Utah company" means after a buyer's verb: the
        organisation the section or paragraph is about (not the buyer, the subject)."""
        # ("It was bought for $9.4bn by": a sentence's opening "It" too)
        if not re.match(
            r"(?:[Ii]t|them|its|the\s+[\w-]+(?:\s+[\w-]+)?)\b", self.text[position:]
        ):
            return None
        return self.section(position) or self.paragraph_focus or self._in_focus()

    def _in_focus(self) -> str | None:
        """What "it" means when the sentence names no subject: the paragraph's, else a
        known organisation this paragraph has named ("Most of the edge stack at Netflix
        ... The streaming service passed 300 million"), else the last one in focus."""
        if self.paragraph_focus is None and self.paragraph_known:
            return self.paragraph_known[0]
        return self.focus

    def after_sentence(self, mentions: list[Mention], sentence: Span | None = None) -> None:
        self.just_made = None
        # "it replaced NGINX by Pingora, an in-house proxy built in Rust": a tool wherever
        # it is named, not only as a subject
        for m in mentions:
            tool = None if m.pronoun else _TOOL_APPOSITIVE.match(self.text, m.end)
            if tool:
                self.products.add(m.name)
                if self.org_focus and (
                    re.match(r",\s+(?:its|their)\b", tool.group())
                    # "The team also created Rosetta, an open source standard": made by
                    # the one in focus, the sentence's subject a pronoun for it
                    or (
                        sentence is not None
                        and _FOCUS_OPENING.match(self.text, sentence.start, m.start)
                        and _MADE_BEFORE.search(self.text, max(0, m.start - 30), m.start)
                    )
                ):
                    # "Michelangelo, their machine learning platform": the owner's
                    self.owner_of.setdefault(m.name, self.org_focus)

        # "built open source tools like Finagle and Scalding": the examples are tools
        listed: Mention | None = None
        for m in mentions:
            if not m.pronoun and (
                _TOOLS_LIKE_BEFORE.search(self.text, max(0, m.start - 60), m.start)
                or (listed and LIST_JOINER.fullmatch(self.text, listed.end, m.start))
            ):
                self.products.add(m.name)
                listed = m
            else:
                listed = None
        if (
            sentence is not None
            and self.focus
            and self.focus not in self.orgs
            and re.match(
                r"[\"“]?(?:He|She|His|Her)\b", self.text[sentence.start : sentence.start + 5]
            )
            # (not when a person was named just before: "Mr Ebbers ... saw the firm
            # collapse. He has declared his innocence" is about Mr Ebbers, not WorldCom)
            and not self._person_named_before(sentence.start)
        ):
            self.names.persons.add(self.focus)  # "Nik Storonsky founded Revolut. He is 39 today"
        self.paragraph_known += [
            m.name
            for m in mentions
            if not m.pronoun
            and self.vocabulary.entity(m.name)
            # "who joined from Spotify in 2014": a career, not the paragraph's subject
            and not _CAREER_BEFORE.search(self.text, max(0, m.start - 25), m.start)
            # "When Facebook bought it in 2014, ...": the buyer of the one in focus
            and not _ACTS_ON_FOCUS.match(self.text, m.end)
            and not self._buyer_in_relative_clause(m)
        ]
        # "Nowhere is it more visible than at Mozilla, whose ...", "Python is less visible
        # at Twitch, which Amazon bought", "For Vimeo, the New York company, ...": an
        # organisation named where the work happens counts as a known one does
        workplaces = [
            m.name
            for m in mentions
            if not m.pronoun
            and not self.vocabulary.entity(m.name)
            and (
                _WHERE_WORK_HAPPENS_BEFORE.search(self.text, max(0, m.start - 25), m.start)
                # "Behind the blue booking pages of Calendly, the Atlanta company ..."
                or _BEHIND_THE_WORK_OF.search(self.text, max(0, m.start - 60), m.start)
                # "The main alternative is sold by GitLab, which listed ..."
                or (
                    sentence is not None
                    and _MADE_BY_OPENING.fullmatch(self.text, sentence.start, m.start)
                )
                # "Handwriting is the niche of Goodnotes, whose iPad app ...": the one name
                # a paragraph's opening sentence describes
                or (
                    self.paragraph_sentences == 0
                    and m is next(n for n in mentions if not n.pronoun)
                    and re.match(r",[^\S\n]+whose\b", self.text[m.end : m.end + 8]) is not None
                )
            )
            and _DESCRIBED_AFTER.match(self.text, m.end)
            and m.name not in self.names.persons
            and m.name not in self.products
        ]
        self.paragraph_known += workplaces
        # read as the sentence was read: "The retailer operates" opens its paragraph
        subject = self.subject(mentions)
        if subject is None and workplaces and self.paragraph_focus not in workplaces:
            # "At Ovo Energy, the Bristol company ... Things look different again at
            # Centrica, which owns British Gas ... The group's revenue": a new workplace
            subject = workplaces[0]
        parent = (
            _ITS_PARENT_NAMED.search(self.text, sentence.start, sentence.end)
            if subject is not None and sentence is not None
            else None
        )
        parent_name = self._name_at(parent.end()) if parent else None
        if subject and parent_name and parent_name != subject:
            # "Stolthaven Terminals stores chemicals for its parent, Stolt-Nielsen": whose
            # unit the subject is ("The group has 7,000 employees" may mean the parent)
            self.owner_of.setdefault(subject, parent_name)
        opener = NAME.match(self.text, sentence.start) if sentence is not None else None
        known_person = opener is not None and self.names.clean(opener.group()) in self.names.persons
        person_opens = subject is None and opener is not None and (
            known_person or opener.group().split()[0] in FIRST_NAMES
        )
        if person_opens and known_person:
            # "Andrej Karpathy, who was leading the AI team at Tesla, ...": the person's
            # organisation is the one the paragraph goes on about
            subject = next(
                (
                    m.name
                    for m in mentions
                    if not m.pronoun and _WORKS_AT.search(self.text, max(0, m.start - 12), m.start)
                ),
                None,
            )
        if subject is None:
            founded = [
                m
                for m in mentions
                if not m.pronoun
                and _STARTED_BEFORE.search(self.text, max(0, m.start - 30), m.start)
            ]
            if len({m.name for m in founded}) == 1:
                # "Two brothers from Ireland, Patrick and John Collison, started Stripe in
                # 2010. ... Now the company employs": what the founders started
                self.orgs.add(founded[0].name)
                subject = founded[0].name
        if person_opens and subject is None:
            others = {
                m.name
                for m in mentions
                if not m.pronoun
                and m.name not in self.names.persons
                and m.name not in self.products
                and m.name.split()[0] not in FIRST_NAMES
            }
            if len(others) == 1:
                # "David Heinemeier Hansson extracted Ruby on Rails from Basecamp in 2004.
                # The company is still small": the one organisation a person's sentence names
                self.paragraph_known.append(others.pop())
        renamed = next(
            (m for m in mentions if not m.pronoun and _NEW_NAME_BEFORE.search(
                self.text, max(0, m.start - 40), m.start
            )),
            None,
        )
        if renamed is not None:
            # "it got a new name, Twitch, in 2011": the organisation goes on under it
            self.orgs.add(renamed.name)
            if self.topic is not None and self.topic == self.org_focus:
                self.topic = renamed.name
            subject = renamed.name
        made_it = next(
            (
                m
                for m in mentions
                if not m.pronoun and m.name != self.focus and _MADE_IT_AFTER.match(self.text, m.end)
            ),
            None,
        )
        if made_it is not None and self.focus and self.focus not in self.orgs:
            # "Hygieia is an open source DevOps dashboard. Capital One released it on GitHub":
            # the product in focus is the maker's, and the maker comes into focus
            self._record_product(self.focus, made_it.name, keep_first=True)
            self._org_into_focus(made_it.name)
        if (
            subject
            and self.focus
            and subject != self.focus
            and sentence is not None
            and _BEHIND_IT.search(self.text, sentence.start, sentence.end)
        ):
            # "Cash App lets people send money. / Jack Dorsey's company Block is behind it
            # ... The app has 57 million": the product in focus is the maker's, and "the
            # app" still means it
            self._record_product(self.focus, subject, keep_first=True)
            self.just_made = self.focus
        if (
            self.paragraph_sentences == 0
            and mentions
            and mentions[0].pronoun
            and self.names.opens_sentence(mentions[0].start)
        ):
            self.opened_on_focus = True  # "Its engineers wrote Firecracker ..."
        self.paragraph_sentences += 1
        first = next((m for m in mentions if not m.pronoun), None)
        # "Apache Airflow ... was born at Airbnb in 2014", "React was created at Facebook":
        # the organisation a product came from is the one in focus, and owns it
        born = next(
            (
                m
                for m in mentions
                if not m.pronoun
                and m.name != subject
                and m.name not in self.names.persons  # "created in 1994 by Rasmus Lerdorf"
                and m.name.split()[0] not in FIRST_NAMES
                and _BORN_AT.search(self.text, max(0, m.start - 120), m.start)
            ),
            None,
        )
        staff = _MADE_BY_STAFF.search(self.text, sentence.start, sentence.end) if (
            born is None and subject is not None and sentence is not None
        ) else None
        maker = self.names.canonical(staff.group(1)) if staff else None
        if maker and maker != subject:
            # "Jaeger, the distributed tracing tool, was created by Uber engineers": the
            # tool is its makers' organisation's, which comes into focus
            self._record_product(subject, maker)
            self._org_into_focus(maker)
        if born is not None:
            if subject is not None and renamed is None:
                self._record_product(subject, born.name)
            self._org_into_focus(born.name)
            subject = subject or born.name
        if renamed is not None:
            # "started Foodiebay in 2008, and in 2010 they renamed it to Zomato": the
            # organisation goes on under its new name
            self._org_into_focus(renamed.name)
        named = [m for m in mentions if not m.pronoun]
        # (not counting a name inside the description: "on Reverb, the Chicago marketplace
        # that Etsy bought")
        described = [
            m
            for m in named
            if not _DESCRIPTION_CLAUSE_BEFORE.search(self.text, max(0, m.start - 120), m.start)
        ]
        if (
            subject is None
            and len({m.name for m in described}) == 1
            and sentence is not None
            and _DESCRIBED_RELATIVE_START.match(self.text, described[0].end, sentence.end)
        ):
            # "... the orange logo of Zalando, the Berlin online retailer that delivers to 25
            # markets. Last year it made": the one organisation described is in focus
            self.orgs.add(described[0].name)
            subject = described[0].name
        famous = next(
            (
                m
                for m in named
                if _MOST_FAMOUS_BEFORE.search(self.text, max(0, m.start - 50), m.start)
            ),
            None,
        )
        if famous is not None and (subject is None or subject != famous.name):
            # "Among all Unity games, the most famous is perhaps Pokémon GO, made by
            # Niantic": the name the sentence is about (a product when made by someone)
            subject = famous.name
            if _MADE_BY_AFTER.match(self.text, famous.end):
                self.products.add(famous.name)
        # "Behind Tetley, the tea bag ..., stands Tata Consumer Products.": the name after
        # the verb, past any the placing phrase holds
        placed = next(
            (
                m
                for m in mentions
                if not m.pronoun
                and sentence is not None
                and _PLACED_SUBJECT.fullmatch(self.text, sentence.start, m.start)
                and (
                    _DESCRIBED_ORG.match(self.text, m.end)
                    or self._ends_sentence(m.end, sentence)
                )
            ),
            None,
        )
        if (
            subject is None
            and first is not None
            and sentence is not None
            and _INVERTED_SUBJECT.fullmatch(self.text, sentence.start, first.start)
            and (
                self._ends_sentence(first.end, sentence)
                # (or described: "... is now operated by Viasat, the Carlsbad, California
                # satellite company")
                or _APPOSITION_AFTER.match(self.text, first.end) is not None
            )
        ):
            # "The largest card network in the world is Visa.": the name is the subject
            self.orgs.add(first.name)
            subject = first.name
        elif placed is not None and (
            subject is None
            # (over a name inside the placing phrase, when the sentence ends on this one)
            or self._ends_sentence(placed.end, sentence)
            # (over "its" inside it: "Among its users is X, the ...")
            or all(m.pronoun for m in mentions if m.start < placed.start)
        ):
            # "Behind most of these projects sits JuliaHub, the company founded by"
            self.orgs.add(placed.name)
            subject = placed.name
        if (
            subject is None
            and len({m.name for m in named}) == 1
            and sentence is not None
            and (
                # (what it does, when it opens a paragraph)
                (
                    self.paragraph_sentences == 1
                    and _SPECIALITY_OF.search(self.text, sentence.start, first.start)
                )
                or _VERSION_OF.fullmatch(self.text, sentence.start, first.start)
            )
            and _SPECIALITY_REST.fullmatch(self.text, first.end, sentence.end)
            and first.name not in self.names.persons
            and first.name not in TECHNOLOGIES
            and first.name.split()[0] not in FIRST_NAMES
            and first.name.casefold() not in PLACES | COUNTRY_WORDS
        ):
            # "In London, direct debit is the speciality of GoCardless.", "This was the
            # first version of Shazam, created in London": the sentence is about the name
            self.orgs.add(first.name)
            subject = first.name
        if (
            subject is None
            and len({m.name for m in named}) == 1
            and sentence is not None
            and self.paragraph_sentences == 1
            and _CHOSEN_BY.search(self.text, max(sentence.start, first.start - 40), first.start)
            and first.name not in self.names.persons
            and first.name not in TECHNOLOGIES
            and first.name.casefold() not in PLACES | COUNTRY_WORDS
        ):
            # "After long tests, Go was chosen by American Express for its payments
            # platform. The card issuer has": a paragraph opening on who chose a technology
            # is about them
            self.orgs.add(first.name)
            subject = first.name
        # (not counting what its description names: "At Imperial Brands, the Bristol maker
        # of Davidoff and JPS, a small data team ...")
        own = [
            m
            for m in named
            if first is None
            or m.start <= first.start
            or not _ITS_PRODUCTS_BETWEEN.fullmatch(self.text, first.end, m.start)
        ]
        if (
            subject is None
            and len({m.name for m in own}) == 1
            and sentence is not None
            and self.paragraph_sentences == 1
            and not mentions[0].pronoun
            and self._plain_org(first.name)
            and first.name.casefold() not in PLACES | COUNTRY_WORDS
            # (under a list heading, the heading's organisation is the paragraph's)
            and self.section(sentence.start) in (None, first.name)
            # ("a professor at Carnegie Mellon", "Java is a big part of VisaNet")
            and not _CAREER_BEFORE.search(self.text, max(0, first.start - 25), first.start)
            and not self._technology_names_part(sentence, first)
        ):
            # "Data scientists at AXA built its pricing engine in Python. The insurer
            # has": a paragraph whose opening names one organisation is about it
            self.orgs.add(first.name)
            subject = first.name
        if subject is None and first is not None and sentence is not None:
            head = FRONTED_CLAUSE.match(self.text, sentence.start)
            comma = self.text.find(",", sentence.start, sentence.end)
            if head and first.end <= comma:
                # "Even though the main platform of Shopify is written in Ruby, its data
                # team ...": the organisation the fronted clause names is the one in focus
                self.paragraph_known.append(first.name)
            elif (
                self._technology_names_part(sentence, first)
                and first.name.split()[0] not in FIRST_NAMES
            ):
                # "Ruby on Rails is the heart of Shopify, but ...": a sentence about a
                # technology is about the organisation it names (but "Java is a big part
                # of VisaNet" names Visa's network)
                org = self.org_focus
                if org and len(org) >= 4 and first.name.startswith(org) and first.name != org:
                    self._record_product(first.name, org)
                else:
                    self.paragraph_known.append(first.name)
        if subject and first and _ACTS_ON_FOCUS.match(self.text, first.end):
            # "Microsoft acquired it in 2018. It has 100 million developers": the buyer
            # acts on the organisation in focus, which stays in focus
            return
        if subject:
            named = next((m for m in mentions if m.name == subject), None)
            described = named is not None and _PRODUCT_BEFORE.search(
                self.text, max(0, named.start - 50), named.start
            )
            # "The group even made its own Java virtual machine, Dragonwell, ... Its shopping
            # platforms serve": what the organisation made, named after it, leaves it in focus
            owned = bool(
                named is not None and self.topic and self.topic == self.org_focus
                and _OWNED_BEFORE.search(self.text, max(0, named.start - 60), named.start)
            ) or bool(
                # "... forecasting and Michelangelo, their machine learning platform": a
                # tool of the organisation in focus, which stays in focus
                named is not None
                and self.owner_of.get(subject) == self.org_focus
                and re.match(r",\s+(?:its|their)\s", self.text[named.end : named.end + 8])
            )
            if described and self.topic and subject != self.topic:
                # "the famous code editor VS Code is made with TypeScript. The company
                # made $211.9 billion": a product of the paragraph's organisation
                self.named_by_topic.add(subject)
                self.products.add(subject)
            if self.topic is None and subject not in self.owner_of:
                self.products.discard(subject)  # a paragraph's own subject is no product
            if re.search(r" \d+$", subject) or (
                self.org_focus and subject.startswith(self.org_focus.split()[0] + " ")
                and subject != self.org_focus
                # (not "The New York Times" after "The Guardian")
                and self.org_focus.split()[0] not in ("The", "A", "An")
            ):
                self.products.add(subject)  # "Unity 6 was released in 2024": a product
            if subject.split()[0] in PRODUCT_FIRST_WORDS:
                self.products.add(subject)  # "The most sold car of the brand is Model Y"
            if subject.split()[-1] in ("Project", "Programme", "Program", "Initiative", "Protocol"):
                # "The Music Genome Project ... The company now belongs to SiriusXM": a
                # project, not the company
                self.products.add(subject)
                by = named is not None and sentence is not None and _CREATED_BY.search(
                    self.text, named.end, sentence.end
                )
                maker_of = self._name_at(by.end()) if by else None
                # (not a person: "started by Tim Westergren")
                if maker_of and maker_of.split()[0] not in FIRST_NAMES:
                    # "The AT Protocol is an open protocol, created by the Bluesky team":
                    # its maker comes into focus
                    self._record_product(subject, maker_of)
                    self._org_into_focus(maker_of)
            # "Photoshop, Illustrator and Premiere Pro, the famous creative tools of Adobe,"
            listed = named is not None and _NAME_LIST_REST.match(self.text, named.end)
            named_end = listed.end() if listed else named.end if named is not None else 0
            appositive = named is not None and _PRODUCT_APPOSITIVE.match(self.text, named_end)
            owner = appositive and NAME.match(self.text, appositive.end() - 1)
            if appositive and not (
                owner and owner.group().casefold() in PLACES | COUNTRY_WORDS
            ):
                # "Discover Weekly, the Monday playlist of Spotify," (not "Grab, the super
                # app of Southeast Asia,")
                self.products.add(subject)
                if owner:
                    self.owner_of[subject] = self._name_at(owner.start()) or owner.group()
                    if self.topic is None and self.owner_of[subject] not in self.names.persons:
                        # "Duo, the green owl ..., is the mascot of Duolingo. The company":
                        # a paragraph that opens on a product is about its maker
                        self._org_into_focus(self.owner_of[subject])
            if named is not None and _TOOL_APPOSITIVE.match(self.text, named.end):
                self.products.add(subject)  # "Magic Pocket, the in-house storage system,"
            if (
                named is not None
                and self.org_focus
                and subject != self.org_focus
                and _ITS_PRODUCT_AFTER.match(self.text, named.end)
            ):
                # "Instamart is its quick commerce app ... The company is operating in 580
                # cities": the product of the organisation in focus, which stays in focus
                self._record_product(subject, self.org_focus)
            if (
                named is not None
                and self.org_focus
                and subject != self.org_focus
                and _WAS_CALLED_BEFORE.search(self.text, max(0, named.start - 30), named.start)
            ):
                # "it rewrote the whole platform, and the project was called V3. Today the
                # marketplace has": what the organisation in focus named, not a new focus
                self._record_product(subject, self.org_focus)
            unit = named is not None and _UNIT_OF.match(self.text, named.end)
            parent = self._name_at(unit.end()) if unit else None
            if parent and parent != subject:
                # "Knauf Insulation, a unit of the plasterboard group Knauf": its owner
                self.parents[subject] = parent
            child = named is not None and _PARENT_OF.match(self.text, named.end)
            child_of = self._name_at(child.end()) if child else None
            if child_of:
                # "Snap, the parent of Snapchat, runs ... Snapchat reached 414 million users
                # and the company has": the child is the subject's product
                self._record_product(child_of, subject)
                self.parents[child_of] = subject
            brand_of = (
                named is not None
                and sentence is not None
                and _BRAND_OWNED_BY.search(self.text, named.end, sentence.end)
            )
            owner_of = self._name_at(brand_of.end()) if brand_of else None
            if owner_of:
                # "Venmo ... is one of the brands owned by PayPal. The company has": the owner
                self._record_product(subject, owner_of)
                self._org_into_focus(owner_of)
            app_of = named is not None and _APP_OWNED_BY.match(self.text, named.end)
            app_owner = self._name_at(app_of.end()) if app_of else None
            if app_owner and app_owner != subject:
                # "Dream11, the Indian app owned by Mumbai-based Dream Sports, ... Dream
                # Sports was valued ... The group employs": "the group" is the owner
                self._record_product(subject, app_owner)
            part = _MAKERS_PART.fullmatch(subject)
            if part and subject not in self.orgs:
                # "Walmart Labs made the hapi framework ... The retailer operates": a
                # company's lab or product, and the company comes into focus (not "Lumos
                # Labs, the San Francisco company behind Lumosity": a firm of its own)
                self._record_product(subject, part.group(1))
                self._org_into_focus(part.group(1))
            maker = self.names.maker(subject)
            if maker and (named is None or subject != self.section(named.start)):
                # "Amazon Corretto is a free distribution of OpenJDK": a product of Amazon
                self._record_product(subject, maker)
            if not (
                subject in self.products
                or subject in self.names.persons
                or (self.org_focus and subject.startswith(self.org_focus + " "))
            ):
                if self.org_focus and self.org_focus != subject:
                    self.earlier_orgs.append(self.org_focus)
                self.org_focus = subject
            if not owned:
                self.focus = self.paragraph_focus = subject
            self.topic = self.topic or subject
            if subject == self.topic:
                # "Rapid7 is a security firm known for Metasploit": what the paragraph's
                # organisation names in its own sentences (products, units)
                self.named_by_topic.update(
                    m.name for m in mentions if not m.pronoun and m.name != subject
                )
                if sentence is not None:
                    # "JPMorgan Chase ... built its Athena risk platform": a name the
                    # organisation owns, left out of the mentions, is its product too
                    for m in NAME.finditer(self.text, sentence.start, sentence.end):
                        # (not the subject named again: "Unity Technologies, commonly
                        # known as Unity, is")
                        if m.group() != subject and not starts_sentence(
                            self.text, sentence.start, m.start()
                        ):
                            self.named_by_topic.update((m.group(), m.group().split()[0]))
                            if _MADE_OR_OWNED.search(
                                self.text, max(sentence.start, m.start() - 60), m.start()
                            ) and m.group() != subject:  # "Jack Dorsey ... started Block"
                                # "Uber Technologies created Michelangelo", "started
                                # Airflow", "its Athena platform": a product, everywhere
                                self.products.add(m.group())
                                if self.just_made is None and _MADE_NOW.search(
                                    self.text, max(sentence.start, m.start() - 12), m.start()
                                ) and m.group() not in TECHNOLOGIES:
                                    self.just_made = m.group()
