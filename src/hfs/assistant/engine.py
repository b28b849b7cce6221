"""The conversation engine: a pure function ``(state, text) -> (new state, replies)``.

:meth:`Engine.turn` never touches a database, a clock or the network. It returns a
:class:`Turn` with the new :class:`ConversationState` (plain JSON-able data), the
replies to show, and *effects*: records the shell must store (a contact request,
feedback) or a request to forget the session. The shell (web route, CLI) persists
the state and applies the effects; see :class:`hfs.assistant.service.AssistantService`.

Order of handling for every message:

1. crisis talk (:mod:`hfs.assistant.crisis`: suicide, self-harm) and red flags
   (:mod:`hfs.assistant.redflags`), before anything else; a warning sign only named (a
   general question, a negation, a risk question, an event long past) is answered as
   usual, and the answer carries the safety line. At a question about the twitch
   itself (``about_twitch``), the learned signal alone does not raise the emergency:
   the answer is read in the question's context first;
2. global keywords (:data:`KEYWORDS`) and everyday exits (:data:`STOP_WORDS`, "go
   back"), matched on the whole message, case- and punctuation-insensitive;
3. the pending question of the scenario on top of the stack, if any;
4. otherwise free text: greetings, menu choices, then the matcher (knowledge topics
   and scenarios), with a "not sure" answer below its threshold.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import string
from dataclasses import dataclass, field

import numpy as np
from pydantic import BaseModel, Field

from hfs.assistant import crisis, redflags, redflags_es, safetynet, signal_es
from hfs.assistant.answers import (
    Invalid,
    find_day,
    is_unsure,
    looks_like_email,
    looks_like_phone,
    read_answer,
    read_choice,
    read_email,
    read_exact_choice,
    read_phone,
    read_time_of_day,
    read_yesno,
)
from hfs.assistant.knowledge import Knowledge
from hfs.assistant.language import (
    GREETINGS_ES,
    KEYWORDS_ES,
    SOFT_STOPS_ES,
    THANKS_ES,
    detect_language,
    reply_language,
    wants_contact_es,
)
from hfs.assistant.matcher import Match, Matcher, neutralise, opens_as_question
from hfs.assistant.redflags import (
    _ACUTE,
    SEMANTIC_NAME,
    RedFlag,
    Screen,
    drop_judgement_hedges,
    screen,
)
from hfs.assistant.scenario import (
    ActionStep,
    AskStep,
    BeginStep,
    BranchStep,
    EndStep,
    SayStep,
    Scenario,
)
from hfs.assistant.text import normalise
from hfs.errors import ConfigError

#: Global keywords: normalised message -> command. Buttons send the same words
#: (RESTART -> "start over", MENU -> "menu", CLOSE -> "exit").
KEYWORDS: dict[str, str] = {
    "cancel": "exit",
    "exit": "exit",
    "close": "exit",
    "quit": "stop",
    "stop": "stop",
    "stop it": "stop",
    "stop this": "stop",
    "stop please": "stop",
    "please stop": "stop",
    "im done": "stop",
    "i am done": "stop",
    "im finished": "stop",
    "done": "stop",
    "thats enough": "stop",
    "enough": "stop",
    "forget it": "stop",
    "never mind": "stop",
    "nevermind": "stop",
    "leave it": "stop",
    "not now": "stop",
    "no thanks": "stop",
    "no thank you": "stop",
    "bye": "stop",
    "goodbye": "stop",
    "bye bye": "stop",
    "go back": "back",
    "back": "back",
    "previous question": "back",
    "undo": "back",
    "start over": "start_over",
    "restart": "start_over",
    "help": "help",
    "terms": "terms",
    "privacy": "terms",
    "feedback": "feedback",
    "menu": "menu",
    "main menu": "menu",
    "forget me": "forget_me",
    "what do you know": "what_i_know",
    "what do you know about me": "what_i_know",
    **KEYWORDS_ES,
}
GREETINGS = (
    frozenset(
        {"hi", "hello", "hey", "hiya", "good morning", "good afternoon", "good evening", "hi there"}
    )
    | GREETINGS_ES
)
THANKS = (
    frozenset(
        {
            "thanks",
            "thank you",
            "thank you very much",
            "thanks a lot",
            "cheers",
            "bye",
            "goodbye",
            "ok thanks",
            "ok thank you",
            "great thanks",
        }
    )
    | THANKS_ES
)
#: Everyday exits that are also answers at a yes/no question ("no thanks" to "send
#: this?") or words of thanks when nothing is running ("bye").
SOFT_STOPS = (
    frozenset({"no thanks", "no thank you", "not now", "bye", "goodbye", "bye bye"}) | SOFT_STOPS_ES
)
#: A request to be contacted, whatever it is about ("please have someone call me about
#: my twitch", "could a nurse ring me back"): the contact request, not the topic named.
_CONTACT_ME = re.compile(
    r"\b(call|ring|phone|email|e mail|mail|text|contact|reach) me\b|"
    r"\b(call|ring|phone) me back\b|\bget (back )?in touch with me\b|\bget back to me\b|"
    r"\b(request|want|like|need|get) a (call|callback|call back|phone call)\b"
)
_NOT_CONTACT_ME = re.compile(
    r"\b(dont|do not|never|no need to|not) (\w+ ){0,2}(call|ring|phone|email|contact)\b"
)
MAX_STEPS_PER_TURN = 200
#: Shorter messages (buttons, yes/no, a number) skip the semantic red-flag signal.
MIN_ALARM_WORDS = 3
#: The names of the safety nets' suspicions (:mod:`hfs.assistant.safetynet`).
CRISIS_HINT = "hopelessness without a crisis pattern"
SUSPECTED = "a sign after a recent treatment, no pattern"
VAGUE = "a part of the body that feels vaguely wrong"
#: A message this close (cosine) to a crisis description, short of
#: :data:`hfs.assistant.crisis.SIMILARITY`, gets the crisis net (the direct question).
CRISIS_NET_SIMILARITY = 0.62
#: Round 30: a sign that only the English learned signals found is crisis talk, not a
#: sign of the body, when the crisis classifier (:func:`hfs.assistant.classifier.
#: fit_crisis`: the training sets' crisis messages against their other warning signs,
#: over the sentence vector) gives it at least this. It chooses WHICH answer, never
#: whether: an alarm stays an alarm (the crisis reply also gives 911). On a new training
#: author's English file (dev_v30b, in no training set when measured) 11 crisis messages
#: got the emergency reply from the learned signals; the classifier gave 9 of them 0.75 or
#: more, and every warning sign of the body 0.02 or less.
CRISIS_READ_PROBABILITY = 0.7
#: Round 31: the learned signals' alarm on a message that names no body, treatment or
#: liquid (round 28 asked it the direct question) is the crisis reply when the crisis
#: classifier gives it at least this: the signals already agreed that there is an alarm;
#: the classifier only reads which. Chosen out of fold (bench/assistant_net_policy.py).
CRISIS_BODILESS_PROBABILITY = 0.9
#: Round 32: the learned signals' alarm that the screen of signs of the body turned into a
#: line (a twitch named, "for weeks", thanks, an everyday purpose: "been putting the
#: gabapentin aside for weeks ... the twitch wins" got a stroke's line) is read by the
#: crisis classifier (at least this) and the calm classifier (:func:`hfs.assistant.
#: classifier.fit_calm`: crisis messages against near-misses, questions and off-topic
#: messages): the crisis reply from :data:`CRISIS_DEMOTED_CALM_PROBABILITY`, the direct
#: question about suicidal thoughts from :data:`CRISIS_DEMOTED_NET_CALM`. 2 turns it off.
CRISIS_DEMOTED_PROBABILITY = 0.9
#: Out of fold (bench/assistant_net_policy.py, 45 sets) the reply at 0.9 took strict 3120
#: -> 3123 of 3148 (a jar of pills by the bed "tonight's the night", a father's shotgun on
#: the table, things given away "it is decided for this weekend") for near-miss alarms 54
#: -> 58 of 2573; but 22 everyday twins that earlier rounds' rules explain (a rope swing,
#: tablets locked away from the grandchildren, "ready to go tomorrow morning" for the
#: operation) got the crisis reply in the tests. So never the reply (2): the direct question.
CRISIS_DEMOTED_CALM_PROBABILITY = 2.0
#: ... the direct question instead of a sign's line from this calm reading (out of fold:
#: those three, "been puttin by me tablets since christmas ... won't be botherin me much
#: longer" and a "question" that was crisis talk, no near-miss). 2: never.
CRISIS_DEMOTED_NET_CALM = 0.5
#: ... and the learned signals' unsure line (no alarm) read as crisis talk by both
#: classifiers (this and :data:`CRISIS_DEMOTED_PROBABILITY`): the direct question, never
#: the crisis reply ("driving to the bridge after this. just wanted someone to know" got
#: a stroke's line). 2: never.
CRISIS_UNSURE_NET_CALM = 0.9
#: ... and only when the learned signals had alarmed (not for an unsure signal's line).
CRISIS_DEMOTED_NEEDS_ALARM = True
#: Round 32: no learned crisis reading gives the crisis reply to a message that gives an
#: everyday reason (:func:`hfs.assistant.crisis.everyday_reason`: the writer's plan for a
#: day to come, another's leaving, an outing's means).
CRISIS_READING_HEEDS_EVERYDAY = True
#: Round 30: crisis words that a pattern found, naming suicide or self-harm outright,
#: get the direct question (the crisis net) instead of the crisis reply when the
#: fine-tuned net gives the message less than this and the regression less than
#: :data:`TOPIC_REGRESSION_BELOW`: suicide as a topic ("My cousin took his own life years
#: ago ...", a sermon, a documentary, a friend now well), which the writer's words alone
#: could not tell from a report (Engine._talk_about_crisis).
TOPIC_NET_BELOW = 0.15
TOPIC_REGRESSION_BELOW = 0.6
#: ... and only when no word places the talk now ("again", "tonight", "still", "urges")
#: or makes it the writer's own wish ("... and I want to do the same").
TOPIC_NEEDS_NO_NOW = True


class Reply(BaseModel):
    """One message from the assistant."""

    text: str
    topic: str | None = None
    choices: list[str] = Field(default_factory=list)


class Frame(BaseModel):
    """A running scenario: where it is and what the person entered so far."""

    scenario: str
    step: str
    slots: dict[str, str] = Field(default_factory=dict)
    retries: int = 0
    #: the ask steps answered, in order ("go back" returns to the last one)
    history: list[str] = Field(default_factory=list)
    #: slots filled by an answer to an earlier question (a phone number typed at "how
    #: should we contact you?"): their questions are skipped
    prefilled: list[str] = Field(default_factory=list)


class ConversationState(BaseModel):
    """Everything the engine needs to continue a conversation (JSON-serialisable)."""

    version: int = 1
    nonce: str = Field(min_length=8)
    turn: int = 0
    stack: list[Frame] = Field(default_factory=list)
    ended: bool = False
    forgotten: bool = False
    sent: list[str] = Field(default_factory=list)  # what was stored from it ("forget me")
    #: the conversation's language: "en" or "es" (:mod:`hfs.assistant.language`)
    lang: str = "en"
    #: the last reply asked directly about thoughts of suicide (the crisis safety net):
    #: a "yes" or "maybe" to it gets the crisis reply
    asked_crisis: bool = False

    @property
    def scenario(self) -> str | None:
        return self.stack[-1].scenario if self.stack else None


@dataclass(frozen=True)
class Effect:
    """Something the shell must do: ``store_contact_request``, ``store_feedback``, ``forget_session``."""

    action: str
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Turn:
    state: ConversationState
    replies: list[Reply]
    effects: list[Effect]
    #: what the screen did (round 11): "alarm" (the emergency or crisis reply), "net"
    #: (the answer carries a safety line: a sign named, or one the screen is unsure
    #: of), or None
    safety: str | None = None

    @property
    def scenario(self) -> str | None:
        return self.state.scenario

    @property
    def ended(self) -> bool:
        return self.state.ended


class _Slots(dict):
    def __missing__(self, key: str) -> str:
        return "-"


def _bodiless(text: str) -> bool:
    """For a message that names no part of the body, sense, symptom or crisis word
    (:func:`hfs.assistant.redflags.names_body`): whether it also names no treatment, head
    or sense that a safety net would name (:func:`hfs.assistant.safetynet.category` falls
    back to a stroke) and no liquid. What the learned signals alarm on in such a message
    is read as veiled crisis talk (round 28,
    :data:`hfs.assistant.redflags.SEMANTIC_WITHOUT_BODY_ASKS`). "I'm dying to get this
    botox done" names a treatment, "the faucet in my kitchen is dripping" a liquid (the
    shape of a fluid leak): neither is bodiless."""
    return safetynet.category(text) == "stroke" and _LIQUID.search(normalise(text)) is None


_LIQUID = re.compile(r"\b(drip\w*|leak\w*|water\w*|fluid\w*|overflow\w*|flood\w*|pour\w*|wet)\b")


class Engine:
    """Runs scenarios over a knowledge base and a matcher. Stateless itself.

    Parameters
    ----------
    scenarios : dict of Scenario
        As loaded by :func:`hfs.assistant.scenario.load_scenarios`.
    knowledge : Knowledge
    matcher : Matcher
        Intents ``topic:<id>`` and ``scenario:<id>``.
    """

    def __init__(
        self,
        scenarios: dict[str, Scenario],
        knowledge: Knowledge,
        matcher: Matcher,
        lang: str = "en",
    ):
        self.scenarios = scenarios
        self.kb = knowledge
        self.matcher = matcher
        self.msg = knowledge.messages
        #: The language of this engine's texts, the engines of the other languages a
        #: conversation may switch to (:mod:`hfs.assistant.bilingual`), and the engine
        #: whose screen (crisis, red flags) runs on every message.
        self.lang = lang
        self.translations: dict[str, Engine] = {}
        self.safety: Engine = self
        for t in knowledge.topics:
            if t.guide is not None and t.guide not in scenarios:
                raise ConfigError(f"topic {t.id!r}: guide scenario {t.guide!r} does not exist")
        menu = scenarios["menu"]
        self._menu_ask = next(s for s in menu.steps if isinstance(s, AskStep))
        self._crisis_vectors = matcher.embedder.embed([neutralise(d) for d in crisis.DESCRIPTIONS])

    @property
    def _menu_button(self) -> str:
        return self.msg.get("label_menu", "Menu")

    @property
    def _contact_button(self) -> str:
        return self.msg.get("label_contact", "Ask the clinic to contact me")

    # ----------------------------------------------------------------- public
    def start(self, nonce: str, lang: str | None = None) -> Turn:
        """A new conversation: the welcome and the menu's choices (in ``lang``)."""
        if lang is not None and lang != self.lang and lang in self.translations:
            return self.translations[lang].start(nonce)
        state = ConversationState(nonce=nonce, lang=self.lang)
        return Turn(state, [self._welcome()], [])

    def language_for(self, state: ConversationState, text: str, lang: str | None = None) -> str:
        """The conversation's language after ``text``: ``lang`` when given, else the
        message's own when it tells (not at a question whose answer is a name, a
        number or free text), else the conversation's."""
        if lang is not None:
            return lang
        pending = self._pending(state)
        if pending is not None and pending.input in ("text", "phone", "email", "date"):
            return state.lang
        told = reply_language(text)  # round 19: a Spanish clause in English is answered in Spanish
        if told is None and (redflags_es.find_crisis_es(text) or redflags_es.screen_es(text).flag):
            told = "es"  # "me desmayé": a Spanish warning sign is answered in Spanish
        return told or state.lang

    def can_continue(self, state: ConversationState) -> bool:
        """Whether every frame still names an existing scenario step (after an upgrade)."""
        for frame in state.stack:
            sc = self.scenarios.get(frame.scenario)
            if sc is None or all(step.id != frame.step for step in sc.steps):
                return False
        return True

    def turn(
        self,
        state: ConversationState,
        text: str,
        *,
        today: dt.date | None = None,
        lang: str | None = None,
    ) -> Turn:
        """Answer one message. ``today`` bounds date answers (no dates in the past).
        ``lang``: the language asked for; None: the message's (:meth:`language_for`)."""
        if self.translations:
            target = self.language_for(state, text, lang)
            if target != self.lang and target in self.translations:
                return self.translations[target].turn(state, text, today=today, lang=target)
        st = state.model_copy(deep=True)
        if st.ended:  # a closed conversation starts afresh on the next message
            st = ConversationState(nonce=st.nonce, turn=st.turn)
        st.lang = self.lang
        st.turn += 1
        ctx = _Ctx(st, [], [], today)

        pending = self._pending(st)
        check = self.safety.screen(text, pending)
        asked, st.asked_crisis = st.asked_crisis, False
        if asked and check.flag is None and safetynet.says_yes_to_the_ask(text):
            # "yes" to "are you having thoughts of ending your life?": the crisis reply
            self._crisis(ctx)
            return ctx.result()
        if check.flag is not None and check.flag.name == "crisis":
            self._crisis(ctx)
            return ctx.result()
        if check.flag is not None:
            topic = self.kb.topic("emergency")
            ctx.replies.append(
                Reply(text=topic.answer, topic="emergency", choices=[self._menu_button])
            )
            return ctx.result()

        norm = normalise(text)
        command = KEYWORDS.get(norm)
        if command == "stop" and norm in SOFT_STOPS:
            if pending is not None and pending.input == "yesno" and _is_yesno(text):
                command = None  # "no thanks" answers "send this?"
            elif not st.stack:
                command = None  # "bye" with nothing running: thanks
        if (
            command is None
            and st.stack
            and st.stack[-1].scenario != "menu"
            and norm == normalise(self.msg["continue_label"])
        ):
            ctx.resumed = True
            self._run(ctx)  # after the crisis reply: the pending question again
        elif command is not None:
            getattr(self, f"_kw_{command}")(ctx)
        elif st.stack:
            self._answer(ctx, text)
        else:
            self._idle(ctx, text)
        if check.mention is not None:
            self._add_safety_line(ctx, check)
        return ctx.result()

    def screen(self, text: str, step: AskStep | None = None) -> Screen:
        """Crisis talk and red flags in a message: the patterns, and the learned
        signals for a message of three words or more (its vectors come from the
        matcher's cache, so a message is embedded once). ``step``: the question the
        message answers; at a question about the twitch (``about_twitch``) a sign found
        only by the learned signal, with no word of the last hours, is a mention. A
        Spanish message gets the Spanish learned signal (:meth:`_spanish_signal`)."""
        # the speaker's doubt about a report ("not sure it counts but...") is not a denial
        # of the sign (round 16)
        text = drop_judgement_hedges(text)
        # the sign explained away by the speaker ("Seguro es cera, pero ..."): the guess's
        # words must not excuse the sign (round 20, Spanish)
        text = redflags_es.drop_explained_away_es(text)
        # The English learned signals read MiniLM vectors: a Spanish message gets the
        # Spanish patterns (hfs.assistant.redflags_es), the English ones, and, where no
        # pattern found anything, the Spanish learned signal (round 19, _spanish_signal).
        spanish_text = detect_language(text) == "es"
        long_enough = len(text.split()) >= MIN_ALARM_WORDS and not spanish_text
        similarity = None
        if long_enough:
            vectors = self.matcher.message_vectors(text)
            similarity = crisis.crisis_similarity(vectors, self._crisis_vectors)
        # A Spanish message is read by the Spanish patterns first, so that their denials
        # ("no tengo pensamientos suicidas") are understood; each language's patterns
        # read the other's messages too.
        readers = [lambda: crisis.screen_crisis(text, similarity)]
        readers.insert(int(not spanish_text), lambda: redflags_es.screen_crisis_es(text))
        words, denied = readers[0]()
        if words is None:
            # both languages' crisis screens, always (round 15): a denial in one language
            # does not hide crisis words in the other ("yo no me quiero morir, es mi hermano
            # el que says he wants to kill himself"), unless they are the words denied
            # ("I'm not suicidal": the Spanish "suicid..." is the English denial's word)
            more, more_denied = readers[1]()
            if more is not None and denied is not None and (more in denied or denied in more):
                more = None
            words, denied = more, denied or more_denied
        if words is not None:
            sign = RedFlag("crisis", words)
            if crisis.is_side_effect_question(text) or redflags_es.is_side_effect_question_es(text):
                return Screen(mention=sign)
            if long_enough and self._talk_about_crisis(text, words):
                # crisis named as a topic that neither learned signal reads as a report
                # (round 30): the direct question and 988, not the crisis reply
                what = f"{words}; the learned signals read no report"
                return Screen(mention=RedFlag(CRISIS_HINT, what), net="crisis")
            return Screen(flag=sign)
        alarm = self.matcher.alarm(text) if long_enough else None
        found = screen(text, alarm, repair_typos=not spanish_text)
        if found.flag is None or found.flag.name == SEMANTIC_NAME:
            # a Spanish pattern names the sign that the learned signal only found (round 23:
            # "after the surgery me sale clear fluid por la nariz" is a fluid leak)
            spanish = redflags_es.screen_es(text)
            if spanish.flag is not None or (found.flag is None and found.mention is None):
                found = Screen(flag=spanish.flag, mention=spanish.mention or found.mention)
        if spanish_text and found.flag is None and found.mention is None and denied is None:
            found = self._spanish_signal(text)
            if found.flag is not None and found.flag.name == "crisis":
                return found
        if (
            found.flag is not None
            and found.flag.name == SEMANTIC_NAME
            and crisis.means_for_a_purpose(text)
            and not _ACUTE.search(normalise(text))
        ):
            # only the learned signal, on a means got for an everyday purpose ("I've got
            # the pills ready for the pain after"): the safety line (round 23)
            found = Screen(mention=found.flag)
        if (
            found.flag is not None
            and found.flag.name == SEMANTIC_NAME
            and denied is None
            and safetynet.hopeless(text) is None
            and not (CRISIS_READING_HEEDS_EVERYDAY and crisis.everyday_reason(text))
            and (like := crisis.crisis_like(text)) is not None
        ):
            # the learned red-flag signal on crisis-like talk that the hopelessness net
            # does not ask about ("weary of being such a weight on everybody"): the
            # crisis reply wins (round 12)
            return Screen(flag=RedFlag("crisis", f"the learned signal on crisis talk: {like}"))
        if found.flag is not None and found.flag.name == SEMANTIC_NAME and denied is not None:
            # the learned signal reading denied or joked crisis words ("she'd rather be dead
            # than wear that hat, she says that about everything"): no pattern of the body
            # found a sign, so the answer with the crisis line (round 12)
            found = Screen()
        if (
            redflags.SEMANTIC_NEEDS_BODY
            and not spanish_text
            and found.flag is not None
            and found.flag.name == SEMANTIC_NAME
            and not redflags.names_body(text)
        ):
            # the learned signals alone, and no part of the body or sign named ("the
            # faucet in my kitchen is dripping"): the safety line (round 25); with no
            # treatment or liquid named either ("Picked the date. Friday. Everything's in
            # order."), the direct question about suicidal thoughts, not a stroke's line
            # (round 28)
            if redflags.SEMANTIC_WITHOUT_BODY_ASKS and _bodiless(text):
                # ... unless the crisis classifier reads it as crisis talk (round 31): the
                # learned signals' alarm stands, as the crisis reply ("The rope's in the
                # garage already. Just wanted someone to know.")
                read = self._read_as_crisis(
                    text,
                    step,
                    denied,
                    CRISIS_BODILESS_PROBABILITY,
                    "no body named, ",
                )
                return read if read is not None else Screen(mention=found.flag, net="crisis")
            found = Screen(mention=found.flag)
        if found.flag is None and denied is not None:
            # "I'm not suicidal, just fed up": answered, with the crisis line (988).
            found = Screen(mention=RedFlag("crisis", denied))
        if (
            not spanish_text
            and found.flag is None
            and found.mention is not None
            and found.mention.name == SEMANTIC_NAME
            and (read := self._read_line_as_crisis(text, step, denied, alarm)) is not None
        ):
            # the learned signals' alarm that the screen of the body's signs turned into a
            # line, or their unsure line, read as crisis talk by both classifiers (round 32):
            # the crisis reply or the direct question instead of a sign's line
            return read
        if denied is None and (found.flag is None or found.flag.name == SEMANTIC_NAME):
            # the learned red-flag signal alone on hopelessness ("I feel like such a
            # burden") is the wrong alarm: the crisis net asks instead
            found = self._net(text, found, spanish_text, similarity)
        if (
            step is not None
            and step.about_twitch
            and found.flag is not None
            and found.flag.name == SEMANTIC_NAME
            and not _ACUTE.search(normalise(text))
        ):
            return Screen()  # the twitch described in answer to a question about it
        if (
            not spanish_text
            and found.flag is not None
            and found.flag.name == SEMANTIC_NAME
            and (read := self._read_as_crisis(text, step, denied, CRISIS_READ_PROBABILITY))
            is not None
        ):
            # the learned signals' alarm, still standing after the safety nets (the
            # hopelessness net asks instead), read as crisis talk (round 30): the crisis reply
            # ("Rope's in the shed. I checked it twice this evening."). Not for a safety
            # line: out of fold it turned 40 near-misses' and 23 questions' lines into the
            # question about suicidal thoughts ("does talking or eating set it off?")
            return read
        return found

    def _spanish_signal(self, text: str) -> Screen:
        """The Spanish learned signal (round 19) on a Spanish message no pattern found
        anything in: the flag classifier of the Spanish matcher (classifier_es.npz, over
        the multilingual vector the matcher computes for routing anyway: its cache embeds
        a message once). From FLAG_PROBABILITY_ES a semantic red flag, unless the message
        reads as a question, denial, habit or past state (then the net); from
        SAFETY_PROBABILITY_ES the net. Nothing when it tells the sign as settled or
        explained, or a mild effect after the toxin (at any probability; a sign after a
        recent treatment still gets that net in :meth:`_net`), or, below the alarm, only
        denies, as the English side does. Crisis talk (the crisis classifier) gets the
        crisis reply or the crisis net instead."""
        if len(text.split()) < MIN_ALARM_WORDS or "es" not in self.translations:
            return Screen()
        matcher = self.translations["es"].matcher
        model = matcher.classifiers
        if model is None or model.flags is None:
            return Screen()
        vecs = matcher.message_vectors(text)
        p = model.flags.proba(vecs)[:, 0]
        k = int(np.argmax(p))
        probability = float(p[k])
        if (
            probability < signal_es.SAFETY_PROBABILITY_ES
            or signal_es.settled_es(text)
            or signal_es.mild_after_toxin_es(text)
            or redflags_es.asked_beforehand_es(text)
            or (probability < signal_es.FLAG_PROBABILITY_ES and signal_es.only_denial_es(text))
        ):
            return Screen()
        sure = probability >= signal_es.FLAG_PROBABILITY_ES and not signal_es.unsure_es(text)
        what = f"the Spanish learned signal ({probability:.2f})"
        if (
            model.crisis is not None
            and not signal_es.toy_means_es(text)
            and float(model.crisis.proba(vecs[k : k + 1])[0, 0]) >= signal_es.CRISIS_PROBABILITY_ES
        ):
            if sure:
                return Screen(flag=RedFlag("crisis", f"{what} on crisis talk"))
            return Screen(mention=RedFlag(CRISIS_HINT, what), net="crisis")
        sign = RedFlag(SEMANTIC_NAME, what)
        # round 21: a sign of the body needs a body named (signal_es.bodily_es)
        sure = sure and signal_es.bodily_es(text)
        return Screen(flag=sign) if sure else Screen(mention=sign)

    def _talk_about_crisis(self, text: str, words: str) -> bool:
        """Whether the crisis words a pattern found (``words``) name suicide or self-harm
        outright (:data:`hfs.assistant.crisis.NAMES_CRISIS`: how a topic is talked about;
        veiled crisis talk names none) while both learned signals read the message as no
        report (:data:`TOPIC_NET_BELOW`, :data:`TOPIC_REGRESSION_BELOW`), something in it
        tells it as a topic (:data:`hfs.assistant.crisis.TOLD_AS_TOPIC`: a long past, the
        writer well now, a film or a sermon) and nothing places it now or makes it the
        writer's own (:data:`hfs.assistant.crisis.NOW_AGAIN`, ``OWN_WISH``)."""
        if not crisis.NAMES_CRISIS.search(normalise(words)):
            return False
        norm = normalise(text)
        if not crisis.TOLD_AS_TOPIC.search(norm):
            return False
        if TOPIC_NEEDS_NO_NOW and (crisis.NOW_AGAIN.search(norm) or crisis.OWN_WISH.search(norm)):
            return False
        alarm = self.matcher.alarm(text)
        return (
            alarm is not None
            and alarm.net is not None
            and alarm.net < TOPIC_NET_BELOW
            and alarm.probability < TOPIC_REGRESSION_BELOW
        )

    def _read_as_crisis(
        self,
        text: str,
        step: AskStep | None,
        denied: str | None,
        threshold: float,
        how: str = "",
        calm: float = 0.0,
        net_calm: float = 2.0,
    ) -> Screen | None:
        """The crisis reply for the English learned signals' alarm on ``text`` when the
        crisis classifier reads it as crisis talk (:meth:`_crisis_reading` at least
        ``threshold``: :data:`CRISIS_READ_PROBABILITY`, :data:`CRISIS_BODILESS_PROBABILITY`)
        and, where ``calm`` is above 0, the calm classifier as a report rather than calm
        talk (:data:`CRISIS_DEMOTED_CALM_PROBABILITY`); None when they do not, when the
        message denies crisis talk (``denied``), gives an everyday reason
        (:data:`CRISIS_READING_HEEDS_EVERYDAY`), or at a question about the twitch.
        ``how``: what the flag's reason says before the reading."""
        if denied is not None or (step is not None and step.about_twitch):
            return None
        if CRISIS_READING_HEEDS_EVERYDAY and crisis.everyday_reason(text):
            return None
        reading = self._crisis_reading(text)
        if reading is None or reading[0] < threshold:
            return None
        p, q = reading
        if calm > 0 and (q is None or q < calm):
            if q is not None and q >= net_calm:
                what = f"the learned signal, {how}read as crisis talk ({p:.2f}, calm {q:.2f})"
                return Screen(mention=RedFlag(CRISIS_HINT, what), net="crisis")
            return None
        return Screen(
            flag=RedFlag("crisis", f"the learned signal, {how}read as crisis talk ({p:.2f})")
        )

    def _read_line_as_crisis(
        self, text: str, step: AskStep | None, denied: str | None, alarm
    ) -> Screen | None:
        """A learned signal's line (no pattern found a sign) read as crisis talk (round
        32): when the signals had alarmed and the screen of the body's signs made it a
        line, the crisis reply (:data:`CRISIS_DEMOTED_PROBABILITY`) or the direct question
        (:data:`CRISIS_DEMOTED_NET_CALM`); when they were unsure, at most the direct
        question (:data:`CRISIS_UNSURE_NET_CALM`). None: the sign's line stays."""
        how = "told like a sign, "
        if redflags.alarmed(alarm) or not CRISIS_DEMOTED_NEEDS_ALARM:
            calm, net_calm = CRISIS_DEMOTED_CALM_PROBABILITY, CRISIS_DEMOTED_NET_CALM
        else:
            calm, net_calm, how = 2.0, CRISIS_UNSURE_NET_CALM, "unsure, "
        return self._read_as_crisis(
            text, step, denied, CRISIS_DEMOTED_PROBABILITY, how, calm=calm, net_calm=net_calm
        )

    def _crisis_reading(self, text: str) -> tuple[float, float | None] | None:
        """The English crisis classifier's probability that ``text``, read as a warning
        sign, is crisis talk rather than a sign of the body (:data:`CRISIS_READ_PROBABILITY`),
        and the calm classifier's that it is crisis talk rather than calm talk (None
        without that model), over the piece the flag classifier reads most like a sign (as
        :meth:`_spanish_signal`); None without the classifiers."""
        model = self.matcher.classifiers
        if model is None or model.crisis is None or model.flags is None:
            return None
        vecs = self.matcher.message_vectors(text)
        k = int(np.argmax(model.flags.proba(vecs)[:, 0]))
        piece = vecs[k : k + 1]
        calm = None if model.calm is None else float(model.calm.proba(piece)[0, 0])
        return float(model.crisis.proba(piece)[0, 0]), calm

    @staticmethod
    def _net(text: str, found: Screen, spanish_text: bool, similarity: float | None) -> Screen:
        """ "Cannot tell" for safety (:mod:`hfs.assistant.safetynet`): a message the
        screen does not alarm on, but is unsure of, gets the net of the category
        suspected. Hopelessness first (the direct question and 988), then an unsure
        learned signal, then a sign after a recent treatment that no pattern found."""
        hint = safetynet.hopeless_es(text) if spanish_text else safetynet.hopeless(text)
        if hint is None and not spanish_text:
            hint = safetynet.hopeless_es(text)
        if hint is None and similarity is not None and similarity >= CRISIS_NET_SIMILARITY:
            hint = f"close to crisis talk ({similarity:.2f})"
        if hint is not None:
            return Screen(mention=RedFlag(CRISIS_HINT, hint), net="crisis")
        if found.flag is not None:
            return found
        kind = safetynet.category_es if spanish_text else safetynet.category
        if found.mention is not None:
            if found.mention.name == SEMANTIC_NAME:  # the learned signal, unsure
                return Screen(mention=found.mention, net=kind(text))
            return found  # a sign named, not reported: the general safety line
        suspected = safetynet.suspected_es(text) if spanish_text else safetynet.suspected(text)
        if suspected is None and not spanish_text:
            suspected = safetynet.suspected_es(text)
        if suspected is not None:
            return Screen(mention=RedFlag(SUSPECTED, suspected), net=suspected)
        vague = None if spanish_text else safetynet.vague(text)
        if vague is not None:
            return Screen(mention=RedFlag(VAGUE, vague), net=vague)
        if not spanish_text and (dying := safetynet.dying(text)) is not None:
            return Screen(mention=RedFlag(VAGUE, dying))  # round 28: the general safety line
        return found

    def _pending(self, st: ConversationState) -> AskStep | None:
        """The question waiting for an answer, if any."""
        if not st.stack:
            return None
        frame = st.stack[-1]
        step = self.scenarios[frame.scenario].step(frame.step)
        return step if isinstance(step, AskStep) else None

    def _crisis(self, ctx: _Ctx) -> None:
        """Suicidal thoughts or self-harm: the crisis answer at once (988, 911), kindly;
        whatever was entered stays, and the person may go on."""
        topic = self.kb.topic("crisis")
        if ctx.state.stack and ctx.state.stack[-1].scenario != "menu":
            ctx.replies.append(Reply(text=topic.answer, topic="crisis"))
            ctx.replies.append(
                Reply(
                    text=self.msg["crisis_continue"],
                    choices=[self.msg["continue_label"], self._menu_button],
                )
            )
        else:
            ctx.state.stack.clear()
            ctx.replies.append(
                Reply(text=topic.answer, topic="crisis", choices=[self._menu_button])
            )

    def _add_safety_line(self, ctx: _Ctx, check: Screen) -> None:
        """A warning sign was named but not reported, or the screen is unsure of one
        (the safety net): whatever the answer, it says what to do if it happens (facial
        weakness is never reassured away). The net of a suspected category has its own
        line; the crisis net asks directly, after the answer."""
        if any(r.topic in ("emergency", "crisis") for r in ctx.replies):
            return
        ctx.safety = "net"
        if check.net == "crisis":
            ctx.replies.append(Reply(text=self.msg["net_crisis"]))
            ctx.state.asked_crisis = True
            return
        if check.net is not None:
            line = self.msg[f"net_{check.net}"]
        else:
            crisis_named = check.mention is not None and check.mention.name == "crisis"
            line = self.msg["crisis_line" if crisis_named else "safety_line"]
        for i, r in enumerate(ctx.replies):
            if r.topic is not None:  # the knowledge answer carries it
                ctx.replies[i] = r.model_copy(update={"text": f"{r.text}\n{line}"})
                return
        ctx.replies.insert(0, Reply(text=line))

    # --------------------------------------------------------------- keywords
    def _kw_exit(self, ctx: _Ctx) -> None:
        ctx.state.stack.clear()
        ctx.state.ended = True
        ctx.replies.append(Reply(text=self.msg["closed"]))

    def _kw_stop(self, ctx: _Ctx) -> None:
        """Everyday exits ("stop", "I'm done", "no thanks"...): the running scenario is
        given up, the reply says plainly that nothing was sent, and the menu is offered."""
        self._give_up(ctx, everything=True)

    def _give_up(self, ctx: _Ctx, *, everything: bool) -> None:
        """Leave the running scenario (every one when ``everything``; otherwise the top
        one, back to a parent that is not the menu) and say that nothing was sent."""
        stack = ctx.state.stack
        titles = [self.scenarios[f.scenario].title for f in stack if f.scenario != "menu"]
        if not titles:
            stack.clear()
            ctx.replies.append(Reply(text=self.msg["stopped_idle"], choices=self._menu_labels()))
            return
        if everything:
            stack.clear()
        else:
            stack.pop()
            while stack and stack[-1].scenario == "menu":
                stack.pop()
        said = self.msg["stopped"].format(title=titles[-1])
        if stack:
            ctx.replies.append(Reply(text=said))
            ctx.resumed = True
            self._run(ctx)
        else:
            ctx.replies.append(
                Reply(text=f"{said}\n{self.msg['menu_prompt']}", choices=self._menu_labels())
            )

    def _kw_back(self, ctx: _Ctx) -> None:
        """ "go back": the previous question of the running scenario, its answer cleared."""
        stack = ctx.state.stack
        if not stack:
            ctx.replies.append(Reply(text=self.msg["stopped_idle"], choices=self._menu_labels()))
            return
        frame = stack[-1]
        if not frame.history:
            if len(stack) > 1 and frame.scenario != "menu" and stack[-2].scenario != "menu":
                stack.pop()  # back to the question of the scenario this one interrupted
                ctx.resumed = True
            else:
                ctx.replies.append(Reply(text=self.msg["back_first"]))
            self._run(ctx)
            return
        previous = frame.history.pop()
        step = self.scenarios[frame.scenario].step(previous)
        if isinstance(step, AskStep):
            frame.slots.pop(step.save, None)
        frame.step = previous
        frame.retries = 0
        self._run(ctx)

    def _kw_start_over(self, ctx: _Ctx) -> None:
        if not ctx.state.stack:
            ctx.replies.append(self._welcome(self.msg["start_over_idle"]))
            return
        top = ctx.state.stack[-1]
        top.step = self.scenarios[top.scenario].first
        top.slots.clear()
        top.history.clear()
        top.prefilled.clear()
        top.retries = 0
        self._run(ctx)

    def _kw_help(self, ctx: _Ctx) -> None:
        self._show_topic(ctx, "help")

    def _kw_terms(self, ctx: _Ctx) -> None:
        self._show_topic(ctx, "terms")

    def _show_topic(self, ctx: _Ctx, topic_id: str) -> None:
        topic = self.kb.topic(topic_id)
        if ctx.state.stack:
            ctx.replies.append(Reply(text=topic.answer, topic=topic_id))
            self._run(ctx)  # asks the pending question again
        else:
            ctx.replies.append(
                Reply(text=topic.answer, topic=topic_id, choices=self._menu_labels())
            )

    def _kw_what_i_know(self, ctx: _Ctx) -> None:
        held = [f"{k}: {v or '-'}" for f in ctx.state.stack for k, v in f.slots.items()]
        lines = []
        if held:
            lines.append(self.msg["know_answers"] + " " + "; ".join(held) + ".")
        if ctx.state.sent:
            lines.append(self.msg["know_sent"] + " " + ", ".join(ctx.state.sent) + ".")
        text = "\n".join(lines) if lines else self.msg["know_nothing"]
        ctx.replies.append(Reply(text=f"{text}\n{self.msg['know_forget']}"))
        if ctx.state.stack:
            self._run(ctx)

    def _kw_feedback(self, ctx: _Ctx) -> None:
        self._push(ctx, "feedback")

    def _kw_forget_me(self, ctx: _Ctx) -> None:
        self._push(ctx, "forget_me")

    def _kw_menu(self, ctx: _Ctx) -> None:
        self._push(ctx, "menu")

    def _push(self, ctx: _Ctx, scenario_id: str) -> None:
        stack = ctx.state.stack
        if stack and stack[-1].scenario == scenario_id:
            stack[-1].retries = 0  # already there: ask again
        else:
            stack.append(Frame(scenario=scenario_id, step=self.scenarios[scenario_id].first))
        self._run(ctx)

    # ---------------------------------------------------------------- answers
    def _answer(self, ctx: _Ctx, text: str) -> None:
        frame = ctx.state.stack[-1]
        sc = self.scenarios[frame.scenario]
        step = sc.step(frame.step)
        if not isinstance(step, AskStep):  # cannot happen with validated data
            raise ConfigError(f"scenario {sc.id!r} is waiting on step {step.id!r}, not an ask")
        if (
            frame.scenario == "menu"
            and len(ctx.state.stack) > 1
            and normalise(text) == normalise(self.msg["continue_label"])
        ):
            ctx.state.stack.pop()
            ctx.resumed = True
            self._run(ctx)
            return
        if step.infer is not None and read_exact_choice(step, text) is None:
            try:
                if self._infer(ctx, frame, step, text):
                    return
            except Invalid as why:
                self._invalid(ctx, frame, step, text, str(why), why.detail_in(self.lang))
                return
        if step.input == "choice" and read_exact_choice(step, text) is None:
            # The menu takes only its choices' names; anything else is free text. A
            # question at another choice is answered first, even when it names a
            # choice ("what causes the twitch in my EYE?" at "which parts?").
            if frame.scenario == "menu":
                self._invalid(ctx, frame, step, text, "not a choice")
                return
            if opens_as_question(text) and self._interrupt(ctx, text):
                return
        elif (
            step.input == "text"
            and step.answers_questions
            and opens_as_question(text)
            and self._interrupt(ctx, text)  # "what causes it?" is not a name
        ):
            return
        try:
            value = read_answer(step, text, ctx.today, self.lang)
        except Invalid as why:
            self._invalid(ctx, frame, step, text, str(why), why.detail_in(self.lang))
            return
        self._store(ctx, frame, step, value)

    def _store(self, ctx: _Ctx, frame: Frame, step: AskStep, value: str) -> None:
        frame.slots[step.save] = value
        frame.history.append(step.id)
        frame.retries = 0
        frame.step = step.next
        self._run(ctx)

    def _infer(self, ctx: _Ctx, frame: Frame, step: AskStep, text: str) -> bool:
        """An answer of another kind that answers this question too (``infer``): True
        when it was taken; raises Invalid for a phone number or e-mail that is wrong."""
        if step.infer == "contact":
            for kind, looks, read in (
                ("email", looks_like_email, read_email),
                ("phone", looks_like_phone, read_phone),
            ):
                choice = next((c for c in step.choices if c.value == kind), None)
                if choice is None:
                    continue
                if looks(text):
                    value = read(text)  # Invalid says what is wrong ("12345")
                else:
                    try:
                        value = read(text)  # "call me on 412 647 3685"
                    except Invalid:
                        continue
                frame.slots[kind] = value
                frame.prefilled.append(kind)
                self._store(ctx, frame, step, choice.value)
                return True
            return False
        # time: "tomorrow after 3", "next Monday morning"
        day = find_day(text, ctx.today, self.lang)
        if day is not None and ctx.today is not None and day < ctx.today:
            day = None
        values = {c.value for c in step.choices}
        try:
            value = read_choice(step, text)  # "morning" named
        except Invalid:
            part = read_time_of_day(text)
            if part is None and day is None:
                return False
            value = part if part in values else "any"
        if value not in values:
            return False
        if day is not None:
            date_step = self._next_date_step(frame)
            if date_step is not None:
                frame.slots[date_step.save] = day.isoformat()
                frame.prefilled.append(date_step.save)
        self._store(ctx, frame, step, value)
        return True

    def _next_date_step(self, frame: Frame) -> AskStep | None:
        sc = self.scenarios[frame.scenario]
        return next((s for s in sc.steps if isinstance(s, AskStep) and s.input == "date"), None)

    def _invalid(
        self,
        ctx: _Ctx,
        frame: Frame,
        step: AskStep,
        text: str,
        why: str,
        detail: str | None = None,
    ) -> None:
        # The menu steps aside for anything that is not one of its choices.
        if frame.scenario == "menu":
            ctx.state.stack.pop()
            if ctx.state.stack:
                self._answer(ctx, text)
            else:
                self._idle(ctx, text)
            return
        # A question asked instead of an answer (an interruption): answer it from the
        # knowledge base and ask again, without counting it as a wrong answer.
        # Digits or an address are an attempt at an answer, never a question.
        if (
            step.answers_questions
            and detail is None
            and re.search(r"[a-z]{2}", text.lower())
            and self._interrupt(ctx, text)
        ):
            return
        frame.retries += 1
        if frame.retries > step.max_retries:
            frame.retries = 0
            ctx.replies.append(Reply(text=self.msg["gave_up"]))
            if step.on_fail:
                frame.step = step.on_fail
                self._run(ctx)
            else:
                self._give_up(ctx, everything=False)
            return
        if why == "too long":
            hint = self.msg["too_long"].format(limit=step.max_length)
        elif why == "in the past":
            hint = self.msg["date_past"]
        else:
            hint = (
                step.reprompt
                or self.msg.get(f"reprompt_{step.input}")
                or self._default_reprompt(step)
            )
            if detail:
                hint = f"{detail} {hint}"
            elif step.input == "yesno" and not step.unsure and is_unsure(text):
                hint = f"{self.msg['yesno_unsure']} {hint}"
        ctx.replies.append(
            Reply(text=f"{hint}\n{self._fmt(frame, step.text)}", choices=self._choices(ctx, step))
        )

    def _interrupt(self, ctx: _Ctx, text: str) -> bool:
        """Answer a knowledge question typed while a question is pending, then ask the
        pending question again; False (nothing done) when it is not one."""
        match = self.matcher.match(text)
        if match.intent is None or not match.intent.startswith("topic:"):
            return False
        topic = self.kb.topic(match.intent.removeprefix("topic:"))
        ctx.replies.append(Reply(text=topic.answer, topic=topic.id))
        self._run(ctx)
        return True

    @staticmethod
    def _default_reprompt(step: AskStep) -> str:
        return {
            "yesno": "Please answer yes or no.",
            "choice": "Please pick one of the choices, or type its number.",
            "text": "Please type a short answer.",
            "phone": "Please type a phone number.",
            "email": "Please type an e-mail address.",
            "date": "Please type a date such as 2026-12-01 or next Monday.",
        }[step.input]

    # ------------------------------------------------------------------- idle
    def _idle(self, ctx: _Ctx, text: str) -> None:
        norm = normalise(text)
        if not norm:
            ctx.replies.append(Reply(text=self.msg["not_sure"], choices=self._fallback_choices()))
            return
        if norm in GREETINGS:
            ctx.replies.append(self._welcome())
            return
        if norm in THANKS:
            ctx.replies.append(Reply(text=self.msg["thanks"]))
            return
        try:
            self._menu_value(text)
        except Invalid:
            pass
        else:  # one of the menu's choices, typed or clicked
            ctx.state.stack.append(Frame(scenario="menu", step=self._menu_ask.id))
            self._answer(ctx, text)
            return
        if self.wants_contact(text):
            self._push(ctx, "contact_request")  # "please have someone call me about it"
            return
        self._dispatch(ctx, self.matcher.match(text))

    @staticmethod
    def wants_contact(text: str) -> bool:
        """A request to be contacted ("please have someone call me about my twitch"):
        free text goes to the contact request before the matcher."""
        norm = normalise(text)
        if wants_contact_es(norm):
            return True
        return bool(_CONTACT_ME.search(norm)) and not _NOT_CONTACT_ME.search(norm)

    def is_greeting(self, text: str) -> bool:
        return normalise(text) in GREETINGS

    def _dispatch(self, ctx: _Ctx, match: Match) -> None:
        if match.intent is None:
            ctx.replies.append(Reply(text=self.msg["not_sure"], choices=self._fallback_choices()))
            return
        kind, _, ident = match.intent.partition(":")
        if kind == "scenario":
            self._push(ctx, ident)
            return
        topic = self.kb.topic(ident)
        if topic.guide is not None:  # the topic is answered by its guided scenario
            self._push(ctx, topic.guide)
            return
        choices = (
            [self._menu_button]
            if ident == "emergency"
            else [self._contact_button, self._menu_button]
        )
        ctx.replies.append(Reply(text=topic.answer, topic=ident, choices=choices))

    def _menu_value(self, text: str) -> str:
        norm = normalise(text)
        for c in self._menu_ask.choices:  # exact names only, not words inside a question
            if norm in {normalise(c.label), normalise(c.value), *(normalise(a) for a in c.aliases)}:
                return read_choice(self._menu_ask, text)
        raise Invalid("not a menu choice")

    # -------------------------------------------------------------------- run
    def _run(self, ctx: _Ctx) -> None:
        """Advance the top scenario until it waits for an answer or the stack empties."""
        st = ctx.state
        for _ in range(MAX_STEPS_PER_TURN):
            if not st.stack:
                return
            frame = st.stack[-1]
            sc = self.scenarios[frame.scenario]
            step = sc.step(frame.step)
            if isinstance(step, SayStep):
                ctx.replies.append(Reply(text=self._fmt(frame, step.text), topic=step.topic))
                frame.step = step.next
            elif isinstance(step, AskStep) and step.save in frame.prefilled:
                frame.prefilled.remove(step.save)  # answered already ("12345@x.org")
                frame.history.append(step.id)
                frame.step = step.next
            elif isinstance(step, AskStep):
                prefix = f"{self.msg['back']} " if ctx.resumed else ""
                ctx.resumed = False
                ctx.replies.append(
                    Reply(
                        text=prefix + self._fmt(frame, step.text),
                        choices=self._choices(ctx, step),
                    )
                )
                return
            elif isinstance(step, BranchStep):
                frame.step = self._branch(frame, step)
            elif isinstance(step, BeginStep):
                frame.step = step.next  # where the parent resumes
                st.stack.append(
                    Frame(scenario=step.scenario, step=self.scenarios[step.scenario].first)
                )
            elif isinstance(step, ActionStep):
                self._act(ctx, frame, step)
                frame.step = step.next
            elif isinstance(step, EndStep):
                if step.text:
                    choices = list(step.choices)
                    if not choices and all(f.scenario == "menu" for f in st.stack[:-1]):
                        choices = [self._menu_button]
                    ctx.replies.append(
                        Reply(text=self._fmt(frame, step.text), topic=step.topic, choices=choices)
                    )
                st.stack.pop()
                ctx.finished_scenario = True
                if st.forgotten:
                    st.stack.clear()
                    st.ended = True
                    return
                ctx.resumed = bool(st.stack)
        raise ConfigError("a scenario ran too many steps in one turn (a loop without a question)")

    def _branch(self, frame: Frame, step: BranchStep) -> str:
        for case in step.cases:
            ok = True
            for slot, wanted in case.when.items():
                allowed = wanted if isinstance(wanted, list) else [wanted]
                if frame.slots.get(slot) not in allowed:
                    ok = False
                    break
            if ok:
                return case.next
        return step.default

    def _act(self, ctx: _Ctx, frame: Frame, step: ActionStep) -> None:
        if step.action == "store_contact_request":
            digest = hashlib.sha256(f"{ctx.state.nonce}:{ctx.state.turn}".encode()).hexdigest()
            frame.slots["reference"] = "HFS-" + digest[:8].upper()
            ctx.state.sent.append(f"contact request {frame.slots['reference']}")
            keys = ("name", "phone", "email", "preferred_time", "from_date", "reason", "reference")
            data = {k: frame.slots.get(k, "") for k in keys}
            ctx.effects.append(Effect(step.action, {**data, "lang": self.lang}))
        elif step.action == "store_feedback":
            rating = int(frame.slots.get("rating", "0") or 0)
            ctx.state.sent.append("feedback")
            ctx.effects.append(
                Effect(
                    step.action,
                    {
                        "rating": rating,
                        "comment": frame.slots.get("comment", ""),
                        "lang": self.lang,
                    },
                )
            )
        elif step.action == "forget_session":
            ctx.effects.append(Effect(step.action))
            # Drop everything held in the conversation itself, too.
            ctx.state.stack[:] = [frame]
            frame.slots.clear()
            ctx.state.sent.clear()
            ctx.state.forgotten = True

    # ------------------------------------------------------------- rendering
    def _fmt(self, frame: Frame, text: str) -> str:
        slots = _Slots(frame.slots)
        sc = self.scenarios[frame.scenario]
        for s in sc.steps:  # show choice labels, not values
            if isinstance(s, AskStep) and s.input == "choice" and s.save in frame.slots:
                for c in s.choices:
                    if c.value == frame.slots[s.save]:
                        slots[s.save] = c.label.lower()
        if "phone" in frame.slots or "email" in frame.slots:
            slots["contact"] = frame.slots.get("phone") or frame.slots.get("email")
        if frame.slots.get("from_date", None) == "":
            slots["from_date"] = self.msg.get("asap", "as soon as possible")
        names = {n for _, n, _, _ in string.Formatter().parse(text) if n}
        if not names:
            return text
        return text.format_map(slots)

    def _choices(self, ctx: _Ctx, step: AskStep) -> list[str]:
        if step.input == "yesno":
            return [self.msg.get("label_yes", "Yes"), self.msg.get("label_no", "No")]
        labels = [c.label for c in step.choices]
        stack = ctx.state.stack
        if stack and stack[-1].scenario == "menu" and len(stack) > 1:
            labels.append(self.msg["continue_label"])
        return labels

    def _menu_labels(self) -> list[str]:
        return [c.label for c in self._menu_ask.choices]

    def _fallback_choices(self) -> list[str]:
        return [self._menu_button, self._contact_button]

    def _welcome(self, lead: str | None = None) -> Reply:
        text = self.msg["welcome"] if lead is None else lead
        return Reply(text=f"{text}\n{self.msg['menu_prompt']}", choices=self._menu_labels())


def _is_yesno(text: str) -> bool:
    try:
        read_yesno(text)
    except Invalid:
        return False
    return True


@dataclass
class _Ctx:
    state: ConversationState
    replies: list[Reply]
    effects: list[Effect]
    today: dt.date | None
    resumed: bool = False
    finished_scenario: bool = False
    safety: str | None = None

    def result(self) -> Turn:
        alarm = any(r.topic in ("emergency", "crisis") for r in self.replies)
        return Turn(self.state, self.replies, self.effects, "alarm" if alarm else self.safety)
