"""Red flags: words that mean "call emergency services now", checked on every message.

Hemifacial spasm is not an emergency; a stroke is. Sudden facial droop or weakness,
slurred speech, weakness or numbness of an arm or leg, a sudden severe headache,
sudden loss of hearing or vision, double vision, confusion or collapse can be signs
of one. :func:`screen` looks for them anywhere in a message, after normalisation and
after repairing misspelled warning words (:func:`repair`: "slured", "storke"), and says
whether someone REPORTS one (``flag``: the emergency reply) or only NAMES one
(``mention``: the message is answered as usual, with the safety line added).

The patterns are deliberately broad for weakness and droop of the face: facial
WEAKNESS is not a twitch and is never reassured away. Twitch words on their own
("my eye twitches more when I'm tired") never match.

A match is only a mention when:

- it is negated ("no weakness", "I don't have slurred speech", "my face isn't weak");
- it is a general question (:func:`_is_general`): the clause opens as a question (or
  "my mum asks whether..."), nothing in the message places it in the present
  ("suddenly", "today", "since", "again"...), no other sentence about a person may
  report it ("my face feels funny", "mine does"), the match has no reporting verb ("is", "has",
  "feels", "went"...), and the clause asks about signs, causes or sameness with no
  person before the sign ("what are the signs of a stroke", "does hemifacial spasm
  cause weakness of the face"), or is a hypothetical ("what should I do if my face
  droops"), or has the condition as its subject ("can hemifacial spasm make my face
  weak"); a clause naming a treatment is left to the next rule;
- it is a question about the risk of a treatment (:func:`_is_risk_question`: "could I
  end up with a paralysed face after the op?", "is facial weakness a side effect of
  botox?", "what's the chance of going deaf from the op?"): every match is about the
  face or hearing, without a reporting verb, in a clause that
  opens as a question, names a treatment and asks about a risk ("cause", "leave", "end
  up", "risk", "side effect"...), no other clause is a statement about the person
  ("mine does"), and nothing in the message places it in the present;
- it tells an event long ago in the past tense ("my friend had Bell's palsy years ago
  and her face was weak"), nothing places it in the present ("today", "again",
  "still"...), and no other part of the sentence names weakness.

- it is a known effect of botulinum toxin on the face told calmly weeks after it
  (:func:`_botox_effect`), or other people's remarks about "a stroke" (:func:`_others_remark`).

Anything else is a red flag. Besides the patterns, the engine passes the matcher's
learned signal (:meth:`hfs.assistant.matcher.Matcher.alarm`: the probability, from a
classifier trained on warning-sign reports and everything else, that the message
reports one; :mod:`hfs.assistant.classifier`) to :func:`screen`. A message no pattern
matches is screened on it (:func:`_semantic_screen`), and a pattern's match that the
classifier all but rules out, or doubts in a message that calms it, becomes a mention
(:func:`_doubted`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from hfs.assistant.shorthand import expand as expand_shorthand
from hfs.assistant.spelling import Speller
from hfs.assistant.text import normalise
from hfs.errors import ConfigError

_FACE = r"(face|facial|mouth|smile|lip|lips|cheek|side of (my|his|her|their|the) face)"
_WEAK = (
    r"(droop\w*|sag\w*|weak\w*|paraly[sz]\w*|palsy|numb\w*|frozen|dropp\w*|fallen|"
    r"lopsided|wonky|crooked|uneven|hanging|hangs|hung|dead|floppy|limp|slipped|slipping|"
    r"wont move|cant move|not moving|doesnt move|stopped moving|gone slack|slack|"
    # round 24: written out ("her face cannot move on one side", Pidgin "no fit move")
    r"cannot move|can not move|does not move|will not move)"
)
_LIMB = (
    r"(arm|arms|leg|legs|hand|hands|limb|limbs|foot|side of (my|his|her|the) body|"
    r"half (of )?(my |his |her |the )?body|(my|his|her) (left|right) side)"
)
#: Words that place a sign in the last hours or days ("all of a sudden", "since
#: yesterday"): double or blurred vision, not understanding speech, need one.
_SUDDEN = (
    r"(sudden\w*|all of a sudden|out of nowhere|out of the blue|all at once|without (any )?warning|"
    r"overnight|this (morning|afternoon|evening)|"
    r"today|tonight|since (yesterday|last night|this morning|lunch|the weekend|\w+ (days?|hours?) ago)|"
    r"an hour ago|hours ago)"
)
#: After the operation: clear, watery or salty fluid from the nose, ear or wound (a
#: leak of the fluid around the brain), and fever with a stiff neck or headache
#: (meningitis).
_NECK_OR_HEAD = (
    r"stiff neck|(neck|necks) (is |feels |has gone |went |s |gone |s gone |has got |got |gets |getting |"
    r"going |gone all )?(so |really |very |quite |too |that |super |"
    r"terribly |incredibly |completely |totally |awful |awfully |dead |proper |pure |right |real |"
    r"wicked |bloody |well )?(sore and |achy and |painful and )?(stiff|rigid)|neck stiffness|"
    r"neck\b(\s+\w+){0,6}\s+(cant|cannot|can not|unable to) (bend|move|turn)( it)?\b|"
    r"stiffness (in|of) (my|the|his|her) neck|neck (hurts|aches|is sore|pain)( \w+)? (to|when i|if i) "
    r"(bend|move|turn)|"
    # "my neck really hurts when I try to look down" (round 13)
    r"neck (really |so |very |just )?(hurts|aches|is sore|is painful|kills|pain)( \w+){0,3} (when|if|as) "
    r"(i|he|she|they) (try to |tries to |want to )?(bend|move|turn|look down|nod|tip|tilt|put (my|his|her) "
    r"chin)\b|(cant|cannot|can not) (bend|move|turn) (my|his|her) (neck|head)|"
    r"(cant|cannot|can not|unable to) (touch|get|bring|put|tuck) (my|his|her) chin (to|on|onto|down to|"
    r"against) (my|his|her) chest|(cant|cannot|can not) (look|bend) down|(bad|severe|terrible|awful|"
    r"horrible|splitting|pounding|throbbing|thumping|massive|huge|worst|really bad|very bad|"
    r"excruciating) headache|head is (killing|pounding|splitting)"
)
#: Fever in everyday words ("burning up", "hot and shivery", "a temp of 39").
_FEVER = (
    r"(fever\w*|temperature|temp|high temp|burning up|boiling up|chills|shiver\w*|rigors|"
    r"hot and (cold|shivery|sweaty)|"
    # a fever in numbers ("running 39 degrees", "39.5 c", "102 f"), round 8
    r"(running|at|of|hit|hitting|reached|over) (a )?(3[89]|4[01])( \d)?( degrees| c| celsius)?|"
    # "he's got 39.2", "she has 40" (round 9)
    r"(got|has|have|had|with) (a )?(3[89]|4[01])( \d)?( degrees| c| celsius)?(?! (years|days|weeks|"
    r"months|hours|minutes|pills|tablets|stitches|people|times|kg|kilos|pounds|lbs)\b)|"
    r"(3[89]|4[01])( \d)? (degrees|c|celsius)|10[1-5]( \d)? (degrees|f|fahrenheit)|"
    # "38.5 temp", "39 fever" (round 13)
    r"(3[89]|4[01])( \d)? (temp|temperature|fever))"
    # not a normal reading ("my temperature was 36.8", "temperature normal")
    r"(?!( (was|is|of|reading|at|read|came back|has been))? (3[0-7]|9[0-9]|normal|fine|ok|okay)\b)"
)
#: Other warning signs after the operation, told as happening since it: fever,
#: vomiting, a bad headache, a wound that is red, hot, swollen or leaking.
_POSTOP = (
    r"(since|after|from) (the|my|his|her|this) (op|operation|surgery|mvd|decompression|procedure)"
)
_POSTOP_SIGN = (
    # round 25 (EN v22): not "no fever" ("bit of a dull headache and tired, no fever")
    r"\b(?<!no )(?<!not a )(?<!without )(?<!without a )(?<!never a )(fever\w*|(?<!no )high temperature|burning up|shiver\w*|chills|vomit\w*|being sick|throwing up|(bad|severe|terrible|awful|"
    r"horrible|splitting|pounding|throbbing|worst|really bad|very bad) headaches?|"
    r"(pounding|splitting|throbbing|thumping|exploding) head|"
    r"wound\b(\s+\w+){0,3}\s+(red|hot|swollen|oozing|leaking|weeping|open|pus\w*))\b"
)
_OUTLET = (
    r"(nose|nostril|nostrils|nare|nares|ear|ears|lug|lugs|lughole|lugholes|earhole|earholes|wound|"
    r"incision|scar|stitches|throat)"
)
#: The operation's wound in any words, and the signs of its infection in any words
#: ("oozing", "pus", "smelly", "hot", "angry"...).
_WOUND = (
    r"(wound|wounds|incision|scar|stitches|stitch|staples|sutures?|surgical (cut|site)|op site|"
    r"(op|operation|surgery) (cut|site|wound|scar)|(cut|sore|spot|hole) behind (my|his|her|the) ear|"
    r"where (they|the surgeon) (operated|cut|opened)|dressing|dressings|bandage|plaster)"
)
_INFECTED = (
    r"(oozing|oozes|ooze|oozy|leak\w*|weeping|weeps|weep|weepy|creamy|cloudy|opening|coming apart|come apart|came apart|"
    r"come undone|came undone|come open|comes open|came open|burst open|bust open|"
    r"pus|pussy|puss|discharg\w*|gunk\w*|goo|"
    r"gooey|yellow|yellowish|yellowy|green|greenish|greeny|smell\w*|stink\w*|whiff\w*|infect\w*|hot|red|redder|redness|"
    r"reddened|swollen|swelling|swelled|puffy|inflamed|angry|opening up|opened up|"
    # round 27 (EN v24): "getting angrier and more painful every day, hot to touch"
    r"angrier|angry looking|hotter|hot to (the )?touch|warm to (the )?touch|"
    r"gaping|split open|crust\w* over with)"
)
_NO_SIGN = re.compile(
    r"\b(no|not|without|isnt|arent|nor|never|free of|any)\b(\s+\w+){0,2}\s+" + _INFECTED + r"\b"
)
_SWALLOW = r"(swallow\w*)"
_FLUID_ADJ = (
    r"watery|salty|clear( \w+)? (fluid|liquid|water|discharge|stuff|drips?|drops?|leak\w*)|"
    r"(fluid|liquid|discharge) like water"
)

#: (name shown in logs and tests, compiled pattern)
RED_FLAGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("facial droop or weakness", rf"\b{_FACE}\b(\s+\w+){{0,5}}\s+{_WEAK}\b"),
        ("facial droop or weakness", rf"\b{_WEAK}\b(\s+\w+){{0,4}}\s+{_FACE}\b"),
        (
            "facial droop or weakness",
            r"\b(cant|cannot|can not|couldnt|could not|unable to) (smile|close my eye|"
            r"close (one|my) eyes?|move (my|one side of my|the (left|right) side of my|"
            r"half (of )?my) face|move (my|his|her) (mouth|lips?|cheek)|blink (my|one|his|her) eye)\b",
        ),
        (
            "facial droop or weakness",
            r"\bhalf (of )?my face\b(\s+\w+){0,3}\s+(wont|cant|doesnt|isnt|is not|stopped)\b",
        ),
        (
            "facial droop or weakness",
            r"\b(side|corner|corners) of (my|his|her|their|the) (mouth|lips?)\b(\s+\w+){0,3}\s+"
            r"(down|pulled down|gone down|turned down)\b",
        ),
        (
            "facial droop or weakness",
            r"\b(dribbl\w*|drool\w*)\b(\s+\w+){0,6}\s+(mouth|lip|lips)\b|"
            r"\b(mouth|lip|lips)\b(\s+\w+){0,4}\s+(dribbl\w*|drool\w*)\b",
        ),
        ("slurred speech", r"\b(slurr\w*|slurd|slured|slurs|slurring|slury|garbled)\b"),
        (
            "slurred speech",
            r"\b(cant|cannot|unable to|trouble|difficulty|struggling to|hard to) (speak|talk|speaking|talking|get (my|the|his|her|their) words out)\b",
        ),
        ("slurred speech", r"\bspeech\b(\s+\w+){0,3}\s+(strange|wrong|weird|funny|odd|off|gone)\b"),
        (
            "slurred speech",
            r"\bwords\b(\s+\w+){0,4}\s+(wrong|jumbled|muddled|mixed up|garbled|gibberish)\b|"
            r"\b(talking|speaking|talks|speaks) (funny|strangely|weirdly|weird|strange|odd|"
            r"gibberish|nonsense|rubbish)\b|\b(sounds?|sounding) drunk\b|"
            r"\bwords (wont|wouldnt|dont|will not|would not) come out\b",
        ),
        (
            "slurred speech",
            r"\b(cant|cannot|couldnt|could not) find (my|the|his|her|the right) words?\b|"
            r"\b(jumbled|muddled|mixed up) (words|speech)\b|\bmixing up (my |his |her )?words\b",
        ),
        (
            "limb weakness",
            rf"\b{_LIMB}\b(\s+\w+){{0,4}}\s+(weak\w*|numb\w*|heavy|dead|paraly[sz]\w*|jelly|rubber|rubbery|wobbly|wont move|cant move|gave way|gave out|giv\w* way|give way|giv\w* out|buckled|wont hold|useless|tingl\w*|pins and needles|floppy|limp|wont work|doesnt work|not working)\b",
        ),
        (
            "limb weakness",
            rf"\b(weak\w*|numb\w*|paraly[sz]\w*|heavy|tingl\w*)\b(\s+\w+){{0,3}}\s+{_LIMB}\b",
        ),
        (
            "limb weakness",
            rf"\b(cant|cannot|can not|couldnt|could not|can barely|can hardly|could barely|"
            rf"could hardly|barely|hardly|struggle to|struggling to) (lift|move|feel|use|raise) "
            rf"(my|his|her|one)( left| right)? {_LIMB}\b",
        ),
        # round 23 (EN v20): "trouble lifting my arms", "a hard time raising my legs"
        (
            "limb weakness",
            rf"\b(trouble|difficulty|problems?|a hard time|a job|struggling|struggle|cant manage) "
            rf"(with )?(lifting|moving|raising|using|holding up) (my|his|her|one|both)( left| right)? "
            rf"{_LIMB}\b",
        ),
        # round 23 (EN v20): a blow to the head told as a simile, "felt like someone hit me in
        # the back of the head with a bat", "like being struck on the skull with a brick"
        (
            "sudden severe headache",
            r"\blike (someone|somebody|something|some\w+|a \w+|i was|i d been|id been|i got|i had been|"
            r"being|getting|ive been|i ve been|i have been)( just)? (hit|struck|smacked|whacked|clubbed|"
            r"kicked|shot|punched|slammed|bashed|belted|thumped|cracked)( me)? (in|on|over|across|round|"
            r"at) (the|my) (back of (the |my )?|top of (the |my )?|side of (the |my )?)?(head|skull)\b"
            # a shock, not a pain: "... when I heard the diagnosis", "the news hit me like..."
            r"(?!.*\b(when (i|we|he|she) (heard|found out|was told|were told|got the|read|saw)|the news|"
            r"diagnos\w*|the bill|the price|the results?)\b)",
        ),
        # round 23 (EN v20): half of what one sees gone ("half of what I'm looking at just
        # disappeared", "the left half of my vision went black")
        (
            "sudden vision loss",
            r"\b(half|part|side|bottom|top|corner|chunk)( of)? (what (i|im|i am) (see|seeing|looking at|"
            r"can see|look at)|my (vision|sight|view|eyesight)|everything( i (see|look at))?|the (world|room))( \w+){0,2}( just| suddenly)? (disappeared|disappears|vanished|vanishes|is gone|"
            r"has gone|went (black|dark|blank|missing|grey|gray|out)|is missing|is blank|blacked out|"
            r"blanked out|gone)\b",
        ),
        # round 23 (EN v20): all sound gone in one ear at once ("the sound just cut off in
        # one ear", "hearing switched off in my left ear")
        (
            "sudden hearing loss",
            r"\b(sound|sounds|hearing|noise|everything)( just| suddenly| completely| all)? (cut|cuts|"
            r"went|dropped|switched|shut|turned|stopped|died)( off| out| dead| silent| quiet| away)? "
            r"(in|on|from|out of) (my|one|his|her|the)( left| right| good| bad| operated)? ear\b",
        ),
        # round 27 (EN v24): the sound gone on one side, told by the side, not the ear
        # ("the sound on one side just cut out like somebody turned the volume off")
        (
            "sudden hearing loss",
            r"\b(sound|sounds|hearing|noise|everything)( on| in| from| down)( my| the)? (one|left|right|that|"
            r"operated|bad|good) side( of my head)?( just| suddenly| completely| all| has| had){0,2} (cut|cuts|went|"
            r"dropped|switched|shut|turned|stopped|died|disappeared|vanished)( off| out| dead| silent| quiet| away)?\b|"
            r"\blike (someone|somebody|some one|you|they) (turned|switched|flicked|hit|pressed) (the )?(volume|sound|"
            r"mute)( button)?( off| down| out)?\b(?=.*\b(ear|side|hearing)\b)",
        ),
        # round 23: all sound muffled in one ear since a time of today ("everything sounds
        # muffled in one ear since this morning"); not after a flight or a swim
        (
            "sudden hearing loss",
            r"\b(muffled|muted|underwater|under water|like cotton wool|far away|distant|dulled)\b( \w+){0,3} "
            r"(in|on|from|out of|through) (my|one|the|his|her)( left| right| good| operated)? ear\b"
            r"(?=.*\b(sudden\w*|since (this morning|i woke|lunch|breakfast|yesterday|last night|an hour)|"
            r"this morning|today|(an|one|two|a few|\d+) (hour|hours|minutes?|mins?) ago|overnight|woke|"
            r"all at once|out of nowhere)\b)(?!.*\b(plane|flight|flying|landed|landing|swim\w*|div\w*|"
            r"pool|concert|gig)\b)",
        ),
        # round 23 (EN v20): told telegraphically, both together ("SWALLOW HARD, BREATH HARD"),
        # not the idiom "I swallowed hard" alone
        (
            "trouble swallowing",
            r"\bswallow\w* (hard|difficult|no good|trouble|problem|not work\w*)\b(?=.*\bbreath\w* (hard|"
            r"difficult|no good|trouble|problem|short|not work\w*)\b)|\bbreath\w* (hard|difficult|no good|"
            r"trouble|problem|short|not work\w*)\b(?=.*\bswallow\w* (hard|difficult|no good|trouble|problem|"
            r"not work\w*)\b)",
        ),
        (
            "sudden severe headache",
            r"\b(sudden\w*|worst|severe|thunderclap|explosive|excruciating|terrible|splitting|agoni[sz]ing|horrible|blinding|unbearable|crushing)\b(\s+\w+){0,4}\s+headache\b",
        ),
        (
            "sudden severe headache",
            r"\bheadache\b(\s+\w+){0,5}\s+(sudden\w*|worst|ever had|out of nowhere|out of the blue|"
            r"all at once|like a (thunder|thunderclap|thunderbolt|bolt|bang|hammer|bomb|gunshot)|like (being |getting |i was |id been )?(hit|struck|"
            r"smashed|whacked|kicked|clubbed|shot))\b",
        ),
        ("sudden severe headache", r"\bheadache of (my|his|her|their) life\b"),
        (
            # round 25 (EN v22): the head that "exploded (burst) with pain", or exploded
            # and "never felt anything like it" (a thunderclap told by its force, often on
            # exertion); not "my head exploded with all the info"
            "sudden severe headache",
            r"\bhead\b(\s+\w+){0,2}\s+(exploded|explodes|exploding|burst|bursts|blew up|went bang|split open)"
            r"( \w+){0,2} (with|in) (pain|agony)\b|"
            r"\bhead\b(\s+\w+){0,2}\s+(exploded|explodes|burst|blew up|went bang|split open)\b(?=.*\bnever "
            r"(felt|had|known|experienced) (anything|any pain|pain) like (it|that|this)\b)",
        ),
        (
            "sudden severe headache",
            r"\bhead\b(\s+\w+){0,5}\s+(worst ever|worst pain|out of nowhere|like a thunderclap)\b",
        ),
        (
            # round 13: a pain in the head that "came on in seconds" (a thunderclap told
            # by its onset)
            "sudden severe headache",
            r"\b(pain|ache|bang|explosion|blow|thump)\b(\s+\w+){0,2}\s+(in|inside) (my|his|her|the) head\b"
            r"(\s+\w+){0,4}\s+(came on|hit|started|struck|peaked|built up) (in|within|over) (seconds|a second|"
            r"a few seconds|a split second|an instant|a moment|one second)\b",
        ),
        (
            "sudden hearing loss",
            r"\b(sudden\w*|overnight|this morning|today|just|all at once|out of the blue)\b(\s+\w+){0,6}\s+(deaf\w*|hearing|cant hear)\b",
        ),
        (
            "sudden hearing loss",
            r"\b(lost|gone|went) (my |the )?(hearing|deaf)\b|\b(went|gone|going) deaf\b",
        ),
        # round 22: the sign told by its parts, "my head suddenly started pounding ...
        # came on in a second", "the sound in my right ear just dropped away to nothing"
        (
            "sudden severe headache",
            r"\bhead\b(\s+\w+){0,2}\s+(suddenly|all of a sudden) (started|began) (pounding|throbbing|"
            r"banging|splitting|exploding|hammering|thumping)\b",
        ),
        (
            "sudden hearing loss",
            r"\b(sound|hearing|noise)( in| from| out of) (my|his|her|one|the)( left| right)? ear\b"
            r"(\s+\w+){0,2}\s+(dropped|dropped away|dropped out|cut out|cut off|vanished|disappeared|"
            r"switched off|faded|went)( away| out| off)? (to nothing|completely|altogether|entirely)\b",
        ),
        (
            "sudden hearing loss",
            # round 24: "cannot hear" written out (Pidgin "no fit hear ... for one ear")
            r"\b(cant|cannot|can not) hear (anything )?(out of|in|with|from|on) (my|one|the)\b",
        ),
        # round 21: "not (be) able to hear anything at all out of the operated ear"
        (
            "sudden hearing loss",
            r"(?:(?<=not be able to )|(?<=not able to )|(?<=unable to )|(?<=cant ))hear (anything|a thing|"
            r"a sound|owt)( at all)? (out of|in|with|from|on) (my|one|the|that|this|his|her)\b",
        ),
        (
            "sudden vision loss",
            r"\b(sudden\w*|overnight|this morning|today|just|all at once|out of the blue|"
            # round 24: "since morning" (Pidgin and others), "cannot see" written out
            r"since morning)\b(\s+\w+){0,6}\s+(blind\w*|vision|sight|cant see|cannot see|can not see)\b|"
            r"\b(blind|cant see|cannot see|can not see)\b(\s+\w+){0,6}\s+since (this )?morning\b",
        ),
        (
            "sudden vision loss",
            r"\b(lost|losing|lose) (my |the |all )?(vision|sight)\b(?! (of|in the dark|when (i|you) (close|shut)))|\b(went|gone|going) blind\b|\bdouble vision\b|\bseeing double\b",
        ),
        (
            "sudden vision loss",
            r"\b(vision|sight|eyesight)\b(\s+\w+){0,2}\s+(suddenly|went (dark|black|blurry)|has gone|is gone|gone dark|gone black)\b|"
            r"\b(went|gone|going|turned) (dark|black|grey|gray) (in|from|out of) (my|his|her|one|the) (left |right )?eyes?\b|"
            r"\beyes?\b(\s+\w+){0,3}\s+(went|gone|going|turned) (dark|black|grey|gray|blind)\b",
        ),
        (
            "sudden vision loss",
            r"\b(cant see|blind\w*|lost (my |the )?(vision|sight)|"
            # round 14: "vision in one eye to just go completely all of a sudden"
            r"(vision|sight|eyesight)( (in|of|from) (one|my|his|her|the) (left |right )?eye)?( to)?"
            r"( just)? (go|goes|went|gone|going|cut out|cuts out|went out|goes out))\b(\s+\w+){0,8}\s+"
            r"(sudden\w*|overnight|out of nowhere|out of the blue|all at once)\b",
        ),
        (
            "sudden hearing loss",
            r"\b(cant hear|deaf\w*|lost (my |the )?hearing)\b(\s+\w+){0,8}\s+"
            r"(sudden\w*|overnight|out of nowhere|out of the blue|all at once|"
            # round 18: "deaf in one ear since I woke up" (the onset told as waking)
            r"since (i|he|she) (woke|got up)|on waking)\b",
        ),
        (
            "facial droop or weakness",
            r"\b(cant|cannot|can not|couldnt|could not) feel (the |my |his |her )?"
            r"((left|right|one) side of )?(my |his |her |the )?(face|cheek|lip|lips|mouth)\b",
        ),
        (
            "stroke",
            r"\b(having|had|is having|think (i|he|she) (am|is|had|has) having|signs of) a stroke\b"
            # round 21: "a stroke of genius / luck" is no stroke
            r"(?! of (genius|luck|good luck|bad luck|brilliance|inspiration|fortune|insight|the pen|"
            r"midnight|the brush))|\bmini stroke\b|"
            r"\bstroke (symptoms|signs)\b|\b(symptoms|signs) of (a )?stroke\b",
        ),
        (
            "sudden vision loss",
            rf"\b{_SUDDEN}\b(\s+\w+){{0,6}}\s+(blur\w*|double|two of everything)\b|"
            rf"\b(blur\w*|double vision|seeing double|two of everything)\b(\s+\w+){{0,6}}\s+{_SUDDEN}\b|"
            r"\bseeing (two|double) of everything\b",
        ),
        (
            "not understanding speech",
            rf"\b{_SUDDEN}\b(\s+\w+){{0,6}}\s+(cant|cannot|can not|couldnt|could not|doesnt|"
            r"does not|dont|do not|unable to|not able to|stopped) (understand\w*|follow\w*)\b|"
            r"\b(cant|cannot|can not|couldnt|could not|doesnt|does not|dont|do not|unable to|"
            r"not able to|stopped|not) (understand\w*|follow\w*) (anything (i|we|you|he|she|they|people) "
            r"(say|says|said)|what (people|anyone|they|we|you|he|"
            r"she|i|the \w+|my \w+) (say|says|said|are saying|is saying|am saying)|what (im|i m|were|"
            r"we re|youre|you re|theyre|they re) saying|a word|people|"
            r"anyone|words|speech|me|us|them|him|her)\b(?! about)(\s+\w+){0,12}\s+"
            + _SUDDEN
            + r"\b|"
            rf"\b(makes?|making) no sense\b(\s+\w+){{0,4}}\s+{_SUDDEN}\b|"
            rf"\b{_SUDDEN}\b(\s+\w+){{0,6}}\s+(makes?|making) no sense\b",
        ),
        (
            "trouble swallowing",
            rf"\b(cant|cannot|can not|couldnt|could not|unable to|trouble|difficulty|difficult to|"
            rf"problems?|struggling to|struggle to|hard to|pain when i)( really| properly| even)? "
            rf"{_SWALLOW}\b"
            r"(?! (pills?|tablets?|capsules?|medicines?))|"
            r"\bswallowing (problems?|difficult\w*|trouble)\b|"
            r"\bchok\w*\b(\s+\w+){0,4}\s+(food|water|drink\w*|eating|eats|drinks|swallow\w*|"
            r"liquids?|saliva|spit|meals?)\b|"
            r"\b(keep|keeps|kept|started|starting|been)( \w+)? (cough\w*|splutter\w*|sputter\w*)\b"
            r"(\s+\w+){0,8}\s+(drink\w*|swallow\w*)\b|"
            # round 18: food that will not go down ("can't get soup down", "struggling to
            # get my food down"; not "can't keep food down" from a stomach bug: "keep")
            r"\b(cant|cannot|can not|couldnt|could not|unable to|struggl\w* to|hard to|trouble) (get|getting)"
            r"( my| the| his| her| any| even)? (food|soup|drink|drinks|water|tea|porridge|bread|dinner|"
            r"breakfast|lunch|meals?|liquids?|anything|a thing|yoghurt|yogurt|custard) down\b",
        ),
        (
            "fluid leak after the operation",
            rf"\b({_FLUID_ADJ})\b(\s+\w+){{0,8}}\s+{_OUTLET}\b|"
            rf"\b{_OUTLET}\b(\s+\w+){{0,6}}\s+({_FLUID_ADJ})\b|"
            r"\b(leak\w*|drip\w*|running|pouring|trickl\w*|oozing)\b(\s+\w+){0,3}\s+(fluid|liquid)\b|"
            r"\b(fluid|liquid)\b(\s+\w+){0,3}\s+(leak\w*|drip\w*|running|pouring|trickl\w*|oozing|"
            r"coming out|comes out)\b",
        ),
        (
            "wound infection after the operation",
            r"\b(wound|cut|incision|scar|stitches)\b(\s+\w+){0,10}\s+(oozing|leaking|weeping|pus\w*|"
            r"red|hot|swollen|inflamed)\b(\s+\w+){0,10}\s+(fever\w*|temperature|chills|shivering|"
            r"shivers|rigors)\b|\b(fever\w*|temperature|chills|shivering)\b(\s+\w+){0,10}\s+"
            r"(wound|cut|incision|scar|stitches)\b(\s+\w+){0,6}\s+(oozing|leaking|weeping|pus\w*|"
            r"red|hot|swollen|inflamed)\b",
        ),
        (
            "wound infection after the operation",
            rf"\b{_WOUND}\b(\s+\w+){{0,8}}\s+{_INFECTED}\b|"
            rf"\b{_INFECTED}\b(\s+\w+){{0,6}}\s+(from|on|around|at|in|out of|of|under|beneath|"
            rf"underneath|below|behind) (my|the|his|her) "
            rf"(\w+ )?{_WOUND}\b|\b(infected|oozing|weeping|smelly|swollen|inflamed) {_WOUND}\b",
        ),
        (
            # pus under a scab (round 8); a scab is only "red" or "crusty" as it heals
            "wound infection after the operation",
            r"\b(scab|scabs)\b(\s+\w+){0,8}\s+(oozing|oozes|pus|pussy|weeping|discharg\w*|gunk\w*|"
            r"goo|gooey|smell\w*|stink\w*|green|yellow)\b|\b(pus|pussy|ooz\w*|weeping|discharg\w*|"
            r"gunk\w*|goo|gooey|green|yellow)\b(\s+\w+){0,6}\s+(under|beneath|underneath|below|from|"
            r"behind|around|round|out of) (my|the|his|her|a|this|that) (\w+ )?(scab|scabs)\b",
        ),
        (
            "trouble breathing",
            r"\b(cant|cannot|can not|couldnt|could not|struggling to|struggle to|hard to|"
            r"difficult to|trouble|difficulty|problems?|unable to) (breath\w*|get (my|enough|a|his|her|their) breath)\b|"
            r"\b(short|shortness) of breath\b|\bbreathless\w*\b(?! (after|when|climbing|walking|running))|"
            # "can't get enough air", "can't fill my lungs", "struggling for air" (round 8),
            # not after exertion or in a stuffy room
            r"\b(cant|cannot|can not|couldnt|could not|struggling to|struggle to|hard to|"
            r"difficult to|unable to|trouble|difficulty)( seem to)? (get (enough )?(air|oxygen)|"
            r"catch (my|his|her|their) breath|fill (my|his|her|their) lungs|take a (deep|full|proper) "
            r"breath)\b(?! (in (this|here|the)|after|when|while|from|climbing|walking|running)\b)|"
            r"\b(struggl\w*|fighting|gasping) for (air|breath)\b|\bnot getting enough air\b|"
            r"\bgasping( for (air|breath))?\b|\bbreathing (is |feels |has )?(difficult|hard|laboured|"
            r"labored|shallow|trouble|problems?)\b",
        ),
        (
            "trouble swallowing",
            r"\b(food|drink|drinks|water|it|liquid|everything) (keeps? |kept )?(going|goes|went) "
            r"down the wrong (way|hole|pipe)\b",
        ),
        (
            "eye that will not close",
            r"\b(eye|eyelid|lid)\b(\s+\w+){0,2}\s+(wont|doesnt|cant|will not|does not|cannot|"
            r"can not|isnt|is not) (shut|close|closing|shutting)\b|"
            r"\b(cant|cannot|can not|unable to|couldnt) (shut|close) (my|his|her|the|one) "
            r"(eye|eyes|eyelid)\b|"
            # "can't raise my eyebrow or shut my eye" (round 9)
            r"\b(cant|cannot|can not|unable to|couldnt)\b(\s+\w+){1,4}\s+(or|and|nor) (shut|close) "
            r"(my|his|her|the|one) (eye|eyes|eyelid)\b",
        ),
        (
            "spreading weakness",
            r"\b(weak\w*|numb\w*|floppy)\b(\s+\w+){0,3}\s+(spread\w*|all over|everywhere)\b|"
            # round 14: "the weakness from the botox seems to be spreading down"
            r"\b(weakness|numbness)\b(\s+\w+){0,4}\s+(seems|seem|is|has|keeps|started|starting)"
            r"( to be| been| to)? spreading\b|"
            r"\b(spread\w*)\b(\s+\w+){0,6}\s+(weak\w*|numb\w*)\b|"
            r"\b(whole|entire) body\b(\s+\w+){0,3}\s+(weak\w*|floppy|heavy|numb)\b|"
            r"\b(cant|cannot|can not|couldnt) hold (my|his|her) head up\b|"
            r"\bneck\b(\s+\w+){0,2}\s+(weak|floppy|cant hold)\b",
        ),
        (
            "sudden severe headache",
            r"\b(sudden\w*|explosive|worst|excruciating|thunderclap|agoni[sz]ing|unbearable|"
            r"blinding)\b(\s+\w+){0,3}\s+pain (in|inside) (my|his|her|the) head\b|"
            # "the most awful pain in my head came on in a second" (round 10)
            r"\bpain (in|inside) (my|his|her|the) head\b(\s+\w+){0,4}\s+(came|come|comes|coming|hit|"
            r"struck|started)( on| me| him| her)? (in (a|one) (second|split second|instant|moment|flash)|"
            r"(all of a )?sudden\w*|out of nowhere|out of the blue|like a (bang|thunderclap|bolt))\b|"
            r"\bhead\b(\s+\w+){0,3}\s+(suddenly|all of a sudden)\s+(hurts|aches|pounds|"
            r"exploded|is pounding|is splitting)\b|\bhead\b(\s+\w+){0,5}\s+like never before\b"
            # round 18: a headache unlike the usual ones, in someone who has them: "I get
            # migraines but this one hit like a hammer all at once, worst ever"
            r"|^(?=.*\b(head|headache|headaches|migraine|migraines)\b)(?=.*\b(worst|never (had|felt)|"
            r"like never before)\b).*?\b(hit|hits|came on|struck|started|exploded|came|come)( me| on)? "
            r"(like a (hammer|sledgehammer|bang|thunderclap|thunderbolt|bolt|bomb|gunshot|brick|truck|"
            # round 31 (EN v28): "it just came like a lightning bolt, never felt anything this bad"
            r"explosion|punch|lightning( bolt| strike)?|bolt of lightning)|all at once|"
            r"in (a|one) (second|instant|split second|heartbeat))\b",
        ),
        (
            # a curtain, shadow or veil over the sight (round 8)
            "sudden vision loss",
            r"\b(curtain|shadow|veil|blind|shutter|cloud|blackness|darkness)\b(\s+\w+){0,4}\s+"
            r"(came|come|coming|comes|fell|falls|falling|fall|dropped|dropping|drops|drawn|drew|"
            r"pulled|pulling|moved|moving|went|gone|spread\w*|crept|creeping)( down| across| up)?\s+"
            r"(over|across|in front of|into|onto) (my|his|her|their|one|the)( left| right)? "
            r"(eye|eyes|vision|sight|eyesight)\b",
        ),
        (
            "fever with stiff neck or headache",
            rf"\b{_FEVER}\b(\s+\w+){{0,8}}\s+({_NECK_OR_HEAD})\b|"
            rf"\b({_NECK_OR_HEAD})\b(\s+\w+){{0,8}}\s+{_FEVER}\b",
        ),
        (
            "warning sign after the operation",
            rf"\b{_POSTOP}\b(\s+\w+){{0,8}}\s+{_POSTOP_SIGN}|{_POSTOP_SIGN}(\s+\w+){{0,8}}\s+{_POSTOP}\b",
        ),
        (
            "sudden loss of balance",
            r"\b(keep|keeps|kept|am|is|was) falling (over |down )?(to|towards) (one|the left|the right|"
            r"my left|my right) side\b|\b(cant|cannot|couldnt|could not) (stand|walk|sit) "
            r"(up )?(straight|upright)\b",
        ),
        (
            "confusion or collapse",
            r"\b(passed out|blacked out|fainted|collapsed|unconscious|cant wake|confused and|suddenly confused|seizure now|having a seizure|having a fit)\b|"
            r"\b(drowsy|sleepy|confused|out of it)\b(\s+\w+){0,4}\s+(hard|difficult|impossible) to "
            r"(wake|rouse)\b|\b(hard|difficult|impossible) to (wake|rouse)\b(\s+\w+){0,4}\s+"
            r"(since|after) (the|her|his|my|this) (op|operation|surgery)\b|"
            r"\b(going to|gonna|about to|might|think ill|feel like (im|i am|i m) going to) "
            r"(pass out|faint|black out|collapse)\b",
        ),
        (
            "sudden loss of balance",
            r"\b(spinning|dizzy|giddy|vertigo)\b(\s+\w+){0,4}\s+(cant|cannot|can not|couldnt|could not|"
            r"unable to) (stand|walk)\b",
        ),
        (
            "slurred speech",
            r"\b(something|somethings|something s) (is )?(wrong|not right|off) with (how|the way) "
            r"(i|he|she|they) (talk|talks|speak|speaks)\b",
        ),
    )
)

#: Round 10: signs told in plain words that are warning signs only in their context:
#: after the operation (dripping from the nose, a wet pillow from the ear, fever in any
#: words) or after botulinum toxin (food that sticks, weakness to the shoulders, the
#: voice or the whole body). (name, sign, context) -- the sign counts only when the
#: message also has its context.
_AFTER_OP = re.compile(
    r"\b((since|after|from|post) (the|my|his|her|their|this|that) (brain |head |nerve |skull |"
    r"ear |neuro |keyhole |big |main )?(op|operation|surgery|mvd|"
    r"decompression|procedure)|(they|he|she|surgeon|surgeons|doctors?) operated|operated (on|behind)|"
    r"(had|having had|i had|he had|she had) (the|my|his|her|an|a)? ?(op|operation|surgery|mvd|"
    r"decompression)|(op|operation|surgery|mvd|decompression) (was|on|last|\w+ days? ago|\w+ weeks? "
    r"ago)|(days?|weeks?) (after|since|post) (the |my |his |her )?(op|operation|surgery|mvd|"
    r"decompression)|post ?op\w*|had surgery|"
    # round 17, broken English: "surgery finish last week", "operation done 5 days ago"
    r"(op|operation|surgery|mvd|decompression) (finish|finished|done|over)( \w+){0,2} (ago|last week|"
    r"yesterday|last \w+))\b"
)
_AFTER_TOXIN = re.compile(r"\b(botox|botulinum|toxin|injections?|injected|jabs?)\b")
_FEVER_ANY = (
    r"\b(feverish|(?<!hay )fever\w*|high temp\w*|running a (high )?(temp|temperature)|chills|sweats|"
    r"shiver\w*|rigors|burning up|(thermometer|temp|temperature)( \w+){0,3} (3[89]|4[01])( \d)?|"
    r"(3[89]|4[01])( \d)? (temp|temperature|fever|degrees))\b"
)
GATED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "fluid leak after the operation",
        re.compile(
            r"\b(water\w*|drip\w*|wet|damp|soaked|soggy|trickl\w*|leak\w*|clear drops?)\b"
            r"(\s+\w+){0,8}\s+(nose|nostril|nostrils|ear|ears)\b(?! (wax|drops|infection))|"
            r"\b(nose|nostril|nostrils)\b(\s+\w+){0,3}\s+(drip\w*|leak\w*|runs? like a tap|running like "
            r"a tap)\b|"
            # round 24: "keeps running clear like a tap", "pours like a faucet"; clear from
            # one side only
            r"\b(nose|nostril|nostrils)\b(\s+\w+){0,3}\s+(runs?|running|ran|pours?|pouring|drips?|dripping|"
            r"streams?|streaming)( \w+){0,2} like a (tap|faucet|hose|river)\b|"
            r"\b(nose|nostril|nostrils)\b(\s+\w+){0,3}\s+(runs?|running|ran|drips?|dripping|pours?|pouring|"
            r"leaks?|leaking|trickl\w*|stream\w*)( \w+)? (clear|watery)\b(\s+\w+){0,5}\s+(one|1) "
            r"(side|nostril)\b|"
            # round 17, broken English: "nose water come out one side, no stop"
            r"\b(nose|nostril|nostrils) (water|fluid|liquid)\b(\s+\w+){0,2}\s+(come|comes|coming|came|"
            r"run|runs|running|drip\w*)\b"
        ),
        _AFTER_OP,
    ),
    ("warning sign after the operation", re.compile(_FEVER_ANY), _AFTER_OP),
    (
        "trouble swallowing",
        re.compile(
            r"\b(food|bread|meat|it|everything|bites?|mouthfuls?|tablets?|pills?|capsules?|meds)\b"
            r"(\s+\w+){0,3}\s+(sticks|sticking|"
            r"stuck|catches|catching|lodges|lodged)\b(?! (to|together|on the))|"
            r"\b(cant|cannot|can not|unable to|couldnt)( \w+)? (get|swallow) (my |his |her )?(own )?"
            r"(saliva|spit)( down)?\b|"
            # round 13: "coughs each time he swallows", "drinking makes her splutter"
            r"\b(cough|coughs|coughing|coughed|choke|chokes|choking|splutter\w*|gag|gags|gagging)\b"
            r"(\s+\w+){0,3}\s+(every time|whenever|each time|when|as soon as|after) (i|he|she|they)"
            r"( try to| tries to)? (swallow\w*|drink\w*|eat|eats|eating|sip\w*|take a sip)\b"
            r"(?! (too|very|really) (fast|quickly|quick))|"
            r"\b(swallow\w*|drink\w*|eating|sip\w*|mouthful\w*|spoonful\w*|bite|bites|gulp\w*)( \w+){0,3} "
            r"(makes|make|made|sets|set) (me|him|her|them) "
            r"(off )?(cough|choke|splutter|gag)\b|"
            # round 25 (EN v22): "coughing on every mouthful" (choking over each sip), not
            # "coughing on every cold he catches"
            r"\b(cough\w*|chok\w*|splutter\w*|gag\w*) (on|over|at|with|after) (every|each|each and every|"
            r"every single|his|her|my|all (his|her|my)|the odd) (mouthful|bite|sip|spoonful|drink|swallow|gulp|"
            r"meal|forkful|morsel)s?\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "trouble breathing",
        re.compile(
            r"\b(puffed|out of breath|winded|breathless|short of breath)( \w+)?( just| even)? "
            r"(talking|speaking|sitting|at rest|lying down|in bed)\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "spreading weakness",
        re.compile(
            r"\b(very|so|really|extremely|terribly|awfully) weak\b(?! (smile|eyelid|eye|cheek|lip)\b)|"
            r"\bweak all over\b|\b(cant|cannot|can not|couldnt|could not|struggl\w* to) (get|stand|climb)"
            r" (up|out of|the stairs)\b|\bvoice\b(\s+\w+){0,3}\s+(faint|weak|gone|fading|barely)\b|"
            r"\b(shoulders?|neck|arms?)\b(\s+\w+){0,4}\s+(weak\w*|floppy|heavy)\b|"
            # round 17: "body become soft with no power ... spread to the shoulders"
            r"\b(body|arms?|legs?|whole me)\b(\s+\w+){0,3}\s+(soft|floppy|limp) (with )?(no|without)"
            r" (power|strength)\b|\bspread\w*\b(\s+\w+){0,4}\s+(shoulders?|arms?|legs?|body|neck|chest)\b|"
            # round 18: past the injected area, however told: "the weakness isn't just the
            # eyelid now, it's my arms and speech", "not only my face any more, my legs too"
            r"(?:(?<=not )|(?<=isnt )|(?<=arent )|(?<=longer ))\b(just|only|simply) (in )?(the|my|his|her|around the|"
            r"round the)( \w+)? (eyelid|eyelids|eye|eyes|lid|face|cheek|brow|forehead|mouth|injection \w+|"
            r"spot|area|side)\b(\s+\w+){0,6}\s+(arms?|legs?|hands?|speech|speak\w*|talk\w*|voice|neck|"
            r"shoulders?|body|chest|swallow\w*|breath\w*|hips?|knees?)\b|"
            r"\b(beyond|past|outside|further than) (the|my|his|her|where)( \w+){0,2} (injected|injection|"
            r"injections|jab|jabs|shots?|botox|site|eyelid|eye|face)\b(\s+\w+){0,4}\s+(arms?|legs?|hands?|"
            r"speech|voice|neck|shoulders?|body|chest|swallow\w*|breath\w*|weak\w*|floppy)\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "sudden hearing loss",
        re.compile(
            r"\bhearing( in (my|his|her|the|one|that) (left |right )?ear)?( just| suddenly| has| had| "
            r"completely)* (went|gone|disappeared|vanished|stopped)\b(?! (up|down|back|better|to))|"
            r"\b(heard|hear|hears|hearing) nothing\b"
        ),
        re.compile(r"\b(ear|ears|overnight|sudden\w*|yesterday|today|this morning|just)\b"),
    ),
    (
        # round 12: "since the op the phone is silent when I hold it to that ear"
        "sudden hearing loss",
        re.compile(
            r"\b(phones?|music|tv|telly|radio|sound|sounds|voices?|everything|the world|it)\b(\s+\w+){0,2}"
            r"\s+(is|goes|went|gone|sounds|has gone|s gone|seems|has been|s been) (totally |completely |just |"
            r"dead )?"
            r"(silent|dead|muffled|mute|quiet|gone|nothing)\b(\s+\w+){0,8}\s+(ear|side)\b"
            r"(?!(\s+\w+){0,4}\s+(because|cos|since it|on mute|muted|battery|volume|signal)\b)"
        ),
        _AFTER_OP,
    ),
    (
        "sudden vision loss",
        re.compile(
            r"\b(cant|cannot|can not|couldnt) see (anything )?(out of|with|from|through) (it|my|his|her|"
            r"that|the|one)\b(?! (for (a |a few |few |some |\w+ )?(second|seconds|moment|moments|sec|secs)|"
            r"during|when|while|until|till|as long as)\b)|\b(black|dark|blackness|darkness)\b(\s+\w+){0,5}\s+(on|in|down|across|"
            r"over) (the )?(left|right|one) (side|half)( of (my|his|her|the) (sight|vision|view))?\b|"
            # round 17, broken English: "eye see nothing", "eye open but black"
            r"\b(eye|eyes)( \w+)? (see|sees|seeing|saw) nothing\b|"
            r"\b(eye|eyes) (is |are )?(wide )?open but (all |just |only |total |totally )?(black|dark)\b"
        ),
        re.compile(rf"\b{_SUDDEN}\b|\b(eye|eyes|sight|vision|see)\b"),
    ),
)
#: Round 13: facial weakness told by what the face can no longer do ("can't puff my
#: cheek", "the eye stays open when I blink", water out of the corner of the mouth),
#: after the operation or told as sudden (the spasm or the toxin's calm weeks are not it).
GATED = (
    *GATED,
    (
        "facial droop or weakness",
        re.compile(
            r"\b(cant|cannot|can not|couldnt|could not|unable to|not able to|no longer able to|"
            r"no longer|struggl\w* to)( \w+)? (whistle|puff (out )?(my|his|her|the|that|one) cheeks?|"
            r"blow (out )?(my|his|her) cheeks?|purse (my|his|her) lips|pucker( up)?|blow (a kiss|out (a |the )?"
            r"candles?|up a balloon)|wrinkle (my|his|her) forehead|hold (water|liquid|a drink|my drink|"
            r"air) in (my|his|her) mouth)\b|"
            r"\b(eye|eyelid|lid)\b(\s+\w+){0,2}\s+(stays|staying|stay|remains|is left|keeps|left|stays half|"
            r"is still) (half |wide |partly )?open (when|while|as|if) (i|he|she|they) (blink|blinks|blinking|"
            r"sleep|sleeps|sleeping|close|try|tries)\b|"
            r"\b(water|drink|drinks|tea|coffee|juice|soup|food|milk|saliva|spit|dribble|drool|liquid)\b"
            r"(\s+\w+){0,5}\s+(out of|from|out the|down) (the )?(corner|side) of (my|his|her|the) (mouth|lips)\b"
        ),
        re.compile(_AFTER_OP.pattern + rf"|\b{_SUDDEN}\b"),
    ),
)
GATED = (
    *GATED,
    (
        # round 13: reading gone wrong all at once ("the print is scrambled since this
        # morning"): a sign of a stroke when it is new; the learned signal alone was
        # moved across its threshold by each refit
        "sudden vision loss",
        re.compile(
            r"\b(letters|words|print|text|writing|numbers|page)\b(\s+\w+){0,4}\s+(look|looks|are|is|seem|"
            r"seems|went|gone|go|all) (all )?(jumbled|scrambled|muddled|mixed up|like gibberish|swimming|"
            r"back to front)\b"
        ),
        re.compile(
            rf"\b{_SUDDEN}\b|\b(started|began|begun|came on) (today|this morning|an hour ago|"
            r"suddenly|out of nowhere|just now|at lunch)\b"
        ),
    ),
)
#: Round 15 (after the blind run EN v12): signs told by what a body can no longer do or by
#: how they feel, in their context: the brow that will not lift after the operation; a
#: salty drip at the back of the throat when leaning forward after it; swallowing that
#: takes work, or a breath that will not fill, after the toxin; a headache that came on
#: in seconds or is the worst pain ever felt.
GATED = (
    *GATED,
    (
        "facial droop or weakness",
        re.compile(
            r"\b(forehead|brow|eyebrow|eyebrows)\b(\s+\w+){0,5}\s+(wont|doesnt|cant|will not|does not|"
            r"cannot|can not|isnt|is not|stopped|not) (move|moving|lift|lifting|go up|going up|rise|rising|"
            r"wrinkle|crease)\b|\b(cant|cannot|can not|couldnt|could not|unable to|not able to)( \w+)? "
            r"(raise|lift|move|wrinkle) (my|his|her|the|that|one) (eyebrow|eyebrows|brow|forehead)\b"
        ),
        _AFTER_OP,
    ),
    (
        "fluid leak after the operation",
        re.compile(
            r"\b(tast\w*)( \w+){0,2} (salt|salty|salt water|saltwater|metal|metallic)\b(\s+\w+){0,10}\s+"
            r"(lean\w*|bend\w*|tip\w*|head down|forward|stoop\w*)\b|"
            r"\b(lean\w*|bend\w*|tip\w*|stoop\w*)\b(\s+\w+){0,10}\s+(tast\w*)( \w+){0,2} (salt|salty|"
            r"salt water|saltwater|metal|metallic)\b|\bsalty\b(\s+\w+){0,3}\s+(drip\w*|trickl\w*|running|"
            r"runs|fluid|water|liquid)\b(\s+\w+){0,6}\s+(throat|nose|mouth)\b"
        ),
        _AFTER_OP,
    ),
    (
        "trouble swallowing",
        re.compile(
            r"\b(gotta|got to|have to|having to|has to|need to|needs to|must|had to)( really)? (work|try|"
            r"concentrate|think|force (myself|himself|herself)|struggle|fight|push)( hard| really hard)? "
            r"(to|at|before i|before he|before she) (swallow\w*|get (food|it|anything|water|drinks?) down)\b|"
            r"\bswallow\w*\b(\s+\w+){0,2}\s+(takes|is|feels like|has become)( a)? (real )?(effort|work|"
            r"a struggle|hard work)\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "trouble breathing",
        re.compile(
            r"\b(hard|difficult|tough|struggl\w*|cant|cannot|can not|couldnt|unable)( to)? (get|take|draw|"
            r"catch) (a |my |his |her )?(full|deep|proper|good|whole|decent) breath\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "sudden severe headache",
        re.compile(
            r"\b(headache|head ache|pain|it)\b(\s+\w+){0,3}\s+(came|come|comes|hit|struck|started|"
            r"began|went)( on| me| him| her| up)?( like (a |an )?\w+)? (in|within) (a |one |a few |few |two |a couple of )?"
            r"(second|seconds|split second|instant|moment|heartbeat|flash)\b|\b(worst|most (awful|severe|"
            r"intense|terrible)) (pain|headache|head pain)( \w+){0,2} (i|he|she|they|ive|id|hes|shes)"
            r"( have| has| had| ve| d)? (ever )?(felt|had|known|experienced)\b|"
            # round 21: "came on in a flash", "like a flash"
            r"\b(headache|head ache|pain|it)\b(\s+\w+){0,3}\s+(came|come|comes|hit|struck|started)( on)? "
            r"(in|like) a flash\b|"
            r"\b(explosion|explode\w*|bomb|thunderclap)\b( \w+){0,2} (in|inside) (my|his|her|the) "
            r"(head|skull)\b"
        ),
        re.compile(r"\b(head|headache|head ache|skull|migraine)\b"),
    ),
)
#: Round 19 (after the blind run EN v16): signs told in casual words, in their context.
#: After the toxin: air that will not get in ("can't really get air in properly"), pills
#: or food that "won't go down" or go down "barely", a grip gone and legs "like noodles"
#: (weakness past the injected face). After the operation: clear, thin fluid that pours
#: or drips from the nose. A wound's dressing stained green with the skin around it
#: puffy or warm. An ear that cannot hear a voice "at all" and still has not come back.
GATED = (
    *GATED,
    (
        "trouble breathing",
        re.compile(
            r"\b(cant|cannot|can not|couldnt|could not|struggl\w* to|hard to|unable to|trouble|barely|hardly)"
            r"( really| properly| quite| even)? (get|getting|draw|drawing|pull|pulling) (any |enough |much )?"
            r"(air|breath|oxygen)( in| into (my|his|her) lungs)?\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "trouble swallowing",
        re.compile(
            r"\b(pills?|tablets?|capsules?|food|soup|water|drinks?|liquids?|bread|meat|anything)\b"
            r"( \w+){0,2} (wont|will not|doesnt|does not|dont|do not|cant|wouldnt|would not) go down\b|"
            r"\b(can|could|am|im)( only)? (barely|hardly|only just|just about|struggling to) (get|getting|"
            r"swallow|swallowing|force)( \w+){0,2} down\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "spreading weakness",
        re.compile(
            r"\b(cant|cannot|can not|couldnt|could not|unable to)( really| even| properly)? (grip|hold|"
            r"lift|grab|squeeze)( onto)? (my|a|the|his|her|anything|things|\w+s)\b|"
            r"\b(legs?|arms?|hands?|knees?|body)\b( \w+){0,3} (like|into) (noodles|noodle|jelly|spaghetti|"
            r"rubber|cotton wool|wet string|wet noodles|lead)\b|"
            r"\b(relax\w*|weak\w*|floppy|paralys\w*)( \w+){0,2} (my |the |his |her )?(entire|whole) body\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "fluid leak after the operation",
        re.compile(
            r"\b(nose|nostril|drip\w*|runny|running|tissues?)\b(\s+\w+){0,25}\s+(clear|watery)\b"
            r"(\s+\w+){0,6}\s+(pours?|pouring|poured|drips?|dripping|runs?|running|trickl\w*|gush\w*)\b"
        ),
        _AFTER_OP,
    ),
    (
        "wound infection after the operation",
        re.compile(
            r"\b(skin|area|flesh)\b( (around|round|near|by|under|next to) (it|the \w+|my \w+))\b( \w+){0,3} "
            r"(puffy|swollen|red|hot|warm|angry|inflamed|tender)\b"
        ),
        re.compile(r"\b" + _WOUND + r"\b"),
    ),
    (
        "sudden hearing loss",
        re.compile(
            r"\b(cant|cannot|can not|couldnt|could not)( \w+)? hear (her|him|them|anything|a thing|it|you|"
            r"a word|people|my \w+|the \w+)( \w+){0,2} at all\b"
        ),
        re.compile(
            r"\b(ear|ears)\b(?=.*\b(still|hasnt come back|has not come back|not come back|not back|"
            r"since|an hour|hours)\b)"
        ),
    ),
)

#: Round 20 (after the blind run EN v17): the same signs in other everyday words, in their
#: context. A neck "hard like wood" (a simile of stiffness) with a fever or heat; after the
#: toxin, shoulders or a neck that cannot be lifted or feel "like jelly"; an ear that
#: "went completely quiet", told with its onset (out of the blue, this morning, suddenly).
GATED = (
    *GATED,
    (
        "fever with stiff neck or headache",
        re.compile(
            r"\bneck\b( \w+){0,3} (hard|rigid|solid|locked|set) (like|as) (wood|a board|a plank|"
            r"a rock|rock|iron|stone|concrete|steel|a brick|a post|a pole)\b"
        ),
        re.compile(
            r"(?<!no )(?<!not )(?<!without )(?<!any )\b(fever\w*|temperature|high temp|burning up|"
            r"boiling up|chills|shivering|(hot|burning|boiling) with)\b"
        ),
    ),
    (
        "spreading weakness",
        re.compile(
            r"\b(struggl\w* to|cant|cannot|can not|couldnt|could not|unable to|hard to|barely) (lift|raise|"
            r"hold up|shrug|move) (my |his |her )?(shoulders?|arms?|head|neck)\b|"
            r"\b(neck|shoulders?|head)\b( \w+){0,3} (like|into) (jelly|noodles?|rubber|cotton wool|"
            r"wet string|spaghetti)\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "sudden hearing loss",
        re.compile(
            r"\b(ear|ears)\b( \w+){0,4} (went|has gone|gone|s gone|is|has been|turned|fell|goes) (totally |"
            r"completely |just |suddenly |all |dead )?(quiet|silent|dead|deaf|muffled|mute)\b"
        ),
        re.compile(
            r"\b(sudden\w*|out of (nowhere|the blue)|this morning|today|overnight|last night|yesterday|"
            r"just now|since (the|my) (op|operation|surgery))\b"
        ),
    ),
)
#: Round 21 (after the blind run EN v18): signs in other everyday words, in their context.
#: Double vision told by what is seen ("the screen split into two of everything");
#: after the operation, one nostril running "like pure water" or dripping when one leans
#: forward (spinal fluid, not a cold); a cheek or lip that "just hangs" or "doesn't
#: respond" (facial weakness, not the spasm).
GATED = (
    *GATED,
    (
        "sudden vision loss",
        re.compile(
            r"\b(two|2) of (everything|every thing|it all|the (screen|tv|telly|road|lines|words|letters|"
            r"faces|people|cars))\b|\b(screen|tv|telly|picture|print|words|letters|page|road|lines|"
            r"everything|image|faces?|world)\b( \w+){0,4} (split|splits|splitting|doubled|went double|"
            r"gone double|turned double)( \w+)?( in| into)? (two|2|double)?\b"
        ),
        re.compile(
            r"\b(see|seeing|saw|watching|looking|look|vision|sight|eyes?|screen|tv|telly|read\w*)\b"
        ),
    ),
    (
        "fluid leak after the operation",
        re.compile(
            r"\b(nose|nostril)\b( \w+){0,10}? (like|as|just) (pure |plain |clear |tap )?water\b|"
            r"\b(drip\w*|run\w*|pour\w*|leak\w*|trickl\w*)( \w+){0,2} (when|if|as|whenever) (i|he|she) "
            r"(lean|leans|leaning|bend|bends|bending|tip|tips|look|looks) (forward|over|down)\b"
        ),
        _AFTER_OP,
    ),
    (
        "facial droop or weakness",
        re.compile(
            r"\b(cheek|cheeks|lip|lips|mouth|face|eyebrow|brow|smile)\b( \w+){0,6}? (just )?(hangs?|hanging|"
            r"hung|flops?|floppy|limp|slack|(dont|doesnt|wont|will not|do not|does not) (respond|move|work|"
            r"lift|do anything))\b"
        ),
        re.compile(_AFTER_OP.pattern + rf"|\b{_SUDDEN}\b"),
    ),
)
#: Round 21 (after the blind run EN v18): confusion told with what it does to the person
#: now, lost in place or time ("very confused and can't remember how I got here", "muddled,
#: doesn't know where he is"). The learned signal, refit with EN v17, all but ruled the
#: plain "confused and ..." out (0.0499), so the disorientation is read as its own sign,
#: in its context (a confusion word before it), which the classifier may not veto. A
#: state told as long-standing (dementia "for years") is still read by the rules before.
GATED = (
    *GATED,
    (
        "confusion or collapse",
        re.compile(
            r"\b(confused|muddled|disorient\w*|dazed|befuddled|all over the place)\b( \w+){0,4}? "
            r"(cant|cannot|can not|can t|dont|do not|doesnt|does not|didnt|couldnt|could not|no idea) "
            r"(even )?(remember|recall|know|tell|work out|recogni[sz]e|say)( \w+)? (how (i|he|she|we) got "
            r"(here|there|home)|where (i|he|she|we) (am|is|are|was|were)|what day it is|what year it is|"
            r"who (i|he|she) (am|is)|(my|his|her) (own )?(name|wife|husband|son|daughter|kids|children))\b"
        ),
        re.compile(r"\b(i|im|i m|ive|he|she|hes|shes|my|mum|mom|dad|wife|husband|mother|father)\b"),
    ),
)
#: Round 26 (after the blind run EN v23): signs told in plain words, in their context.
#: After the toxin, not getting "a full breath in"; drink coming back out of the nose as
#: one swallows (nasal regurgitation, a swallowing trouble; not a runny nose, not the
#: clear drip of a fluid leak, which has no swallowing); weak "all over" after the
#: toxin; an eye that "went black" or has "been dark for ten minutes" with a time or
#: "open" (not the spasm shutting it).
GATED = (
    *GATED,
    (
        "trouble breathing",
        re.compile(
            r"\b(cant|cannot|can not|can t|couldnt|could not|unable to|struggl\w* to|hard to)( quite| really| seem to)?"
            r" (get|take|catch|draw) (a |my )?(full|proper|deep|decent|good|whole) breath( in)?\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "trouble swallowing",
        re.compile(
            r"\b(water|drinks?|liquids?|fluids?|tea|coffee|milk|juice|food|soup|it)\b( \w+){0,3} (comes?|came|"
            r"coming|goes|went|going|pours?|poured|runs?|ran) (back )?(up |out )?(out |up |through |into )?(of )?"
            r"(my|his|her|the) nose\b"
        ),
        re.compile(r"\b(swallow\w*|drink|drinks|drinking|sip\w*|eat|eats|eating|gulp\w*)\b"),
    ),
    (
        "spreading weakness",
        re.compile(r"\b(weak|weakness|no strength) all over\b|\bweak all over( my| the)? body\b"),
        _AFTER_TOXIN,
    ),
    (
        # round 31 (EN v28): the very short report, the body (limbs) weak after the toxin:
        # "body weak after botox", "arms gone floppy since the jabs", "legs like jelly"
        "spreading weakness",
        re.compile(
            r"\b(body|whole body|arms?|legs?|limbs|shoulders?|whole side)( \w+)?( gone| going| feel| feels|"
            r" feeling| is| are| so| all| really| very)? (weak|weaker|floppy|limp|like jelly|no strength)\b|"
            r"\b(weak|floppy|limp) (body|arms|legs|limbs)\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "sudden vision loss",
        re.compile(
            r"\b(eye|eyes|sight|vision)\b( \w+){0,3} (go|goes|went|gone|going|turned|turns) (all )?(black|dark|"
            r"blank)\b|\b(its|it s|it has|has|eye has|everything has)( been| gone)? (dark|black|blank) (for|in) "
            r"(about |around |nearly |almost |over )?(\w+ )?(seconds?|minutes?|mins?|hours?)\b"
        ),
        re.compile(r"\b(minutes?|mins?|hours?|still|is open|eyes? open|right now|suddenly)\b"),
    ),
)
#: Round 28 (issue 15, after the blind run EN v25): signs told in plain words, in their
#: context, by class. After the operation, "burning (roasting, boiling) hot" is a fever
#: when the neck is stiff or rigid (meningitis; the weather's heat has no stiff neck);
#: a "sag" or droop on the left (right, one) side of the face, however small it is said to
#: be; after the toxin, choking (coughing) on one's tablets, food or drinks, however the
#: news came (on the phone), and having to work (fight, struggle) to get air in; a
#: headache that came on "like a (light) switch"; a "pop" (snap, bang) and the head
#: splitting (pounding, exploding) since.
GATED = (
    *GATED,
    (
        "fever with stiff neck or headache",
        re.compile(
            r"\b(burning|roasting|boiling|baking|scorching|red|raging) hot\b(\s+\w+){0,8}\s+("
            + _NECK_OR_HEAD
            + r")\b|\b("
            + _NECK_OR_HEAD
            + r")\b(\s+\w+){0,8}\s+(burning|roasting|boiling|baking|scorching|"
            r"raging) hot\b"
        ),
        _AFTER_OP,
    ),
    (
        "facial droop or weakness",
        re.compile(
            r"\b(sag|sags|sagging|sagged|saggy|droop|droops|drooping|drooped|droopy|drop|dropped|slump\w*|"
            r"slack|slackness|lopsided|hang\w*|hung) (on|down|to) (the )?(left|right|one|other|lower) "
            r"(side |half |bit |part )?(of )?(my|his|her|their|the) (face|mouth|cheek|lip|lips)\b"
        ),
        re.compile(r"\b(since|after|from|post|following)\b"),
    ),
    (
        "trouble swallowing",
        re.compile(
            r"\b(chok\w*|cough\w*|splutter\w*|gag\w*) (on|over) (his|her|my|their|the|all (his|her|my)|any|"
            r"every|each)( own)? (tablets?|pills?|meds|capsules?|food|drinks?|water|tea|coffee|dinner|"
            r"breakfast|lunch|tea|meals?|soup|saliva|spit)\b"
        ),
        re.compile(
            r"\b(since|after|from|post|following) (the |his |her |my |their |that )?(botox|botulinum|"
            r"toxin|injections?|jabs?|shots?)\b"
        ),
    ),
    (
        "trouble breathing",
        re.compile(
            r"(?<!havent had to )(?<!have not had to )(?<!dont have to )(?<!didnt have to )(?<!no need to )"
            r"\b(work|working|works|fight\w*|struggl\w*|strain\w*|effort|hard work|labour\w*|graft\w*)( hard| really"
            r" hard| so hard)? (to|for|at) (get|getting|draw|drawing|pull|pulling|suck|sucking|take|taking) (the |"
            r"some |enough |any )?(air|a breath|breath|my breath|breaths)( in| into (my|his|her) lungs)?\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "sudden severe headache",
        re.compile(
            r"\b(came|come|comes|coming|switched|switches|turned) on( \w+)? like (a |someone |somebody |"
            r"someone had |somebody had )?(flick\w* |flipp\w* |hit |turn\w* )?(a |the )?(light )?(switch|"
            r"switched on|flicked on)\b|\blike (a|the) (light )?switch (being |had been |was )?(flicked|flipped|"
            r"thrown|turned)\b"
        ),
        re.compile(r"\b(headache|head|migraine|head pain)\b"),
    ),
    (
        "sudden severe headache",
        re.compile(
            r"\b(pop|popped|popping|snap|snapped|bang|burst|click)\b(\s+\w+){0,10}\s+(head|headache)\b(\s+\w+)"
            r"{0,6}\s+(splitting|pounding|exploding|killing me|unbearable|agony|agonising|agonizing|"
            r"excruciating|throbbing|thumping|worst)\b"
        ),
        re.compile(r"\b(head|headache)\b"),
    ),
)
#: Round 29 (issue 15, after the blind run EN v26): after the toxin, a weakness (numbness,
#: heaviness, droop) that has gone (moved, travelled, crept, spread) down or over to the
#: neck, shoulders, arms, chest or throat; and talking (speaking) that is hard now with the
#: jaw, tongue or throat weak. Told as a question of "normal" or "worried" ("is it normal
#: that the weakness from the botox has gone down to my neck", "should I be worried, ...
#: now I can hardly talk and my jaw is weak") it is still a report: the sign is there now.
_BEYOND_FACE = r"(neck|shoulders?|arms?|chest|throat|body|legs?|hands?|back|upper body|whole side)"
_SPEECH_HARD = (
    r"(can|could|am|im)( now| only)? (hardly|barely|only just|just about|not) (talk|speak|talking|speaking|"
    r"get (my |the |any )?words out)|(cant|cannot|can not|couldnt|struggl\w* to|hard to|trouble) "
    r"(talk|talking|speak|speaking|say (my |the )?words|get (my |the |any )?words out)( properly| clearly| "
    r"right| normally| at all)?|(speech|voice|words)( \w+){0,2} (slurr\w*|thick|garbled|mumbl\w*|gone|weak)"
)
_WEAK_PART = (
    r"(jaw|tongue|throat|chin|chewing|neck)( \w+){0,3} (is |feels |feel |has gone |gone |went |got )?"
    r"(so |very |really |a bit |quite )?(weak|heavy|floppy|slack|limp|useless|numb|dead|wont work|not working)"
)
GATED = (
    *GATED,
    (
        "spreading weakness",
        re.compile(
            r"\b(weak\w*|numb\w*|heav\w*|droop\w*|floppiness|paralys\w*|deadness)\b( \w+){0,6}? (has |have |"
            r"is |its |it s |s )?(gone|went|moved|moving|travell?ed|travell?ing|crept|creeping|spread\w*|"
            r"reached|reaching|got|getting|going|passed|drifted|drifting|come|coming|dropped|worked its way)"
            r"( all| right)?( down| up| across| over| into| onto| along| through| to)+( into| to| onto)? "
            r"(my |his |her |their |the |both )?(\w+ )?" + _BEYOND_FACE + r"\b"
        ),
        _AFTER_TOXIN,
    ),
    (
        "spreading weakness",
        re.compile(
            r"\b("
            + _SPEECH_HARD
            + r")\b(?=.*\b"
            + _WEAK_PART
            + r"\b)|\b"
            + _WEAK_PART
            + r"\b(?=.*\b("
            + _SPEECH_HARD
            + r")\b)"
        ),
        _AFTER_TOXIN,
    ),
)
#: Round 30 (EN v27): signs in other words, each in the context that makes it the sign
#: (told as a question of "normal" or "worried" they are still reports, :func:`_normal_report`):
#: pills (food, water) that will not go down since the toxin; a smile that only works
#: (moves, lifts) on one side since the operation (after the toxin the expected lopsided
#: smile is asked about as "a bit lopsided", not this); an ear gone silent (dead, quiet).
GATED = (
    *GATED,
    (
        "trouble swallowing",
        re.compile(
            r"\b(cant|cannot|can not|couldnt|could not|struggl\w* to|hard to|trouble|unable to|wont|will not)"
            r" (get|getting|force|keep) (my |the |any |a |his |her )?(pills?|tablets?|food|water|drinks?|"
            r"anything|meds|capsules?|soup|dinner|it|them) (down|to go down)\b|"
            r"\b(pills?|tablets?|food|water|drinks?|anything|meds|capsules?) (wont|will not|dont|do not|"
            r"doesnt|does not|cant|cannot) (go|stay) down\b"
        ),
        re.compile(
            r"\b(since|after|from|post|following) (the |his |her |my |their |that |last |my last |the last )?"
            r"(botox|botulinum|toxin|injections?|jabs?|shots?)\b"
        ),
    ),
    (
        "facial droop or weakness",
        re.compile(
            r"\b(smile|smiling|grin|mouth)( \w+){0,2} (only |just )?(works|goes up|moves|lifts|comes up|goes) "
            r"(on|at) (one|1|the (left|right|other|good)|half (my|his|her|the)) side\b|"
            r"\b(can|could) (only|just) (smile|move (my|his|her) (mouth|face|lip|lips)) (on|with) (one|half|1)"
            r"( side)?\b|\b(only|just) (one|half|1) (side )?(of )?(my|his|her|the) (face|mouth|smile) "
            r"(moves|smiles|works|lifts)\b"
        ),
        re.compile(r"\b(op|operation|surgery|mvd|decompression|procedure)\b"),
    ),
    (
        "sudden hearing loss",
        re.compile(
            r"\b(ear|hearing)( \w+){0,2} (went|has gone|have gone|gone|just went|suddenly went|turned|has "
            r"turned|switched) (silent|dead|quiet|deaf|muffled|blank|mute|off|numb)\b(?! (on|for) (the |a )?"
            r"(flight|plane|landing|descent))"
        ),
        re.compile(r"\b(ear|hearing)\b"),
    ),
)
_GATED_SIGNS = frozenset(sign for _, sign, _ in GATED)
#: Told as fading (round 13): an unsure learned signal adds no net.
_FADING = re.compile(
    r"\b(fading|easing|settling|going away|clearing up|wearing off|getting better|improving|"
    # round 15: "clears up in ten minutes", "goes after a few minutes"
    r"(clears|clear|clearing|goes|wears off|settles) (up )?(in|after|within) (a few|ten|five|\d+|a couple of|"
    r"twenty|thirty) (minutes|mins|seconds))\b"
)
_NO_OPERATION = re.compile(
    r"\b(no|not|never|without)( had)?( an| the| any)? (op|operation|surgery)\b"
)

_FEVER_NECK = "fever with stiff neck or headache"
_NO_FEVER = re.compile(r"\b(no|not|without|never|nor)( \w+)? (fever\w*|temperature|temp|chills)\b")

_NEGATIONS = frozenset(
    [
        "no",
        "not",
        "never",
        "without",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "havent",
        "hasnt",
        "nor",
        "none",
    ]
)


_NEGATED_INSIDE = re.compile(
    r"\b(isnt|is not|arent|are not|wasnt|not|no|never|doesnt|dont|didnt|wont|hasnt|havent)"
    r"\s+(\w+\s+)?"
    r"(droop\w*|sag\w*|weak\w*|paraly[sz]\w*|numb\w*|slurr?\w*)|"
    r"\b(nothing|not|never|wasnt|isnt) sudden\w*"  # "headaches, nothing sudden" (round 8)
)
_FACIAL = "facial droop or weakness"
_WOUND_NAME = "wound infection after the operation"
#: Categories the red-flag classifier has too few reports of to doubt a pattern's
#: match (added in the sixth round): a wound "looking infected" is a flag whatever the
#: classifier says; questions about them are still mentions (the rules above).
_UNVETOED = frozenset(
    [
        _WOUND_NAME,
        "trouble breathing",
        "spreading weakness",
        "eye that will not close",
    ]
)
#: After the operation "I had surgery LAST WEEK" dates the operation and does not calm
#: the sign (seen on held-out v5 after its run): for these only words of a sign long
#: past or resolved calm it.
_POSTOP_NAMES = frozenset(["fluid leak after the operation", "fever with stiff neck or headache"])
_RESOLVED = re.compile(
    r"\b(years|decades) (ago|back)\b|\blast (year|winter|summer|spring|autumn)\b|"
    r"\bin (19|20)\d\d\b|\blong ago\b|\bas a (child|kid)\b|\b(all |long )?gone now\b|"
    r"\b(all |totally |completely )?fine (now|again|after)\b|\bnever since\b|"
    r"\bnever (came|happened) (back|again)\b|\brecovered\b|\b(they |it was )?fixed\b"
)
#: A sign told as happening since a treatment ("since my botox last week my legs feel
#: weak"): "last week" dates the treatment, not the sign (held-out v6), so the words
#: that date it are not read as calming (:func:`_doubted`'s ``calm_text``).
_SINCE_TREATMENT = re.compile(
    r"\b(since|after|from) (the|my|his|her|this|that|their)( \w+)? (op|operation|surgery|mvd|"
    r"decompression|procedure|botox|botulinum|toxin|injection|injections|jab|jabs|shots?)\b"
    r"( (last (week|month)|(a|one|two|three|four|five|six|\d+|few|couple of) (days?|weeks?|"
    r"months?) ago|on \w+day|yesterday))?"
)
_RECEPTIVE = "not understanding speech"
#: The signs a treatment's risk question may name: facial weakness, and hearing loss
#: after the operation ("what's the chance of going deaf from the op?").
_RISK_SIGNS = frozenset(
    [
        _FACIAL,
        "sudden hearing loss",
        "trouble swallowing",
        "fluid leak after the operation",
        "fever with stiff neck or headache",
        "warning sign after the operation",
        _WOUND_NAME,
        "trouble breathing",
        "spreading weakness",
        "eye that will not close",
        # round 23 (EN v20): "is double vision a possible side effect of botox"
        "sudden vision loss",
    ]
)
_CLAUSE_SPLIT = re.compile(r"[.!?;,:\n]+")
_QUESTION_OPENER = re.compile(
    r"^((and|so|but|also|ok|okay|hi|hello|doctor|please|sorry|just wondering)\s+)*"
    r"(could|can|will|would|might|may|does|do|is|are|what|whats|wat|wats|wot|how|hows|"
    r"should|if|any|"
    r"am i|are there|is there|why|which|who|"
    r"(when|where) (should|do|does|is|are|would|can|must|will))\b"
)
_TREATMENT = re.compile(
    r"\b(op|ops|operation|operations|surgery|surgeries|surgical|mvd|decompression|"
    r"procedure|botox|botulinum|toxin|injection|injections|jab|jabs|treatment)\b"
)
_RISK_WORDS = re.compile(
    r"\b(cause|causes|leave|leaves|make|makes|end up|result in|results in|lead to|"
    r"leads to|risk|risks|chance|chances|likely|likelihood|side effect|side effects|"
    r"complication|complications|possible|common|get|develop)\b"
)
#: A question about what a treatment WILL do ("will my face be weak after the op?").
_FUTURE = re.compile(
    r"^((and|so|but|also|ok|okay|hi|hello|doctor|please|sorry)\s+)*(will|would|(is|am|are) "
    r"(it|i|my \w+|the \w+) going to)\b"
)
#: Words of a question about the usual COURSE of a known effect of a treatment ("is
#: weakness of the face after the op normally temporary?"): only with no person named
#: before the sign.
_COURSE_WORDS = re.compile(
    r"\b(temporary|permanent|usual|usually|normal|expected|typical|typically|last|lasts|"
    r"how long|go away|goes away|wear off|wears off|recover|recovers|often|how likely)\b"
)
#: Words that make a mention of weakness a report about now, not a question about risk.
_REPORT_WORDS = frozenset(
    [
        "is",
        "am",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "feels",
        "feel",
        "felt",
        "looks",
        "look",
        "looked",
        "went",
        "gone",
        "goes",
        "got",
        "getting",
        "keeps",
        "kept",
        "started",
        "seems",
        "seemed",
        "became",
        "become",
        "turned",
        "still",
    ]
)
_PERSON = frozenset(
    [
        "i",
        "im",
        "ive",
        "my",
        "mine",
        "me",
        "myself",
        "he",
        "she",
        "his",
        "her",
        "him",
        "hes",
        "shes",
        "we",
        "our",
        "us",
    ]
)
_PRESENT = re.compile(
    r"\b(now|suddenly|sudden|today|tonight|morning|evening|since|started|starting|just|"
    r"woke|waking|already|currently|yesterday|ago|hour|hours|minute|minutes|anymore|"
    r"still|lately|recently|ive|im|keeps)\b"
)


#: Words that may stand between a negation and what it negates: "I don't HAVE slurred
#: speech", "I haven't GOT ANY weakness in my face". Anything else ends its reach: "I
#: don't KNOW WHY my face is drooping" and "without any WARNING my face drooped" are
#: reports.
_NEGATION_FILLERS = frozenset(
    [
        "have", "has", "had", "got", "get", "any", "a", "an", "the", "my", "his", "her",
        "their", "feel", "feels", "felt", "notice", "noticed", "see", "seem", "seems",
        "really", "actually", "much", "real", "obvious", "sign", "signs", "of",
        "some", "been", "is", "are", "was", "there", "experience", "experienced",
        # round 24: "I'm not HAVING ANY trouble swallowing", "not GETTING any weakness"
        "having", "getting", "experiencing", "noticing", "feeling",
    ]
)  # fmt: skip


#: Round 16: a doubt or a denial whose scope is the speaker's judgement of a report, not
#: the sign: "not sure it counts but <sign>", "not that it's a big deal, but <sign>",
#: "I suppose it's a migraine but <sign>", "<sign>. Probably fine?". Said before "but" or
#: after the report, it weighs the report; the sign itself is not denied.
_JUDGEMENT_HEDGE = re.compile(
    r"^\s*(?:(?:i'?m|i am|im)\s+)?(?:not sure|unsure|no idea|dunno|don'?t know)\s+(?:if\s+|whether\s+)?"
    r"(?:it|this|that)\s+(?:counts|matters|is (?:anything|important|relevant|worth (?:mentioning|saying)))"
    r"(?:\s+or not)?\s*[,.;:!-]*\s*(?:but\b\s*[,]?)?"
    r"|^\s*not that (?:it'?s|it is|its|this is)\s+(?:a (?:big|huge) deal|anything|serious|important|"
    r"much|an emergency)\s*[,.;:!-]*\s*(?:but\b\s*[,]?)?"
    r"|^\s*(?:i\s+)?(?:suppose|guess|reckon|expect|assume)\s+(?:it'?s|it is|its|this is)\s+"
    r"(?:(?:just|only|a|an|my|the)\s+)*(?P<named>\w+(?:\s+\w+)?)\s*[,]?\s+but\b\s*[,]?"
    r"|[,.;:!-]*\s*(?:(?:it'?s|its|it is|is it|im|i'?m)\s+)?(?:probably|prob|likely|most likely|hopefully)\s+"
    r"(?:fine|nothing|ok|okay|nothing serious|nothing much)\s*[?!.]*\s*$",
    re.IGNORECASE,
)


def drop_judgement_hedges(text: str) -> str:
    """``text`` without the speaker's doubts about a report (:data:`_JUDGEMENT_HEDGE`),
    which must not cancel the sign reported; the text unchanged when nothing is left."""
    # what the speaker supposes it is stays ("I suppose it's a migraine but it hit in a
    # second": a headache that hit in a second)
    kept = _JUDGEMENT_HEDGE.sub(lambda m: f" {m.group('named') or ''} ", text).strip()
    return kept if len(kept.split()) >= 2 else text


#: "not just the eyelid now, it's my arms": a sign that spread, not a denial (round 18).
_NOT_JUST = re.compile(r"(just|only|simply) ")


def _negated_by(before: list[str]) -> bool:
    """Whether the words just before a match negate it (see _NEGATION_FILLERS)."""
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _NEGATIONS:
            return True
        if before[k] not in _NEGATION_FILLERS:
            return False
    return False


def _matches(norm: str, *, negated: bool = False):
    """Red-flag matches in a normalised text: (name, match), or with ``negated=True``
    (name, match, is_negated) for every match, negated ones included."""
    gated = [
        (name, sign)
        for name, sign, context in GATED
        if context.search(norm) and not (context is _AFTER_OP and _NO_OPERATION.search(norm))
    ]
    for name, pattern in [*RED_FLAGS, *gated]:
        for m in pattern.finditer(norm):
            before = norm[: m.start()].split()[-4:]
            neg = not (name == "spreading weakness" and _NOT_JUST.match(m.group(0))) and (
                _negated_by(before)
                # "doesnt understand what we say since this morning" IS the sign
                or (m.group(0).split()[0] in _NEGATIONS and name != _RECEPTIVE)
                or _NEGATED_INSIDE.search(m.group(0)) is not None  # "my face isnt weak"
                # "my wound is healing, no redness or discharge"
                or (name == _WOUND_NAME and _NO_SIGN.search(m.group(0)) is not None)
                # "stiff neck from the sofa, no fever" (round 10)
                or (name == _FEVER_NECK and _NO_FEVER.search(m.group(0)) is not None)
            )
            if negated:
                yield name, m, neg
            elif not neg:
                yield name, m


#: A statement that one never had the sign (round 10): no report.
_NEVER_HAD = re.compile(
    r"\b(never|not once)( \w+)? (had|have had|got|get|noticed)( \w+)?( any)? (trouble|problems?|issues?|"
    r"side effects?|of (that|it|them))\b|\bnever had (it|that|them|any)\b"
)


#: Round 14: the reason for a risk question, said after it: "asking before my first
#: appointment", "just wondering ahead of the op".
_ASKING_BEFORE = re.compile(
    r"^((just|only|im|i am|i m)\s+)*(asking|wondering|checking|curious)\b(\s+\w+){0,3}\s+(before|ahead of) "
    r"(my|the|our|his|her) (first |next )?(appointment|injection|injections|jab|jabs|botox|op|operation|"
    # round 26 (EN v23): "asking before my first lot" (a round of the toxin, a dose)
    r"surgery|consultation|visit|treatment|lot|dose|round|session|course|shots?|needles|go)\b"
    r"(?!(\s+\w+){0,3}\s+(since|but|and now|now))|"
    # round 16: "asking before mine next week", "asking ahead of my own in March"
    r"^((just|only|im|i am|i m)\s+)*(asking|wondering|checking|curious)\b(\s+\w+){0,3}\s+(before|ahead of) "
    r"(mine|my own|ours|his|hers|my own one)\b(?!(\s+\w+){0,3}\s+(since|but|and now|now))"
)


def _asked_before_ones_own(text: str, norm: str) -> bool:
    """Round 16: every sign is named in a question, and another sentence says it is asked
    before one's own treatment ("Is a salty drip after the op serious? Asking before mine
    next week"): a question, not a report."""
    clauses = [normalise(c) for c in _CLAUSE_SPLIT.split(text)]
    clauses = [c for c in clauses if c]
    if _NOW.search(norm) or not any(_ASKING_BEFORE.search(c) for c in clauses):
        return False
    asked = [c for c in clauses if next(_matches(c), None) is not None]
    return bool(asked) and all(_QUESTION_OPENER.search(c) for c in asked)


#: Round 21: who told the writer of the risk ("my surgeon mentioned it at consent", "I
#: read that on a forum"): the source of the question, not a report.
_CITED = re.compile(
    r"\b(mentioned|said|told (me|us)|warned (me|us)|read|heard|saw|brought up|raised)( \w+)? (it|that|"
    r"this|so|about (it|that|this))\b(?!( \w+){0,3} (now|today|happened|happening|started))"
)


def _is_risk_question(text: str, norm: str) -> bool:
    """True only for a question about a treatment's risk of facial weakness or deafness."""
    worry = _WORRY.match(norm)
    if worry is not None:  # "I'm worried the op will leave my face weak"
        rest = norm[worry.end() :]
        first = next(_matches(rest), None)
        return (
            first is not None
            and all(name in _RISK_SIGNS for name, _ in _matches(rest))
            and not any(_REPORT_WORDS.intersection(m.group(0).split()) for _, m in _matches(rest))
            and _MODAL.search(rest[: first[1].start()]) is not None
            and _TREATMENT.search(rest) is not None
            and not _NOW.search(rest)
            and all(  # one sentence, or a question after it ("how likely is that?")
                _QUESTION_OPENER.search(normalise(c)) and next(_matches(normalise(c)), None) is None
                for c in _CLAUSE_SPLIT.split(text.strip().rstrip(".!?"))[1:]
                if normalise(c)
            )
        )
    # "just asking before my first appointment" places nothing now (round 14)
    asked = " ".join(
        c for c in (normalise(c) for c in _CLAUSE_SPLIT.split(text)) if not _ASKING_BEFORE.search(c)
    )
    if _PRESENT.search(asked):
        return False
    for name, m in _matches(norm):
        if name not in _RISK_SIGNS or _REPORT_WORDS.intersection(m.group(0).split()):
            return False
    flagged = 0
    for clause in _CLAUSE_SPLIT.split(text):
        c = normalise(clause)
        if not c:
            continue
        if next(_matches(c), None) is None:
            # Any other statement about a person ("mine does", "my face is like that")
            # may be a report: only questions and greetings are let through.
            if (
                not _QUESTION_OPENER.search(c)
                and _PERSON.intersection(c.split())
                and not _NEVER_HAD.search(c)  # "I've had 20 rounds and never had any trouble"
                and not _ASKING_BEFORE.search(c)  # "asking before my first appointment"
                and not _CITED.search(c)  # "my surgeon mentioned it at consent" (round 21)
            ):
                return False
            continue
        flagged += 1
        if _DREAD.match(c) and _DREAD_OF.search(norm) and not _NOW.search(norm):
            continue  # "does the jab go near my throat? I'd hate to have trouble swallowing"
        if not (_QUESTION_OPENER.search(c) and _TREATMENT.search(c)):
            return False
        if _RISK_WORDS.search(c) or _FUTURE.match(c):
            continue
        first = min(m.start() for _, m in _matches(c))
        if not (
            _COURSE_WORDS.search(c)
            and not _PERSON.union(_RELATIVES).intersection(c[:first].split())
        ):
            return False
    return flagged > 0


# ------------------------------------------------------------------ general questions
#: Words of a question ABOUT a warning sign, not a report of one ("what are the SIGNS of
#: a stroke", "does hemifacial spasm CAUSE weakness of the face", "is it the SAME as").
_GENERAL_CUES = re.compile(
    r"\b(signs?|symptoms?|warning|cause|causes|caused|lead to|leads to|result in|mean|means|"
    r"difference|different|differ|apart|tell|similar|same|like|related|linked|link|"
    r"connected|risk|risks|chance|common|normal|usual|happen|happens|possible|know|"
    r"comes? with|goes? with|associated|"
    r"recogni[sz]e|spot|part of|type of|kind of|confuse|confused with|mistake|mistaken)\b"
)
#: A hypothetical: "what should I do IF my face droops", "how would I know if I was
#: having a stroke".
_HYPOTHETICAL = re.compile(r"\b(if|in case|what if|supposing|suppose|say)\b")
#: The condition itself as the subject of a question ("can hemifacial spasm make my
#: face weak", "does the twitching lead to a droop").
_CONDITION = re.compile(
    r"\b(hfs|hemifacial|hemi|spasm|spasms|twitch|twitches|twitching|condition)\b"
)
_RELATIVES = frozenset(
    [
        "mum",
        "mom",
        "mother",
        "dad",
        "father",
        "husband",
        "wife",
        "partner",
        "son",
        "daughter",
        "child",
        "kid",
        "sister",
        "brother",
        "grandma",
        "grandmother",
        "grandpa",
        "grandfather",
        "gran",
        "nan",
        "aunt",
        "uncle",
        "friend",
        "neighbour",
        "neighbor",
        "mums",
        "moms",
        "mothers",
        "dads",
        "fathers",
        "husbands",
        "wifes",
        "partners",
        "sons",
        "daughters",
        "childs",
        "sisters",
        "brothers",
        "grandmas",
        "grandmothers",
        "grandpas",
        "grandfathers",
        "friends",
    ]
)
#: An event long ago: "my friend had Bell's palsy YEARS AGO and her face was weak".
_DISTANT_PAST = re.compile(
    r"\b(years|decades) (ago|back|before)\b|\b(a|one|last) (year|decade)\b|\blong ago\b|"
    r"\bas a (child|kid|teenager|teen|baby)\b|\bwhen (i|he|she|we|they) (was|were) "
    r"(young|younger|little|small|a child|a kid|a teenager)\b|\bin (19|20)\d\d\b|"
    r"\bfor (a |about |around )?(few |couple of |several )?(weeks|months|years)\b"
)  # not "it went away" alone: weakness that came and went today is still an emergency
#: Words that put a warning sign in the present, whatever else the message says.
_NOW = re.compile(
    r"\b(today|tonight|this (morning|afternoon|evening|week)|right now|just now|sudden|"
    r"suddenly|again|hours?|minutes?|yesterday|since|still|anymore|currently|at the moment|"
    r"keeps|started|starting|woke|waking|lately|recently|new)\b"
)
#: Someone asking on another's behalf or politely: "my mum ASKS WHETHER facial weakness
#: is part of this", "I was WONDERING IF...": what follows is a question.
_ASK_FRAME = re.compile(
    r"^.*?\b(asks?|asked|asking|wonders?|wondering|wondered|wants? to know|wanted to know|"
    r"like to know|tell me|explain|"
    # a suggestion about the answers (round 8): "you should talk more about stroke signs"
    r"(talk|say|write|explain|tell (us|people)|put|add|include)( \w+)? (more )?(info |"
    r"information |something )?(about|on))\b( (whether|if|about|what|how|why|when))?\s+"
)
#: The person asking, not the person with the sign: "how do I tell", "tell me".
_ASKER = re.compile(
    r"\b(do|can|would|should|could|will|shall|did|how|when|where|what|if) i\b|"
    r"\b(tell|show|explain to|give) me\b"
)
#: In a sentence about a person next to a general question: words that may report the
#: sign asked about.
_MAY_REPORT = re.compile(
    r"\b(mine|like that|like this|the same|happen\w*|it does|it is|its|i do|i am|im|"
    r"feels?|felt|looks?|looked|seems?|went|gone|going|getting|today|tonight|now|"
    r"suddenly|sudden|morning|just|since|started|hours?|minutes?|yesterday)\b"
)
_MEANS = re.compile(r"\b(mean|means|sign of|signs of|turn into|turns into|become)\b")
#: Worry about a treatment's future effect: "I'm worried the op WILL leave my face
#: paralysed", "I'm scared botox COULD make my smile weak".
_WORRY = re.compile(
    r"^((so|but|and|hi|hello|ok|okay)\s+)*((im|i am|we are|were|i was|i feel)\s+"
    r"((so|really|a bit|very|quite|a little)\s+)?(worried|scared|afraid|nervous|concerned|"
    r"frightened|anxious|terrified)|(i|we) ((really|do)\s+)?(worry|fear))\b"
)
#: A sign one would hate to have, next to a question about a treatment (round 8): "I'd
#: hate to end up with a droopy face after the op", "I don't want to have trouble
#: swallowing".
_DREAD = re.compile(
    r"^((so|but|and|just|because|as|cos)\s+)*(i|id|i d|i would|we|wed)\s+(really\s+)?"
    r"(hate|not want|not like|dont want|do not want|wouldnt want|would not want|dread)\s+"
    r"(to|having|getting|ending up)\b"
)
_DREAD_OF = re.compile(
    r"\b(op|operation|surgery|mvd|decompression|procedure|botox|botulinum|toxin|injections?|"
    r"inject|injected|jabs?|needles?|treatment|shots?)\b"
)
_MODAL = re.compile(r"\b(will|would|could|might|may|going to|gonna)\b")
#: Round 15: fear of a sign to come ("scared of losing my hearing during the operation").
_FEAR_OF = re.compile(
    r"\b(scared|afraid|frightened|terrified|petrified|worried|nervous|anxious|fear|dread\w*)"
    # round 23: "scared to death of going deaf" (an intensifier)
    r"( to death| stiff| silly| witless| sick| out of my (mind|wits))? (of|about) "
    r"(losing|getting|having|ending up|going|being left)\b"
)
_CONJUNCTION = re.compile(r"\b(and|but|so|then|now)\b")
#: Weakness named elsewhere in a sentence about the past ("palsy" is not: an old Bell's
#: palsy is a common part of the story of a twitch).
_WEAK_WORD = re.compile(r"\b(droop\w*|sag\w*|weak\w*|paraly[sz]\w*|numb\w*|slurr?\w*|stroke)\b")
_PAST_VERB = re.compile(r"\b(was|were|had|went|became|got|used to|drooped|sagged|dropped)\b")
_PRESENT_REPORT = frozenset(
    [
        "is",
        "am",
        "are",
        "has",
        "have",
        "feels",
        "feel",
        "looks",
        "look",
        "seems",
        "goes",
        "keeps",
        "getting",
        "gets",
        "still",
    ]
)


def _clause_is_general(c: str, hits: list, whole: str) -> bool:
    """Whether every warning sign named in clause ``c`` is asked about, not reported."""
    frame = _ASK_FRAME.match(c)
    first = min(m.start() for _, m in hits)
    asked = frame is not None and frame.end() <= first
    start = frame.end() if asked else 0
    for _, m in hits:
        if _REPORT_WORDS.intersection(m.group(0).split()):
            break
    else:
        # A clause that names a treatment is left to the narrower risk-question rule
        # ("could surgery cause facial numbness and a weak arm" stays a red flag).
        question = asked or _QUESTION_OPENER.search(c)
        if question and not _NOW.search(whole) and _HYPOTHETICAL.search(c[start:first]):
            return True  # "what should I do if my face droops after the op"
        if question and not _NOW.search(whole) and not _TREATMENT.search(c):
            before = _ASKER.sub(" ", c[start : max(m.end() for _, m in hits)]).split()
            personal = _PERSON.union(_RELATIVES).intersection(before)
            if _GENERAL_CUES.search(c) and not personal:
                return True  # "what are the signs of a stroke"
            if _HYPOTHETICAL.search(c[start:first]):
                return True  # "what should I do if my face droops after the op"
            if _CONDITION.search(c[start:first]) and (
                _RISK_WORDS.search(c) or _MEANS.search(c[start:first])
            ):
                return True  # "can hemifacial spasm make my face weak", "does the
                # twitching mean I'm having a stroke"
    # A resolved event long ago, told in the past tense, and no other part of the
    # sentence names weakness ("...years ago, and it is weak now").
    bounds = [0, *(m.start() for m in _CONJUNCTION.finditer(c)), len(c)]
    segments = list(pairwise(bounds))
    flagged = {k for k, (a, b) in enumerate(segments) for _, m in hits if a <= m.start() < b}
    rest = " ".join(c[a:b] for k, (a, b) in enumerate(segments) if k not in flagged)
    for k in flagged:  # each warning sign told in the past ("was weak", "years ago")
        said = c[segments[k][0] : segments[k][1]]
        if _PRESENT_REPORT.intersection(said.split()) or not (
            _DISTANT_PAST.search(said) or _PAST_VERB.search(said)
        ):
            return False
    return bool(_DISTANT_PAST.search(c) and not _NOW.search(whole) and not _WEAK_WORD.search(rest))


_SIGN_LIKE = re.compile(
    r"\b(like (that|this)|the same|mine|it does|happen\w*|again|too|as well|also)\b"
)


def _is_general(text: str, norm: str) -> bool:
    """True when every warning sign in the message is asked about in general, negated
    or long past, and no other sentence reports something about a person now."""
    flagged = 0
    for clause in _CLAUSE_SPLIT.split(text):
        c = normalise(clause)
        if not c:
            continue
        hits = list(_matches(c))
        if not hits:
            if (
                not _QUESTION_OPENER.search(c)
                and _PERSON.union(_RELATIVES).intersection(c.split())
                and not _DISTANT_PAST.search(c)
                and _MAY_REPORT.search(c)
                # round 14: "now she's got a twitch on the other side" tells the spasm
                and not (_CONDITION.search(c) and not _SIGN_LIKE.search(c))
            ):
                # "mine does", "my face is like that", "it's happening to me", "my face
                # feels strange": maybe the sign itself. "I've had the twitch for
                # years" is not.
                return False
            continue
        flagged += 1
        if not _clause_is_general(c, hits, norm):
            return False
    return flagged > 0


#: A question about how to recognise a sign: "how do I know if my wound is infected",
#: "how can you tell whether the scar is getting infected" (held-out v6).
_HOW_TO_TELL = re.compile(
    r"\b(how|when) (do|can|would|will|should|could|does|did) (i|you|we|one|people|someone|"
    r"my \w+) (know|tell|check|spot|recogni[sz]e|be sure|find out|see)\b|"
    r"\bhow to (know|tell|check|spot|recogni[sz]e)\b|\b(what|which)( \w+){0,3} "
    r"(signs|symptoms|clues)\b"
)


#: Beside such a question, a clause that says all is well ("mine looks clean and dry,
#: just checking what to look for"), with no word of a sign (round 12).
_ALL_CLEAR = re.compile(
    r"\b(clean|dry|fine|healing (well|nicely|fine)|looks (good|ok|okay|normal)|all good|"
    r"just (checking|asking|wondering|curious)|in case|to be (safe|prepared)|"
    # round 25 (EN v22): "so I know what to watch for"
    r"(know|knows|learn|tell me) what to (watch|look|keep an eye)( out)? for|so (i|we) (know|can tell|can spot))\b"
)
#: Round 25 (EN v22): a question about what a sign looks like ("what does an infected
#: wound look like after that op"), asked of the sign in general, not of one's own.
_LOOKS_LIKE = re.compile(
    r"^(what|how) (does|do|would|will|might|should|can|could) (a|an|the|some|)( \w+){0,6} (look|looks|feel|"
    r"feels|sound|sounds|seem|seems)( \w+)? like\b"
)
_ALARMING = re.compile(
    r"\b(but|red|hot|swollen|swelling|pus|ooz\w*|weep\w*|smell\w*|fever|leak\w*|drip\w*|"
    r"hurts|pain\w*|worse|open\w*)\b"
)


def _asks_how_to_tell(text: str, norm: str) -> bool:
    """Every clause is a question, each one naming a sign asks how to recognise it
    before naming it, and nothing places anything in the present."""
    if _NOW.search(norm):
        return False
    asked = 0
    for clause in _CLAUSE_SPLIT.split(text):
        c = normalise(clause)
        if not c:
            continue
        hits = list(_matches(c))
        if not hits and _ALL_CLEAR.search(c) and not _ALARMING.search(c):
            continue  # "mine looks clean and dry, just checking" (round 12)
        if not _QUESTION_OPENER.search(c) and not (hits and _HOW_TO_TELL.search(c)):
            return False
        if hits:
            first = min(m.start() for _, m in hits)
            if not _HOW_TO_TELL.search(c[:first]) and not _LOOKS_LIKE.search(c):
                return False
            asked += 1
    return asked > 0


#: Words for the face's SHAPE rather than its strength: the spasm itself pulls the mouth
#: crooked for a moment ("my mouth goes crooked when the spasm hits").
_SHAPE = frozenset(["crooked", "wonky", "uneven", "lopsided"])
_COVER = frozenset(["curtain", "shadow", "veil", "blind", "shutter", "cloud"])
_DURING_SPASM = re.compile(
    r"\b(when|during|with|in|while|whenever)\b(\s+\w+){0,3}\s+(spasm|spasms|twitch\w*|jerk\w*)\b"
)


def _spasm_shape(norm: str, m: re.Match) -> bool:
    """A crooked or uneven face, or a "curtain" over the eye, during a spasm, nothing
    new: not a red flag (the spasm closes the eye)."""
    if not (_SHAPE | _COVER).intersection(m.group(0).split()) or _NOW.search(norm):
        return False
    clause = next(
        (c for c in _CLAUSE_SPLIT.split(norm) if m.group(0) in c), norm
    )  # norm has no punctuation: the whole message
    return _DURING_SPASM.search(clause) is not None


#: A known, expected effect of botulinum toxin told calmly weeks after the injection
#: ("my smile is a little lopsided since my botox jab four weeks ago, when will it wear
#: off?"): the face only, a span of weeks, nothing sudden or new.
_BOTOX = re.compile(r"\b(botox|botulinum|toxin|injection|injections|injected|jab|jabs|shots?)\b")
_WEEKS = re.compile(
    r"\b(\d+|a|one|two|three|four|five|six|few|couple of|couple|several)\s+(weeks?|wks?)\b|"
    r"\bfortnight\b|"
    # a week or more in days ("10 days ago"): the toxin's effect has had time to appear
    r"\b([7-9]|[1-9]\d|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen)\s+days\b"
)
_FRESH = re.compile(
    r"\b(sudden\w*|today|tonight|this (morning|afternoon|evening)|hours?|minutes?|yesterday|"
    r"overnight|out of nowhere|worse|worsening|spreading|spread|whole face|both sides|arm|leg|"
    r"speech|speak\w*|talk\w*|swallow\w*)\b"
)


#: A slight effect, or one put down to the toxin by the person ("my smile is SLIGHTLY
#: crooked since the injections, IS THAT THE BOTOX wearing in?"; round 8): the known
#: local effect of botulinum toxin on the face, whenever it was given.
_MILD_OR_ASCRIBED = re.compile(
    r"\b(slight|slightly|a (little|tiny|wee) bit|a bit|a little|a tad|mild|mildly|bit of)\b|"
    r"\b(is|was|could|might|would) (this|that|it) (be )?(the|from the|because of the|due to the|"
    r"my) (botox|toxin|injections?|jabs?)\b|"
    r"\b(wearing in|kicking in|kicked in|taking effect|took effect|working|wear off|wearing off|"
    r"wears off)\b"
)


#: Signs denied by name ("no trouble swallowing or breathing"): not fresh signs (round 10).
_DENIED_SIGNS = re.compile(
    r"\b(no|not|never|without|nor)( \w+){0,2}? (trouble |problems? |difficulty |issues? )?"
    r"(swallow\w*|breath\w*|speak\w*|talk\w*|speech)( (or|and|nor) (swallow\w*|breath\w*|"
    r"speak\w*|talk\w*|speech))?\b"
)


def _botox_effect(norm: str, live: list) -> bool:
    """A facial effect named weeks after botulinum toxin, or mild, or put down to the
    toxin, nothing sudden: a mention."""
    return (
        all(name == _FACIAL for name, _ in live)
        and _BOTOX.search(norm) is not None
        and (_WEEKS.search(norm) is not None or _MILD_OR_ASCRIBED.search(norm) is not None)
        and _FRESH.search(_DENIED_SIGNS.sub(" ", norm)) is None
    )


#: Lifelong, not new: "deaf in one ear since birth", "weak legs all his life from polio".
_LIFELONG = re.compile(
    r"\bsince (birth|childhood|i was born|(he|she|they) (was|were) born|(i|he|she) was (a )?"
    r"(baby|child|kid|little|small|young))\b|\bfrom birth\b|\bborn (deaf|blind|with)\b|"
    r"\b(all|whole|most of) (my|his|her|their) li(fe|ves)\b|\blife ?long\b|\bcongenital\b|"
    r"\bpolio\b|\balways been (deaf|blind|weak)\b|"
    # round 21: a state dated by a decade or a year of the last century ("since the 1990s")
    r"\bsince (the )?((19|20)?[0-9]0s|fifties|sixties|seventies|eighties|nineties|19[0-9][0-9])\b|"
    # round 17: Deaf as who one is ("text only please, I am Deaf"), not a loss in an ear
    r"\b(i am|im|i m) (a |an )?(deaf|hard of hearing)\b(?! (in|on|since|from|now|after|today|all))|"
    # round 13: "after the mumps when he was a boy", "as a girl", "always have"
    r"\bwhen (i|he|she|they) (was|were) (a )?(boy|girl|baby|child|kid|toddler|teenager|lad|lass|little|"
    r"small|young|at school)\b|\bas a (boy|girl|child|kid|baby|toddler|teenager|lad|lass)\b|"
    r"\bin (my|his|her|their) (childhood|teens|youth|school days)\b|"
    r"\b(always (have|has|had|did)|never could)\b(?! (botox|my|his|her|the|a|an|it|them|to|been)\b)"
)
#: ...unless something new is told with it.
_NEWLY = re.compile(
    r"\b(worse|worsening|new|now|again|changed|started|starting|other ear|other eye|"
    r"suddenly|sudden)\b"
)


def _lifelong(norm: str) -> bool:
    return (
        _LIFELONG.search(norm) is not None
        and _ACUTE.search(norm) is None
        and _NEWLY.search(norm) is None
    )


#: Weakness of the limbs with a plain cause told with it (round 8): "my legs are weak
#: after the long walk, I'm 80", "arms like jelly after the gym". Not numbness or
#: tingling, not one side, nothing after a treatment, nothing sudden.
_EXERTION = re.compile(
    r"\b(after|from|on|at|with|carrying|during|climbing|walking|going|running|doing)\b"
    r"(\s+\w+){0,5}\s+(walk|walking|walks|run|"
    r"running|jog|jogging|hike|hiking|climb|climbing|stairs|steps|gym|workout|work out|"
    r"exercise|exercises|treadmill|swim|swimming|cycle|cycling|bike|shopping|lifting|"
    r"gardening|digging|hill|hills|match|game|yoga|pilates|class|session|dancing|housework|"
    r"hoovering|decorating|moving house|bags|groceries|boxes|carrying|lifting|holding|"
    r"typing|writing|knitting|sewing|painting|reaching|scrolling|filming|ironing)\b"
)
#: A plain cause of breathlessness: "can't get enough air in here, it's so stuffy".
_STUFFY = re.compile(r"\b(stuffy|airless|crowded|muggy|humid|hot room|sauna|no windows?)\b")
_NOT_PLAIN = re.compile(
    r"\b(numb\w*|tingl\w*|pins and needles|paraly[sz]\w*|dead|one side|left|right|face|"
    r"speech|speak\w*|talk\w*|sudden\w*|out of (nowhere|the blue)|all at once|"
    r"without (any )?warning|wont move|cant move|gave way|gave out|buckled|fell|collapsed)\b"
)


#: A numbness that passed, with its everyday cause (round 10): "my hand went numb from
#: sleeping on it, fine after a minute", "numb lip from the dentist's injection, it wore
#: off". A numbness that passed with no such cause may be a warning (a TIA): not this.
_PASSED = re.compile(
    r"\b(wore off|worn off|went away|gone away|passed|back to normal|fine after|was fine|"
    r"fine again|came back|feeling came back|warmed up|thawed( out)?|went back to normal|then (it was |its |it s )?(fine|ok|okay|normal))\b|"
    # round 26 (EN v23): "pins and needles gone now, it's fine" after sleeping on the arm
    r"\b(numbness|pins and needles|tingling|tingle|feeling|it|its|it s)( is| has| s)?( all)? gone( now)?\b"
    r"(?! (numb|dead|weak|floppy|limp)\b)"
)
_NUMB_CAUSE = re.compile(
    r"\b(lying on|lay on|laying on|slept on|sleeping on|leaning on|sat on|sitting on|dentist|"
    r"dental|anaesthetic|anesthetic|numbing|filling|extraction|cold water|ice pack|"
    # round 17: the cold ("numb from the cold walking to the bus, warmed up now")
    r"(the|from|in the) (cold|frost|wind|snow|freezing)|freezing|frostbit\w*)\b"
)


def _all_numbness(live: list) -> bool:
    """Whether every sign found is numbness ("numb", "dead", pins and needles, tingling)."""
    return all(re.search(r"numb|dead|pins and needles|tingl", m.group(0)) for _, m in live)


def _numbness_passed(norm: str, live: list) -> bool:
    return (
        # round 14: "my arm went dead when I slept on it ... then fine"
        _all_numbness(live)
        and _PASSED.search(norm) is not None
        and _NUMB_CAUSE.search(norm) is not None
        and _SUDDEN_WORDS.search(norm) is None
    )


#: Round 15: numbness with the dentist's local anaesthetic named ("still numb from the
#: dentist's novocaine"): its cause is told; the answer carries the safety line.
_ANAESTHETIC = re.compile(
    r"\b(dentist\w*|dental|novocaine|novocain|lidocaine|lignocaine|articaine|local anaesthetic|"
    r"local anesthetic|numbing (injection|shot|jab|gel|cream)|the numbing|filling|root canal|"
    r"extraction|tooth (out|pulled))\b"
)


_BECAUSE_30 = re.compile(
    r"\b(cos|coz|cuz|because|cause|from)( of)? (the|my|a|that)?( \w+)? ?(dentist\w*|dental|filling|"
    r"root canal|extraction|numbing|anaesthetic|anesthetic|novocaine|lidocaine)\b"
)


def _anaesthetic_numbness(norm: str, live: list) -> bool:
    return (
        _all_numbness(live)
        and _ANAESTHETIC.search(norm) is not None
        and _SUDDEN_WORDS.search(norm) is None
        # "still numb": told long past, the classifier judges; round 30: or the dentist
        # named as the cause ("half me face is numb cos the dentist just did a filling";
        # not "after a filling a while back", a past the classifier judges)
        and (_NOW.search(norm) is not None or _BECAUSE_30.search(norm) is not None)
    )


#: Round 15: the twitch compared to a warning sign ("it's like my face is having a
#: seizure", "as if my eye had a stroke"): a simile, not a report.
_SIMILE = re.compile(
    r"\b(like|as if|as though|looks like|feels like)( \w+){0,1} (my|his|her|the|their|whole) "
    r"(\w+ )?(face|eye|eyelid|lid|cheek|mouth|twitch|spasm|side)( \w+){0,2}\s*$|"
    r"\b(face|eye|eyelid|lid|cheek|mouth|twitch|spasm|side)( \w+){0,2} (looks|feels|is|goes|acts|seems)"
    r"( \w+)? (like|as if|as though)( its| it is| it s| theyre| they are| it was)?\s*$"
)


def _simile(norm: str, m: re.Match) -> bool:
    """Whether the match ``m`` is the second half of a comparison of the face or the twitch
    (:data:`_SIMILE`) in a message that places nothing in the present (:data:`_NOW`)."""
    return _SIMILE.search(norm[: m.start()]) is not None and _NOW.search(norm) is None


#: Round 22: "is she talking rubbish?", "or is he just talking nonsense", "talking a load
#: of rubbish": a judgement on someone's claim, not the way they speak. Asked of another
#: person ("is she ...") or with the idiom's own words; "my dad is talking nonsense
#: suddenly" is not this.
_DISMISSAL = re.compile(
    r"\b(is|are|was|isnt|arent|wasnt) (she|he|they|it|that|this|my \w+|the \w+)( just)? "
    r"(talking|talks|speaking) (rubbish|nonsense)$|"
    r"\b(talking|talks|talk|talked|speaking) (a load of|utter|total|complete|absolute|a lot of) "
    r"(rubbish|nonsense|gibberish)$"
)


#: Round 25 (EN v22): "my boss NEARLY HAD A STROKE when my face started going": a figure
#: of speech for someone's shock, told with what shocked them; not "he nearly had a
#: stroke last year, the doctor said".
_SHOCK_FIGURE = re.compile(
    r"\b(nearly|almost|practically|near enough|just about|about to|gonna|going to) (had|have|having) "
    r"a (stroke|heart attack)$"
)
_SHOCK_CAUSE = re.compile(
    r"^ (when|at|over|seeing|because|cos|lol|haha\w*|laughing|after (seeing|hearing|reading)|"
    r"the (moment|minute|second))\b"
)
#: Round 25 (EN v22): the face "went paralysed FOR A SECOND" as the eye snapped shut in
#: the spasm, then opened: a medical word misused for the spasm's own moment.
_MOMENT = re.compile(
    r"^( \w+){0,2} for (a|one|a split|a few|a couple of|like a) (second|seconds|sec|secs|moment|"
    r"moments|split second)\b"
)
_EYE_SNAPS = re.compile(
    r"\b(snapped|snaps|slammed|clamped|squeezed|screwed|shut|shuts|closed|closes)( \w+)? (shut|closed|"
    r"tight|then|and)\b|\b(spasm|twitch)\b"
)


def _figure_or_moment(norm: str, m: re.Match) -> bool:
    """Whether the match ``m`` is a stroke "nearly had" at a shock (:data:`_SHOCK_FIGURE`),
    or a face "paralysed for a second" as the eye snapped shut (:data:`_MOMENT`)."""
    if _ACUTE.search(norm):
        return False
    if _SHOCK_FIGURE.search(norm[: m.end()]) and _SHOCK_CAUSE.search(norm[m.end() :]):
        return True
    return bool(
        re.search(r"\b(paraly[sz]\w*|froze|frozen)\b", m.group(0))
        and _MOMENT.search(norm[m.end() :])
        and _EYE_SNAPS.search(norm[m.end() :])
    )


def _dismissal(norm: str, m: re.Match) -> bool:
    """Whether the match ``m`` is "talking rubbish" said of a claim (:data:`_DISMISSAL`)."""
    return _DISMISSAL.search(norm[: m.end()]) is not None and not _ACUTE.search(norm)


_SUDDEN_WORDS = re.compile(
    r"\b(sudden\w*|out of (nowhere|the blue)|for no reason|slurr\w*|speech)\b"
)
#: A sign in a dream: "in my dream I went blind, then I woke up".
_DREAM = re.compile(
    r"\bin (my|a|his|her|the) (dream|dreams|nightmare)\b|\b(dream|dreams|dreamt|dreamed|dreaming|"
    r"had a nightmare|had a dream) (that|about|of|i|he|she|my)\b"
    # round 17: "I dreamt my face slid off", "dreamed the botox made me ...": the past
    # tense of dreaming tells a dream whatever follows
    r"|\b(dreamt|dreamed|nightmare|nightmares)\b"
)


#: Round 13: an animal's sign ("our dog had a stroke and his face drooped", "my cat is
#: going deaf, the vet says it's age"): the animal among the eight words before the sign,
#: and no "I", "me" or "my" from there on.
_ANIMAL = re.compile(
    r"\b(cat|cats|dog|dogs|pet|pets|kitten|puppy|pup|horse|pony|rabbit|bunny|budgie|parrot|hamster|"
    r"guinea pig|tortoise|ferret|the vet|vets|labrador|lab|spaniel|terrier|collie|poodle|retriever|"
    r"greyhound|sheepdog|alsatian|dachshund|pug|beagle|tabby|moggy|"
    # round 18: farm animals ("my cow has a fever, vet's coming")
    r"cow|cows|calf|calves|heifer|bull|cattle|sheep|ewe|ewes|lamb|lambs|goat|goats|pig|pigs|sow|"
    r"hen|hens|chickens|ducks|livestock|herd|flock)s?\b"
)
_SELF_WORDS = re.compile(r"\b(i|me|my|mine|myself|im|ive|id)\b")


_OWN_TWITCH_DATED = re.compile(
    r"\b(since|when) (my|his|her) (own )?(twitch|twitching|spasm|spasms|hfs|condition)( \w+)? "
    r"(started|began|begun|kicked off|came on)\b"
)


_ANIMAL_ONSET = re.compile(r"^ (suddenly|all of a sudden|overnight|out of (the blue|nowhere))\b")


def _cut_spans(norm: str, live: list, head: re.Pattern, tail: re.Pattern | None = None) -> str:
    """``norm`` without, for each sign in ``live`` that has ``head`` among the eight words
    before it, the words from that head to the sign's end (and a ``tail`` right after):
    the onset inside "the dog went deaf suddenly" or "if I suddenly lost sight" belongs
    to the animal's or the imagined sign, not to the writer's now (round 21)."""
    cuts = []
    for _, m in live:
        start = max(0, m.start() - len(" ".join(norm[: m.start()].split()[-8:])) - 1)
        hits = list(head.finditer(norm, start, m.start()))
        if hits:
            end = m.end()
            if tail is not None and (t := tail.match(norm[end:])):
                end += t.end()
            cuts.append((hits[-1].start(), end))
    for a, b in sorted(cuts, reverse=True):
        norm = norm[:a] + " " + norm[b:]
    return norm


def _animal(norm: str, live: list) -> bool:
    """Whether every sign in ``live`` is said of an animal (see :data:`_ANIMAL`): not when
    a person is named after the animal ("walking the dog when dad's face drooped") or
    the sign is of the last hours (then the alarm, whoever it is)."""
    # round 19: the person's own twitch dated ("funny timing since my own twitch
    # started") does not place the animal's sign now
    timed = _OWN_TWITCH_DATED.sub(" ", norm)
    # round 21: "my neighbour's dog went deaf suddenly": the onset in the animal's own
    # clause is the animal's; a time word anywhere else still places a sign now
    timed = _cut_spans(timed, live, _ANIMAL, _ANIMAL_ONSET)
    if _NOW.search(timed) or _ACUTE.search(timed):
        return False
    for _, m in live:
        before = " ".join(norm[: m.start()].split()[-8:])
        hits = list(_ANIMAL.finditer(before))
        if not hits:
            return False
        after = (before[hits[-1].end() :] + " " + m.group(0)).replace(" s ", " ")
        words = {w.removesuffix("s") for w in after.split()} | set(after.split())
        if _SELF_WORDS.search(after) or _RELATIVES.intersection(words):
            return False
    return True


#: Round 13: a sign in a condition, with what to do asked ("if my face went weak after
#: the operation what should I do, just want to be prepared"); not "not sure if", "I
#: wonder if" (doubt about a sign is a report).
_IF = re.compile(
    r"\b(?<!know )(?<!sure )(?<!tell )(?<!wonder )(?<!wondering )(?<!see )(?<!check )"
    r"(?<!notice )(?<!noticed )(?<!asking )(?<!ask )(if|what if|in case|supposing|suppose|"
    r"should|were)\b"
)
_WHAT_TO_DO = re.compile(
    r"\b(what (should|do|would|will|can|must) (i|we|he|she|they|you) do|how (would|do|will|should|"
    r"can) (i|we|you) (know|tell|react)|who (do|should|would) (i|we) (call|ring|contact)|"
    r"(want|like|wanted) to be (prepared|ready)|just in case|be prepared|what happens|what would happen|"
    r"what to do|"
    # round 30: the plan asked for ("whats the plan, who do I ring", "do I ring you or go to
    # A&E", "what course of action would you advise", "how fast do I need to come in")
    r"(what|whats|what s) (is )?(the|our|my) plan|what course of action|what (would|do|should) you "
    r"(advise|recommend|suggest)|(do|should|would|shall|must) (i|we) (ring|call|phone|contact|go to|go in|"
    r"come in|head to|go straight)|who (do|should|would|shall|can) (i|we) (ring|call|phone|contact|see)|"
    r"how (fast|soon|quickly) (do|should|would|must) (i|we))\b"
)


#: Round 21: the condition said not to have come true ("If I suddenly lost sight in one
#: eye, would that be the spasm? It hasn't happened, I just wonder").
_NOT_HAPPENED = re.compile(
    r"\b((it|that|this|which) (hasnt|has not|hasn t|never|didnt|did not) (happened|happen|ever happened)|"
    r"(hasnt|has not|never|not) happened( yet| to me)?|touch wood|knock on wood|"
    r"(i|im|i m) (just|only) (wonder\w*|curious|asking)|just (wonder\w*|curious))\b"
)


def _hypothetical(norm: str, live: list) -> bool:
    """Whether every sign in ``live`` lies in a condition (:data:`_IF` among the six words
    before it) beside a question of what to do, or with the condition said not to have
    come true (a sudden onset then lies in the condition), and nothing places it now."""
    if _NOT_HAPPENED.search(norm) and not _WHAT_TO_DO.search(norm):
        # "suddenly" belongs to the imagined sign; any other word of now keeps the alarm
        outside = _cut_spans(norm, live, _IF)
        if _NOW.search(outside) or _ACUTE.search(outside) or _OWN_HAS.search(norm):
            return False
        return all(_IF.search(" ".join(norm[: m.start()].split()[-6:])) for _, m in live)
    if not _WHAT_TO_DO.search(norm):
        return False
    # round 26 (EN v23): "if I ever got a sudden bad headache, what should I do?": the
    # onset inside an "if ... ever" condition belongs to the imagined sign
    # round 30: any sign inside the condition ("what should we do if he gets a sudden
    # terrible headache after his operation"): its onset belongs to the imagined sign
    outside = _cut_spans(norm, live, _IF)
    if _NOW.search(outside) or _ACUTE.search(outside):
        return False
    return all(_IF.search(" ".join(norm[: m.start()].split()[-6:])) for _, m in live)


#: Round 26: a condition the writer has never met ("if I ever got", "if he ever had").
_IF_EVER = re.compile(
    r"\b(if|in case|what if) (i|you|he|she|we|they|my \w+|someone) (ever|should ever|were ever|ever were)\b"
)


#: Round 14: a sign asked about as "is it normal to have... / that my... / for my..."
#: is a report of it (a patient asking about what is happening to them), unless the
#: question is hypothetical, about the future, or about the usual course.
_NORMAL_ASK = re.compile(
    r"^((and|so|but|also|ok|okay|hi|hello|doctor|please|sorry|just wondering|quick question)\s+)*"
    # round 27 (EN v24): "is it a problem that the sound on one side just cut out"
    r"((is|isnt) (it|this|that) (a )?(normal|ok|okay|alright|all right|fine|usual|bad|problem|bad sign|"
    r"serious|worrying|dangerous|concern)"
    # round 26 (EN v23): "is it a normal side effect to get weak all over"
    r"( side effect| thing| reaction)?"
    r"( (after|since|following|post) (the |my |an |a )?(\w+ )?(mvd|op|operation|surgery|botox|injections?|"
    r"jabs?|shots?|needles?|treatment|procedure))? (to|that|for|(?=(my|the|his|her|our|their|me|mine)\b))|"
    # round 15: a report framed as a worry or played down first: "should I worry that...",
    # "do I need to be worried that...", "prob nothing but...", "prob just swelling but..."
    r"(should|do|shall|must) (i|we) (need to |have to )?(be )?(worry|worried|concerned|panic)( about it)? "
    r"(that|about|cos|because|since)|(is|isnt) (it|this|that) (something )?to worry about (that|but)|"
    r"((its |it s |this is |thats |that s |im sure its |im sure it s |i know its )?(prob|probs|probably|"
    r"prolly|likely|most likely|maybe|might be|may be|could be|surely|sure its|im sure its|i bet its)"
    r"( just| only| nothing)?( \w+){0,2} but))\b"
)
#: Round 21: "the most severe I've ever had", "worst ever" measure a sign now against the
#: past; that "ever" is no hypothetical ("will it ever ...").
_EVER_HAD = re.compile(
    r"\b(i|ive|i ve|i have|youve|hes|shes|he has|she has|they have|weve)( \w+)? ever (had|felt|known|"
    r"experienced|been|seen|got|gotten)\b|\b(worst|most \w+|biggest|strongest) ever\b"
)
_NORMAL_NOT_NOW = re.compile(
    r"\b(if|what if|would|could|might|ever|will|going to|gonna|in case|before (my|the|your|his|her)|"
    r"temporary|permanent|how long|go away|goes away|wear off|wears off|for (a )?(few |couple of )?"
    r"(days|weeks|months)|first (few )?(days|weeks))\b"
)


#: Round 15: the risks of a treatment listed ("the risks are infection, spinal fluid leak and
#: hearing loss", "pt wants complication rates: CSF leak, hearing loss"): named, not had.
_RISK_LIST = re.compile(
    r"\b(risks?|complications?|complication rates?|side effects?|percentages?|odds|chances?|"
    r"rates?|what can go wrong|dangers?|"
    # round 17: "I read that mvd can cause hearing loss, facial weakness ..."
    r"(can|could|may|might) (cause|lead to|give you|result in))\b"
)
_OWNER = re.compile(r"\b(my|his|her|their|i|im|ive|he|hes|she|shes|we|me|him)\b")


def _lists_risks(norm: str, live: list) -> bool:
    """Whether the signs found are the risks of a treatment listed: a word of risk before
    them, nothing that places them in the present (:data:`_NOW`), and no person owning
    any of them (no "my", "he has"... in the three words before it)."""
    risk = _RISK_LIST.search(norm)
    if risk is None or _NOW.search(norm):
        return False
    for _, m in live:
        if m.start() < risk.start():
            return False
        if _OWNER.search(" ".join(norm[: m.start()].split()[-3:]) + " " + m.group(0)):
            return False
    return True


_FEVER_WORD_30 = re.compile(r"\b(fever\w*|temperature|temp|feverish|rigou?rs|vomit\w*|stiff)\b")


#: Round 31 (dev_v31a): the ask turned round, the sign between "is" and "normal": "is a
#: temperature of 102 and a really bad headache normal a week after the op?"
_IS_SIGN_NORMAL_31 = re.compile(
    r"^((and|so|but|also|ok|okay|hi|hello|doctor|please|sorry)\s+)*(is|are|isnt|arent) "
)
_NORMAL_AFTER_31 = re.compile(
    r"\b(normal|ok|okay|usual|expected|to be expected|alright|all right)\b"
)


def _normal_report(text: str) -> bool:
    """Whether a clause asks "is it normal to/that/for" a sign it names after the ask,
    with nothing hypothetical, future or about the course in it (:data:`_NORMAL_ASK`);
    or (round 31) "is <the sign> normal", the sign in the ask's place."""
    for clause in _CLAUSE_SPLIT.split(text):
        c = normalise(clause)
        turned = _IS_SIGN_NORMAL_31.match(c)
        if turned is not None and not _NORMAL_NOT_NOW.search(_EVER_HAD.sub(" ", c)):
            for n, m in _matches(c):
                if (
                    m.start() - turned.end() <= 12
                    and _NORMAL_AFTER_31.match(c[m.end() :].strip()[:14] or "-")
                    and (
                        n != "warning sign after the operation" or _FEVER_WORD_30.search(m.group(0))
                    )
                ):
                    return True
        ask = _NORMAL_ASK.match(c)
        if ask is None or _NORMAL_NOT_NOW.search(_EVER_HAD.sub(" ", c)):
            continue
        # a headache or pain after the op alone is common: asked so, the safety line
        # round 30 (EN v27): a fever is not a headache or pain ("is it normal to have a
        # high fever and headache a week after the brain surgery")
        if any(
            m.start() >= ask.end()
            and (n != "warning sign after the operation" or _FEVER_WORD_30.search(m.group(0)))
            for n, m in _matches(c)
        ):
            return True
    return False


#: Round 14: slurred speech after drink, said as such ("after too many pints").
_DRINK = re.compile(
    r"\b(after|from|with) (too many|a few|some|several|a couple of|\d+|two|three|four|five|six) "
    r"(pints|drinks|beers|wines|glasses( of wine)?|shots|ciders|vodkas|cocktails)\b|"
    r"\b(i was|i got|was|got) (so |a bit |really )?(drunk|tipsy|hammered|wasted|pissed)\b|"
    # round 21: the drink named as the cause ("but that was the whisky")
    r"\b(that was|it was|thats|that s|its|from|because of|blame|blamed|down to) (the|too much|all the) "
    r"(whisky|whiskey|wine|beer|drink|drinks|booze|gin|vodka|rum|brandy|port|sherry|pints|cider|alcohol)\b"
)


def _drink_cause(norm: str, live: list) -> bool:
    return (
        all(name == "slurred speech" for name, _ in live)
        and _DRINK.search(norm) is not None
        and re.search(r"\b(sudden\w*|out of (nowhere|the blue)|for no reason)\b", norm) is None
        and re.search(r"\b(face|arm|leg|droop\w*|numb\w*|weak\w*|sudden\w*)\b", norm) is None
    )


def _plain_cause(norm: str, live: list) -> bool:
    return (
        all(name in ("limb weakness", "trouble breathing") for name, _ in live)
        and _EXERTION.search(norm) is not None
        and _NOT_PLAIN.search(norm) is None
        and _TREATMENT.search(norm) is None
        and _BOTOX.search(norm) is None
    )


#: Other people's remarks about the twitch ("people at work ask me if I've had a stroke",
#: "strangers think I had a stroke when my face jerks"): a mention.
_OTHERS_SAY = re.compile(
    r"\b(people|others|everyone|everybody|strangers|folk|folks|friends|colleagues|coworkers|"
    r"someone|somebody|they|kids|children|classmates)\b(\s+\w+){0,2}\s+(ask|asks|asked|asking|"
    r"think|thinks|thought|say|says|said|assume|assumes|assumed|wonder|wonders|wondered)\b"
)


#: A relative's worry about a twitch that has not changed for a long time ("my husband
#: worries he's having a stroke every time his eye twitches, it's been like this for
#: years"): the worry is a mention only with such a time.
_WORRIES = re.compile(
    r"\b(worries|worried|worry|fears|feared|is afraid|is scared|wonders|wondered|thinks|"
    r"thought|asks|asked|keeps asking)\b"
)
_LONG_STANDING = re.compile(
    r"\b(hasnt|has not|havent|have not|never) changed\b|\bthe same (for|since)\b|"
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|some) years\b|"
    r"\blike (this|that) for\b"
)


#: Someone's fear of a stroke, corrected by the person: "she thought I was having a
#: stroke, BUT IT'S THE USUAL SPASM" (round 8).
_FEARED = re.compile(
    r"\b(he|she|they|someone|somebody|people|(my|the|a) \w+)\b(\s+\w+){0,3}\s+(thought|think|"
    r"thinks|was sure|were sure|feared|fears|was scared|was afraid|were scared|panicked|"
    r"worried|was worried|assumed)\b"
)
_CORRECTED = re.compile(
    r"\b(but|it was|it is|its|it s|turned out|just|only)\b(\s+\w+){0,3}\s+(spasm|spasms|"
    r"twitch|twitching|twitches|hfs|tic)\b"
)


def _mistaken_fear(text: str, norm: str, live: list) -> bool:
    """Every warning sign is someone's mistaken fear of "a stroke", which the person
    corrects: the twitch, nothing now."""
    if (
        any(name != "stroke" for name, _ in live)
        or _NOW.search(norm)
        or not _CORRECTED.search(norm)
    ):
        return False
    return all(_FEARED.search(norm[: m.start()]) for _, m in live)


#: A warning sign seen on a screen or read in a book, happening to a stranger or a
#: character ("I watched a film last night where someone had a stroke"), round 9.
_SCENE = re.compile(
    r"\b(film|films|movie|movies|show|series|episode|book|novel|documentary|programme|program|"
    r"tv|telly|soap|play|youtube|video|news|drama|dramas|sitcom|storyline|plot|soaps|tiktok)\b"
)
_STRANGER = re.compile(
    r"\b(someone|somebody|a (man|woman|guy|girl|boy|character|person|patient|lady|bloke|doctor|"
    r"nurse|mother|father|husband|wife|teenager|kid|child|policeman|detective)|the (character|hero|"
    r"heroine|actor|actress|main character|villain|presenter|patient|guy|man|woman|lady|girl|bloke|"
    r"doctor|surgeon|nurse|boy|husband|wife|mother|father|detective|landlord|barman|vicar|teacher))"
    # round 21: "a man's face drooped" (the possessive, its apostrophe gone)
    r"s?\b"
)
_MOVED_ME = re.compile(
    r"\b(freaked|scared|frightened|upset|shook|spooked|worried|moved|terrified|unsettled|got to) "
    r"me( out| up)?\b|\bmade me (cry|sad|think|worry|jump|nervous|anxious)\b|"
    r"\b(it|that|this) (scared|upset|worried) me\b|\bi (watched|saw|was watching|read)\b|"
    # round 13: "gave me a fright", "my favourite soap", "on my tv"
    r"\bgave me (a |quite a |such a )?(fright|scare|shock|turn|chills)\b|"
    r"\b(my|our) (favourite|favorite|fave|usual|new)? ?(soap|show|programme|program|series|drama|film|"
    r"movie|book|novel|tv|telly|sitcom)\b"
)
_CLOSE = re.compile(r"\b(my|our|me|myself|mine)\b|\bi (have|had|am|feel|felt|cant|can t|got)\b")


def _seen_in_fiction(norm: str) -> bool:
    """A sign told about a stranger or a character in a film, a show or a book."""
    calm = _MOVED_ME.sub(" ", norm)  # "it freaked me out" is the viewer's feeling
    return bool(_SCENE.search(norm) and _STRANGER.search(norm) and not _CLOSE.search(calm))


#: Round 17: "I can't breathe" as a figure of stress or fear: its cause named as work,
#: the boss, nerves or the thought of needles, and no treatment already had.
_BREATH_FIGURE = re.compile(
    r"\b(stress\w*|boss|deadline\w*|panic\w*|anxious|anxiety|nervous|nerves|scared|"
    r"terrified|frightened|thinking about|think about|thought of|feel like i (cant|can t|couldnt))\b"
)
_HAD_TREATMENT = re.compile(
    r"\b(after|since|from) (the |my |his |her )?(botox|botulinum|injection|injections|jab|"
    r"shots?|op|operation|surgery|mvd)\b|\b(had|got) (the |my )?(botox|injection|op|operation|surgery|mvd)\b"
)


def _breath_figure(norm: str, live: list) -> bool:
    return (
        all(n == "trouble breathing" for n, _ in live)
        and _BREATH_FIGURE.search(norm) is not None
        and _HAD_TREATMENT.search(norm) is None
        and _ACUTE.search(norm) is None
        and not re.search(r"\b(lips?|tongue|throat|swell\w*|swallow\w*|blue)\b", norm)
    )


def _others_remark(text: str, norm: str, live: list) -> bool:
    """Every warning sign is "a stroke" that other people remark on ("people at work ask me if
    I've had a stroke"), or a relative's worry about a long-standing twitch; nothing now."""
    if any(name != "stroke" for name, _ in live):
        return False
    if _NOW.search(norm):
        return False
    long_standing = _LONG_STANDING.search(norm) or _DISTANT_PAST.search(norm)
    for clause in _CLAUSE_SPLIT.split(text):
        c = normalise(clause)
        for _, m in _matches(c):
            before = c[: m.start()]
            if _OTHERS_SAY.search(before):
                continue
            relative = _RELATIVES.intersection(before.split()) and _WORRIES.search(before)
            if not (relative and long_standing and _CONDITION.search(norm)):
                return False
    return True


@dataclass(frozen=True)
class RedFlag:
    """A red flag found in a message."""

    name: str
    matched: str


@dataclass(frozen=True)
class Screen:
    """What a message says about warning signs.

    ``flag``: someone reports one now: answer with the emergency reply.
    ``mention``: a warning sign is named but not reported (a general question, a
    negation, a risk question, an event long past): answer the question, and add the
    safety line (what to do if it happens), so it is never reassured away.
    """

    flag: RedFlag | None = None
    mention: RedFlag | None = None
    #: "cannot tell" (round 11): the category of sign suspected where the screen is
    #: unsure (:mod:`hfs.assistant.safetynet`); the answer then carries that category's
    #: safety-net line (``messages.net_<category>``) rather than the general one
    net: str | None = None


#: Words the patterns and the exceptions rely on: a misspelling of one of them
#: ("slured speach", "a storke", "side efect of botx") is repaired before matching.
LEXICON = """
face facial mouth smile lips cheek side droop drooping droopy drooped droops sagging
saggy weak weakness weaker paralysed paralyzed paralysis palsy numb numbness frozen
dropped dropping fallen lopsided move moving slack slurred slurring garbled speak
speaking talk talking speech words strange wrong weird funny jumbled muddled gibberish
nonsense arm arms leg legs hand hands limb limbs foot heavy dead useless lift feel sudden
suddenly worst severe thunderclap explosive excruciating terrible splitting agonising
agonizing horrible headache overnight morning today tonight deaf hearing hear blind
vision sight eyesight double seeing stroke passed fainted collapsed unconscious confused
seizure close cannot couldnt cant wont doesnt isnt stopped hanging properly botox
botulinum toxin injection injections surgery operation procedure decompression
treatment cause causes effect effects risk risks complication complications chance
likely common years ago decades recovered since yesterday minutes hours bells similar
friend having think swallow swallowing choking food water drink fluid liquid clear
watery salty leaking leak dripping nose nostril ear wound fever temperature stiff neck
blurry blurred blurring double understand understanding sense body vomiting oozing
weeping swollen balance falling spinning buckled coughing spluttering right word stand
straight about doctor said people
stuffy airless muggy humid jelly rubbery wobbly scab scabs curtain veil shadow lungs air
polio birth lifelong hate dread
deafness blindness slurry runny drowsy telly phoning sneezing painless seeping shaving
drool drools drooling dribbling ringing muffled tinnitus wink winks winking blinking
blink blinks whistle whistling puff puffing pucker splutter splutters spluttering
gag gags gagging coughs coughing chokes mouthful mouthfuls spoonful sip sips scrambled
jumbled nod tilt tips labrador spaniel terrier collie tabby vet storyline
sag sags sagged eyebrow eyebrows forehead brow salty salt lean leaning gotta
puffy greenish yellowish greeny noodles noodle grip gripping hiss unconscious
drippy pours pour poured pouring gushing
"""
#: Real words one letter from a warning word that are nearly always that word's typo.
CONFUSABLES = {
    "stoke": "stroke",
    "strok": "stroke",
    "worts": "worst",
    "cnat": "cant",
    "cnt": "cant",
}


@lru_cache(maxsize=1)
def _speller() -> Speller | None:
    try:
        from hfs.assistant.embedding import model_vocabulary

        vocabulary = model_vocabulary()
    except (ConfigError, OSError):  # no model: match the text as typed
        return None
    known = [w for w in vocabulary if w not in CONFUSABLES] + list(_everyday_words())
    return Speller([LEXICON], known, general=False)


#: Zipf frequency (log10 per billion words) from which an English word of wordfreq's
#: lists is a real word the writer meant: once per million words and more often.
EVERYDAY_ZIPF = 3.0


def _everyday_words() -> list[str]:
    """Common English words (wordfreq, :data:`EVERYDAY_ZIPF` and up) that the encoder's
    vocabulary lacks, so that the speller leaves them alone (round 25: "the faucet is
    dripping" was "the face is dripping", "loosing my keys" was "oozing", "infect" was
    "effect", "harms" was "arms"). Kept for the speller: the confusables, and words with
    a dropped g ("talkin", "movin"), which are the sign words as spoken."""
    from wordfreq import top_n_list, zipf_frequency

    return [
        w
        for w in top_n_list("en", 60000)
        if w.isalpha()
        and w not in CONFUSABLES
        and not w.endswith("in")
        and zipf_frequency(w, "en") >= EVERYDAY_ZIPF
    ]


#: Round 15: dictation's homophones, real words the speller leaves alone, put right only
#: where the sentence shows which word was meant: "the sore behind my year" (ear), "is
#: read and swollen" (red), "puss coming out" (pus; already a sign word).
HOMOPHONES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(behind|in|inside|from|out of|around|round|near|of|under) (my|his|her|the|their|that|one)"
            r"( left| right| operated| bad)? year\b(?! (old|ago|of|and a half)\b)",
            re.I,
        ),
        r"\1 \2\3 ear",
    ),
    (
        re.compile(
            r"\b(is|looks|look|gone|went|turned|turning|getting|gets|goes|bright|very|really|so|all|"
            r"and|angry|hot|swollen) read\b(?! (a|an|the|it|my|his|her|books?|about|to|out|through|up|"
            r"that|this|from|in|on|me|him|them|over|aloud|back|the)\b)",
            re.I,
        ),
        r"\1 red",
    ),
)


def repair(text: str) -> str:
    """``text`` with misspelled warning words repaired (unknown words only, see
    :class:`hfs.assistant.spelling.Speller`) and homophones of dictation put right in
    their context (:data:`HOMOPHONES`)."""
    for pattern, repl in HOMOPHONES:
        text = pattern.sub(repl, text)
    sp = _speller()
    if sp is None:
        return text
    return _CONFUSABLE.sub(lambda m: CONFUSABLES[m.group(0).lower()], sp.correct(text))


_CONFUSABLE = re.compile(r"\b(" + "|".join(CONFUSABLES) + r")\b", re.IGNORECASE)


# ------------------------------------------------------------ the semantic signal
#: Descriptions of warning signs, in a patient's words: positives of the red-flag
#: classifier (:mod:`hfs.assistant.classifier`), and the description an alarm names.
#: They cover the signs of shared/DOMAIN.md (stroke: face, speech, limbs, headache,
#: sight, hearing) and the warning signs after the operation.
SIGN_DESCRIPTIONS: tuple[str, ...] = (
    "my face suddenly droops on one side",
    "one side of my face has suddenly gone weak and will not move",
    "the corner of my mouth has dropped and will not lift",
    "I suddenly cannot smile or close my eye on one side",
    "my face suddenly feels numb",
    "my speech is suddenly slurred",
    "I suddenly cannot get my words out",
    "his speech suddenly sounds thick, strange and muddled",
    "suddenly I cannot understand what people say to me",
    "she is not making sense when she talks",
    "the letters and words suddenly look jumbled when I read",
    "my arm or leg has suddenly gone weak or numb",
    "I suddenly cannot hold things in my hand",
    "one side of my body is suddenly weak or numb",
    "I suddenly have the worst headache of my life",
    "I suddenly lost the hearing in one ear",
    "I suddenly cannot see out of one eye",
    "I suddenly see everything twice",
    "my vision has suddenly gone blurry",
    "I suddenly cannot swallow and I choke on food and drink",
    "drink comes back out of my nose when I swallow",
    "I think I am having a stroke",
    "he collapsed and is confused and drowsy",
    "clear watery fluid is dripping from my nose since the operation",
    "clear fluid is leaking from my ear or wound after the surgery",
    "I have a fever and a stiff neck after the operation",
    "I have a high temperature and a bad headache since the operation",
    "the wound from the operation is red, swollen and leaking",
    "I have been vomiting since the operation",
    # the same signs in other people's words, other grammar and broken English
    "I am very confused and I do not know where I am or how I got here",
    "my mother suddenly does not recognise me and talks nonsense",
    "his hand will not grip anything and he cannot lift his arm",
    "my words come out wrong and slurred, it started an hour ago",
    "she cannot understand anything we say to her",
    "one side no power, arm and leg, since this morning",
    "face fall down one side, cannot smile, new today",
    "my head is exploding, the worst pain of my life, it came on in seconds",
    "after the operation water drips from my nose when I bend forward",
    "I cannot hear anything on the side of the operation since yesterday",
    "everything looks double since I woke up",
    "he fainted and we cannot wake him properly",
    "my grandad is choking on his drinks and cannot swallow since this afternoon",
    "high fever and my neck is so stiff I cannot bend it, days after the surgery",
    "I keep throwing up and my head is pounding after the operation",
    # after the operation: the wound infected, new facial weakness; after Botox: breathing,
    # swallowing, spreading weakness (issue 15)
    "the wound behind my ear is oozing pus since the operation",
    "my scar is hot, red and smells bad",
    "my incision looks infected and angry",
    "since the surgery one side of my face will not move",
    "since the botox injection I struggle to breathe",
    "after my botox I cannot swallow and food goes down the wrong way",
    "after the botox injection the weakness spread beyond my face and my whole body is floppy",
)
#: A message without a pattern match is a semantic red flag when the flag classifier's
#: probability (:meth:`~hfs.assistant.matcher.Matcher.alarm`) reaches this, and the
#: answer carries the safety line (a "mention") from SAFETY_PROBABILITY up. Both chosen
#: by leave-one-set-out cross-validation on the training sets (docs/assistant.md).
FLAG_PROBABILITY = 0.5
SAFETY_PROBABILITY = 0.3
#: Round 21: where no pattern matches, the regression's alarm also needs the fine-tuned
#: red-flag net (:mod:`hfs.assistant.flagnet`, ``Alarm.net``) to reach this; otherwise
#: the answer carries the safety line. The net alone raises no alarm: on the tests'
#: figures of speech ("I'd rather be gone by noon so I miss the traffic") it is surer
#: than the regression, and the patterns' thresholds below were chosen for the
#: regression. On EN v18 (neither trained on it) the agreement kept 74 of the
#: regression's 76 red flags and cut its near-miss alarms from 5/60 to 0/60.
NET_AGREE_PROBABILITY = 0.5
#: Round 22: where no pattern matches and the regression stays under SAFETY_PROBABILITY,
#: the net alone from this probability gives the safety line (never the alarm). On EN
#: v18 (in neither's training) the net reached 0.9 on 74 of 92 red flags, no near-miss
#: and 1 of 124 questions.
NET_SAFETY_PROBABILITY = 0.9
#: Round 23: where no pattern matches and the regression is unsure (from
#: SAFETY_PROBABILITY to FLAG_PROBABILITY), the net from this probability raises the
#: alarm. Chosen on out-of-fold nets (bench/assistant_net_policy.py: 30 training sets,
#: each read by a net and a regression that never saw it): one more red flag of 1,861
#: strictly, no more near-miss or question alarms; on the burned EN v20, in no training
#: file, three more of 92 and none more of 60. The net alone under the unsure
#: regression (0.97, 0.99) changed nothing, and the net doubting a pattern's sign (under
#: 0.1) cost five red flags for ten near-misses: both left out.
NET_ALARM_PROBABILITY = 0.9
#: Round 33 (the lead), off (weighed out of fold, round 33): the fine-tuned net
#: doubting a pattern's sign (below this, nothing in the last hours, not charted: the
#: safety line), and a net this sure not demoted by the semantic screen's twitch, calm and
#: question gates. After round 33's blind run the shipped net alone read EN v31 at 0.3 as
#: 92/92 red flags and 0/60 near-misses, where the whole screen got 90/92 and 6/60
#: (docs/assistant.md, round 33). Out of fold (49 sets, bench/assistant_net_policy.py:
#: "net veto ...", "net sure ...") the veto cost 14 real signs at 0.05 and 30 at 0.1 for
#: 18 and 21 fewer near-miss alarms of 2870; "sure" at 0.9 gained 5 for 15 more alarms.
NET_VETO_PROBABILITY = 0.0
NET_SURE_PROBABILITY = 2.0
#: Round 25: where no pattern matches, the learned signals' alarm needs a part of the
#: body, a sense, a bodily function or a symptom named (:func:`names_body`, as the Spanish
#: signal does): else the safety line. "The faucet in my kitchen is dripping", "I'd rather
#: be gone by noon so I miss the traffic" are no warning sign; crisis talk is read first.
SEMANTIC_NEEDS_BODY = True
#: Round 28: the learned signals' alarm (the regression and the net agreeing) on a
#: message that names no part of the body, no sense, no symptom, no crisis word and no
#: treatment, head, sense or liquid a safety net would name is read as crisis talk told
#: without its words ("Picked the date. Friday. Everything's in order."): the safety line
#: becomes the direct question about suicidal thoughts with 988 (the crisis net), not a
#: stroke's line. Weighed and left out (out-of-fold nets, bench/assistant_net_policy.py,
#: 36 sets): the crisis REPLY for these and for those naming only crisis words (4 more
#: red flags of 2,393 strictly, but "my brother's going to shoot some hoops tonight" and
#: "a note about the dog's tablets" would get it), and the question for every unsure
#: signal without a body (23 of 4,010 plain questions, "is my conversation with you
#: saved anywhere", would have been asked about suicide).
SEMANTIC_WITHOUT_BODY_ASKS = True
_BODY_NAMED = re.compile(
    r"\b(face|facial|faces|arm|arms|leg|legs|hand|hands|foot|feet|toe|toes|finger|fingers|limb|limbs|"
    r"eye|eyes|eyelid|eyelids|lid|lids|brow|brows|eyebrow|eyebrows|forehead|ear|ears|nose|nostril|"
    r"nostrils|mouth|lip|lips|cheek|cheeks|jaw|tongue|throat|neck|head|skull|chest|shoulder|"
    r"shoulders|body|side|skin|scar|scars|wound|wounds|incision|stitches|staples|cut|op site|"
    r"headache|headaches|migraine|fever|feverish|temperature|temp|chills|shivering|sweats|"
    r"speech|speak|speaks|speaking|spoke|talk|talks|talking|talked|words?|say|saying|slur\w*|"
    r"mumbl\w*|gibberish|sense|understand\w*|confused|confusion|swallow\w*|breath\w*|breathe|"
    r"choke|choking|chokes|cough\w*|gag\w*|vision|sight|see|seeing|sees|saw|seen|blind\w*|"
    r"double|blur\w*|dark|black|grey|gray|hear|hearing|heard|hears|deaf\w*|ringing|muffled|"
    r"droop\w*|sag\w*|numb\w*|tingl\w*|weak\w*|paraly\w*|palsy|stiff\w*|pain\w*|ache\w*|"
    r"aching|hurt\w*|sore|throb\w*|pound\w*|agony|agonising|agonizing|dizzy|dizziness|"
    r"vertigo|faint\w*|passed out|collaps\w*|fell|fall|falling|balance|walk\w*|stand\w*|"
    r"vomit\w*|sick|nause\w*|pus|ooz\w*|fluid|discharge|blood|bleed\w*|red|swollen|"
    r"swelling|hot|smile|smiling|blink\w*|wink\w*|close|shut|lift|grip|hold|move|moving|"
    r"stroke|seizure|fit|unconscious|drowsy|sleepy|drool\w*|dribbl\w*|salty|knee|knees|hip|hips|"
    r"back|wrist|wrists|ankle|ankles|throat\w*|doubl\w*|twice|two of|look\w*|read|reading|"
    r"disappear\w*|vanish\w*|"
    # spelled by sound past the speller's reach ("trubel breething", "sivere hedake")
    r"bre+th\w*|brea\w*|hed\w*|hea?dd?ak\w*|"
    # crisis words: the crisis screen has read them; its alarm is never the body's
    r"pills|tablets|overdose|rope|gun|die|dying|dead|kill\w*|suicid\w*|harm\w*|tonight|"
    r"drip\w*( from| out| down)? (my|his|her|the) (nose|ear))\b"
)


def names_body(text: str) -> bool:
    """Whether an English message names a part of the body, a sense, a bodily function
    or a symptom (:data:`_BODY_NAMED`): what a sign found by the learned signals alone
    needs to be the emergency reply (round 25, :data:`SEMANTIC_NEEDS_BODY`)."""
    return _BODY_NAMED.search(_DYING_TO.sub(" ", normalise(repair(text)))) is not None


#: "dying to get this botox done": eagerness, not a word of dying (EN v25)
_DYING_TO = re.compile(
    r"\b(dying|dyin|die) (to|for) (get|know|see|have|try|go|hear|find|start|do|be|meet|a)\b"
)


#: A pattern's match is taken for a report unless the flag classifier all but rules it
#: out (below VETO_PROBABILITY: "what are the signs of a stroke, just so I know"), or
#: doubts it (below CALM_VETO_PROBABILITY) while the message calms it (:data:`_CALM`:
#: long past, over and done, long-standing) and places nothing in the last hours
#: (:data:`_ACUTE`): "had a numb lip at the dentist last month, all gone now". Such a
#: message still gets the safety line. Chosen by cross-validation (docs/assistant.md).
VETO_PROBABILITY = 0.05
CALM_VETO_PROBABILITY = 0.5
#: Words that make a warning sign not a present event: long past, resolved, or lasting
#: for long. "It went away" alone is not one: weakness that came and went today is
#: still an emergency.
_CALM = re.compile(
    r"\b(years|decades) (ago|back)\b|\blast (week|month|year|winter|summer|spring|autumn)\b|"
    r"\b(weeks|months) ago\b|\bin (19|20)\d\d\b|(?<!at )\bonce\b|\blong ago\b|\bas a (child|kid)\b|"
    r"\b(all |long )?gone now\b|\b(all |totally |completely )?fine (now|again|after)\b|"
    r"\bnever since\b|\bnever (came|happened) (back|again)\b|\brecovered\b|"
    r"\bcame back (completely|fully|to normal)\b|"
    r"\bfor (years|decades)\b|\bever since\b|\bon and off\b|\bgetting better\b"
)
#: Words that place a sign in the last hours: they override :data:`_CALM`.
_ACUTE = re.compile(
    r"\b(today|tonight|this (morning|afternoon|evening)|right now|just now|sudden\w*|"
    r"(minutes?|mins?|hours?|hrs?) ago|an hour|woke|waking|yesterday|last night|"
    # round 28 (the lead): "I think he's having another one now" (a stroke long ago, again now)
    r"having another (one|stroke|attack|episode|turn|bleed) (now|right now)|"
    r"since (yesterday|last night|this morning|morning)|came on (in|within) (seconds|a second|minutes)|"
    r"all at once|out of the blue|out of nowhere|without (any )?warning|"
    # a sign long past come back now: "years ago ... and now it is drooping again" (round 23)
    r"now (it|she|he|they|i|(my|her|his|their|your|the) \w+)('s|'re|'m| is| are| am) (drooping|sagging|dropping|"
    r"drooling|slurring|leaking|dripping|oozing|weeping|swelling|bleeding|pounding|throbbing|"
    r"going (numb|weak|blurry|dark|deaf)) again)\b"
)
SEMANTIC_NAME = "described like a warning sign"
#: Habits, not events: "I SOMETIMES get a mild headache", "my eye blurs WHEN I...".
_HABITUAL = re.compile(
    r"\b(sometimes|usually|often|always|every|mild|slight|slightly|whenever|when i|if i|"
    r"at times|occasionally|now and then|tends? to)\b"
)
#: Round 15: a rate is a habit ("pulls up a few times an hour", "shuts 50 times a day");
#: its "hour" does not place the sign in the present (:data:`_NOW`).
_RATE = re.compile(
    r"\b(\d+|a few|few|several|many|a couple of|couple of|dozens of|hundreds of|a dozen|two|three|"
    r"four|five|ten|twenty|fifty|a hundred) times (a|an|per|every|each) (day|hour|minute|min|week|"
    r"night)\b"
)
#: Small things ("the injection site is A BIT bruised", held-out v6): a sign only the
#: semantic signal finds, told with these, gets the safety line, not the emergency.
_HEDGE = re.compile(r"\b(a (little|tiny|wee) bit|a bit|a little|a tad|bit of)\b")


def _doubted(norm: str, probability: float, postop: bool = False, calm_text: str = "") -> bool:
    """Whether the classifier's doubt, with the message's own words, makes a found sign
    a mention: all but ruled out, or doubted in a message that calms it; never when the
    message places it in the last hours. ``postop``: a sign after the operation, which
    only words of a sign long past or resolved calm (:data:`_RESOLVED`). ``calm_text``:
    the message without the words that date a treatment, read for calm words instead."""
    if _ACUTE.search(norm):
        return False
    calm = _RESOLVED if postop else _CALM
    return probability < VETO_PROBABILITY or (
        probability < CALM_VETO_PROBABILITY and calm.search(calm_text or norm) is not None
    )


#: The movements of a spasm, brief and coming back: a face "pulled sideways for a
#: second" is the twitch, not a droop (unless something places it in the last hours).
_SPASM_TALK = re.compile(
    r"\b(twitch\w*|spasm\w*|jump\w*|flicker\w*|jerk\w*|tic|tics|pull\w*|squeez\w*|"
    r"screws? up|scrunch\w*)\b(\s+\w+){0,8}\s+(for (a|one|two|few) (second|seconds|moment)|"
    r"(a |one )?(second|seconds|moment) or two|then (goes|relaxes|lets go|loosens|stops))\b|"
    r"\b(for (a|one|two|few) (second|seconds|moment)|(a |one )?(second|seconds|moment) or two|"
    r"then (goes|relaxes|lets go|loosens|stops))\b(\s+\w+){0,8}\s+(twitch\w*|spasm\w*)\b"
)
#: The twitch itself named: without words of the last hours, the classifier alone (short
#: of :data:`SURE_PROBABILITY`) does not turn twitch talk into an emergency.
_TWITCH_WORD = re.compile(
    r"\b(twitch\w*|spasm\w*|jump\w*|flicker\w*|jerk\w*|squeez\w*|tic|tics|hfs|"
    r"hemifacial)\b"
)
#: A normal reading or a plain "all normal" (round 8): "my temperature was 36.8 this
#: morning, all normal".
_NORMAL_READING = re.compile(
    r"\b(temperature|temp|thermometer)\b(\s+\w+){0,6}\s+(3[0-7]|9[0-7]|normal|fine|ok|okay)\b"
)
#: Idioms with a warning word: "I wanted the ground to swallow me up".
_IDIOM = re.compile(
    r"\bswallow (me|him|her|us|them) (up|whole)\b|\b(ground|floor|earth) (to |would |could )?"
    r"(open|swallow)\b|"
    # "my cat is killing me with his meowing", "the wait is killing me" (round 9)
    r"\b(cat|cats|dog|dogs|kids?|children|job|work|boss|neighbou?rs?|noise|meowing|barking|"
    r"twitch|spasm|traffic|heat|waiting|wait|bills?|suspense|commute)\b(\s+\w+){0,3}\s+(is|are|s|was|"
    r"were) killing me\b|"
    # tiredness: "dead on my feet", "dead tired", "dead beat" (round 9)
    r"\bdead (on (my|his|her|our|their) feet|tired|beat)\b|\bdog tired\b|"
    # figures of speech: "I was blind to how much it bothered her", "deaf to my complaints"
    r"\b(blind|deaf) to (how|what|the|my|his|her|their|it|this|that|all|any|everything)\b|"
    r"\bturn\w* a (blind eye|deaf ear)\b|"
    # round 13: "kill me now, another form", "sick to death of this eye", "bored to death"
    r"\b(kill|shoot) me now\b|\b(sick|bored|scared|worried|frightened|tired|fed up) to death\b|"
    # "weak at maths", "hopeless with forms": a skill, not a limb
    r"\b(weak|bad|poor|hopeless|rubbish|useless|slow) (at|in|with) (maths|math|sums|numbers|spelling|"
    r"english|reading|writing|computers|forms|paperwork|technology|tech|names|languages|science|"
    r"school|sport|sports|cooking)\b|"
    # round 15: a team beaten, "we got killed last night, lost by 30", "they murdered us"
    r"\b(we|us|they|team|side|lads|girls|boys|kids)\b( \w+){0,2} (got|get|getting|were|was)( absolutely| totally| completely| properly| just| so)? (killed|"
    r"slaughtered|murdered|destroyed|hammered|thrashed|battered|smashed|crushed)\b"
    r"(?=.*\b(lost|lose|losing|won|win|game|match|score|points|goals|league|season|final|tournament|"
    r"quiz|by \d+|nil)\b)|\b(killed|slaughtered|murdered|destroyed|hammered|thrashed) (us|them)\b"
    r"(?=.*\b(lost|lose|game|match|score|points|goals|league|by \d+|nil)\b)"
)
#: Good news since a treatment ("my life has been better since the operation", "I feel
#: like a new person since my op"): not a sign the learned signal may raise (round 9).
_GOOD_NEWS = re.compile(
    r"\b(been|is|are|feel|feels|felt|got|gotten|much|so much|a lot|far|way|been so|been much|"
    r"been a lot|been far|been way)\b (better|improved|great|brilliant|wonderful|calmer|good|"
    r"happier|fantastic|amazing)\b|\b(improved|a new (person|man|woman))\b"
)
#: From this probability up, a negation word elsewhere in the message ("he's never had
#: headaches") no longer makes a semantic sign a mention.
SURE_PROBABILITY = 0.9


#: Routine Botox talk (round 11): how long it lasts, when the next one is due.
_ROUTINE_TOXIN = re.compile(
    r"\b(wear\w* off|wore off|worn off|only lasts?|lasts? only|lasted|top ?ups?|due (for|again)|"
    r"booster|next (one|jab|injection|appointment))\b"
)
#: A vague feeling with no sign named ("feels funny", "weird", "not right"): the
#: learned signal alone cannot tell; the answer carries the net, not the alarm.
_VAGUE = re.compile(r"\b(funny|weird|odd|strange|different|not right|not quite right)\b")


#: Round 14: an everyday cause said with what the learned signal found: a picked nose,
#: a cold's sore throat, a neck slept on badly, someone mumbling over the television.
_EVERYDAY = re.compile(
    r"\b(after|from|by|when|cos|because|since) (i )?(picking|picked|blowing|blew) (it|my nose)\b|"
    r"\b(sore throat|a cold|the flu|flu|cold from|cold off|chest infection|tonsillitis|hay ?fever)\b|"
    r"\b(this|my|got a|have a|with a|with this|with my) (cold|flu|sore throat|chest infection)\b|"
    r"\bslept (funny|awkwardly|wrong|badly|on it)\b|\bsleeping (funny|awkwardly|wrong|badly)\b|"
    r"\b(him|her|them|they|he|she) (mumbling|mumbles|mumble|whispering|whispers)\b|"
    r"\bover the (telly|tv|television|music|noise|radio)\b|"
    # round 15: blur from an eye ointment, gel or drops
    r"\b(ointment|eye gel|gel|eye drops|drops|lubricant|lacrilube|eye cream|contact lenses?)\b"
)


def _everyday(norm: str) -> bool:
    """An everyday cause (:data:`_EVERYDAY`) said, and not ruled out: "not a cold, it
    just went" denies the cause, so the sign stands (round 16)."""
    return any(
        not _NEGATIONS.intersection(norm[: m.start()].split()[-2:])
        for m in _EVERYDAY.finditer(norm)
    )


_SUDDEN_ONLY = re.compile(
    r"\b(sudden\w*|out of (nowhere|the blue)|all at once|without (any )?warning)\b"
)


#: Round 16: a sign told as over for good ("the redness has faded completely", "the
#: swelling has gone down fully"), with nothing after it in a "but": the safety line.
_HEALED = re.compile(
    r"\b(has|have|had|is|are|s)( now| since| all)? (faded|cleared|gone|healed|settled|disappeared)"
    r"( \w+)? (completely|fully|totally|away|for good)\b"
    # "gone completely silent" is the sign, not its end
    r"(?! (silent|deaf|numb|dead|blind|dark|black|quiet|weak|still|floppy|limp|slack|muffled|blurry|"
    r"blurred|red|hot|swollen|off|wrong|mad)\b)(?!.*\b(but|now (its|it is|theres|there is)|"
    r"again)\b)|\b(completely|fully|totally) (faded|cleared|healed|settled|disappeared)\b"
    r"(?!.*\b(but|again)\b)|"
    # round 21: "it's healed nicely now" after a past sign ("a bit red last week but ...")
    r"\b(has|have|is|s|its|it s) (healed|cleared|settled)( up| down)? (nicely|well|beautifully|fine|"
    r"up nicely)( now)?\b(?!.*\b(but|again|now (its|it is)|worse)\b)"
)


#: Round 17: limbs "asleep" from sitting or lying on them ("my legs went to sleep sitting
#: cross legged"), the ordinary pins and needles of a posture.
_ASLEEP_LIMB = re.compile(
    r"\b(leg|legs|arm|arms|hand|hands|foot|feet|bum|backside)( \w+)? (went|gone|go|goes|fell|"
    r"falls|had gone|were|was|are|is) (to sleep|asleep|dead)\b"
)
_POSTURE = re.compile(
    r"\b(sitting|sat|lying|lay|laying|kneeling|knelt|cross legged|crossed|leaning|slept|sleeping) "
    r"?(on|with|cross|in|for)?\b"
)
#: A sign unchanged since BEFORE a treatment: "pulled to one side before the botox and
#: it's still exactly the same, not worse".
_BEFORE_TREATMENT = re.compile(
    r"\bbefore (the |my |his |her )?(botox|botulinum|injections?|jabs?|op|operation|surgery|mvd|"
    r"treatment)\b"
)
_UNCHANGED = re.compile(
    r"\b((exactly|just|much) )?the same\b|\b(not|no) (any )?worse\b|\bunchanged\b|"
    r"\bno (different|change)\b"
)
#: A headache with an ordinary cause, over: "from the bright lights ..., went away with rest".
_HEADACHE_CAUSE = re.compile(
    r"\bheadache\w* (from|after|because of|with) (the |a |my |too much |too little |not enough )?"
    r"(bright|light|lights|screen|screens|sun|heat|noise|music|wine|beer|drink\w*|coffee|caffeine|"
    r"hunger|hungry|dehydrat\w*|skipping|reading|cold|flu|crying|stress\w*|long|shopping|mall)"
)
_WORST = re.compile(
    r"\b(worst|thunderclap|explod\w*|excruciating|never had|ever had|split second)\b"
)


#: Round 21: "gone now" after a headache with its cause ("from the sun ... Gone now").
_GONE_NOW = re.compile(r"\b(gone now|all gone|cleared up|(its|it s|it has|its all) gone)\b")


#: Round 29 (EN v26, and round 28's note): medicines (tablets, pills) put away so the
#: children cannot reach them, locked away, out of reach: a safe habit, not a sign. Read
#: for the learned signals alone (:func:`_semantic_screen`), with a medicine named and
#: nothing sudden: a sign a pattern finds keeps its alarm.
_MEDICINE_29 = re.compile(
    r"\b(tablets?|pills?|meds|medicines?|medication|capsules?|painkillers|sleepers|prescriptions?)\b"
)
_OUT_OF_REACH = re.compile(
    r"\b(so|so that) (the |my |our )?(kids|children|child|grandkids|grandchildren|little ones|toddler|baby|"
    r"dog|dogs|cat|puppy) (cant|cannot|can t|wont|dont|do not|will not) (reach|get|get at|get to|find|"
    r"touch|open|grab)\b|\bout of (the )?(kids|childrens|children s|kid s|grandkids|little ones|"
    r"toddlers|babys|reach)\b|\b(child ?proof|childproof|child safe|child lock\w*|locked (cabinet|"
    r"cupboard|box|drawer|away))\b|\baway from (the |my |our )?(kids|children|grandkids|toddler|baby)\b"
)


def _everyday_explained(norm: str) -> bool:
    """Round 17: a limb asleep from a posture, a sign unchanged since before a treatment,
    or a headache with its ordinary cause that went away: nothing new or sudden."""
    if _SUDDEN_WORDS.search(norm) or _WORST.search(norm):
        return False
    if _ASLEEP_LIMB.search(norm) and _POSTURE.search(norm):
        return True
    if (
        _BEFORE_TREATMENT.search(norm)
        and _UNCHANGED.search(norm)
        and not re.search(r"\b(worse|new|since (the|my) )", _UNCHANGED.sub(" ", norm))
    ):
        return True
    return bool(_HEADACHE_CAUSE.search(norm) and (_PASSED.search(norm) or _GONE_NOW.search(norm)))


# Round 18 (issue 15, by class, after the blind run EN v15): near misses told in ways
# that name their own reason for no alarm. Each gives the answer with the safety line
# (a mention), never silence, and none holds when the message also says the sign came
# on suddenly or today (_ACUTE, _SUDDEN_WORDS).

#: 1. Long-standing and unchanged: "bit deaf in one ear since my army days, nothing new",
#:    "killer migraine again, same as my usual ones". What the person says is as it
#:    always was; the same message with "worse", "new", "different" or "worst" is not.
_AS_EVER = re.compile(
    r"\b(nothing new|nothing different|no change|no changes|not changed|hasnt changed|has not changed|"
    r"no different|no worse|same as (always|ever|usual|before|my usual( ones)?|the usual( ones)?|"
    r"normal|every \w+)|(just )?like (my|the) usual( ones)?|as (usual|always|normal)|(my|the) usual (ones?|kind|type)|"
    r"since (my|his|her) \w+ (days|years)|for (years|decades|donkeys|ages)|always (has|have|does|do|is|was))\b"
)
_CHANGED = re.compile(
    r"\b(worse|worsening|new|newly|changed|changing|different|worst|never (had|felt)|like never before|"
    r"other ear|other eye|both|spreading|started|since (the|my) (op|operation|surgery|botox|injection|jab)|"
    # round 19: "all routine, same as always, EXCEPT since Wednesday I can barely..."
    r"except|apart from|but now|until|since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"last \w+|then))\b"
)


def _unchanged(norm: str) -> bool:
    m = _AS_EVER.search(norm)
    if m is None or re.search(
        r"\b(nothing|not|isnt|unlike|different)( \w+)?\s*$", norm[: m.start()]
    ):
        return False  # "this is NOTHING like my usual twitch" is the opposite
    rest = _AS_EVER.sub(" ", norm)
    return not (_CHANGED.search(rest) or _ACUTE.search(rest) or _SUDDEN_WORDS.search(rest))


#: 2. The treatment a sign would follow, denied: "nose running like a tap, no surgery or
#:    anything"; "breathless from COPD but no botox yet" (not "no surgery, but suddenly I
#:    can't breathe").
_NO_TREATMENT = re.compile(
    r"\b(no|not|never|without)( had| having)?( an| the| any| my)? (op|operation|surgery|botox|injections?|"
    r"jabs?|treatment|mvd)( or anything| or owt| yet| at all| so far)?\b|"
    r"\b(havent|have not|hasnt|has not|not yet|yet to)( \w+)? (had|have|started|start)( an| the| any| my)?"
    r"( first)? (op|operation|surgery|botox|injections?|jabs?|treatment|mvd)\b"
)


def _treatment_denied(norm: str) -> bool:
    return bool(
        _NO_TREATMENT.search(norm) and not _ACUTE.search(norm) and not _SUDDEN_WORDS.search(norm)
    )


#: 3. A question about a treatment still to come: "could botox ever make it hard to
#:    swallow? I'm due next week" (not "... I had it yesterday and now I can't").
_TO_COME = re.compile(
    r"\b(im|i am|i m|hes|shes|he is|she is)( \w+)? (due|booked|scheduled|down|on the list|waiting)\b|"
    r"\b(next|this coming) (week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b(before|ahead of) (my|the|his|her) (first )?(botox|injection|injections|jab|op|operation|surgery)\b|"
    r"\b(my|the) (first|upcoming) (botox|injection|jab|op|operation|surgery)\b|\bbefore deciding\b"
)
_HAD_IT = re.compile(
    r"\b(had|got|since|after) (it|my|the|botox|an|a)( \w+)? (yesterday|last|ago|on)\b|\bsince (the|my) "
    r"(botox|injection|jab|op|operation|surgery)\b|\b(now|already) (i|im|i m|it|my)\b"
)


def _future_question(text: str, norm: str) -> bool:
    if not _TO_COME.search(norm) or _HAD_IT.search(norm) or _ACUTE.search(norm):
        return False
    first = text.strip().split("?")[0]
    return "?" in text and bool(_QUESTION_OPENER.search(normalise(first)))


#: 4. History given for the record: "my knee wound got infected years ago, just saying so
#:    you know my history" (a long-past sign with a word that it is background).
_FOR_THE_RECORD = re.compile(
    r"\b(so you know|for (the|your) (record|records|notes|file)|my (history|background|medical history)|"
    r"just (saying|so you know|letting you know|mentioning)|fyi|for info|for information|in the past)\b"
)


def _for_the_record(norm: str) -> bool:
    return bool(
        _FOR_THE_RECORD.search(norm)
        and _DISTANT_PAST.search(norm)
        and not _ACUTE.search(norm)
        and not re.search(r"\b(again|now|still|currently|since)\b", norm)
    )


#: 5. Someone else's sign, asked about: "my mate had an MVD and lost hearing, is that
#:    common?" (a friend, past, and a question of how often) - not "my mate says I look
#:    droopy" nor the person's own sign told beside it.
_OTHER_PERSON = re.compile(
    r"^(\w+ ){0,3}(my|a|our|the) (mate|mates|friend|friends|pal|pals|buddy|neighbour|neighbor|cousin|"
    r"colleague|colleagues|workmate|coworker|co worker|boss|teammate|classmate|uncle|aunt|auntie|brother in law|sister in law|friends \w+|mates \w+|"
    r"man|woman|lady|guy|bloke|fella|chap|someone|somebody)\b( \w+){0,4}? (had|has|got|went|lost|said)\b|"
    r"^(\w+ ){0,2}(someone|somebody|a (man|woman|lady|guy|bloke|fella|chap))( i know| at \w+| in \w+)?\b"
)
_HOW_COMMON = re.compile(
    r"\b(is|was|are) (that|this|it) (common|normal|usual|likely|rare|a (common|usual|known) (thing|risk)|"
    r"something that happens)|(is|was|are) (that|this|it) a (risk|danger|side effect|complication)|"
    r"how (common|often|likely|rare|uncommon|unusual)|does (that|it|this) happen( a lot| often)?|"
    r"(what are|whats) the (chances|odds|risk)\b"
)
#: Round 25 (EN v22): a term quoted from the leaflet, asked what it is ("the leaflet says
#: CSF leak, what's that"): the writer's own part is only the question.
_WHAT_IS_IT = re.compile(
    r"^(so |and |but |ok |okay |um |erm )?(whats|what is|what s|what does|wat is|wats|what do they mean by)"
    r"( that| this| it| that one| that mean| it mean| this mean| that even)?( mean| even mean)?( exactly| then)?$|"
    r"^(what|wat) (does|do) (that|this|it) (even )?mean$"
)
_OWN_BODY = re.compile(
    r"\b(i|im|i m|ive|me|myself)\b(\s+\w+){0,3}\s+(have|had|got|feel|felt|cant|can t|lost|am)\b"
)


def _someone_elses(norm: str) -> bool:
    return bool(
        _OTHER_PERSON.search(norm)
        and _HOW_COMMON.search(norm)
        and not _OWN_BODY.search(norm)
        and not _ACUTE.search(norm)
    )


#: 7. Numbness from a posture, told as what happens: "my leg goes numb if I sit on the
#:    tractor too long" (not the face, not sudden, not one side of the body).
_HABIT_POSTURE = re.compile(
    r"\b(if|when|whenever|after|every time|each time) (i|he|she|you)( \w+)? (sit|sits|sat|kneel|kneels|knelt|"
    r"cross|crosses|crossed|lie|lies|lay|lean|leans|squat|squats|stand|stands|ride|rides|drive|drives)\b|"
    r"\b(sitting|kneeling|squatting|lying|leaning|riding|driving|standing)\b(\s+\w+){0,5}\s+(too long|for "
    r"(too )?long|for ages|for hours|for a while|all day)\b|"
    # round 28 (EN v25): "my leg went numb from sitting on it", "my arm went dead from lying on it"
    r"\b(from|after|by|with|because of|cos of) (sitting|sat|lying|laying|lay|sleeping|slept|kneeling|leaning|"
    r"resting|squatting|crouching) (on|against|awkwardly on|funny on|wrong on) (it|them|my \w+|his \w+|her \w+)\b"
)


def _posture_numbness(norm: str, live: list) -> bool:
    return (
        _all_numbness(live)
        and _HABIT_POSTURE.search(norm) is not None
        and not re.search(
            r"\b(face|cheek|lip|lips|mouth|tongue|one side|speech|speak\w*|talk\w*)\b", norm
        )
        and _SUDDEN_WORDS.search(norm) is None
        and _ACUTE.search(norm) is None
    )


#: 8. Once, long ago, never since: "years ago I had double vision once after a migraine,
#:    never since" (the "since" of "never since" does not place it now).
_NEVER_SINCE = re.compile(
    r"\b(never|not|hasnt|has not|havent|have not|didnt|did not)( \w+){0,2} (since|again)\b"
)


def _once_long_ago(norm: str) -> bool:
    rest = _NEVER_SINCE.sub(" ", norm)
    return bool(
        _NEVER_SINCE.search(norm)
        and _DISTANT_PAST.search(norm)
        and not _ACUTE.search(rest)
        and not re.search(r"\b(now|still|since|again|today|currently|back)\b", rest)
    )


def _round18_near_miss(text: str, norm: str, live: list) -> bool:
    """Whether a message with signs ``live`` (empty for the learned signal alone) is one
    of round 18's near misses (see above)."""
    if live and _posture_numbness(norm, live):
        return True
    return (
        _unchanged(norm)
        or _treatment_denied(norm)
        or _future_question(text, norm)
        or _for_the_record(norm)
        or _someone_elses(norm)
        or _once_long_ago(norm)
    )


# Round 19 (issue 15, by class, after the blind run EN v16): near misses that round 18's
# narrow rules missed, read as classes. Each gives the answer with the safety line (a
# mention), never silence.

#: 2. Past and resolved, with a date or a span: "two years ago ... came back completely",
#:    "in 2019, cleared with tablets, nothing since", "back in January ... fine since".
#:    Not when anything places a sign now, again or still, or a "but" follows.
_DATED_PAST = re.compile(
    r"\b((\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|many|some|a couple of)"
    r" (years?|yrs|months|decades?) (ago|back)|(years|months|decades) (ago|back)|in (19|20)\d\d|"
    r"back in (january|february|march|april|may|june|july|august|september|october|november|december|"
    r"the spring|the summer|spring|summer|autumn|winter|(19|20)\d\d|the day)|"
    r"last (year|spring|summer|autumn|winter)|when (i|he|she) was (a )?(\d+|young|little|kid|child|"
    r"teenager|baby|student)|"
    # round 20: a month with a year ("Jan 2023"), or "in March" told with a past verb
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|"
    r"august|september|october|november|december) (19|20)\d\d|(in|during) (january|february|march|"
    r"april|june|july|august|september|october|november|december)(?= (and|but|antibiotics|it|they|which|"
    r"that|i|the|\w+ (sorted|cleared|settled))|$)|(19|20)\d\d (log|diary|note|entry))\b"
)
_RESOLVED_SINCE = re.compile(
    r"\b(came back (completely|fully|to normal|properly)|cleared( up)?|settled|resolved|recovered|"
    r"sorted( it| out)?|went away|healed|(fine|good|ok|okay|normal|well|grand|clear) (ever )?since|"
    r"nothing since|never since|not since|(all|totally|completely) (good|fine|ok|okay|better) now|"
    r"turned out to be|been fine|"
    # round 20: "never came back", "nothing found", "been well since"
    r"never (came|come|coming) back|never returned|not (come|came) back|nothing found|found nothing|"
    r"(been|felt|keeping) (well|fine|good|great) (ever )?since)\b"
)
#: Round 20: "now" or "still" about the twitch or the tiredness after the op, not the sign:
#: "could that have anything to do with my spasm now", "is it normal to still feel tired".
_NOW_OF_THE_TWITCH = re.compile(
    r"\b(my |the |this )?(spasm|twitch|twitching|hfs|condition|tiredness)( \w+)? now\b|"
    r"\bstill (feel|feeling|get|getting|be|being) (so |a bit |quite |very )?(tired|exhausted|weary|"
    r"fatigued|drained|sleepy)\b"
)
#: Round 20: a sign told with its short span ("double vision for an hour") is told as past.
_SPAN_PAST = re.compile(
    r"\bfor (an|a|one|two|three|a few|a couple of|\d+) (hour|hours|minutes?|day|days|week|weeks)\b"
)
_STILL_NOW = re.compile(
    r"\b(still|again|now|today|tonight|currently|this (week|morning|afternoon|evening)|returned|"
    r"recently|right now|at the moment|yesterday|last night|hours? ago|minutes? ago|but|except|"
    r"though|although|however|since (the|my|his|her) (op|operation|surgery|botox|injection|jab))\b"
)


#: The sign's own clause must be dated and told in the past: "my op was in 2019 and I have
#: a fever" is not a past event.
_PRESENT_TENSE = re.compile(
    r"\b(i have|ive got|i ve got|have got|has got|i get|i am|im|i m|is|are|its|it s|keeps?|keeping|"
    r"feels?|seems?|looks?)\b"
)


def _past_and_resolved(text: str, norm: str, live: list) -> bool:
    if not (_DATED_PAST.search(norm) and _RESOLVED_SINCE.search(norm)):
        return False
    rest = _DATED_PAST.sub(" ", _RESOLVED_SINCE.sub(" ", _NOW_OF_THE_TWITCH.sub(" ", norm)))
    if _STILL_NOW.search(rest):
        return False
    clauses = [normalise(c) for c in _CLAUSE_SPLIT.split(text)]
    # a short dated heading before the sign's clause dates it ("Log: Jan 2023 - double vision")
    dated = [
        f"{clauses[i - 1]} {c}" if i and len(clauses[i - 1].split()) <= 4 else c
        for i, c in enumerate(clauses)
    ]
    for _, m in live:
        own = [d for c, d in zip(clauses, dated, strict=True) if m.group(0) in c]
        if not any(
            _DATED_PAST.search(c)
            and (_PAST_VERB.search(c) or _SPAN_PAST.search(c))
            and not _PRESENT_TENSE.search(c)
            for c in own
        ):
            return False
    return True


#: 3. Asked hypothetically: "hypothetically if I got a fever after the operation what am
#:    I supposed to do" (the word says it is not happening).
_IN_THEORY = re.compile(r"(?<!not )(?<!no )\b(hypothetical\w*|in theory|theoretically)\b")

#: 4. A figure of speech for paperwork or work: "drowning in forms, can't breathe lol".
_SWAMPED = re.compile(
    r"\b(drowning|snowed under|swamped|buried|up to my (eyes|ears|neck|eyeballs)) (in|with|under)?\b"
)
#: 5. The rest of the body asleep at night: "why is my face partying at 3am when the rest
#:    of me is unconscious" (a sleep question).
_REST_ASLEEP = re.compile(
    r"\b(rest of (me|my body))( \w+)? (is|was|are|s) (unconscious|asleep|"
    r"out cold|dead to the world|sound asleep|fast asleep)\b"
)


#: 6. A wish to talk about treatment ("I want to talk about surgery options for my son"):
#:    only the learned signal's reading of it, never a pattern's sign, becomes a mention.
_TALK_ABOUT = re.compile(
    r"\b(talk|chat|speak|ask|discuss|know more|find out)( \w+){0,2} (about|regarding|re|on) (the )?"
    r"(surgery|surgical|treatment|options|botox|the op|op|operation|mvd|injections|medication|"
    r"tablets|my options|his options|her options)\b"
)


def _round19_near_miss(text: str, norm: str, live: list) -> bool:
    """Whether a message with signs ``live`` (empty for the learned signal alone) is one
    of round 19's near misses (see above)."""
    if live and all(n == "trouble breathing" for n, _ in live) and _SWAMPED.search(norm):
        return not _ACUTE.search(norm) and not re.search(r"\b(lips?|tongue|throat|blue)\b", norm)
    if _REST_ASLEEP.search(norm) and all(n == "confusion or collapse" for n, _ in live):
        return not _SUDDEN_WORDS.search(norm)
    if _IN_THEORY.search(norm) and not _ACUTE.search(norm) and not _NOW.search(norm):
        return True
    return bool(live) and _past_and_resolved(text, norm, live)


#: Round 20, 2. Someone else's story told at length ("the man in the bed next to my uncle
#: after his MVD had a fluid leak", "a lady in my prayer group says her cousin went blind")
#: and asked about as a risk ("is that common", "is that even possible"), none of the
#: writer's own body named.
_OTHER_STORY = re.compile(
    r"^(\w+ ){0,3}((my|a|an|our|the) )?(mate|friend|neighbour|neighbor|cousin|colleague|uncle|aunt|"
    r"man|woman|lady|gentleman|guy|bloke|chap|patient|person|girl|boy|someone|somebody)\b"
    r"( \w+){0,12}? (had|has|got|went|lost|said|says|told)\b"
)
_ASKS_RISK = re.compile(
    _HOW_COMMON.pattern
    + r"|\b(is|was) (that|this|it) (even |really |actually )?possible\b|\bcan (that|this|it) "
    r"(really |actually )?happen\b|\bdoes (that|this) (really |actually )?happen\b"
)
_MY_PART = re.compile(
    r"\b(my|mine|i|im|ive)\b( \w+){0,2} (face|arm|arms|leg|legs|speech|vision|eye|eyes|ear|hearing|"
    r"neck|wound|scar|head|nose|mouth|lip|smile|temperature|have|had|got|feel|felt|cant|lost|am)\b"
)
#: 3. An animal's sign with a time word, the vet seeing it: the time is the animal's.
_VET = re.compile(r"\b(vet|vets|veterinary|veterinarian)\b")
#: 4. A list of denials ending in the usual twitch: "Nothing sudden, no headache, no
#:    vision problems, just the usual flicker under my left eye".
_DENIAL_CLAUSE = re.compile(r"^(no|nothing|not|never|without|zero|none)\b")
_USUAL_TWITCH = re.compile(
    r"^(just|only|simply|purely|it s just|its just|its only|just my|only my)( \w+){0,2} "
    r"(usual|normal|same old|same|old|regular|ordinary|everyday)\b"
)
_DENIAL_LIST_UNDONE = re.compile(
    r"\b(but|though|although|however|except|still|now|today|tonight|worse|again|since|suddenly)\b"
)
#: 5. A question about the condition (what sets it off, when can I garden again) with
#:    faith words the learned signal reads as a sign ("asking the Lord why this came upon
#:    me"): no part of the body or sign is named, nothing sudden; the learned signal
#:    alone gets the net there, not the alarm.
_ANY_SIGN_WORD = re.compile(
    r"\b(face|arm|arms|leg|legs|hand|hands|eye|eyes|ear|ears|head|headache|neck|wound|scar|fever|"
    r"speech|speak|talk|swallow\w*|breath\w*|vision|see|hear|hearing|deaf|blind|droop\w*|numb|weak\w*|"
    r"nose|leak\w*|vomit\w*|sick|stiff|lip|lips|mouth|cheek|eyelid|dizzy|fell|fall|collapsed|pain|"
    r"hurts?|confused|confusion|faint\w*|bleed\w*|blood|pus|swollen|swelling|red|hot|temperature|"
    r"body|chest|throat|tongue|seizure|fit|choking|cant|cannot|unable|worst|help|emergency|ambulance|"
    r"die|dying|dead|kill|end|suicid\w*|tablets|pills)\b"
)


# Round 21: ONE reader for a warning quoted, listed or asked about by someone else
# (rounds 17 to 20 each added their own: a programme about the signs, a quoted
# instruction, a quoted warning, a reported warning; each with its own "I'm fine" and its
# own splitter, and each next author's wording slipped between them). Read by STRUCTURE:
#   (a) the SOURCE: a sentence where a document, a page, a programme or a post says,
#       lists, mentions or warns (any verb), or where a person warns, asks, quizzes,
#       mentions or lists, or says the signs as a condition ("if", "would mean", "call",
#       a question), or an instruction or warning form ("watch for", "is an emergency")
#       with who said it; quote marks are optional. Inside that sentence every clause is
#       the quote except one that gives the writer's own state.
#   (b) every sign found lies in the quote (or in a clause that calls it the expected
#       effect, "like the nurse said it might");
#   (c) the WRITER'S OWN part, outside the quote, says fine / none / not / hasn't
#       happened / clean and dry / "I can" (:data:`_OWN_WELL`), or only asks how common
#       it is, naming no part of the writer's body;
#   (d) GUARDS where a real sign follows: no "but", "I have both", "I can't", "sounds
#       like me" in the writer's own part, nothing of the last hours there, and no sign
#       found in the writer's own part ("... and now I have it").
_SENTENCE_SPLIT = re.compile(r"[.!?;\n\u2026]+")
_QUOTE_SPLIT = re.compile(r"[,:()\[\]\U0001F300-\U0001FAFF]+")
_DOCUMENT = re.compile(
    r"\b(forms?|sheets?|papers?|paperwork|leaflets?|pamphlets?|booklets?|handouts?|brochures?|letters?|"
    r"cards?|website|site|web ?page|your page|heading|headline|article|blog|blog post|forum|thread|"
    r"instructions|notes|posters?|label|insert|info|guide|checklist|list|printout|app|video|consent)\b"
)
_DOCUMENT_VERB = re.compile(
    r"\b(says?|said|lists?|listed|mentions?|mentioned|warns?|warned|reads?|states?|stated|describes?|"
    r"described|covers?|covered|includes?|included|names?|named|talks? about|talked about|"
    r"spells? out|goes through|went through|has|had|gives?|gave|printed|explains?|explained|"
    r"wrote|writes|written|posted|posts|shared|"
    # round 25 (EN v22): "the leaflet advises that a worst-ever headache warrants ..."
    r"advises?|advised|recommends?|recommended|instructs?|instructed|tells? (you|us|patients|people))\b"
)
#: A film, programme or video ABOUT the signs (round 17's "a tv programme about stroke signs").
_SCENE_ABOUT = re.compile(_SCENE.pattern + r"( \w+){0,3} (about|on|explaining|showing)\b")
_PERSON_ASKS = re.compile(
    r"\b(warns?|warned|warning|asks?|asked|asking|quiz\w*|test\w*(?! (normal|fine|ok|okay|clear|all clear|negative|perfect))|check(s|ed|ing)? (on )?me|"
    r"mentions?|mentioned|listed|lists|explained|explains|went through|goes through|recites?|recited|"
    r"reciting|wrote|writes|posted|posts|shared|tweeted)\b"
)
_ASKING_MYSELF = re.compile(
    r"\b(i|im|i am|just|only|was|am|me) (asking|ask|asked|checking|mentioning)\b"
)
_PERSON_SAID = re.compile(
    r"\b(says?|said|say|told|tells?|telling|advised|keeps? (saying|telling|on)|insists?|insisted|swears?)\b"
)
#: Round 22: a claim about what a treatment does ("botox will paralyse your whole body"),
#: said by a person, is the person's claim, not the writer's state.
_TREATMENT_CLAIM = re.compile(
    r"\b(botox|toxin|injections?|jabs?|the op|operation|surgery|mvd|it) (will|can|could|would|might|may|"
    r"is going to|always)\b"
)
_SAID_AS_CONDITION = re.compile(
    r"\b(if|would mean|could mean|might mean|means|in case|should you|watch (out )?for|watching for|"
    r"look out for|keep an eye (out )?for|signs? of|call|ring|seek|an emergency|a warning sign|"
    r"warning signs|the signs|come (straight )?(in|back)|go (straight )?to)\b|\?|"
    # round 23 (EN v20): a risk stated ("'sudden hearing loss is rare after MVD'")
    r"\b(is|are|s) (very |extremely |quite |pretty )?(rare|uncommon|unusual|common|possible|a (rare |known |"
    r"small |tiny )?(risk|complication|side effect))\b|\b(risk|chance|odds) of\b"
)
_AS_EXPECTED = re.compile(
    r"\b(like|as) (they|he|she|the (doctor|nurse|nurses|surgeon|leaflet|sheet)|you) (said|say|warned|"
    r"told)\b|\b(they|he|she|nurses?|doctors?|surgeon) said (it|that|this|i|my \w+) (might|may|could|"
    r"would)\b|\b(said|told (me|us)) to expect\b|\bas expected\b"
)
#: The writer's own state, well: fine, the same, none of these, clean, strong, "I can",
#: "I don't" / "I haven't" / "it hasn't happened" said alone, no problems of that kind.
_OWN_WELL = re.compile(
    r"\b(im|i am|i feel|i feel absolutely|feeling|all|everything|everythings|its|it is|mine is|"
    r"mines|things|(everything|all|things|it|mine|my \w+( \w+)?) (is|are|s|feels?|seems?|looks?|has been|"
    r"have been)( \w+)?) (fine|ok|okay|normal|grand|great|alright|all right|good|perfect|totally fine|"
    r"completely fine|perfectly fine|absolutely fine|exactly the same|the same|unchanged)\b|"
    r"\b(nothing (is )?wrong|just my (usual|normal|old)|no (change|changes)|all (ok|okay|fine|good))\b|"
    r"\b(nothing like that|none of (these|those|them|that|this)|no sign of (it|that|them|any)|"
    r"i have none|have none|all normal|normal so far|fine so far|ok so far|good so far|"
    r"same as before|said to expect|told (me|us) to expect|as expected|not what (the|they|it|he|she)|"
    r"(just|only|literally just|literally only) (the|my) (spasm|twitch|usual|dull|normal)|"
    r"(is|are|s|feel|feels|looks?) (all )?(clean|dry|clean and dry|strong|perfectly strong|"
    r"healing (nicely|well)|fine|normal|good|ok|okay)|"
    r"(eating|drinking|swallowing|breathing|talking|walking|hearing|seeing|speech|temp|temperature) (is |are )?(fine|ok|"
    r"okay|normal|normally)|no( \w+){0,2} (problems?|issues?|trouble)( at all)?|"
    r"(my|mine)( \w+){0,4} (is|are)( totally| completely| perfectly| absolutely| still)? (fine|normal|ok|okay|"
    r"good|clean|dry|the same)|i can|i could|"
    r"yes i can|all (normal|clear|good|fine)|feeling (great|good|fine|well)|never (had|happened)|"
    r"(has|have)( not|nt) happened|(not|never|havent|hasnt|have not|has not) (had|got|seen|noticed) "
    r"(either|any|it|them|that|those|one|a thing)|neither( of them| of those)?|"
    r"(it|that|this) (hasnt|has not|didnt|did not|never) happen\w*|"
    # round 22: a test's result, a bare denial, the advice taken note of
    r"(tested|tests? (came back|were|was)|checked( out)?|came back) (normal|fine|ok|okay|clear|all clear|"
    r"perfect)|no( \w+){1,2} (at all|whatsoever|so far|yet)|none of (that|this|it|those|them) (has|have)|"
    r"completely fine|totally fine|totally well|perfectly well|"
    # round 25 (EN v22): "mine's totally dry" after the leaflet's clear fluid
    r"(mine|mines|mine s|mine is|mines been|mine has been)( totally| completely| bone| perfectly| still| all)? "
    r"(dry|clean|fine|normal|clear|ok|okay|good|the same))\b|"
    r"^(noted|got it|understood|will do|fair enough|ok noted|okay noted)$|"
    r"^(it|that|this) (hasnt|has not|didnt|did not)$|"
    r"^(i|he|she|we|they|mine|it|my \w+|his|hers)( \w+)? (dont|do not|havent|have not|hasnt|has not|didnt|"
    r"did not|isnt|is not|arent|are not|never did|never has|never have)( at all| yet)?$"
)
_OWN_HAS = re.compile(
    r"\b(but|except|apart from|although|however|though|i have (that|it|both|all|them|these|those|some|"
    r"one|two)|i do|i think so|sounds like (me|mine)|like mine|thats me|that s me|exactly what i|"
    r"i cant|i can t|i cannot|i couldnt|not sure)\b"
)
#: A treatment dated ("I had mine yesterday") places the treatment, not a sign.
_TREATMENT_DATED = re.compile(
    r"\b(had|got) (mine|it|them|my \w+|the \w+)( done)? (yesterday|today|this morning|last night|"
    r"\w+ days? ago)\b|\bday \d+\b"
)


#: Round 22: "Noted." / "Got it." after a quoted warning: the advice taken note of.
_NOTED = re.compile(r"^(noted|got it|understood|will do|fair enough|ok noted|okay noted)$")
#: Round 22: "but none of that has happened", "but the twitch itself isn't a stroke":
#: a "but" that turns to the writer's being well, or to the twitch alone, guards nothing.
_BUT_BENIGN = re.compile(
    r"^(but|though|however|although) (?=(none of|nothing|no |not |(the|my) (twitch|spasm)\b|"
    r"(im|i am|i feel|ive been|i have been) (fine|well|ok|okay|good|great)|"
    # round 23: "but my hearing is totally normal"
    r"(my|mine)( \w+){0,3} (is|are|feels?|seems?|s)( totally| completely| perfectly| absolutely| still)? "
    r"(fine|normal|ok|okay|good|clean|dry|the same)\b|"
    # round 23 (EN v20): "but I'm 3 weeks out" (the time since the operation, then well)
    r"(im|i am|ive been|its been|it s been|it has been) (\w+ ){0,2}(days?|weeks?|months?|years?) "
    r"(out|post op|postop|post surgery|since|after|on)\b))"
)


_BUT_SPLIT = re.compile(r" (?=(?:but|though|however|although) )")


def _but_well(clause: str) -> str:
    """The clause without a "but" that turns to the writer being well (see above)."""
    if _BUT_BENIGN.search(clause) and not next(iter(_matches(clause)), None):
        return _BUT_BENIGN.sub("", clause)
    return clause


def _is_source(sentence: str) -> bool:
    """(a): a sentence that quotes, lists or asks about signs on someone else's word."""
    s = _ASKING_MYSELF.sub(" ", sentence)  # "I'm only asking" is the writer's own question
    return bool(
        (_DOCUMENT.search(s) and (_DOCUMENT_VERB.search(s) or _SAID_AS_CONDITION.search(s)))
        or _SCENE_ABOUT.search(s)
        or _PERSON_ASKS.search(s)
        or (_PERSON_SAID.search(s) and (_SAID_AS_CONDITION.search(s) or _TREATMENT_CLAIM.search(s)))
    )


def _starts_in(sign: str, clause: str) -> bool:
    """Whether a sign's match lies in ``clause`` or starts there and runs on past its end
    (a pattern read on the whole message may span a full stop: "a fever, ring us. I
    haven't. Three weeks after the operation")."""
    words = sign.split()
    return sign in clause or any(
        clause.endswith(" ".join(words[:k])) for k in range(len(words) - 1, 0, -1)
    )


def _quoted_warning(text: str, live: list) -> bool:
    """Whether the signs ``live`` (empty for the learned signal alone) are a warning that
    someone else gives, and the writer's own part says they are well (see above)."""
    quote: list[str] = []
    own: list[str] = []
    for sentence in _SENTENCE_SPLIT.split(text):
        clauses = [c for c in (normalise(c) for c in _QUOTE_SPLIT.split(sentence)) if c]
        # round 23: a quote run on into the writer's "but" with no comma ("... a fever or
        # stiff neck' but I'm 3 weeks out"): the "but" starts the writer's own part
        clauses = [p for c in clauses for p in _BUT_SPLIT.split(c) if p]
        if clauses and _is_source(normalise(sentence)):
            for c in clauses:
                # round 23: the writer's own "how rare is rare?" after the quote
                mine = _OWN_WELL.search(c) or (
                    (_HOW_COMMON.search(c) or _WHAT_IS_IT.search(c))
                    and next(iter(_matches(c)), None) is None
                )
                (own if mine and not _is_source(c) else quote).append(c)
        else:
            own.extend(clauses)
    if not quote:
        return False
    for _, m in live:
        w = m.group(0)
        if not any(_starts_in(w, c) for c in quote) and not any(
            w in c and _AS_EXPECTED.search(c) for c in own
        ):
            return False
    mine = [c for c in own if not _AS_EXPECTED.search(c)]
    well = any(_OWN_WELL.search(c) for c in own)
    asked = any(_HOW_COMMON.search(c) or _WHAT_IS_IT.search(c) for c in mine) and not any(
        _MY_PART.search(c) for c in mine
    )
    noted = any(_NOTED.match(c) for c in own)
    if not (well or asked or noted) or any(_OWN_HAS.search(_but_well(c)) for c in quote + own):
        return False
    if _ACUTE.search(_TREATMENT_DATED.sub(" ", " ".join(mine))):
        return False
    # no sign of the writer's own outside what is quoted
    return not any(not _dismissal(c, m) for c in mine for _, m in _matches(c))


def _round20_near_miss(text: str, norm: str, live: list) -> bool:
    """Whether a message with signs ``live`` (empty for the learned signal alone) is one
    of round 20's near misses (see above)."""
    acute = _ACUTE.search(norm) is not None
    if (
        not acute
        and _OTHER_STORY.search(norm)
        and _ASKS_RISK.search(norm)
        and not _MY_PART.search(_OTHER_STORY.sub(" ", norm))
    ):
        return True
    if live and _VET.search(norm) and _ANIMAL.search(norm):
        owned = all(_ANIMAL.search(" ".join(norm[: m.start()].split()[-3:])) for _, m in live)
        if owned and not _RELATIVES.intersection(norm.split()):
            return True
    clauses = [normalise(c) for c in _CLAUSE_SPLIT.split(text)]
    clauses = [c for c in clauses if c]
    return bool(
        live
        and len(clauses) >= 3
        and _USUAL_TWITCH.search(clauses[-1])
        and all(_DENIAL_CLAUSE.search(c) for c in clauses[:-1])
        and not _DENIAL_LIST_UNDONE.search(norm)
    )


# Round 22 (English): an EPISODE TOLD AS OVER. A sign told in the past tense, placed
# away from today (a previous round of injections, a month named, an age, a year, a
# recovery that took weeks) AND told as over (it passed, sorted, treated and well now,
# came back, unchanged since), with no word of today and no sign said again or still:
# the safety line, not the alarm ("last round of botox I had trouble swallowing for a
# day, it passed"; "when I was 30 I had a sudden bad headache ... a migraine, sorted";
# "Mum's arm has been weak since her stroke in 2015, unchanged"; "my sister says her
# face drooped after her MVD but it came back within a month"). A sign that came and
# went TODAY is still an emergency (a warning stroke): hence the distance is required.
_EPISODE_AWAY = re.compile(
    r"\b(last|previous|first|earlier|other) (round|course|lot|time|cycle|injection|injections|jab|jabs|"
    r"op|operation|treatment)\b|"
    r"\b(back )?in (january|february|march|april|may|june|july|august|september|october|november|"
    r"december|(the )?(spring|summer|autumn|fall|winter))\b|\bwhen (i|he|she|we|they) (was|were) "
    r"(\d+|a (child|kid|teenager|student)|young|younger|little|pregnant)\b|\b(19|20)\d\d\b|"
    r"\b(years|decades|months) (ago|back|before)\b|\blast (year|spring|summer|autumn|winter)\b|"
    # round 23 (EN v20): a month back; before the operation was even booked
    r"\blast month\b|\b(a|one|two|three|four|five|six|\d+|a few|a couple of) months ago\b|"
    r"\bbefore (my|the|his|her) (\w+ )?(surgery|op|operation|mvd|procedure)\b( was)?( even)? "
    r"(scheduled|booked|planned|arranged|on the cards|offered)\b|"
    r"\bwithin (a|one|two|three|four|six|\d+|a few|a couple of) (weeks?|months?)\b"
)
_EPISODE_OVER = re.compile(
    r"\b(it|that|they|which|this) (passed|went|cleared|settled|resolved|wore off)\b|"
    r"\b(was|were|got) (treated|sorted|fixed|repaired)\b|\bsorted\b|\brecovered\b|"
    r"\b(totally|completely|fully|all|perfectly) (well|fine|better|recovered|normal) (now|since|again)\b|"
    r"\b(it|that) was (a |just )?(migraine|nothing|fine|an infection|a virus)\b|"
    r"\bcame back (within|after|fully|to normal|completely)\b|\bunchanged\b|"
    r"\b(no|not any) (change|worse)\b|\bsame as (ever|always|before)\b|"
    # round 23 (EN v20): "gone now", "eye doc checked me", "got it checked, all clear"
    r"\b(gone|fine|better|cleared|over|normal) now\b|"
    r"\b(doc|doctor|gp|eye doc|eye doctor|optician|specialist|neurologist|er|a and e|hospital|they)( \w+)? "
    r"(checked|examined|saw|cleared|looked at) (me|it|him|her|them|my \w+)( out| over)?\b|"
    r"\b(got|had|was|were) (it |them |me |him |her )?(checked|seen to|looked at)( out| over)?\b"
)
#: Words that bring the sign (or one like it) into today, whatever the distance words say.
_EPISODE_NOW = re.compile(
    r"\b(today|tonight|this (morning|afternoon|evening)|right now|just now|(minutes?|mins?|hours?) ago|"
    r"yesterday|last night|again|still|this time|once more|worse|weaker|getting|started|keeps|"
    r"(is|are|im|feels?) (weak|drooping|numb|slurred|swollen)|cant (swallow|breathe|speak|move|hear|see))\b"
)
#: A sign's clause told in the past tense (or "has been ... since").
_PAST_TOLD = re.compile(
    r"\b(had|was|were|went|got|drooped|sagged|dropped|lost|did|has been|have been|says|said|told)\b|"
    # round 23: a clause dated in the past is told in the past ("double vision for a minute
    # last month")
    r"\blast (month|year)\b|\bmonths ago\b"
)


def _told_in_the_past(text: str, live: list) -> bool:
    """Whether each sign in ``live`` stands in a clause of ``text`` told in the past
    (:data:`_PAST_TOLD`)."""
    clauses = [normalise(c) for c in _SENTENCE_SPLIT.split(text)]
    for _, m in live:
        home = [c for c in clauses if c and m.group(0).split()[0] in c.split()]
        if not home or not any(_PAST_TOLD.search(c) for c in home):
            return False
    return True


def _episode_over(text: str, norm: str, live: list) -> bool:
    """Whether every sign ``live`` lies in a past episode told as over (see above)."""
    if not live or not _EPISODE_AWAY.search(norm) or not _EPISODE_OVER.search(norm):
        return False
    if _EPISODE_NOW.search(_EPISODE_OVER.sub(" ", norm)):
        return False
    return _told_in_the_past(text, live)


#: Round 22: a question about a sign in general, then the writer denying it ("Would a
#: sudden headache be a sign of something serious? I don't have one, just asking").
_DENY_ASKING = re.compile(
    r"\b(i|ive) (dont|do not|havent|have not|havent got|have not got)( got)? (one|it|that|them|any|those)\b|"
    r"\b(just|only) asking\b|\basking for (interest|curiosity)\b|\bout of (interest|curiosity)\b"
)
_ASK_OPENER = re.compile(
    r"^(would|could|can|does|do|is|are|will|should|what|how|when|why|might|may)\b"
)


def _asked_then_denied(text: str, norm: str, live: list) -> bool:
    """Whether every sign ``live`` lies in a question and the rest denies having it."""
    if not live or not _DENY_ASKING.search(norm) or _ACUTE.search(_SUDDEN_ONLY_WORD.sub(" ", norm)):
        return False
    asked, rest = [], []
    for s in re.split(r"(?<=[.!?\n])\s*", text):
        c = normalise(s)
        if c:
            (asked if s.rstrip().endswith("?") and _ASK_OPENER.search(c) else rest).append(c)
    if not asked or any(_OWN_HAS.search(c) for c in rest):
        return False
    if any(next(iter(_matches(c)), None) is not None for c in rest):
        return False
    return all(any(m.group(0) in c for c in asked) for _, m in live)


_SUDDEN_ONLY_WORD = re.compile(r"\bsudden(ly)?\b")


#: Round 22: the signs denied one by one ("swallowing fine, breathing fine"), then a
#: small finding where the needle went ("but the injection spots are a bit bruised"):
#: the finding is the question, not a sign. Only for the learned signal (no pattern
#: found); a sign word, anything sudden or of the last hours beyond the treatment's date
#: keeps the alarm.
_FINE_CLAUSE = re.compile(
    r"^(my )?(\w+ )?(swallowing|breathing|speech|talking|eating|drinking|hearing|vision|eyesight|sight|"
    r"face|smile|arms?|legs?|neck|head|wound|temperature)( is| are| s| feels?| seems?)? (fine|ok|okay|"
    r"normal|good|grand|all good|no problem)\b"
)
_SITE_FINDING = re.compile(
    r"\b(injection|needle|jab) (spots?|sites?|points?|marks?|holes?)\b(\s+\w+){0,4}\s+(bruis\w*|sore|"
    r"tender|red|pink|itchy|lumpy|bumpy|swollen|puffy)\b"
)


_TREATMENT_WHEN = re.compile(
    r"\b(after|since|from) (the |my |his |her )?(\w+ )?(botox|toxin|injections?|jabs?|shots?)"
    r"( (yesterday|last \w+|on \w+day|\w+ days? ago|this morning))?\b"
)


def _denials_then_site(text: str, norm: str, live: list) -> bool:
    """Whether the message denies the signs, then asks about the injection site (above)."""
    if live or not _SITE_FINDING.search(norm):
        return False
    if _SUDDEN_WORDS.search(norm) or _ACUTE.search(_TREATMENT_WHEN.sub(" ", norm)):
        return False
    clauses = [c for c in (normalise(c) for c in _CLAUSE_SPLIT.split(text)) if c]
    fine = [c for c in clauses if _FINE_CLAUSE.search(c)]
    rest = [c for c in clauses if c not in fine]
    others = " ".join(_SITE_FINDING.sub(" ", c) for c in rest)
    if _ANY_SIGN_WORD.search(others) or re.search(r"\b(now|still|again|worse|and my)\b", others):
        return False
    return len(fine) >= 2 and all(
        _SITE_FINDING.search(c) or _QUESTION_OPENER.search(c) or len(c.split()) <= 2 for c in rest
    )


# Round 23 (English, EN v20). Two near misses told by their structure:
# 1. A sign feared as what a treatment might bring ("scared to death of going deaf from
#    the surgery, what are the odds"): every sign is the object of the fear words, a
#    treatment is named, and nothing places anything now.
# 2. Someone else's past sign, which the writer says is not theirs ("my wife's mother had
#    a stroke and can't use her arm, she lives in Ohio, nothing to do with me"): every
#    sign is owned by the other person, the story is past or far away, and the writer
#    says it is not about them. "My wife's face is drooping, not me" still alarms (no
#    past, nowhere else); so does anything of today.
_NOT_ME = re.compile(
    r"\b(nothing to do with me|not (about|for) me|(its|it s|this is|thats|that s) not (me|about me)|"
    r"(isnt|is not|wasnt|was not) (me|about me|mine)|not (happening )?to me|i(m| am) (fine|ok|okay|well))\b|"
    r"\bnot me\b(?! (too|either|as well)\b)"
)
_ELSEWHERE_OR_PAST = re.compile(
    r"\b(lives|live|living|lived|stays) (in|over in|out in|up in|down in|abroad|overseas|far away)\b|"
    r"\b(cousin|uncle|aunt|brother|sister|friend|mum|mom|dad|mother|father|neighbour|neighbor|nan|gran|"
    r"grandma|grandpa|colleague)s? (in|over in|out in|back in) (?!(bed|hospital|pain|agony|the|a|an|my|her|"
    r"his|their)\b)\w+\b|"
    r"\b(had|has had|suffered) (a|her|his|their) (stroke|mini stroke|bleed|tia)\b|"
    r"\b(years|months) ago\b|\blast year\b|\b(19|20)\d\d\b"
)
_THEIR = re.compile(r"\b(her|his|their|she|he|they|hes|shes|theyre|him|them)\b")
_OTHERS = _RELATIVES | frozenset(
    [
        "cousin", "cousins", "niece", "nieces", "nephew", "nephews", "grandson", "grandsons",
        "granddaughter", "granddaughters", "colleague", "colleagues", "coworker", "coworkers", "boss",
        "law", "neighbours", "neighbors", "friends", "uncles", "aunts", "auntie", "aunties", "grandad",
        "grandads", "granny", "grannys", "stepmom", "stepmum", "stepdad",
        # round 29 (EN v26): kin in other Englishes ("me mam had a stroke years back")
        "mam", "mams", "mammy", "mammys", "mummy", "mommy", "mama", "ma", "mas", "da", "das", "daddy", "pa",
        "papa", "nana", "nanna", "granda", "grandda", "gramps", "grandpop", "aunty", "hubby", "missus",
        "sis", "bro", "stepmother", "stepfather",
    ]
)  # fmt: skip


def _feared_sign(norm: str, live: list) -> bool:
    """1. above: every sign ``live`` lies just after the fear words."""
    fear = _FEAR_OF.search(norm)
    if fear is None or not _DREAD_OF.search(norm) or _NOW.search(norm) or _ACUTE.search(norm):
        return False
    return all(fear.start() <= m.start() <= fear.end() + 12 for _, m in live)


def _someone_elses_past(norm: str, live: list) -> bool:
    """2. above: every sign ``live`` owned by another person, told as past or far away,
    and the writer saying it is not theirs."""
    if not _NOT_ME.search(norm) or not _ELSEWHERE_OR_PAST.search(norm) or _ACUTE.search(norm):
        return False
    for _, m in live:
        # the owner: another person (a relative, "she", "his") among the eight words before
        # the sign, and no word of the writer's own after them
        before = norm[: m.start()].split()[-8:]
        at = [i for i, w in enumerate(before) if w in _OTHERS or _THEIR.fullmatch(w)]
        if not at or _SELF_WORDS.search(" ".join(before[at[-1] + 1 :]) + " " + m.group(0)):
            return False
    return True


# Round 24 (English, EN v21). Two near misses told by their structure:
# 1. A past sign with a VERDICT and told as OVER NOW ("had a bad headache the day after
#    the op, the nurses said it was normal and it's gone now"; "wound had a bit of redness
#    last week, GP checked it, it's healed perfectly now"; "Dad had a fever after his op
#    but it was a chest cold, he's better now"): every sign's clause told in the past, a
#    judgement of it (the team said it was normal, a doctor checked it, a plain cause
#    named) and a present "gone / healed / better now", with no word of today, nothing
#    again or still, and no sign or "but" after the "better now". Round 22's
#    :func:`_episode_over` needs a distance from today; a verdict stands in for it here.
# 2. A risk the doctor LISTED, asked about before the treatment ("double vision was one
#    of the things the doctor listed as a risk, should I worry about it before
#    surgery?"): the sign named as one of the risks, the treatment still to come, no
#    person owning the sign and nothing placing it now.
_VERDICT = re.compile(
    r"\b(nurses?|doctors?|docs?|gps?|team|surgeons?|consultants?|specialists?|staff|ward|they|physio|"
    r"pharmacist|hospital|er|a and e)( \w+)? (said|say|says|told (me|us|him|her|them)|reckoned|confirmed|"
    r"explained)( that)?( it| this| that)?( was| is| s| its)? (all )?(normal|expected|to be expected|"
    # round 26 (EN v23): "district nurse says it's all healed"
    r"fine|nothing|common|ok|okay|harmless|usual|routine|nothing to worry about|healed|healed up|"
    r"healing (well|nicely|fine))\b|"
    r"\b(nurses?|doctors?|docs?|gps?|team|surgeons?|consultants?|specialists?|physio|er|a and e)"
    r"( \w+)? (checked|examined|looked at|saw|cleared) (it|me|him|her|them|the \w+|my \w+)\b|"
    # round 25 (EN v22): "the nurse looked and it healed up", "the GP had a look at it"
    r"\b(nurses?|doctors?|docs?|gps?|surgeons?|consultants?|specialists?)( \w+)? (looked|had a look|took a look|"
    r"checked)( at it| at me| at them)? (and|then)\b|"
    r"\b(it|that|this|which) (was|turned out to be) (just |only )?(a |an )?(chest |head |bad |common |"
    r"stomach |sinus |ear |tummy )?(cold|virus|flu|bug|infection|migraine|hay fever|sinusitis|"
    r"dehydration|hangover|chest infection|tummy bug|covid)\b"
)
_OVER_NOW = re.compile(
    r"\b(gone|healed|better|fine|cleared|settled|resolved|back to normal|recovered|well)( up| away)?"
    r"( \w+)? (now|perfectly|completely|fully|totally|since)\b|"
    # round 25 (EN v22): "healed up lovely", "healed nicely, scar's flat now"
    r"\b(healed|settled|cleared)( up| down)? (lovely|nicely|beautifully|really well|well|fine|great|perfectly)\b|"
    r"\b(its|it s|it has|it is|has|have|they have|theyve) (gone|healed|cleared|resolved|settled)\b|"
    r"\b(hes|he s|he is|shes|she s|she is|im|i m|i am|theyre|they are) (\w+ )?(better|fine|well|ok|okay|"
    r"recovered)\b|"
    # round 28 (EN v25): "it was a cold and it stopped weeks ago", "cleared up days ago"
    r"\b(stopped|cleared|cleared up|went away|dried up|settled|passed|ended|finished)( \w+)? (weeks|days|months|"
    r"ages|a (week|month|fortnight)|a few (weeks|days|months)|long) ago\b"
)
_OVER_UNDONE = re.compile(
    r"\b(but|though|although|except|apart from|back|returned|worse|again|still)\b"
)
_LISTED_RISK = re.compile(
    r"\b(listed|mentioned|named|flagged|gave|went through|warned (me |us )?about)( \w+){0,3} as "
    r"((a|one of the|one|an) )?(possible |potential |rare |known )?(risk|risks|complication|complications|"
    r"side effect|side effects)\b|"
    r"\b(one of|among) the (possible |potential |rare |known )?(risks|complications|side effects|things)\b"
    r"( \w+){0,4} (listed|mentioned|named|warned|said|went through|talked about|told)\b"
)
_STILL_TO_COME = re.compile(
    r"\bbefore (the|my|his|her|our) (\w+ )?(surgery|op|operation|mvd|procedure|botox|injections?|"
    r"treatment|appointment)\b|\bbefore (surgery|the op|having it|i have it)\b|"
    r"\b(havent|have not|not|hasnt|has not) (had|been)( it| the \w+| my \w+| surgery)? yet\b|"
    r"\b(surgery|op|operation|mvd|procedure) is (next|on|in|booked|scheduled|planned|coming)\b"
)


def _checked_and_over(text: str, norm: str, live: list) -> bool:
    """1. above: every sign ``live`` in a past clause, judged and told as over now."""
    if not live or _ACUTE.search(norm) or not _VERDICT.search(norm):
        return False
    over = list(_OVER_NOW.finditer(norm))
    if not over:
        return False
    after = norm[over[-1].end() :]
    if _OVER_UNDONE.search(after) or next(_matches(after), None) is not None:
        return False
    if _EPISODE_NOW.search(_OVER_NOW.sub(" ", _VERDICT.sub(" ", norm))):
        return False
    return _told_in_the_past(text, live)


def _listed_risk(norm: str, live: list) -> bool:
    """2. above: every sign ``live`` a risk the doctor listed, the treatment to come."""
    if not live or not _LISTED_RISK.search(norm) or not _STILL_TO_COME.search(norm):
        return False
    if _NOW.search(norm) or _ACUTE.search(norm):
        return False
    return not any(
        _OWNER.search(" ".join(norm[: m.start()].split()[-3:]) + " " + m.group(0)) for _, m in live
    )


# Round 27 (EN v24): near misses by class, each the answer with the safety line:
# 1. A sign the team predicted, told as past and gone now ("a bad headache for a couple
#    of days after the MVD like the nurse said, it's gone now"): :data:`_AS_EXPECTED`
#    stands in for round 25's verdict.
# 2. A sign another person owns, explained or set apart from the writer ("my uncle went
#    blind from diabetes, nothing to do with me"; "someone's wound got infected after
#    MVD ... mine's healed fine").
# 3. A sign someone warned of, then denied by a pronoun ("the nurse warned me about
#    trouble swallowing after botox, I don't have it").
# 4. A sign a doctor said is possible, asked about its course ("when the doctor said
#    'facial weakness is possible' after surgery, how long does that last?").
# 5. A fever (any sign) of the past with its everyday cause, BEFORE the operation ("had a
#    cold with fever last month, before my op was even scheduled"): no post-op sign.
# 6. Planning ahead: "what should I do if my wife suddenly couldn't speak? just planning
#    ahead" (also for the learned signal alone, :func:`_planning_ahead`).
# Anything of now (:data:`_NOW`, :data:`_ACUTE` outside the condition) keeps the alarm.
_GONE_NOW_27 = re.compile(
    r"\b(its|it s|it has|its all|it is|thats|that s|all|both|they re|theyre|they have|theyve) "
    r"(gone|cleared|settled|resolved|passed|better|over|back to normal)( up| away| down)?( now| since)?\b|"
    r"\b(gone|cleared up|settled|passed) now\b"
)
_NOT_MINE = re.compile(
    r"\b(nothing to do with me|not (about|to do with|related to) me|(its|it s|thats|that s) not me|not me "
    r"(though|personally)|(mine|mines|mine is|mine s|my (wound|scar|incision|one|face|eye|ear|hearing|"
    r"sight)( is| s)?) (healed|healing|fine|ok|okay|good|great|perfect|all good|clean|normal|totally fine)\b)"
)
_OTHER_OWNER = re.compile(
    r"\b(someones|someone s|somebody s|somebodys|someone|somebody|a (man|woman|lady|guy|bloke|girl|"
    r"person|patient|member|poster)|people|others|other (people|patients)|(my|his|her|our) (uncle|aunt|"
    r"auntie|nan|gran|granny|grandad|grandpa|grandma|cousin|neighbour|neighbor|friend|mate|colleague|dad|"
    r"mum|mom|father|mother|brother|sister|husband|wife|son|daughter)s?)\b"
)
_WARNED_OF = re.compile(
    r"\b(warned|told|mentioned|talked|spoke|went through|explained)( me| us)?( all)? (about|of)\b|"
    # round 28 (EN v25): a leaflet's instruction ("the leaflet says call 911 if your face
    # droops"), a surgeon's "some people get ..."
    r"\b(leaflet|leaflets|booklet|sheet|website|letter|card|instructions|guidance|poster|form|nhs site)( \w+)? "
    r"(says|said|say|tells (you|us|me)|told (us|me)|warns|warned)\b|"
    r"\b(said|says|told (me|us)|warned( me| us)?)( that)? (some|many|a few|most|lots of|a lot of|a small number "
    r"of) (people|patients|folk)\b"
)
_DENIED_BY_PRONOUN = re.compile(
    r"\b(i|ive|i ve)( still)? (dont|do not|havent|have not|haven t|don t|never)( \w+)? (have|had|got|get|"
    r"noticed|seen)( any( of)?)? (it|that|them|any|this|those|these)\b|\bno sign of (it|that|them)\b|"
    # round 28 (EN v25): "mine doesn't", "I haven't", "my face moves fine"
    r"\bmine (doesnt|does not|hasnt|has not|isnt|is not|didnt|did not|wont|dont|is fine|is ok|is okay)\b|"
    r"\b(i|ive) (havent|have not|dont|do not)\s*($|just|so|thankfully|luckily|phew)\b|"
    r"\bmy (face|smile|mouth|hearing|ears?|eyes?|vision|sight|speech|neck|wound|scar|arm|leg|head)( \w+){0,2} "
    r"(moves?|works?|is|s|are|feels?|looks?|seems?)( \w+)? (fine|normal|normally|perfect|perfectly|ok|okay|"
    r"good|great|spot on)\b"
)
_SAID_POSSIBLE = re.compile(
    r"\b(said|says|told (me|us)|mentioned|warned)( that)?( \w+){1,5} (is|are|s) (possible|a possibility|"
    r"a risk|a known risk|common|rare|likely|expected)\b|\b(can|may|might|could) (happen|occur)\b"
)
_COURSE_ASKED = re.compile(
    r"\bhow long (does|do|would|will|might|can|could)( that| it| this| they)?( usually| normally| \w+)? "
    r"(last|take|go on|stay)\b|\b(how common|how often|how likely|does it (go|wear) (away|off)|is it "
    r"permanent)\b"
)
_EVERYDAY_CAUSE = re.compile(
    r"\b(cold|flu|virus|bug|covid|chest infection|tummy bug|sore throat|water infection|uti|tonsillitis|"
    r"sinusitis)\b"
)
_BEFORE_THE_OP = re.compile(
    r"\b(before|long before|ahead of)( my| the)? (op|operation|surgery|mvd|procedure)( \w+){0,2}"
    r"( was| had been)?( even| ever)? (scheduled|booked|planned|arranged|done|on the cards|mentioned)?\b"
)
_PAST_DATED = re.compile(
    r"\b(last (month|year|winter|summer|spring|autumn|christmas)|(weeks|months|years) ago|in (january|"
    r"february|march|april|may|june|july|august|september|october|november|december|the spring|the "
    r"autumn|the winter|the summer))\b"
)
_PLANNING = re.compile(
    r"\b((just )?(planning|thinking|preparing) ahead|for future reference|to be (prepared|ready)|"
    r"(just )?(in theory|hypothetically)|forewarned is forearmed|so (i|we) know (what to do|for next time))\b"
)
_NOW_27 = re.compile(
    r"\b(today|tonight|this (morning|afternoon|evening)|right now|just now|at the moment|currently|"
    r"(minutes?|mins?|hours?|hrs?) ago|yesterday|last night|since (yesterday|last night|this morning)|"
    r"still|again|is happening|happening now)\b"
)


def _planning_ahead(text: str, norm: str) -> bool:
    """6. above: a condition ("if", "what if") with a question of what to do, said to be
    planning ahead, and nothing of now outside it."""
    return bool(
        _PLANNING.search(norm)
        and _IF.search(norm)
        and (_WHAT_TO_DO.search(norm) or "?" in text)
        and not _NOW_27.search(norm)
        and not _OWN_HAS.search(_WHAT_TO_DO.sub(" ", _PLANNING.sub(" ", norm)))
    )


def _round27_near_miss(text: str, norm: str, live: list) -> bool:
    """Whether a message with signs ``live`` (empty for the learned signal alone) is one
    of round 27's near misses (see above)."""
    if _NOW_27.search(norm):
        return False
    if _planning_ahead(text, norm):
        return True
    if not live:
        return False
    first = min(m.start() for _, m in live)
    last = max(m.end() for _, m in live)
    # 1. predicted by the team, past and gone now
    if (
        _AS_EXPECTED.search(norm)
        and _GONE_NOW_27.search(norm[last:])
        and not _OVER_UNDONE.search(norm[_GONE_NOW_27.search(norm[last:]).end() + last :])
        and _PAST_VERB.search(norm[:last])
        and not _ACUTE.search(norm)
    ):
        return True
    # 2. another person's sign, set apart from the writer
    if (
        _NOT_MINE.search(norm)
        and _OTHER_OWNER.search(norm[: first + 20])
        and not _ACUTE.search(norm)
    ):
        mine = _NOT_MINE.search(norm)
        if not _OVER_UNDONE.search(norm[mine.end() :]) and not _OWN_HAS.search(norm[mine.end() :]):
            return True
    # 3. warned of, denied by a pronoun after it
    warned = _WARNED_OF.search(norm)
    if warned and warned.end() <= first + 1 and _DENIED_BY_PRONOUN.search(norm[last:]):
        return not _ACUTE.search(norm)
    # round 28: a sign's words may run on into the denial ("weakness after the op my face
    # feels normal"): every sign begun before it is enough
    denial = _DENIED_BY_PRONOUN.search(norm, min(m.end() for _, m in live))
    if (
        warned
        and warned.end() <= first + 1
        and denial
        and all(m.start() < denial.start() for _, m in live)
    ):
        return not _ACUTE.search(norm)
    # 4. said to be possible, its course asked
    if (
        _SAID_POSSIBLE.search(norm)
        and _COURSE_ASKED.search(norm[last:])
        and _VERDICT_SPEAKER.search(norm[: first + 1])
        and not _ACUTE.search(norm)
        and not re.search(
            r"\b(my|i have|ive got|im getting|i get)\b", norm[max(0, first - 12) : last]
        )
    ):
        return True
    # 5. a past sign with its everyday cause, before the operation
    return bool(
        _BEFORE_THE_OP.search(norm)
        and _EVERYDAY_CAUSE.search(norm)
        and (_PAST_DATED.search(norm) or re.search(r"\b(had|got|caught)\b", norm[:first]))
        and not _ACUTE.search(norm)
        and not _AFTER_OP.search(_BEFORE_THE_OP.sub(" ", norm))
    )


#: Round 28 (EN v25): another person's sign long ago, dated by a decade or a year ("my
#: grandad had a stroke in the 80s", "my mum had a stroke back in 1995"): the safety
#: line, not the alarm. The owner among the eight words before each sign, no word of the
#: writer's own between, nothing of now.
_LONG_AGO_28 = re.compile(
    r"\b(in|back in|during) the (19)?[2-9]0s\b|\b(in|back in|during|since) (19\d\d|200\d|201\d)\b|"
    r"\b(years|decades|ages|a long time|many years|some years|a few years|donkeys years|yonks) (ago|back)\b|"
    r"\blong ago\b|\ba (good )?while back\b|\b(when|while) (i|we) (was|were) (a kid|kids|little|young|small|a child|"
    r"children|at school|a teenager|growing up)\b|\blong before i (was born|had)\b"
)


_RECOVERED_NOW = re.compile(
    r"\b(shes|hes|theyre|she is|he is|they are|she s|he s|theyre all|shes all|hes all)( \w+)? (grand|fine|well|"
    r"ok|okay|good|great|alright|all right|doing (well|great|fine|grand|good|ok)|recovered|fully recovered|"
    r"back to normal|right as rain|grand again|fine again|herself again|himself again)( now)?\b"
)


def _others_long_ago(norm: str, live: list) -> bool:
    """Whether every sign ``live`` is another person's, told as long ago (above)."""
    if not live or not _LONG_AGO_28.search(norm) or _NOW_27.search(norm) or _ACUTE.search(norm):
        return False
    # round 29 (EN v26): "she's grand now", "he's fully recovered now" is not the sign now
    if re.search(r"\b(now|another|having|has|have got|has got)\b", _RECOVERED_NOW.sub(" ", norm)):
        return False  # "... and I think he's having another one now"
    for _, m in live:
        before = norm[: m.start()].split()[-8:]
        at = [i for i, w in enumerate(before) if w in _OTHERS or _THEIR.fullmatch(w)]
        if not at or _SELF_WORDS.search(" ".join(before[at[-1] + 1 :]) + " " + m.group(0)):
            return False
    return True


_VERDICT_SPEAKER = re.compile(
    r"\b(nurses?|doctors?|docs?|gps?|team|surgeons?|consultants?|specialists?|physio|neurologist|he|she|"
    r"they|leaflet)\b"
)


#: Round 29 (issue 15, after the blind run EN v26): near misses by class, each the safety
#: line, never the alarm.
#: 1. A sign that lasted a moment ("for a second", "a few seconds"), dated in the past
#:    ("last week", "once", "the other day") and over now ("it's gone now", "back to
#:    normal"), nothing of now: "I had double vision for a second when I was exhausted
#:    last week, it's gone now and the optician checked me".
_MOMENT_29 = re.compile(
    r"\bfor (a|one|a split|a few|a couple of|two|three|a brief) (second|seconds|moment|moments|split second|"
    r"instant|minute)\b|\b(momentar\w*|fleeting\w*|brief(ly)?)\b"
)
_PAST_29 = re.compile(
    r"\b(last (week|month|weekend|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"the other (day|week|night)|a (few|couple of) (days|weeks|months) (ago|back)|once|weeks ago|"
    r"months ago|a week ago|a month ago)\b"
)
_OVER_29 = re.compile(
    r"\b(its|it s|it is|it has|its been|thats|that s|it was|all|everythings|everything is|vision is|"
    r"sight is|eyes are|it went|which went|they went|both) ?(gone|fine|over|cleared|passed|back to normal|"
    r"normal|been fine|gone away|went away|cleared up|been fine since|fine since|right since)\b"
)
_AGAIN_29 = re.compile(
    r"\b(again|still|keeps|keep|kept|since then|worse|more often|every day|now and then)\b"
)
#: 2. A question in general ("can botox spread and make you weak?"), then the writer
#:    fine, only reading (curious, asking): the sign is "you", "someone", "people".
_GENERIC_29 = re.compile(
    r"\b(you|your|someone|somebody|people|a person|anyone|anybody|patients|one)\b"
)
_ONLY_READING = re.compile(
    r"\b(im|i am|i m|i feel|i feel completely|im completely|im totally|i am totally)( \w+)? (fine|ok|okay|"
    r"grand|good|well|alright|all right|great)\b|\bjust (reading|curious|asking|wondering|researching|"
    r"looking (it )?up|reading up|checking)\b|\bnothing wrong with me\b|\bno symptoms\b"
)
#: 3. An abstract thing "swallowed" (the idea, the thought, the news, the price, one's
#:    pride): a figure of speech, not the throat.
_SWALLOW_FIGURE = re.compile(
    r"\bswallow(ing)? (the|that|this|his|her|their|my|your|such|any|all) (\w+ )?(idea|ideas|thought|thoughts|"
    r"fact|news|price|cost|bill|excuse|excuses|story|lie|lies|pride|decision|diagnosis|notion|prospect|"
    r"explanation|advice|words|argument|nonsense|rubbish|suggestion|plan|waiting|wait|concept|possibility)\b"
)
#: 4. The twitch's own course: a cheek (eye, face) weak or tired after a long (bad) spasm
#:    that goes after resting (a rest, sleep, the spasm stopping).
_AFTER_SPASM = re.compile(
    r"\bafter (a|the|each|every|one of my|my|these|those)( \w+)? (spasm|spasms|twitch|twitching|"
    r"attack|attacks|episode|episodes|bout|bouts|fit|fits|tic)\b"
)
_GOES_WITH_REST = re.compile(
    r"\b(goes|go|going|passes|pass|fades|fade|settles|eases|wears off|comes back|returns|recovers|"
    r"disappears|is gone|gone|back to normal|fine)( away| off| back| again| to normal)? (after|with|when i|"
    r"once i|if i|after i|when it|once it|when the spasm|once the spasm) (a )?(rest|resting|rested|"
    r"sleep|a sleep|sleeping|a while|lie down|relax\w*|stops|calms|settles|a few minutes|minutes)\b"
)


def _round29_near_miss(text: str, norm: str, live: list) -> bool:
    """Round 29's near misses (above)."""
    if _ACUTE.search(norm) or _NOW_27.search(norm):
        return False
    spans = [m for _, m in live]
    if not spans:  # the learned signal alone: only the twitch's own course below
        return bool(_AFTER_SPASM.search(norm) and _GOES_WITH_REST.search(norm))
    if (
        _MOMENT_29.search(norm)
        and _PAST_29.search(norm)
        and _OVER_29.search(norm[spans[0].end() :])
        and not _AGAIN_29.search(norm)
    ):
        return True
    if (
        "?" in text
        and _ONLY_READING.search(norm)
        and all(_GENERIC_29.search(m.group(0) + " " + norm[m.end() : m.end() + 20]) for m in spans)
        and not re.search(
            r"\b(my|i have|ive got|im getting|i get|i had)\b", norm[: spans[-1].end()]
        )
    ):
        return True
    if all(_SWALLOW_FIGURE.search(norm, max(0, m.start() - 3)) for m in spans) and all(
        "swallow" in m.group(0) for m in spans
    ):
        return True
    return bool(_AFTER_SPASM.search(norm) and _GOES_WITH_REST.search(norm))


#: Round 30 (the second training author, dev_v30a, and EN v27): near misses by class.
#: 1. A sign told in the PAST with its END told after it ("there was a bit of clear drip
#:    ... for a day, surgeon checked it, been bone dry since"; "had a fever after the op
#:    while I was still in hospital ... it cleared before discharge"; "the team checked it
#:    ... and it stopped. All good since"), nothing of now or again.
_OVER_30 = re.compile(
    r"\b((been|its been|it s been|has been|all|everything s|everythings)( bone| totally| completely)? "
    r"(dry|good|fine|ok|okay|clear|normal|grand|great)( ever)? since|(it|that|which|this|they) "
    r"(stopped|cleared( up)?|went away|dried up|settled( down)?|resolved|healed( up| nicely)?|passed|"
    r"went)( \w+){0,3}?( before| after| by| within| in| on its own| itself|\s*$)|cleared (up )?before"
    r" (discharge|i (left|went home))|(never|not) (came|come) back|(hasnt|has not|havent|have not) "
    r"(come back|happened|been back|returned)( \w+)? since|nothing since|gone since|fine ever since)\b"
)
_PAST_TOLD_30 = re.compile(
    r"\b(there was|there were|had|got|was|were|went|had a|back in|last (spring|summer|autumn|fall|winter|"
    r"year|month)|(the|a) (week|day|month|night) after|while i was|years ago|months ago|when i)\b"
)
_AGAIN_30 = re.compile(
    r"\b(again|still|back now|came back|come back|returned|worse|started again|recurr\w*|now (i|it|my|its"
    r"|there)|today|tonight|this (morning|evening|afternoon)|just now|right now|(minutes?|hours?) ago|"
    r"yesterday|last night)\b"
)
#: 2. A state LONG-STANDING and unchanged ("wearing prism glasses for double vision for 15
#:    years, no change"; "deaf since I was a kid, nothing new").
_YEARS_30 = re.compile(
    r"\b(for|since|over) (the (last|past) )?(\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"fifteen|twenty|thirty|many|several|some) (years|yrs|decades)\b|\bsince (i was a (kid|child|boy|girl|"
    r"baby|teen\w*)|childhood|birth|school)\b|\b(whole|entire) life\b"
)
_UNCHANGED_30 = re.compile(
    r"\b(no change|nothing new|unchanged|same as (always|ever|usual)|not changed|hasnt changed|has not "
    r"changed|no different|stable)\b"
)
#: 3. An instruction quoted, with the sign not come ("nurse told me keep an eye out for a
#:    salty drip ..., nothing so far"; "they told us if her face droops call 911, it
#:    hasn't").
_TOLD_TO_30 = re.compile(
    r"\b(told|tells|said|says|warned|advised|asked) (me|us|him|her|them)?( to)? ?(keep an eye( out)?|watch|"
    r"look out|be on the lookout|call|ring|phone|go|come|if|that if|check)\b|\b(the )?(leaflet|sheet|"
    r"paperwork|instructions|discharge notes?|nurse|surgeon|doctor|team) (says|said)( to)?\b"
)
_NOT_COME_30 = re.compile(
    r"\b(nothing|none|nowt|no sign( of (it|that|any))?)( \w+)? (so far|yet|at all)\b|"
    r"\b(it|she|he|they|that|which)( \w+)? (hasnt|has not|havent|have not|hasn t)( happened)?\b|"
    r"\bnot (yet|so far)\b|\b(all|everything s|everythings) (fine|good|ok|okay|clear) so far\b"
)
_TIA_30 = frozenset(
    [
        _FACIAL,
        "limb weakness",
        "slurred speech",
        "sudden vision loss",
        "spreading weakness",
        _RECEPTIVE,
    ]
)
_LONG_AGO_30 = re.compile(
    r"\b(last (spring|summer|autumn|fall|winter|year)|(years|months|decades) ago|in (19|20)\d\d|back in|"
    r"as a (child|kid|teen\w*)|when i was (young|little|a (kid|child|teen\w*)))\b"
)
_CHECKED_30 = re.compile(
    r"\b(checked|examined|looked at|treated|antibiotics|gave me|gave (him|her)|said it was|told me it was|"
    r"seen by|discharge\w*|in hospital|the (team|surgeon|doctor|gp|nurse))\b"
)
#: "while I was still in hospital" dates the past sign, it is no "still" of now.
_WHILE_STILL_30 = re.compile(r"\b(while|when) (i|he|she|we|they) (was|were) still\b")
#: 5. Thanks with the next visit named ("thank you for everything! See you in March for
#:    my next shots"): a patient looking ahead, for the learned signals alone.
_SEE_YOU_NEXT_30 = re.compile(
    r"\b(see you (in|at|on|next|soon|then|for)|until next time|till next time|(my|the) next (shots|jabs|"
    r"injections?|botox|appointment|visit|session|check ?up))\b"
)
#: 4. Water in the ear from swimming (a shower, a bath): the cause named explains it.
_WATER_CAUSE_30 = re.compile(
    r"\b(swim\w*|shower\w*|bath|baths|bathing|pool|diving|surf\w*|hair wash\w*|washing my hair)\b"
)


def _round30_near_miss(text: str, norm: str, live: list) -> bool:
    """Round 30's near misses (above)."""
    spans = [m for _, m in live]
    if _ACUTE.search(norm) and not _OVER_30.search(norm):
        return False
    # a sign of a stroke that passed may be a mini-stroke: only long ago (or checked and
    # treated then) is it over; a leak, a fever or a wound needs its check or its end
    tia = any(n in _TIA_30 for n, _ in live)
    if (
        spans
        and _OVER_30.search(norm, spans[0].end())
        and _PAST_TOLD_30.search(norm[: spans[0].end() + 40])
        and (_LONG_AGO_30.search(norm) or (not tia and _CHECKED_30.search(norm)))
        and not _AGAIN_30.search(_WHILE_STILL_30.sub(" ", norm))
    ):
        return True
    if _YEARS_30.search(norm) and _UNCHANGED_30.search(norm) and not _AGAIN_30.search(norm):
        return True
    if (
        spans
        and (told := _TOLD_TO_30.search(norm))
        and told.start() <= spans[0].start()
        and _NOT_COME_30.search(norm, spans[-1].end())
        and not _AGAIN_30.search(norm)
    ):
        return True
    return bool(
        spans
        and all(n == "fluid leak after the operation" for n, _ in live)
        and all(re.search(r"\bwater\b", m.group(0)) or "ear" in m.group(0) for m in spans)
        and re.search(r"\bear\b", norm)
        and _WATER_CAUSE_30.search(norm)
    )


#: Round 31 (the third training author, dev_v31a, and EN v28): near misses by the
#: message's FRAME (when, whose, real or imagined), each with many wordings.
#: 1. A sign DATED in the past (a year named, "3 yrs ago", "back in", "when I had my
#:    operation in 2016", "once in my twenties", "last spring") and told as OVER or the
#:    writer WELL now ("sealed up on its own ... im fine", "steroids and it came back,
#:    all good", "treated in hospital, I'm completely well"), then an ordinary question;
#:    nothing of now or again. Any sign: dated a season or more back, a mini-stroke is no
#:    longer the emergency either (round 30 kept those needing the date, not a check).
_DATED_31 = re.compile(
    r"\b((\d+|a few|few|two|three|four|five|six|seven|eight|nine|ten|many|several|some|a couple of) "
    r"(years|yrs|yr|decades)( ago| back| before)|(years|decades|ages) (ago|back)|in (the )?(19|20)\d\d|"
    r"in the (\d0s|\d\d s|\d\ds|nineties|eighties|seventies|sixties)|back in|last (spring|summer|autumn|fall|"
    r"winter|year)|the year before last|as a (child|kid|teen\w*|baby)|when i was (young|little|a (kid|child|"
    r"teen\w*|baby)|\d+)|in my (teens|twenties|thirties|forties|fifties|sixties|\d0s)|once in my|"
    r"(the )?last time|already (recover\w*|better|well|fine|healed)( \w+)? (\d+|many|some) (years|yrs))\b"
)
_WELL_NOW_31 = re.compile(
    r"\b((im|i m|i am|hes|he s|he is|shes|she s|she is|theyre|they are|were|we are|ive been|i have been|"
    r"been|its|it s|it is|everything s|everythings|everything is|all)( been)?( completely| totally| fully| "
    r"perfectly| absolutely| doing| back to)?( \w+)? (fine|well|good|ok|okay|normal|recovered|grand|great|"
    r"healthy)|all good|all fine|(no|not had any|havent had any|never had any) (problems|issues|trouble|"
    r"bother)( \w+)?( since| after)?|(sealed|cleared|healed|cleared up|dried up|settled|resolved|recover\w*|"
    r"went away|got better|went back to normal|came back|returned to normal|back to normal|fixed|sorted|"
    r"repaired|treated|seen to)( \w+){0,3}?( on its own| by itself| itself| completely| fully| with \w+| "
    r"in (a|\d+|two|three) \w+)?|(it|which|that|they|antibiotics|steroids|the team|surgery|an op) "
    r"(cleared|sorted|fixed|stopped|healed|treated|resolved) (it|that|them|up)?|every \w+ since (has been|"
    r"was) (fine|good|ok|okay|normal))\b"
)
#: ... nothing of NOW or AGAIN: "still" only with a sign's state, not "should I still".
_AGAIN_31 = re.compile(
    r"\b(again|started again|back again|recurr\w*|returned|come back|coming back|today|tonight|"
    r"this (morning|evening|afternoon|week)|just now|right now|currently|at the moment|(minutes?|hours?|"
    r"mins?|hrs?) ago|yesterday|last night|since (yesterday|last night|this morning)|still (have|got|"
    r"getting|feel|feeling|having|weak|numb|droop\w*|leak\w*|drip\w*|deaf|blurr\w*|double|there|the same|"
    r"swollen|red|hot|sore|hurts|hurting|running))\b"
)
#: ... a NOW counts only before a sign ("now it is leaking"), not before the new
#: question ("Now I just have a small bald patch", "Now he got twitching").
_NOW_31 = re.compile(
    r"\b((i|it|my \w+|she|he) (is|s|are|am|has|have) (now|started)|but now|and now|now (i|it|my|its|there|"
    r"she|he))\b"
)
#: ... and an "again" asked as a possibility ("can it happen again years later?") is a
#: question of risk, not a report: a question opened by a modal is left out.
_MODAL_ASK_31 = re.compile(
    r"^((and|so|but|also|just|ok|okay|eish|hi|doctor)\s+)*(can|could|will|would|might|may|does|do|is it "
    r"possible|is there (a|any) (risk|chance)|how (likely|often|common|long|soon)|what are the (chances|"
    r"odds|risks)|whats the (chance|risk|odds)|any chance)\b"
)


def _statements_31(text: str) -> str:
    """``text`` without its questions opened by a modal (:data:`_MODAL_ASK_31`),
    normalised."""
    keep = []
    for s in re.split(r"(?<=[.!?\n])\s*", text):
        c = normalise(s)
        if c and not (s.rstrip().endswith("?") and _MODAL_ASK_31.search(c)):
            keep.append(c)
    return " . ".join(keep)


def _again_31(text: str, norm: str, spans: list) -> bool:
    """Whether the message places a sign now or again (above)."""
    if _AGAIN_31.search(_statements_31(text)):
        return True
    return any(n.start() < spans[-1].start() for n in _NOW_31.finditer(norm))


def _outside_spans(norm: str, spans: list) -> str:
    """``norm`` with the signs' own words blanked ("sudden deafness" is the sign's onset,
    not a now)."""
    for m in sorted(spans, key=lambda m: -m.start()):
        norm = norm[: m.start()] + " " + norm[m.end() :]
    return norm


def _dated_and_well(text: str, norm: str, live: list) -> bool:
    """Round 31, 1: every sign dated in the past and told over or the writer well after
    it (above)."""
    spans = [m for _, m in live]
    if not spans or _again_31(text, norm, spans) or _ACUTE.search(_outside_spans(norm, spans)):
        return False
    dated = _DATED_31.search(norm)
    if dated is None or dated.start() > spans[-1].end() + 60:
        return False
    # the end is told after the (first) sign: "... sealed up on its own, im fine"
    return _WELL_NOW_31.search(norm, spans[0].end()) is not None


#: 2. A sign IMAGINED: inside a condition ("if my face went weak after the operation",
#:    "if clear fluid ever came out") with a question of its course or meaning asked
#:    ("would it be permanent?", "how would I know", "does it mean"), the condition's
#:    verb not a present state ("if my face IS drooping" is a report).
_IF_31 = re.compile(r"\b(if|what if|in case|suppose|supposing|say|were)\b")
_IF_NOW_31 = re.compile(
    r"\b(is|are|am|im|i m|has been|have been|keeps|still|now|already|currently|right now)\b"
)
_ASKS_COURSE_31 = re.compile(
    r"\b(would|will|could|can|might|does|do|is|should|how|what) (it|that|this|they|i|he|she|you|we|there|"
    r"the \w+|my \w+|people|recovery|it all)\b"
)


def _imagined(text: str, norm: str, live: list) -> bool:
    """Round 31, 2: every sign inside a condition, a question asked of it (above)."""
    if "?" not in text or not live:
        return False
    for _, m in live:
        head = " ".join(norm[: m.start()].split()[-6:])
        cond = _IF_31.search(head)
        if cond is None:
            return False
        if _IF_NOW_31.search(head[cond.end() :] + " " + m.group(0)):
            return False
    outside = _cut_spans(norm, live, _IF_31)
    if _NOW.search(outside) or _ACUTE.search(outside) or _again_31(text, outside, [live[-1][1]]):
        return False
    return _ASKS_COURSE_31.search(norm, live[-1][1].end()) is not None or bool(
        _ASKS_COURSE_31.search(norm[: live[0][1].start()])
    )


#: 3. A WARNING quoted (told, warned, the leaflet, the form) BEFORE the sign, and after
#:    it the writer says it has not come or names what they have instead ("I don't, I'm
#:    fine", "hearing is perfect so far", "it hasn't", "I've just got a dull ache").
_WARNED_31 = re.compile(
    r"\b(told|tells|tell|said|says|say|warned|warns|warning|advised|advise|mentioned|mentions|explained|"
    r"instructed|reminded)( me| us| him| her| them)?( at| in| on| by| after)?( \w+){0,3}? (to|that|if|"
    r"about|a|an|the|any|sudden|when|watch|look|call|ring|phone|go)\b|"
    r"\b(leaflet|sheet|form|booklet|paperwork|instructions|notes|letter|website|nurse|surgeon|doctor|gp|"
    r"team|pharmacist|consultant|neurologist)( \w+)? (says|said|lists|listed|mentions|mentioned|warns|"
    r"warned|states|stated)\b"
)
_NOT_HAD_31 = re.compile(
    r"\b(i|we|he|she|it|they|that|which)( \w+)? (dont|don t|do not|hasnt|hasn t|has not|havent|haven t|have"
    r" not|didnt|did not|never)( have| had| happened| come)?\b|"
    r"\b(im|i m|i am|i feel|feel|feeling|all|everything s|everythings|its|it s|is|are|looks?|seems?)( \w+)? "
    r"(fine|normal|perfect|good|ok|okay|clear|clean|great|grand)( \w+)?( so far| as ever| now)?\b|"
    r"\b(nothing (like that|of (that|the sort)|so far|yet|at all)|none|no sign|none of (that|this|it)|not yet|"
    r"not so far|so far so good)\b|"
    r"\b(ive|i ve|i have|i)( only| just)? (got|have) (just |only )?(a|an|some|the) (dull|mild|normal|usual|"
    r"little|small|slight|tension|bit)\b|"
    # a cause named instead: "but mine's just a regular cold"
    r"\b(mine|mines|mine is|ours|its|it s|this is|thats|that s|his|hers)( \w+)? (just|only|simply) (a|an|the|"
    r"my|from)\b"
)


#: ... "I can't swallow properly" after the warning is the sign had, not denied.
_CANT_31 = re.compile(r"\b(i|he|she|we|they) (cant|can t|cannot|couldnt|could not) \w+")


_INSTRUCTION_31 = re.compile(
    r"\b(call|ring|phone|911|999|112|a e|ae|er|emergency|urgent\w*|straight (back|in|to)|come back|go to|"
    r"get to|watch|look out|keep an eye|look for|means?|meant|sign of|serious|dangerous|needs?|should|must|"
    r"if)\b"
)


def _warning_quoted(
    text: str, norm: str, live: list, not_had: re.Pattern[str] | None = None
) -> bool:
    """Round 31, 3: a warning someone gave, the sign in it, and after it the writer
    without it (above; ``not_had``: round 32's wider ends)."""
    spans = [m for _, m in live]
    if not spans:
        return False
    # the warning's own sentences ("... mean come back") say what to do, not what came:
    # a now or again is read in the others
    rest = " . ".join(
        c
        for c in (normalise(s) for s in re.split(r"(?<=[.!?\n])\s*", text))
        if c and not (_WARNED_31.search(c) and next(iter(_matches(c)), None) is not None)
    )
    if (
        _AGAIN_31.search(rest)
        or _NOW_31.search(rest)
        or _ACUTE.search(rest)
        or _CANT_31.search(rest)
    ):
        return False
    told = _WARNED_31.search(norm)
    if told is None or told.start() > spans[0].start() or spans[0].start() - told.end() > 80:
        return False
    # a warning says what to do or what the sign means ("call 911 if", "needs urgent care",
    # "is an emergency"); "my husband says a curtain came down" reports the sign
    if not _INSTRUCTION_31.search(norm, told.start(), spans[-1].end() + 40):
        return False
    return (not_had or _NOT_HAD_31).search(norm, spans[-1].end()) is not None


#: ... "mine does", "same here", "I have": the possibility asked is had.
_MINE_TOO_31 = re.compile(
    r"\b(mine|mines|his|hers|theirs|it|she|he|i|mum s|dad s)( \w+)? (does|do|did|has|have|had|is|was)\b|"
    r"\b(same here|me too|like mine|yes|yeah|yep|it has|it is|it did)\b"
)


def _modal_clauses(text: str) -> tuple[list[str], list[str]]:
    """``text``'s sentences, normalised: those that ask a question of possibility opened by
    a modal (:data:`_MODAL_ASK_31`, ending in "?"), and the rest."""
    asked, rest = [], []
    for s in re.split(r"(?<=[.!?\n])\s*", text):
        c = normalise(s)
        if c:
            modal = s.rstrip().endswith("?") and _MODAL_ASK_31.search(c)
            (asked if modal else rest).append(c)
    return asked, rest


def _modal_question(text: str, norm: str, live: list) -> bool:
    """Round 31, 2: every sign inside a question of possibility opened by a modal ("could
    botox ever spread and make me weak all over? just worried after reading online"),
    the rest naming no sign, no now and no sign of one's own."""
    if not live:
        return False
    asked, rest = _modal_clauses(text)
    if not asked:
        return False
    for c in rest:
        if next(iter(_matches(c)), None) is not None or _NOW.search(c) or _ACUTE.search(c):
            return False
        if _OWN_HAS.search(c) or _MINE_TOO_31.search(c):
            return False
    return all(any(m.group(0) in c for c in asked) for _, m in live) and not any(
        _NOW.search(_outside_spans(c, [m for _, m in _live_in(c)])) or _ACUTE.search(c)
        for c in asked
    )


def _live_in(c: str) -> list:
    return [(n, m) for n, m in _matches(c)]


#: 4. A sign ASKED and ANSWERED no (a pasted chat: "did ma's face droop again?? -- no!
#:    it's just the twitch, she's fine").
_ANSWER_NO_31 = re.compile(r"^(\w+ ){0,4}?(no|nope|nah|not at all|never|of course not)\b")


def _answered_no(text: str, norm: str, live: list) -> bool:
    """Round 31, 4: every sign in a question whose next sentence answers no (above)."""
    if not live or _ACUTE.search(_SUDDEN_ONLY_WORD.sub(" ", norm)):
        return False
    parts = [s for s in re.split(r"(?<=[.!?\n])\s*", text) if normalise(s)]
    found = False
    for i, s in enumerate(parts):
        c = normalise(s)
        if next(iter(_matches(c)), None) is None:
            continue
        nxt = normalise(parts[i + 1]) if i + 1 < len(parts) else ""
        if not (s.rstrip().endswith("?") and _ANSWER_NO_31.search(nxt)):
            return False
        found = True
    return found


def _round31_near_miss(text: str, norm: str, live: list) -> bool:
    """Round 31's near misses by frame (above)."""
    return (
        _dated_and_well(text, norm, live)
        or _imagined(text, norm, live)
        or _modal_question(text, norm, live)
        or _answered_no(text, norm, live)
        or _warning_quoted(text, norm, live)
    )


#: Round 32 (the training authors tr32en-a and tr31en-b): near misses by frame.
#: 1. A sign told as an EPISODE that ENDED: placed in the past (a month or year named,
#:    "last year", "years back", "post-op 2021"; "the day after my botox" only with the
#:    end told long, "fine for 3 months", "never again"), its END told after it ("it
#:    wore off", "then it was fine", "back to normal", "never again", "healed", "doctor
#:    fix it", "now everything good"); nothing of now or again (a "never again" is the
#:    end, not an again) and no onset told outside the sign (a bounded "for an hour" is
#:    no onset). Bounded alone ("drooped for a bit but it went away") stays a report.
_WHEN_32 = re.compile(
    r"\b(in|last|this past|back in|since) (january|february|march|april|may|june|july|august|september|"
    r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|spring|summer|autumn|fall|"
    r"winter|year|(19|20)\d\d)\b|\b(post ?op|after (the|my) (op|operation|surgery|mvd))( in)? (19|20)\d\d\b|"
    r"\b((\d+|a|one|two|three|few|a few|many|several|some|a couple of) (years?|yrs?|months?|decades?)|"
    r"years|ages|decades) (back|ago|before)\b|\b(the|one) (day|week|night|morning) after (my|the|her|his|"
    r"their) (botox|injection|injections|jab|jabs|toxin|op|operation|surgery|mvd)\b"
)
_BOUNDED_32 = re.compile(
    r"\bfor (like |about |around |maybe |roughly |nearly |almost |only |just )?(an?|one|two|three|four|five|"
    r"six|a few|a couple of|a couple|\d+) (hour|hours|hrs?|days?|weeks?|wks?|months?)\b|"
    r"\bfor a (while|bit|short while|little while|day or two|week or two|few days)\b"
)
_ENDED_32 = re.compile(
    r"\b(wore|worn|wearing) off\b|\b(then|after that|afterwards|since then|and) (it|that|everything|all|"
    r"i|she|he)( was| s|s| has been| have been| been)? (fine|ok|okay|good|normal|back to normal|gone|grand)\b|"
    r"\b(it s|its|it has|it) (gone|went away|passed|cleared|settled)\b|\b(i m|im|i am|i was|she s|he s|"
    r"all|everything s|everything is|everythings)( \w+)? back to normal\b|\bnever (again|came back|"
    r"returned|happened again|recurred|had it again|since)\b|\b(healed|cleared up|resolved|recovered)\b|"
    r"\b(doctor|doc|surgeon|they|the team|hospital|nurse)s? (fix|fixed|sorted|treated|cleared|sealed|"
    r"repaired) (it|that|them|me|the \w+)\b|\b(now|these days) (everything|all|it s|its|i m|im|i am)( is)? "
    r"(good|fine|ok|okay|well|normal|grand|great)\b|\b(treated|fixed|sorted)\b"
)
_AGAIN_32 = re.compile(
    r"\b(again|started again|back again|recurr\w*|come back|coming back|today|tonight|this (morning|"
    r"evening|afternoon|week)|just now|right now|currently|at the moment|(minutes?|mins?|hours?|hrs?) ago|"
    r"yesterday|last night|but now|and now|now (it|i|my|she|he|her|his|its|there)|still (have|got|getting|"
    r"feel|feeling|having|weak|numb|droop\w*|leak\w*|drip\w*|deaf|blind|blurr\w*|double|there|the same|"
    r"swollen|red|hot|sore|hurts|hurting|running|cant|can t))\b"
)
_LONG_END_32 = re.compile(
    r"\b(has|have|s|ve)? ?been (fine|ok|okay|good|normal|grand) (for|since|ever since)\b|\bnever( \w+)? "
    r"again\b|\bever since\b|\bsince then\b|\bfor ((\d+|many|several|a few|two|three) )?(months|years|ages)\b"
)
#: the end's words that are no now: "never again", "has been fine for 3 months"
_NO_NOW_32 = re.compile(
    r"\bnever( \w+)? again\b|\b(now|these days) (everything|all|it s|its|i m|im|i am)( is)? (good|fine|ok|"
    r"okay|well|normal|grand|great)\b"
)


def _episode_ended_32(text: str, norm: str, live: list) -> bool:
    """Round 32, 1: every sign told as an episode that ended (above)."""
    spans = [m for _, m in live]
    if not spans:
        return False
    last = spans[-1]
    outside = _outside_spans(norm, spans)
    if _AGAIN_32.search(_NO_NOW_32.sub(" ", _statements_31(text))):
        return False
    if _ACUTE.search(_BOUNDED_32.sub(" ", outside)):
        return False
    when = _WHEN_32.search(norm)
    if when is None or when.start() > last.end() + 60:
        return False  # bounded alone ("drooped for a bit but it went away") stays a report
    if when.group(0).startswith(("the ", "one ")) and not _LONG_END_32.search(norm, last.end()):
        return False  # "the day after my botox": told over for long ("fine for 3 months")
    end = _ENDED_32.search(norm, last.end())
    return end is not None and end.start() <= last.end() + 120


#: 2. A question of possibility BEFORE consent, the sign inside it: round 31's modal
#:    question, where the sign's own words ("a SUDDEN bad headache") are no onset now;
#:    no "I", "my" in the question, nothing told besides it that happens.
_HAPPENED_32 = re.compile(
    r"\b(happen\w*|started|starting|came on|coming on|having|got|have|has|had|to me|with me|for me|mine)\b"
)


def _modal_question_32(text: str, norm: str, live: list) -> bool:
    """Round 32, 2: round 31's modal question read with the signs' words blanked."""
    if not live:
        return False
    asked, rest = _modal_clauses(text)
    if not asked or any(next(iter(_matches(c)), None) is not None for c in rest):
        return False
    for c in rest:
        if _NOW.search(c) or _ACUTE.search(c) or _OWN_HAS.search(c) or _MINE_TOO_31.search(c):
            return False
        if _HAPPENED_32.search(c):
            return False  # "would sudden loss of hearing be an emergency? it just happened to me"
    for c in asked:
        bare = _outside_spans(c, [m for _, m in _live_in(c)])
        if (
            _NOW.search(bare)
            or _ACUTE.search(bare)
            or re.search(r"\b(i|im|i m|ive|i have|my)\b", bare)
        ):
            return False
    return all(any(m.group(0) in c for c in asked) for _, m in live)


#: 3. A WARNING quoted and then not had, where the writer says so by the part that is
#:    fine ("neck fine", "hearing normal", "my face moves normally") or by "no <sign>"
#:    (round 31's reader, with these ends).
_NOT_HAD_32 = re.compile(
    _NOT_HAD_31.pattern + r"|"
    r"\bno (fever|temperature|temp|leak\w*|drip\w*|fluid|headache|stiff neck|weakness|droop\w*|trouble|"
    r"problems?|issues?|sign|signs)\b|"
    r"\b(neck|face|hearing|vision|eyesight|sight|speech|swallowing|breathing|wound|scar|smile|arms?|legs?|"
    r"eye|eyes|ear|ears|nose)( is| s| are| feels| looks| seems)? (fine|normal|ok|okay|good|perfect|clear|"
    r"clean|grand)\b|\b(moves?|moving|working|works) (normally|fine|as normal|ok|okay|properly|as usual)\b"
)


def _warning_quoted_32(text: str, norm: str, live: list) -> bool:
    """Round 32, 3: round 31's quoted warning, with the ends above."""
    return _warning_quoted(text, norm, live, _NOT_HAD_32)


#: 4. Every sign DENIED by a "no" just before it, the word between only a qualifier ("no
#:    clear drip from the nose, hearing normal"), nothing of now or onset outside them.
_NO_BEFORE_32 = re.compile(
    r"\b(no|not any|without|never had( any)?)( (clear|more|further|real|obvious|big|sign of|signs of|"
    r"new|bad|sudden))?\s*$"
)


def _each_denied_32(text: str, norm: str, live: list) -> bool:
    """Round 32, 4: every sign under a "no" (above)."""
    spans = [m for _, m in live]
    if not spans or re.search(r"\b(but|except|apart from|although|though)\b", norm):
        return False
    outside = _outside_spans(norm, spans)
    if _ACUTE.search(outside) or _AGAIN_31.search(outside) or _CANT_31.search(outside):
        return False
    return all(_NO_BEFORE_32.search(norm[: m.start()]) for m in spans)


#: 5. Another person's sign long ago (round 28's reader), where "sudden" is the sign's own
#:    word ("my uncle collapsed with a sudden headache in 1999, a bleed, he survived").
def _others_long_ago_32(norm: str, live: list) -> bool:
    """Round 32, 5: round 28's reader with "sudden" inside the signs blanked."""
    chars = list(norm)
    for _, m in live:
        for w in _SUDDEN_ONLY_WORD.finditer(norm, m.start(), m.end()):
            chars[w.start() : w.end()] = "x" * (w.end() - w.start())
    return _others_long_ago("".join(chars), live)


#: 6. A figure of speech: "dead tired", "dead beat" (the face "is dead" only as tired).
_DEAD_TIRED_32 = re.compile(r"^\s*(tired|beat|on (its|my) feet|exhausted|sore|heavy)\b")


def _dead_tired_32(norm: str, live: list) -> bool:
    """Round 32, 6: every sign ends in "dead" and goes on "tired" (above)."""
    return bool(live) and all(
        m.group(0).endswith("dead") and _DEAD_TIRED_32.search(norm[m.end() :]) for _, m in live
    )


#: 7. The learned signal alone on a DATE CHOSEN for an everyday event named ("I've
#:    decided the date! Saturday the 14th is my 60th party", "we set the day for the
#:    wedding"): no crisis word, nothing of a farewell or an end.
_DATE_DECIDED_32 = re.compile(
    r"\b(decided|picked|chose|chosen|set|booked|fixed|got|settled on)( on)? (the|a|my|our) (date|day)\b"
)
_EVENT_32 = re.compile(
    r"\b(party|wedding|birthday|\d+(st|nd|rd|th) |anniversary|christening|graduation|holiday|trip|flight|"
    r"move|op|operation|surgery|mvd|botox|injection|appointment|appt|interview|reunion|retirement|"
    r"celebration|do|bbq|barbecue|concert|match|race|photos?)\b"
)
_END_WORDS_32 = re.compile(
    r"\b(goodbye|bye|farewell|end|ending|over|gone|sorry|forgive|letters?|note|will|affairs|last|"
    r"peace|ready|pills|tablets|rope|die|dead|suicid\w*|kill\w*|nobody|no one|everyone|better off)\b"
)


def _everyday_date_32(norm: str, live: list) -> bool:
    """Round 32, 7 (above)."""
    return bool(
        not live
        and _DATE_DECIDED_32.search(norm)
        and _EVENT_32.search(norm)
        and not _END_WORDS_32.search(norm)
    )


def _round32_near_miss(text: str, norm: str, live: list) -> bool:
    """Round 32's near misses by frame (above)."""
    return (
        _episode_ended_32(text, norm, live)
        or _modal_question_32(text, norm, live)
        or _warning_quoted_32(text, norm, live)
        or _each_denied_32(text, norm, live)
        or _others_long_ago_32(norm, live)
        or _dead_tired_32(norm, live)
        or _everyday_date_32(norm, live)
    )


#: Round 33 (helper "as15s33"; the training authors tr33en-a and tr32en-b, and the burned
#: EN v30): near misses by frame.
#: 1. Round 32's EPISODE THAT ENDED with wider words: a question's "now" is no now ("now I
#:    just want to know ..."), "that was 2021" places it, "long gone" or "all healed" ends
#:    it; with the learned signal alone (no span), the whole message read so.
_ASK_NOW_33 = re.compile(
    r"\bnow (i|im|i m|i am|i d|id)( just| only| really)? (want|wanted|would like|d like|need|needed|am "
    r"wondering|m wondering|wonder|wondering|have a question|was wondering)( to (know|ask|check))?\b|"
    r"\bnow (can|could|should|is|does|will) (i|it|that|botox|the)\b"
)
_WHEN_33 = re.compile(
    _WHEN_32.pattern + r"|\b(that|this|it) (was|wis|were) (in |back in |way back in )?(19|20)\d\d\b"
)
_ENDED_33 = re.compile(
    _ENDED_32.pattern + r"|\b(long|all|completely|totally) (gone|healed|over|cleared|better)\b"
)


def _episode_ended_33(text: str, norm: str, live: list) -> bool:
    """Round 33, 1 (above)."""
    spans = [m for _, m in live]
    statements = _ASK_NOW_33.sub(" ", _statements_31(text))
    if _AGAIN_32.search(_NO_NOW_32.sub(" ", statements)):
        return False
    if not spans:
        # the learned signal alone: a year or "years ago" named, the end after it
        when = re.search(r"\b(19|20)\d\d\b|\b(years|yrs|decades) (ago|back)\b", norm)
        return bool(
            when
            and not _ACUTE.search(_BOUNDED_32.sub(" ", norm))
            and _ENDED_33.search(norm, when.start())
        )
    last = spans[-1]
    outside = _outside_spans(norm, spans)
    if _ACUTE.search(_BOUNDED_32.sub(" ", _ASK_NOW_33.sub(" ", outside))):
        return False
    when = _WHEN_33.search(norm)
    if when is None or when.start() > last.end() + 60:
        return False
    if when.group(0).startswith(("the ", "one ")) and not _LONG_END_32.search(norm, last.end()):
        return False
    end = _ENDED_33.search(norm, last.end())
    return end is not None and end.start() <= last.end() + 120


#: 2. A clinician's or a sheet's INSTRUCTION quoted, the signs inside it ("the nurse said
#:    to watch for fever and a stiff neck", "the sheet says ring if clear fluid comes from
#:    the nose"), nothing told besides that happens or is had.
_INSTRUCTION_33 = re.compile(
    r"\b(nurses?|doctors?|doc|dr|surgeon|consultant|gp|team|hospital|clinic|sheet|leaflet|letter|"
    r"instructions?|discharge( \w+)?|they|she|he|pharmacist)( \w+){0,2}? (said|says|say|told (me|us|him|"
    r"her|mum|dad)|tells (me|us)|warned( me| us)?|advised( me| us)?|wrote|explained|reminded (me|us))( me| us)?"
    r"( to| that i should| i should| we should| that we should)? (watch|look|keep an eye|be on the lookout|"
    r"check|call|ring|phone|come back|come in|go to|seek|get help|report|tell (them|her|him))"
    r"( \w+){0,4}? (for|if|out for|in case|should)\b|"
    # "the surgeon said if my face goes droopy ... to ring straight away"
    r"\b(nurses?|doctors?|doc|dr|surgeon|consultant|gp|team|hospital|sheet|leaflet|they|she|he)( \w+){0,2}? "
    r"(said|says|told (me|us)|warned( me| us)?|advised( me| us)?)( that)? if\b(?=.{0,150}\b(to )?(ring|call|"
    r"phone|come (in|back)|go (in|to)|get help|seek help)( \w+)? (straight|right|immediately|at once|"
    r"urgently|asap|in|back|999|911|112|the)\b)"
)
_HAD_33 = re.compile(
    r"\b(i have|ive got|i ve got|i got|i had|i m|im|i am|i feel|now|today|tonight|yesterday|since|"
    r"started|starting|still|already|getting|got it|have it|having|but|both|and now)\b"
)


_IF_GET_33 = re.compile(
    r"\bgot it\b|\bif (i|you|we|she|he|my \w+) (get|gets|have|has|notice|goes|go)\b"
)


_OWNER_33 = re.compile(r"\b(my|his|her|me|mi|mums?|dads?)\s+$")
_DOING_NOW_33 = re.compile(r"\b(is|are|keeps?|been) \w+ing\b")


def _instruction_quoted_33(text: str, norm: str, live: list) -> bool:
    """Round 33, 2 (above)."""
    spans = [m for _, m in live]
    instr = _INSTRUCTION_33.search(norm)
    if not spans or instr is None:
        return False
    if any(m.start() < instr.end() or m.start() > instr.end() + 150 for m in spans):
        return False
    # the lead, round 33: the writer's own part doing it now after the instruction ("the
    # nurse told me 'watch for clear drainage' and well... my nose is dripping clear fluid")
    if any(
        _OWNER_33.search(norm[max(0, m.start() - 15) : m.start()])
        and _DOING_NOW_33.search(m.group(0))
        for m in spans
    ):
        return False
    outside = _outside_spans(norm, spans).replace(instr.group(0), " ")
    outside = re.sub(
        r"\bgot it\b|\bif (i|you|we|she|he) (get|gets|have|has|notice)\b", " ", outside
    )
    # the words after the instruction, signs included: "... a fever' but I'm 2 weeks out"
    after = re.sub(_IF_GET_33, " ", norm[instr.end() :])
    return not (
        _HAD_33.search(outside)
        or _ACUTE.search(outside)
        or _HAD_33.search(after)
        or _ACUTE.search(after)
    )


#: 3. A sign TOLD NORMAL by the one who saw it and bounded or ended ("the scar was red
#:    for a few days, the nurse said normal healing, it's a neat line now"; "warned my
#:    lid might droop a little for a week or two, it has, as they said"), nothing worse.
_TOLD_NORMAL_33 = re.compile(
    r"\b(nurse|doctor|doc|surgeon|consultant|gp|team|they|she|he)( \w+){0,2}? (said|says|told me|"
    r"reassured me|explained)( \w+){0,3}? (normal|expected|part of (the )?healing|normal healing|"
    r"nothing to worry|fine|usual|common)\b|\b(as|just like|like) (they|she|he|the \w+) (said|warned|"
    r"told me|expected)\b|\bas expected\b"
)
_FINE_NOW_33 = re.compile(
    r"\b(neat|fine|good|healed|clean|flat|faded)( \w+)?( scar| line)?( now)?\b|\bnow (fine|ok|okay|"
    r"normal|gone|healed)\b|\bwore off\b|\b(it s|its|it is|it has) (gone|healed|settled|fine)\b"
)
_WORSE_33 = re.compile(
    r"\b(worse|worsening|spreading|pus|oozing|fever|temperature|hotter|bigger|swelling up|still|"
    r"getting|cant|can t|not (healing|getting better)|but now|and now|again|more)\b"
)


#: ... a sign that goes on ("has been red for 3 days", "keeps", "is it?") is no episode over
_GOING_ON_33 = re.compile(
    r"\b(has|have|s|ve) been\b|\bkeeps?\b|\b(is|isnt|is it|it is|its|it s) (still|getting|normal)\b|"
    r"\bis it\b|\b(weeping|dripping|leaking|running|oozing)\b"
)


def _told_normal_33(text: str, norm: str, live: list) -> bool:
    """Round 33, 3 (above)."""
    spans = [m for _, m in live]
    if not spans:
        return False
    told = _TOLD_NORMAL_33.search(norm, spans[-1].end())
    if told is None:
        return False  # told normal AFTER the sign, of the sign
    outside = _outside_spans(norm, spans)
    if _WORSE_33.search(outside) or _ACUTE.search(outside) or _GOING_ON_33.search(outside):
        return False
    return bool(_FINE_NOW_33.search(norm, told.end()))  # and over: "a neat line now"


def _everyday_twin_33(norm: str, live: list) -> bool:
    """Round 33, 4: the learned signal alone on an everyday twin of veiled crisis talk
    with its reason named (:func:`hfs.assistant.crisis._everyday_twin_33`)."""
    from hfs.assistant import crisis  # crisis.py imports no screen of the body

    return not live and crisis._everyday_twin_33(norm)


def _round33_near_miss(text: str, norm: str, live: list) -> bool:
    """Round 33's near misses by frame (above)."""
    return (
        _episode_ended_33(text, norm, live)
        or _instruction_quoted_33(text, norm, live)
        or _told_normal_33(text, norm, live)
        or _everyday_twin_33(norm, live)
    )


def _near_miss(text: str, norm: str, live: list) -> bool:
    """Whether a message with signs ``live`` (empty for the learned signal alone) is one
    of the near misses of rounds 18 to 21: the answer with the safety line, never the
    alarm. One entry for the pattern screen and the semantic one. A warning someone else
    gives has ONE reader, :func:`_quoted_warning` (round 21; it replaced the readers of
    rounds 17 to 20, whose numbered entries above are gone)."""
    return (
        _quoted_warning(text, live)
        or _round18_near_miss(text, norm, live)
        or _round19_near_miss(text, norm, live)
        or _round20_near_miss(text, norm, live)
        or _episode_over(text, norm, live)
        or _asked_then_denied(text, norm, live)
        or _denials_then_site(text, norm, live)
        or _checked_and_over(text, norm, live)
        or _listed_risk(norm, live)
        or _round27_near_miss(text, norm, live)
        or _others_long_ago(norm, live)
        or _round29_near_miss(text, norm, live)
        or _round30_near_miss(text, norm, live)
        or _round31_near_miss(text, norm, live)
        or _round32_near_miss(text, norm, live)
        or _round33_near_miss(text, norm, live)
    )


def _faith_question(text: str, norm: str) -> bool:
    """Round 20, 5: see :data:`_ANY_SIGN_WORD`."""
    last = [c for c in re.split(r"(?<=[.!?])\s+", text.strip()) if c][-1:]
    return bool(
        last
        and last[0].rstrip().endswith("?")
        and any(_QUESTION_OPENER.search(normalise(c)) for c in _CLAUSE_SPLIT.split(last[0]))
        and not _ANY_SIGN_WORD.search(norm)
        and not _SUDDEN_WORDS.search(norm)
        and not _NOW.search(norm)
    )


#: Round 33 (the lead; the shipped screen on dev_v32a, dev_v32b): what a treatment was for
#: ("home from the brain op for his face twitch on friday"), the eye that twitches ("the eye
#: with the spasm"), and the treatment a sign dates from ("since my toxin injection last
#: week"), struck before the semantic screen asks whether the message is twitch talk or
#: told as past.
_TREATED_33 = r"(op|operation|surgery|injection|jab|botox|toxin|needle|shot|mvd|decompression)"
_TREATMENT_NAMED_33 = re.compile(
    rf"\b{_TREATED_33}( \w+){{0,2}} (for|fi|fer|fur) (his|her|my|the|di|me|their|dem) "
    r"((face|eye|facial) )?(twitch\w*|spasms?|hfs)( on \w+day| last (week|month))?\b|"
    r"\b(the|my|his|her|di) (eye|side|cheek) (with|wid) (the|di|my|his|her) (spasm|twitch)\b|"
    rf"\bsince (my|the|his|her|di|dem|me) ((\w+ ){{0,2}}){_TREATED_33}"
    r"( (for|fi|fer|fur) (his|her|my|the|di|me) ((face|eye|facial) )?(twitch\w*|spasms?|hfs))?"
    r"( (on|last) \w+| \w+ (days?|weeks?) ago)?\b"
)
#: ... and an everyday cause denied ("his nose is running clear but he has no cold at all")
#: is no denial of the sign
_CAUSE_DENIED_33 = re.compile(
    r"\b(no|not a|not|without a|without|never had a) (cold|flu|sore throat|hay ?fever|allergy|"
    r"allergies|runny nose|sniffles)( at all)?\b"
)


#: Round 33 (the lead): a head pain at its worst or come at once is no exertion's
#: breathlessness ("worst head pain of my 70 years came on at once while lifting a bale":
#: a bleed on straining is the classic story).
_HEAD_AT_ONCE_33 = re.compile(
    r"\b(worst|at once|thunderclap|like never before|never had one like)\b.{0,40}\bhead|"
    r"\bhead\w*( \w+){0,8} (worst|at once|came on (at once|suddenly|all of a sudden)|out of nowhere|"
    r"like never before)\b"
)


def _semantic_screen(
    text: str, norm: str, sign: RedFlag, probability: float = 1.0, net: float | None = None
) -> Screen:
    """The screen of a message that only the semantic signal finds: the same questions
    as for a pattern (negated? asked in general? long past or over?) on the whole
    message. ``net``: the fine-tuned net's probability; from :data:`NET_SURE_PROBABILITY`
    the twitch, calm and question gates do not demote the sign."""
    now = _NOW.search(_RATE.sub(" ", norm)) is not None
    if not now and (_HABITUAL.search(norm) or _RATE.search(norm)):
        return Screen()  # twitch talk about habits: nothing to say
    if _IDIOM.search(norm):
        return Screen()  # "I wanted the ground to swallow me up"
    if _FEAR_OF.search(norm) and _DREAD_OF.search(norm) and not _NOW.search(norm):
        return Screen(mention=sign)  # "scared of losing my hearing during the op" (round 15)
    if _seen_in_fiction(norm):
        return Screen(mention=sign)  # a stranger in a show (round 13)
    if _everyday_explained(norm):
        return Screen(mention=sign)  # legs asleep from sitting (round 17)
    if _OUT_OF_REACH.search(norm) and _MEDICINE_29.search(norm) and not _ACUTE.search(norm):
        return Screen(
            mention=sign
        )  # round 29: "my sleeping tablets in a drawer so the kids can't reach them"
    if _HEALED.search(norm) and not _ACUTE.search(norm):
        return Screen(mention=sign)  # "the swelling has gone down fully" (round 16)
    if _near_miss(text, norm, []):
        return Screen(mention=sign)  # "deaf since my army days, nothing new" (rounds 18-20)
    if _TALK_ABOUT.search(norm) and not _ACUTE.search(norm):
        return Screen(mention=sign)  # a wish to talk about treatment (round 19)
    if _SEE_YOU_NEXT_30.search(norm) and not _ACUTE.search(norm):
        return Screen(mention=sign)  # "thank you for everything! see you in March" (round 30)
    if _faith_question(text, norm):
        return Screen(mention=sign)  # "asking the Lord why ... what sets it off?" (round 20)
    if net is not None and net >= NET_SURE_PROBABILITY:
        return Screen(flag=sign)  # round 33: off (NET_SURE_PROBABILITY 2)
    if probability < FLAG_PROBABILITY and _FADING.search(norm) and not _ACUTE.search(norm):
        return Screen()  # unsure, and told as fading: no net (round 13)
    plain = not _NOT_PLAIN.search(norm) and not _ACUTE.search(norm)
    routine = _AFTER_TOXIN.search(norm) and _ROUTINE_TOXIN.search(norm)
    if probability < SURE_PROBABILITY and plain and routine:
        return Screen()  # "my botox is wearing off early" (round 11, after the refit)
    if probability < SURE_PROBABILITY and plain and _VAGUE.search(norm):
        return Screen(mention=sign)  # "my leg feels weird": cannot tell, the net
    if probability < SURE_PROBABILITY and _GOOD_NEWS.search(norm) and not _ACUTE.search(norm):
        return Screen()  # "my life has been better since the operation"
    if probability < SURE_PROBABILITY and _NORMAL_READING.search(norm):
        return Screen(mention=sign)  # "my temperature was 36.8 this morning, all normal"
    treated = _AFTER_OP.search(norm) or _AFTER_TOXIN.search(norm)
    if _everyday(norm) and _FADING.search(norm) and not _ACUTE.search(norm) and not treated:
        return Screen()  # "blurry from the ointment, clears up in ten minutes" (round 15)
    if (
        _everyday(norm)
        and not _SUDDEN_ONLY.search(norm)
        and (not treated or _NO_OPERATION.search(norm))
    ):
        return Screen(mention=sign)  # "nosebleed after picking it, no surgery" (round 14)
    if (
        # round 11: the refit on v4-v8 put "I get out of breath climbing stairs" above
        # SURE_PROBABILITY; with no treatment named, exertion explains it at any height
        (probability < SURE_PROBABILITY or not treated)
        and (_EXERTION.search(norm) or _STUFFY.search(norm))
        and not _NOT_PLAIN.search(norm)
        and not _DREAD_OF.search(norm)
        and not _HEAD_AT_ONCE_33.search(norm)
    ):
        return Screen(mention=sign)  # "can't catch my breath after the stairs"
    # round 33 (lead): the twitch named as what a treatment was for or which eye, and the
    # day of the treatment a sign dates from, are not twitch talk or a sign told as past
    told = _TREATMENT_NAMED_33.sub(" ", norm)
    if not _ACUTE.search(norm) and (
        _CALM.search(told)
        or _lifelong(norm)
        or _SPASM_TALK.search(told)
        or (probability < SURE_PROBABILITY and _TWITCH_WORD.search(told))
        or (probability < SURE_PROBABILITY and _HEDGE.search(norm))
    ):
        return Screen(mention=sign)
    if not now and (
        (
            probability < SURE_PROBABILITY
            and _NEGATIONS.intersection(_CAUSE_DENIED_33.sub(" ", norm).split())
        )
        or _DISTANT_PAST.search(norm)
        or all(
            _QUESTION_OPENER.search(c) or _ASK_FRAME.match(c)
            for c in (normalise(c) for c in _CLAUSE_SPLIT.split(text))
            if c
        )
    ):
        return Screen(mention=sign)
    return Screen(flag=sign)


#: Round 18: a message that only denies signs ("no fever, no stiff neck, just tired after
#: the op") needs no safety line: the net on a plain denial is noise that teaches people
#: to skip it. Any "but", "still", "except", a time of onset or a sudden word keeps it.
_DENIAL_UNDONE = re.compile(
    r"\b(but|though|although|however|except|apart from|other than|yet|still|only|worse|worried|"
    r"worry|scared|afraid|sure|think|maybe|might|bit|slight\w*|little|kind of|sort of|now)\b"
)


def _only_denials(norm: str) -> bool:
    return (
        norm.split()[:1] in (["no"], ["not"], ["never"], ["without"])
        and not _DENIAL_UNDONE.search(norm)
        and not _ACUTE.search(norm)
        and not _SUDDEN_WORDS.search(norm)
        and "?" not in norm
    )


def alarmed(alarm) -> bool:
    """Whether the learned signals' reading (:class:`hfs.assistant.matcher.Alarm`, or
    None) is an alarm: the regression sure and the net agreeing, or the net sure."""
    if alarm is None:
        return False
    net = alarm.net
    agreed = net is None or net >= NET_AGREE_PROBABILITY
    return (alarm.probability >= FLAG_PROBABILITY and agreed) or (
        net is not None and net >= NET_ALARM_PROBABILITY
    )


def screen(text: str, alarm=None, repair_typos: bool = True) -> Screen:
    """Look for warning signs in ``text`` (see the module docstring).

    ``alarm``: the matcher's semantic signal for the message
    (:class:`hfs.assistant.matcher.Alarm`), used when no pattern matches.
    ``repair_typos``: False for a Spanish message, whose words the English speller
    would "repair" into English ones ("hace 10 años tuve parálisis" -> "face ...
    paralysis").
    """
    # "s/p MVD POD6, T 38.9" in plain words (round 15); the learned signal read the
    # shorthand itself, which it does not know, so it may not veto what the patterns find
    plain = expand_shorthand(text)
    charted, text = plain != text, plain
    raw = normalise(text)  # before the speller ("dreamt" is not a typo of "dread")
    if repair_typos:
        text = repair(text)
    norm = normalise(text)
    found = list(_matches(norm, negated=True))
    if not found:
        if alarm is not None and alarm.probability >= SAFETY_PROBABILITY:
            sign = RedFlag(SEMANTIC_NAME, alarm.description)
            if _DREAM.search(raw) and not _SUDDEN_WORDS.search(norm):  # "dreamt" (round 17)
                return Screen(mention=sign)
            seen = _semantic_screen(text, norm, sign, alarm.probability, alarm.net)
            if alarmed(alarm):
                return seen
            # Closer to a warning sign than to anything the assistant answers, but not
            # clearly: too unsure for the emergency reply, so the answer carries the
            # safety line (what to do if it is happening) instead of saying nothing.
            return Screen(mention=seen.flag or seen.mention)
        if alarm is not None and alarm.net is not None and alarm.net >= NET_SAFETY_PROBABILITY:
            # the regression unsure, the fine-tuned net sure (round 22): the safety line,
            # never the alarm ("my head suddenly started pounding ..., came on in a second")
            seen = _semantic_screen(text, norm, RedFlag(SEMANTIC_NAME, alarm.description))
            return Screen(mention=seen.flag or seen.mention)
        return Screen()
    live = [
        (name, m)
        for name, m, neg in found
        if not neg
        and not _spasm_shape(norm, m)
        and not _simile(norm, m)
        and not _dismissal(norm, m)
        and not _figure_or_moment(norm, m)
    ]
    name, m, _ = found[0]
    mention = RedFlag(name, m.group(0))
    if not live:
        if _only_denials(norm):
            return Screen()  # "no fever, no stiff neck, just tired": nothing to net (round 18)
        return Screen(mention=mention)
    first = RedFlag(live[0][0], live[0][1].group(0))
    if _animal(norm, live):
        return Screen()  # an animal's sign: no person's safety line either (round 13)
    reported = _normal_report(text)  # "is it normal that my smile is lopsided after the op"
    if not reported and first.name in _RISK_SIGNS and _is_risk_question(text, norm):
        return Screen(mention=first)
    if not reported and (_is_general(text, norm) or _asks_how_to_tell(text, norm)):
        return Screen(mention=first)
    if not reported and _asked_before_ones_own(text, norm):
        return Screen(mention=first)  # "... serious? asking before mine" (round 16)
    if not reported and _lists_risks(norm, live):
        return Screen(mention=first)  # "the risks are infection, a fluid leak..." (round 15)
    if _drink_cause(norm, live):
        return Screen(mention=first)  # "speech a bit slurred last night after too many pints"
    if _botox_effect(norm, live) or _others_remark(text, norm, live):
        return Screen(mention=first)
    if _feared_sign(norm, live) or _someone_elses_past(norm, live):
        return Screen(mention=first)  # round 23 (EN v20)
    if _mistaken_fear(text, norm, live) or _plain_cause(norm, live) or _lifelong(norm):
        return Screen(mention=first)
    dream = _DREAM.search(raw) and not _SUDDEN_WORDS.search(norm)  # not "... but suddenly"
    if _seen_in_fiction(norm) or _numbness_passed(norm, live) or dream:
        return Screen(mention=first)
    if _breath_figure(norm, live) or _everyday_explained(norm):
        return Screen(mention=first)
    if _HEALED.search(norm) and not _ACUTE.search(norm):
        return Screen(mention=first)  # "the redness has faded completely" (round 16)
    if _anaesthetic_numbness(norm, live):  # "still numb from the dentist" (round 15)
        return Screen(mention=first)
    if _hypothetical(norm, live):
        return Screen(mention=first)
    if _near_miss(text, norm, live):
        return Screen(mention=first)
    if (
        alarm is not None
        and not reported
        and not charted
        # a sign the classifier cannot veto, or one found in its context (GATED), anywhere
        # in the message: a long chatty message about something routine may bury it
        and not any(n in _UNVETOED or m.re in _GATED_SIGNS for n, m in live)
        and _doubted(
            norm, alarm.probability, first.name in _POSTOP_NAMES, _SINCE_TREATMENT.sub(" ", norm)
        )
    ):
        return Screen(mention=first)
    if (
        alarm is not None
        and alarm.net is not None
        and alarm.net < NET_VETO_PROBABILITY
        and not charted
        and not _ACUTE.search(norm)
    ):
        return Screen(mention=first)  # round 33: off (NET_VETO_PROBABILITY 0)
    return Screen(flag=first)


def find_red_flag(text: str) -> RedFlag | None:
    """Return the first red flag in ``text``, or None.

    A match is ignored when a negation just before it reaches it ("no", "not",
    "don't"... with only words like "have", "any", "got" between), so "no slurred
    speech" and "I don't have slurred speech" pass while "my speech is slurred" and "I
    don't know why my face is drooping" do not. A question about a treatment's risk of facial
    weakness (:func:`_is_risk_question`), a general question about a warning sign, or
    an event long past and resolved (:func:`_is_general`) is not a red flag; see
    :func:`screen` for the safety line those get.
    """
    return screen(text).flag
