"""The safety net: "cannot tell" for safety (round 11, issues 15 + 18).

The screen (:mod:`hfs.assistant.redflags`, :mod:`hfs.assistant.crisis` and their
Spanish twins) answers a warning sign it is sure of with the emergency or crisis reply.
Where a message is about the body and the screen is unsure, staying silent is the worst
answer: the reply keeps its answer AND adds a short vetted line for the category of
sign suspected (``messages.net_<category>`` in knowledge.yaml, English and Spanish).
A message is unsure when:

- the learned signal puts it between :data:`~hfs.assistant.redflags.SAFETY_PROBABILITY`
  and the alarm threshold (the screen's own "mention" of a semantic sign);
- it names a part of the body or a sign (wound, nose, ear, neck, fever, swallowing,
  breathing, weakness...) with a RECENT operation or injection, and no pattern
  matched (:func:`suspected`): body part x sign x time since treatment, never a
  wording;
- it carries a hint of hopelessness without a crisis pattern (:func:`hopeless`): the
  net then asks directly and kindly about thoughts of suicide and gives 988, as
  clinicians are taught to ask (asking does not plant the idea); a "yes" to that
  question gets the crisis reply (:class:`hfs.assistant.engine.Engine`).

:func:`category` names the net's category from the message's words: ``after_botox``,
``after_surgery``, ``headache``, ``senses`` (sight, hearing), ``stroke`` (the rest), or
``crisis``.
"""

from __future__ import annotations

import re

from hfs.assistant.redflags_es import (
    CRISIS_HINT_ES,
    asked_beforehand_es,
    how_many_asked_es,
    only_if_es,
    resolved_past_es,
    told_over_es,
)
from hfs.assistant.text import normalise

CATEGORIES = ("stroke", "after_surgery", "after_botox", "headache", "senses", "crisis")

# ------------------------------------------------------------------ English
_OPERATION = re.compile(
    r"\b(op|ops|operation|operations|surgery|surgeries|decompression|mvd|procedure|theatre|"
    r"operated|craniotomy|surgeon)\b"
)
_TOXIN = re.compile(
    r"\b(botox|botulinum|toxin|injections?|injected|jabs?|shots?|dysport|xeomin|top ?up)\b"
)
#: The treatment is recent: "since", "after", days ago, yesterday, this week.
_RECENT = re.compile(
    r"\b(since|after|following|post|ever since)\b|\b(\d+|a|one|two|three|four|five|six|few|"
    r"couple of) (days?|weeks?) (ago|back|out)\b|\byesterday\b|\blast (night|week)\b|"
    r"\bthis (week|morning|afternoon|evening)\b|\btoday\b"
)
#: ... unless it is long past ("years ago", "last year", "months ago", "since
#: childhood", "last time"), explained by the team ("the doctor said that can happen",
#: "expected"), over ("wore off", "gone now"), a normal result, or the treatment is
#: denied ("no surgery").
_DISTANT = re.compile(
    r"\b(years?|decades?) (ago|back)\b|\blast year\b|\b(months|ages) ago\b|\bin (19|20)\d\d\b|"
    r"\bas a (child|kid)\b|\bsince (childhood|birth|i was (a )?(child|kid|young|little))\b|"
    r"\blast time\b|\bonce\b|"
    r"\b(doctor|dr|nurse|surgeon|team|gp|consultant) (said|says|told|warned|mentioned)\b|"
    r"\b(warned|told) (me|us|him|her)\b|\bcan happen\b|\bexpected\b|"
    r"\b(wore|wears|wearing) off\b|\b(gone|settled|passed) now\b|\balmost gone\b|"
    r"\b(came back|were|was|both) normal\b|\bno (surgery|operation|op|botox|injections?)\b|"
    r"\bbefore (the|my|his|her) (op|operation|surgery|botox|injections?)\b|"
    # round 12: fading, or something read or heard about ("I read that you can lose your
    # hearing after MVD, is that true?")
    r"\b(fading|easing|settling|going away|clearing up)\b|\b(i|ive|i have) (read|heard|seen) "
    r"(that|somewhere|online)\b|\bis (that|it|this) true\b"
)
#: Parts of the body and signs a warning sign after a treatment shows in. Not the
#: twitch, not pain alone (expected after an operation), not "sick" (a sick note).
_BODY_SIGN = re.compile(
    r"\b(wound|scar|incision|stitches|staples|dressing|cut|nose|nostrils?|ear|ears|hearing|"
    r"hear|deaf|neck|headaches?|head|fever\w*|temperature|temp|chills|shivery|shivering|"
    r"sweats|vomit\w*|throwing up|threw up|eye|eyes|eyelid|vision|sight|see|seeing|blurry|"
    r"swallow\w*|breath\w*|chest|throat|voice|speech|talking|words|weak\w*|numb\w*|"
    r"tingl\w*|arm|arms|leg|legs|hand|hands|face|mouth|smile|lip|drip\w*|fluid|liquid|"
    r"leak\w*|discharge|smell\w*|red|redness|swollen|swelling|puffy|pus|ooz\w*|weep\w*|"
    r"dizzy|dizziness|balance|droop\w*|drowsy|confused|choking|chok\w*)\b"
)
#: Signs of the face that the twitch itself explains ("my eye still twitches since the
#: op"): not counted when a twitch word is in the message.
_FACE_PARTS = frozenset(["eye", "eyes", "eyelid", "face", "mouth", "smile", "lip"])
_TWITCH = re.compile(r"\b(twitch\w*|spasm\w*|jump\w*|flicker\w*|jerk\w*|tic|tics|squeez\w*)\b")
_NEGATION = re.compile(r"\b(no|not|without|never|nor|dont|didnt|isnt|havent|hasnt|arent|none)\b")
#: Good news, or a question about the routine of recovery, with no sign: nothing.
_GOOD = re.compile(
    r"\b(better|improved|improving|healed|healing (well|nicely|fine)|fine|great|good|"
    r"no problems?|all clear|perfect|brilliant|back to normal)\b"
)
#: A message that opens as a question asks; it does not report.
_GENERAL = re.compile(
    r"(what|whats|how|is|are|can|could|does|do|when|why|should|will|would|which|who|where)\b"
)


def _signs(norm: str) -> list[str]:
    """The body and sign words of ``norm`` that are not negated just before."""
    twitch = _TWITCH.search(norm) is not None
    found = []
    for m in _BODY_SIGN.finditer(norm):
        word = m.group(0)
        if twitch and word in _FACE_PARTS:
            continue
        before = " ".join(norm[: m.start()].split()[-3:])
        if _NEGATION.search(before):
            continue
        found.append(word)
    return found


#: Round 13: not the treatment the net is about: another vaccine or jab ("the flu jab
#: yesterday"), or the treatment still to come ("can I still have my botox next week").
_NOT_THIS_TREATMENT = re.compile(
    r"\b(flu|covid|covid 19|tetanus|booster|shingles|pneumonia|travel|b12|vitamin|allergy|"
    r"steroid|cortisone|hay fever) (jabs?|shots?|injections?|vaccines?|vaccinations?)\b|"
    r"\b(can|could|should|may|might) (i|he|she|we) (still )?(have|get|go for|book)( in)?( (my|his|her|"
    r"the|a|an|another|next))? (next )?(botox|injections?|jabs?|op|operation|surgery|top ?up)( \w+)?"
    r"( (next|tomorrow|soon|again|on|in|this)\b( \w+)?)?"
)


def suspected(text: str) -> str | None:
    """The category of a sign after a RECENT treatment that the patterns did not find
    (None when the message is not one): a person, a treatment, a recent time, a part of
    the body or a sign, nothing long past and no good news about it."""
    norm = _NOT_THIS_TREATMENT.sub(" ", normalise(text))
    treated = _OPERATION.search(norm) or _TOXIN.search(norm)
    if treated is None or not _RECENT.search(norm) or _DISTANT.search(norm):
        return None
    if _GENERAL.match(norm) or _GOOD.search(norm):
        return None  # a question ("how long will it be swollen after the op?"): the
        # patterns read reports asked as questions; a question only asks
    if not _signs(norm):
        return None
    return category(text)


_WOUND = re.compile(r"\b(wound|scar|incision|stitch|stitches|staples|sutures?|dressing)\b")
#: A part of the body that feels vaguely wrong ("my arm feels funny", "my vision is a
#: bit weird"), with a person: the screen cannot tell, the net of its category.
_VAGUE_BODY = re.compile(
    r"\b(my|his|her|mum s|dad s)\b( \w+){0,2} (arm|arms|leg|legs|hand|hands|foot|feet|face|"
    r"vision|eyesight|sight|speech|voice|head|hearing)\b( \w+){0,3} (feels?|felt|looks?|"
    r"sounds?|is|are|has been|went|gone|going)( \w+){0,2} (funny|weird|odd|strange|"
    r"different|off|not right)\b"
)


def vague(text: str) -> str | None:
    """The category of a body part that feels vaguely wrong, None when not one."""
    norm = normalise(text)
    return category(text) if _VAGUE_BODY.search(norm) else None


#: Round 28 (EN v25): "I'm dying, please help" names no sign and no wish, but cannot be
#: left without a line: the general safety line (911, with the signs). The idioms ("dying
#: of boredom", "dying to see", "dying for a cuppa", "dying laughing") stay quiet.
_DYING = re.compile(
    r"\b(im|i am|i m|i think im|i think i am|i feel like im|feels like im|i must be|am i|is he|is she|"
    r"hes|shes|he is|she is|i reckon im)( really| actually| literally)? dying\b"
    r"(?! (of|to|for|from|laughing|inside|here of|over|with (laughter|embarrassment|boredom|shame|curiosity))\b)"
    r"(?=\s*$| (please|help|someone|somebody|what|i think|i dont know|i cant|right now|now|here)\b)"
)


def dying(text: str) -> str | None:
    """The words of "I'm dying" told plainly (:data:`_DYING`), None when not there."""
    m = _DYING.search(normalise(text))
    return m.group(0) if m else None


_HEADACHE = re.compile(r"\b(headaches?|head (pain|hurts|is pounding|aches?)|migraine)\b")
_SENSES = re.compile(
    r"\b(eye|eyes|vision|sight|see|seeing|blind|blurry|blurred|double|curtain|shadow|ear|ears|"
    r"hearing|hear|deaf)\b"
)


def _category(
    norm: str,
    toxin: re.Pattern,
    operation: re.Pattern,
    headache: re.Pattern,
    senses: re.Pattern,
    wound: re.Pattern | None = None,
) -> str:
    """The order both languages decide in: the treatment first, then the head, the
    senses, else a stroke."""
    if toxin.search(norm) and not operation.search(norm):
        return "after_botox"
    if operation.search(norm) or (wound is not None and wound.search(norm)):
        return "after_surgery"
    if headache.search(norm):
        return "headache"
    if senses.search(norm):
        return "senses"
    return "stroke"


def category(text: str) -> str:
    """The category of sign a message suggests, from its words (see the module
    docstring): the treatment first, then the head, the senses, else a stroke."""
    return _category(normalise(text), _TOXIN, _OPERATION, _HEADACHE, _SENSES, _WOUND)


#: A hint of hopelessness, without a crisis pattern: "what's the point of anything",
#: "I can't go on like this", "I feel like a burden", "nobody would notice". The usual
#: idioms ("this twitch is killing my social life", "I could die of embarrassment") are
#: none of these.
_HOPELESS = re.compile(
    r"\b(hopeless|no hope|lost (all )?hope|given up hope|"
    r"(whats|what is) the point( of (anything|it all|living|going on|trying|carrying on))?\s*$|"
    r"(whats|what is) the point (of|in) (anything|it all|living|going on|trying|carrying on|life)|"
    r"no point (in )?(anything|living|going on|trying|carrying on|any of (it|this)|getting up)|"
    r"(cant|cannot|can not) (go on|carry on|keep going|do this any ?more|take (it|this) any ?more|"
    r"cope any ?more|face (anything|another day|tomorrow))|"
    r"(dont|do not) (want|wanna) to (be here|go on|carry on|do this any ?more|get up any ?more)|"
    r"give up on (everything|life|myself)|giving up on (everything|life|myself)|"
    r"(im|i am|i feel|feel|feeling) (so |completely |utterly |just )?(like )?(worthless|"
    r"empty inside|trapped|(such )?a burden|useless to everyone)|"
    r"no way out|nothing to look forward to|no future for me|"
    r"(tired|sick) of (everything|it all|life|being me|fighting|struggling)|"
    r"want (it all|everything) to (stop|end)|wish (i|it) could (just )?(disappear|stop|end)|"
    r"(nobody|no one|noone) (cares|would care|would notice|would even notice)|"
    r"(cant|cannot) see a way (out|forward)|end of my (rope|tether)|darkest place|"
    r"everything is pointless|life is pointless)"
)


def hopeless(text: str) -> str | None:
    """The words of hopelessness in ``text`` (English), None when there are none."""
    m = _HOPELESS.search(normalise(text))
    return m.group(0) if m else None


# ------------------------------------------------------------------ Spanish
_OPERATION_ES = re.compile(
    r"\b(operacion|operaciones|operaron|operada|operado|cirugia|cirugias|descompresion|"
    r"quirofano|cirujano|cirujana|intervencion)\b"
)
_TOXIN_ES = re.compile(r"\b(botox|toxina|botulinica|inyeccion|inyecciones|inyectaron|piquetes?)\b")
_RECENT_ES = re.compile(
    r"\b(desde|despues|tras|luego de)\b|\bhace (\d+|un|una|dos|tres|cuatro|cinco|unos|unas|"
    r"pocos|pocas) (dias?|semanas?)\b|\bayer\b|\beste (semana|manana)\b|\besta (semana|manana)\b|"
    r"\bhoy\b|\bla semana pasada\b|\banoche\b"
)
_DISTANT_ES = re.compile(
    r"\bhace (\w+ ){0,2}(anos|ano|meses|decadas)\b|\bel ano pasado\b|\ben (19|20)\d\d\b|"
    # an effect the team or the leaflet told of (round 12): "como me dijeron que podía pasar"
    r"\b(me|nos|le|les) (dijeron|dijo|avisaron|aviso|explicaron|explico|advirtieron|advirtio|"
    r"comentaron|comento)\b|\b(el|un) folleto\b|\blo mencionaba\b|\b(es|era|son) (lo )?"
    r"(esperad[oa]s?|normal(es)?)\b|"
    # round 13: "ya me habían avisado", long past ("de chiquita"), read or heard of
    r"\b(me|nos|le|les) (habian|habia|han|ha) (avisado|dicho|explicado|advertido|comentado)\b|"
    r"\b(de|cuando (era|estaba))( muy)? (nin[oa]|chiquit[oa]|pequen[oa]|joven|bebe|adolescente)\b|"
    r"\b(lei|vi|escuche|oi|he leido|he oido)( en internet| por ahi)? que\b|"
    # the treatment denied, or the sign over ("ya se me quitó, y no me he operado")
    r"\b(no|nunca) (me|le|lo|la|nos) (he|ha|han|hemos)? ?(operado|operada|operaron|inyectado|"
    r"puesto botox)\b|\bsin (operacion|cirugia|botox)\b|\bya se (me |le )?(quito|paso|fue)\b|"
    # round 15: an effect that goes away with care ("me pongo gotas y se me quita"; not "no
    # se me quita"), a fever with its own cause being treated (a tooth, a throat, a cold)
    r"(?<!no )\bse (me |le )?(quita|pasa)\b|"
    r"\bpor (una |la |un |el )?(infeccion|absceso) (de|en) (la|una|el|un) (muela|diente|garganta|orina|"
    r"vejiga|estomago)\b|\bpor (la|una|un|el) (gripa|gripe|resfriado|catarro|muela|diente)\b|"
    # round 18: as always, long-standing ("me falta el aire al caminar, como siempre desde
    # que fumo"; not "no como siempre")
    r"(?<!no )\b(como siempre|de siempre|como de costumbre|igual que siempre)\b(?! (no|pero)\b)|"
    # round 16: a small mark where the needle went in, nothing more told of it
    r"\b(puntito|punto|marquita|marca|moretoncito|moreton|bolita|roncha\w*)( \w+){0,2} (donde|en (el|la) "
    r"(sitio|lugar|zona|parte) (de|donde)) (me )?(entro|entraron|pincharon|picaron|inyectaron|pusieron|"
    r"metieron) (la aguja|las agujas|el piquete|los piquetes|la inyeccion)\b(?!.*\b(pus|caliente|"
    r"hinchad\w*|crece|creciendo|fiebre|duele mucho|supur\w*)\b)"
)
_BODY_SIGN_ES = re.compile(
    r"\b(herida|cicatriz|puntos|vendaje|gasa|nariz|oido|oidos|oreja|orejas|oir|oigo|sordo|"
    r"sorda|cuello|cabeza|fiebre|calentura|temperatura|escalofrios|vomit\w*|ojo|ojos|parpado|"
    r"vista|vision|veo|ver|borroso|trag\w*|respir\w*|aire|pecho|garganta|voz|habla|hablar|"
    r"palabras|debil\w*|fuerza|adormecid\w*|entumid\w*|hormigue\w*|brazo|brazos|pierna|"
    r"piernas|mano|manos|cara|boca|sonrisa|labio|mejilla|cachete|ceja|frente|comisura|gote\w*|"
    r"liquido|agua|supur\w*|pus|olor|"
    r"huele|roja|rojo|colorada|hinchad\w*|inflamad\w*|mare\w*|equilibrio|caid\w*|confundid\w*|"
    r"atragant\w*|ahog\w*)\b"
)
_FACE_PARTS_ES = frozenset(
    ["ojo", "ojos", "parpado", "cara", "boca", "sonrisa", "labio", "mejilla", "cachete", "ceja",
     "frente", "comisura"]
)  # fmt: skip
_TWITCH_ES = re.compile(
    r"\b(tic|tics|espasmo\w*|brinc\w*|salt\w*|tiembl\w*|temblor\w*|contraccion\w*)\b"
)
_NEGATION_ES = re.compile(r"\b(no|sin|nunca|ni|nada de|ningun|ninguna)\b")
_GOOD_ES = re.compile(
    r"\b(mejor|mejorando|bien|sano|sanando|sanada|sanado|perfecto|normal|sin problemas?|"
    r"de maravilla|"
    # round 13: the treatment worked ("ya no se me mueve el párpado, funcionó"; the face
    # "ya no se me mueve sola": the spasm stopped, not the face)
    r"funciono|funcionando|sirvio|(mueve|brinca|salta)( \w+)? sol[oa])\b"
)
#: A Spanish message that opens as a question.
_GENERAL_ES = re.compile(
    r"(que|como|cuando|cual|cuales|por que|es|son|puede|pueden|se puede|hay|debo|deberia)\b"
)
#: Round 23: a chore one "can't take any more of" ("no puedo más con tanta info jaja"): a
#: figure of speech, not hopelessness.
_CHORE_ES = (
    r"(info|informacion|tramite\w*|papele\w*|burocracia|tarea\w*|trabajo|calor|trafico|foros?|lectura|"
    r"video\w*|mensajes|llamadas|citas|juntas)\b"
)
_HOPELESS_ES = re.compile(
    r"\b(sin esperanza|no tengo esperanza|perdi (toda )?la esperanza|"
    r"(para|de) que (sigo|seguir|vivo|luchar)|"
    r"ya no (puedo|aguanto) (mas|con esto|con todo|con mi vida)(?! con (tanta|tanto|tantos|tantas) "
    + _CHORE_ES
    + r")|"
    r"no (puedo|aguanto) mas(?! con (tanta|tanto|tantos|tantas) "
    + _CHORE_ES
    + r")|no le veo (sentido|salida)|"
    r"no veo (salida|futuro|sentido)|"
    r"nada tiene sentido|todo (me )?da igual|soy una carga|me siento una carga|"
    r"me siento (vacia|vacio|inutil|atrapada|atrapado)|no valgo nada|"
    r"(nadie|ni) (me )?(extrana|notaria|se daria cuenta)|"
    r"estoy (harta|harto|cansada|cansado) de (todo|vivir|la vida|luchar)|"
    r"quisiera desaparecer|quiero que (todo|esto) (se acabe|termine|pare)|"
    r"me quiero rendir|tirar la toalla con (todo|la vida))"
)


def hopeless_es(text: str) -> str | None:
    """The Spanish words of hopelessness in ``text``, None when there are none."""
    norm = normalise(text)
    m = _HOPELESS_ES.search(norm)
    if m is None:
        # round 18: one part of a crisis class alone ("cuando ya no esté", "estarían
        # mejor sin mí", "ya no aguanto esta cara"): the parts live beside the patterns
        # that need them together
        m = CRISIS_HINT_ES.search(norm)
    return m.group(0) if m else None


def suspected_es(text: str) -> str | None:
    """:func:`suspected` for a Spanish message."""
    norm = normalise(text)
    treated = _OPERATION_ES.search(norm) or _TOXIN_ES.search(norm)
    if treated is None or not _RECENT_ES.search(norm) or _DISTANT_ES.search(norm):
        return None
    if _GENERAL_ES.match(norm) or _GOOD_ES.search(norm):
        return None
    if told_over_es(text):
        return None  # round 21: had then, well since ("hace un mes que estoy perfecta")
    if how_many_asked_es(text):
        return None  # round 23: how many people it happens to ("¿cuánta gente se queda ...?")
    if asked_beforehand_es(text):
        return None  # round 30: a plan ahead ("si a mi mamá le da fiebre ..., ¿a dónde la llevo?")
    if only_if_es(text) or resolved_past_es(text):
        return None  # round 31: a what-if only; a sign told as then and over since
    twitch = _TWITCH_ES.search(norm) is not None
    for m in _BODY_SIGN_ES.finditer(norm):
        if twitch and m.group(0) in _FACE_PARTS_ES:
            continue
        if m.group(0) == "ver" and norm[: m.start()].endswith(("a ", "para ")):
            continue  # "a ver la tele", "para ver": a purpose, not sight (round 13)
        before = " ".join(norm[: m.start()].split()[-3:])
        if _NEGATION_ES.search(before):
            continue
        return category_es(text)
    return None


_HEADACHE_ES = re.compile(r"\b(dolor de cabeza|me duele la cabeza|jaqueca|migrana)\b")
_SENSES_ES = re.compile(
    r"\b(ojo|ojos|vista|vision|veo|ver|borroso|doble|oido|oidos|oir|oigo|sordo|sorda)\b"
)


def category_es(text: str) -> str:
    """:func:`category` for a Spanish message."""
    return _category(normalise(text), _TOXIN_ES, _OPERATION_ES, _HEADACHE_ES, _SENSES_ES)


#: A "yes" to the net's question about suicidal thoughts: the crisis reply follows.
_YES_TO_ASK = re.compile(
    r"^(yes|yeah|yep|yup|y|i am|i do|i have|sometimes|maybe|a bit|a little|kind of|kinda|"
    r"sort of|i think so|perhaps|possibly|often|lately|si|a veces|tal vez|quizas|creo que si|"
    r"un poco|puede ser)\b"
)


def says_yes_to_the_ask(text: str) -> bool:
    """Whether ``text`` answers the crisis net's question with a yes (or a maybe)."""
    return _YES_TO_ASK.match(normalise(text)) is not None
