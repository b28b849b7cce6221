"""Crisis: talk of suicide or self-harm, checked on every message before anything else.

A person living with a visible, disabling condition may say they do not want to live
any more. The reply is kind and immediate: the U.S. 988 Suicide & Crisis Lifeline
(call or text 988) and the emergency number, and an offer to go on talking (the
``crisis`` topic of knowledge.yaml). :func:`find_crisis` looks for it in two ways:

- patterns for the ways people say it: suicide and suicidal thoughts; killing, hurting,
  harming or cutting oneself; ending one's life or "it all"; wanting to die or not to be
  alive; being better off dead or others better off without one; no reason to live or
  go on; overdosing or saving up pills; passive wishes (not waking up, not going on
  living, being tired of being alive). Each needs the person as its object ("kill
  MYSELF", "end MY life"), so idioms about the twitch ("this twitch is killing my social
  life", "my eye is killing me", "I could die of embarrassment", "I'm dying to know")
  are not crises;
- a semantic signal (:func:`crisis_similarity`): the message's MiniLM vector against
  :data:`DESCRIPTIONS`; a message no pattern matches is a crisis from
  :data:`SIMILARITY` up, when it also speaks of the person's own life, death or harm
  (:data:`_LIFE_WORDS`).

A general question about a treatment's side effect ("can carbamazepine cause suicidal
thoughts?") is a *mention*: it is answered as usual, with the crisis line added.
Negation is NOT an exception: "I'm not sure I want to live" is a crisis, and a kind
line with 988 does no harm to someone who said "I'm not suicidal".
"""

from __future__ import annotations

import re

import numpy as np

from hfs.assistant.text import normalise

_SELF = r"(myself|my self|meself|himself|herself|themselves|themself)"
_ME = r"(my|his|her|their)"
#: "I cut myself shaving", "hurt myself when I fell": accidents, not self-harm.
_ACCIDENT = (
    r"shaving|cooking|by accident|accidentally|on (a|the|my)|when (i|he|she) fell|falling|"
    r"playing|lifting|at (work|the gym)|in the (kitchen|garden)|while|laughing"
)

#: After "wake up": words of a time or a state, not of a wish to die ("I hope I don't
#: wake up in pain", "I'd rather not wake up at 6 for it").
_NOT_A_WISH = (
    r"(?!(\s+\w+){0,2}\s+(with|to|in|at|early|late|because|for|from|every|feeling|before|"
    r"during|until|till|when|too|once|again and)\b)"
)

PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        r"\bsuicid\w*",
        r"\bself (harm\w*|injur\w*)\b",
        rf"\b(?<!accidentally )(kill\w*|hurt\w*|harm\w*|cut\w*|injur\w*|hang\w*|poison\w*)( \w+)?"
        rf" {_SELF}\b(?! ({_ACCIDENT}))",
        rf"\b(end|ending|ended|take|taking|took|finish|finishing)( \w+)? {_ME} (own )?(life|lives)\b",
        r"\b(end|ending|finish) it( all)?\b(?! (with|for) )",
        r"\b(wants?|wanna|wanted|going|ready|like) (to )?die\b(?! (of|from|laughing))",
        r"\bwish(ed)? (i|he|she) (was|were|had) (dead|never been born|not born)\b",
        r"\b(better off|be better) (dead|without me|without him|without her)\b",
        r"\b(dont|do not|no longer|not) (want|wish|wanna) to (live|be alive|be here|exist|wake up)\b",
        r"\bnot (want|wanting) to (live|be alive|be here)\b",
        r"\b(no|any|what s the|whats the|what is the) (reason|point) (to|in|of) "
        r"(live|living|life|go on|going on|carry on|carrying on|being alive)\b",
        r"\b(cant|cannot|can not) (go on|carry on|live like this|take (it|this) any ?more)\b",
        r"\boverdos\w*",
        r"\b(take|taking|swallow) (them |the pills |the tablets )?all\b",
        r"\b(saved|saving|stockpil\w*|hoard\w*) (up )?(my |some |the )?(pills|tablets|meds)\b",
        r"\b(pills|tablets|meds) (saved|stockpiled|hidden) up\b",
        r"\b(jump|jumping) (off|in front of)\b",
        r"\b(dont|do not) want to wake up\b",
        r"\bnot be (here|around) (any ?more|much longer)\b",
        # Passive wishes not to wake up or go on (issue 15, held-out v6): "I wouldn't
        # mind not waking up", "I hope I never wake up", "I'd be fine if I didn't wake
        # up", "sleep and never wake up"; not "hope I don't wake up in pain".
        r"\b(wish\w*|hop(e|es|ed|ing)|pray\w*|rather|(wouldnt|would not|dont|do not|"
        r"wouldnt really) (mind|care)|(ok|okay|fine|happy|glad|relieved|peaceful)( \w+)? (if|to)|"
        r"want\w*|wanna)\b(\s+\w+){0,5}\s+(never|not|didnt|did not|dont|do not|wouldnt|"
        r"would not) (wake|waking|woke) up\b" + _NOT_A_WISH,
        r"\b(sleep|sleeping)\b(\s+\w+){0,3}\s+(and )?(never|not) (wake|waking) up\b" + _NOT_A_WISH,
        r"\b(wouldnt|would not|dont|do not) (mind|care)\b(\s+\w+){0,4}\s+(dying|if (i|he|she) "
        r"(died|was dead|were dead|was gone|were gone|wasnt here|werent here))\b",
        r"\b(hope|hoping|wish|pray\w*) (i|he|she) (would |could |just |will )?(die|dont survive|"
        r"do not survive|wont survive)\b",
        # Not wanting to go on living: "don't want to go on living", "can't keep living
        # like this", "why carry on living", "tired of being alive".
        r"\b(dont|do not|no longer|not|cant|cannot|can not|why|point|reason|no)\b(\s+\w+){0,4}\s+"
        r"(go on|carry on|keep( on)?|continue) (living|existing|being alive)\b"
        r"(?! (my|a|an|around|in|on|at|near|off|normally)\b)",
        r"\b(tired|sick|weary|done) (of|with) (living|existing|being alive|life)\b(?! (with|of)\b)",
    )
)

#: The drug side-effect question: a mention, not a crisis.
_TREATMENT = re.compile(
    r"\b(carbamazepine|gabapentin|clonazepam|baclofen|medication|medications|medicine|"
    r"tablets|pills|drug|drugs|botox|treatment|surgery|operation)\b"
)
_SIDE_EFFECT = re.compile(
    r"\b(side effects?|cause|causes|risk|risks|warning|warnings|linked|make you|make people)\b"
)
_QUESTION = re.compile(r"^(can|could|does|do|is|are|will|would|might|may|what|which|how)\b")

#: Crisis talk in a patient's words (our own): the semantic signal's references.
DESCRIPTIONS: tuple[str, ...] = (
    "I want to end my life",
    "I have been thinking about killing myself",
    "I do not want to live anymore",
    "I wish I was dead",
    "everyone would be better off if I was gone",
    "I have been hurting myself on purpose",
    "there is no point in living like this",
    "I am planning to take all my pills at once",
    "I cannot go on living with this face",
    "I think about dying all the time",
    "I would not mind if I never woke up again",
    "I wish I could go to sleep and not wake up",
)
#: A message no pattern matches is a crisis from this cosine similarity to one of the
#: descriptions up, if it also has a word of life, death or harm (:data:`_LIFE_WORDS`).
SIMILARITY = 0.72
_LIFE_WORDS = re.compile(
    r"\b(live|living|life|alive|die|dying|dead|death|gone|disappear|harm|hurt|end it|"
    r"pills|exist|existing|kill)\b"
)


def find_crisis(text: str, similarity: float | None = None) -> str | None:
    """The crisis words found in ``text`` (or a note that the semantic signal found it),
    None when there are none. ``similarity``: :func:`crisis_similarity` of the message,
    if the caller has one."""
    norm = normalise(text)
    for p in PATTERNS:
        m = p.search(norm)
        if m is not None:
            return m.group(0)
    if similarity is not None and similarity >= SIMILARITY and _LIFE_WORDS.search(norm):
        return "described like crisis talk"
    return None


def is_side_effect_question(text: str) -> bool:
    """ "Can carbamazepine cause suicidal thoughts?": answered, with the crisis line."""
    norm = normalise(text)
    return bool(_QUESTION.search(norm) and _TREATMENT.search(norm) and _SIDE_EFFECT.search(norm))


def crisis_similarity(vectors: np.ndarray, references: np.ndarray) -> float:
    """The best cosine similarity between any of a message's (unit) vectors and the
    descriptions' (unit) vectors."""
    return float((vectors @ references.T).max())
