"""The Spanish learned red-flag signal's thresholds and guards (round 19, issue 18).

The flag and crisis classifiers of ``classifier_es.npz`` (over the multilingual vectors
the Spanish matcher computes) are read by :meth:`hfs.assistant.engine.Engine._spanish_signal`
on a Spanish message that no pattern of either language flags or mentions. This module
holds what decides between the alarm, the net and nothing: the probability thresholds
(chosen by leave-one-set-out cross-validation on ``training_es``) and the word guards
that keep a sign told as a question, a denial, a habit, a past or settled state, or a
mild expected effect of the toxin from the emergency reply. It imports nothing of the
engine, so the engine can import it.
"""

from __future__ import annotations

import re

from hfs.assistant.redflags_es import (
    _ONSET_RE_ES,
    _TRIVIAL_HEADACHE_ES,
    only_if_es,
    quoted_warning_es,
    resolved_past_es,
    safe_topic_es,
    told_over_es,
    trip_arranged_es,
)
from hfs.assistant.text import normalise

#: Round 19: the Spanish learned signal (the flag classifier of ``classifier_es.npz``
#: over the multilingual vectors). A Spanish message that no pattern of either language
#: flags or mentions is a semantic red flag from FLAG_PROBABILITY_ES, and gets the net of
#: the suspected category from SAFETY_PROBABILITY_ES. Chosen by leave-one-set-out
#: cross-validation on training_es (docs/assistant.md, round 19): near-misses are written
#: to read like signs, and the signal alone (before the guards below) reaches 0.9 on 2.2%
#: of them and 0.8 on 4.6%, so the alarm needs near-certainty and the rest is the net
#: (never silence). With the guards, 0.92 is the lowest threshold that adds no false
#: alarm on the near-misses nor on the questions of any left-out set (0.9: 2, 0.8: 8).
FLAG_PROBABILITY_ES = 0.92
SAFETY_PROBABILITY_ES = 0.5
#: A semantic sign is crisis talk (the crisis reply or its net, not the emergency one)
#: when the crisis classifier (crisis against the other categories) reaches this
#: (0.5 put the crisis net on "ya tengo todo listo para la operación").
CRISIS_PROBABILITY_ES = 0.8
#: Words that make a sign found only by the signal too unsure for the emergency reply:
#: a question, a denial, a habit, a long-standing or past state, a figure of speech
#: ("me quedé sin aire con la factura"), something settled ("ya se me pasó", "todo
#: bien"). Such a message still gets the net: the patterns of redflags_es are the
#: screen's word on these, and the signal only keeps it from silence.
_UNSURE_ES = re.compile(
    r"^(no|sin|nunca|jamas|ni)\b|\b(no tengo|no he|no me|ya no|ya se me|ya esta|"
    r"se me quita|se quita|se me paso|se paso|nada mas|todo bien|todo normal|normal|"
    r"igual que siempre|sigue igual|como siempre|de siempre|desde (que nac\w+|hace anos)|"
    r"hace \w+ (anos|meses|semanas)|el (ano|mes) pasado|la semana pasada|de nin[oa]|"
    r"a veces|siempre|cada vez|todos los dias|cuando (subo|como|hablo|camino|me)|"
    r"por todo|me dijeron|me dijo|dice que|si (tengo|tiene|me)|en caso de|por si|"
    r"de la emocion|del susto|de la risa|sin seguro|precio|factura|orgullo|papeleo)\b"
)
_NOW_ES = re.compile(
    r"\b(de repente|de golpe|de un momento a otro|de momento|hace un rato|hace un ratito|"
    r"hace (unos |unas )?(minutos|horas)|desde (ayer|anoche|esta manana|esta tarde|hoy)|"
    r"esta (manana|tarde|noche)|anoche|ahorita|ahora mismo|hoy|todavia|sigo)\b"
)


def unsure_es(text: str) -> bool:
    """Whether a Spanish message that only the learned signal finds reads as less than
    a report of a sign happening now (see :data:`_UNSURE_ES`); a word of the last hours
    (:data:`_NOW_ES`) keeps the report."""
    norm = normalise(text)
    # round 32: suicide as a topic, the writer told safe (a series, a novel): the line
    if safe_topic_es(text):
        return True
    unsure = _UNSURE_ES.search(norm) or "?" in text or "¿" in text
    return bool(unsure) and not _NOW_ES.search(norm)


#: A message that only denies signs ("no he tenido fiebre ni dolor de cuello"): below the
#: alarm threshold no net (the English side's round 18 rule: a net on a plain denial is
#: noise that teaches people to skip it); a "pero" or "aunque" keeps it.
_ONLY_DENIAL_ES = re.compile(r"^(no|sin|nunca|ni)\b")
_DENIAL_UNDONE_ES = re.compile(r"\b(pero|aunque|sin embargo|excepto|menos|solo|todavia|sigo)\b")


def only_denial_es(text: str) -> bool:
    """Whether a Spanish message opens with a denial and takes nothing back."""
    norm = normalise(text)
    return bool(_ONLY_DENIAL_ES.search(norm)) and not _DENIAL_UNDONE_ES.search(norm)


#: A message that tells the sign as over, checked and fine,
#: long-standing, or explained by an everyday cause ("el cuello tieso de dormir en el
#: sillón", "mocos por la gripa, nunca me han operado") gets no net: the English side
#: drops the net on a fading sign the same way (round 13); the net on such messages
#: was most of the nets the signal added on the near-misses in cross-validation.
#: A mark or bruise where the needle went in is the injection's own expected effect.
#: "¿es normal?" asked about a sign is not "es normal" told by a doctor.
_SETTLED_ES = re.compile(
    r"\b(ya se (me |le )?(paso|quito|bajo|fue|destapo)|se (me |le )?(quita|destapa)|"
    r"sano|cicatrizo|todo bien|(estoy|quede|oigo|veo) (perfecto|bien)|ya (esta|estoy) "
    r"(bien|normal)|salio (limpia|limpio|bien)|(dijo|dijeron) (que )?(es|era) normal|"
    r"no es nada|igual que siempre|como siempre|sigue igual|no ha cambiado|"
    r"desde hace (\w+ )?anos|(de|desde) (nin[oa]|chiquit[oa]|pequen[oa]|chic[oa]|joven)|"
    # round 21: childhood in regional words ("sordo desde cipote", "de patojo", "de chamaco")
    r"(de|desde) (cipot[ea]|patoj[oa]|chamac[oa]|escuincl[ea]|carajit[oa]|chiquill[oa]|chavit[oa]|"
    r"pibe|piba|gurises?|chamit[oa]|bichit[oa])|"
    r"cuando (era|estaba) (nin[oa]|chiquit[oa]|pequen[oa]|chic[oa]|joven)|"
    r"desde que naci|hace \w+ anos|"
    r"donde (me |le )?(picaron|pincharon|inyectaron|entro la aguja|fue el piquete|"
    r"me pusieron|le pusieron)|"
    r"el ano pasado|de dormir|dormi (mal|chueco)|gripa|gripe|alergia|sinusitis|"
    r"de un golpe|de cargar|de estar|cuando lloro|calefaccion|"
    r"nunca me (han|he) operado|no me (han|he) operado|respiro y trago (normal|bien)|"
    # the twitch stopped ("la cara ya no se me mueve sola"): good news, not a sign
    r"ya no (se me mueve sola|me brinca|me salta|tengo (el )?(tic|espasmo))|"
    r"se me quito el (tic|espasmo)|"
    # an everyday cut, and an ordinary purpose that explains a crisis-like phrase
    # ("cuando me vaya de vacaciones", "una cuerda para tender")
    r"cortada en (el dedo|la mano)|picando|cocinando|vacaciones|de viaje|para tender|"
    r"tender la ropa|las llaves|la maleta|los papeles|a los vecinos|mudanza|"
    # round 20 (the refit with ES v11 and v12 put a net on it): sitting down to do
    # something ordinary ("después de la inyección mi mamá se sentó a ver la tele")
    r"(se|me|nos) (sento|sente|sentamos|acosto|acoste) a (ver|mirar|leer|comer|cenar|descansar)|"
    # round 21: lying down on the sofa to rest ("se tira al sofá a ver la tele")
    r"(se|me|nos) (tira|tiro|tire|echa|echo|eche|acuesta|acuesto|avienta|aviento) (al|en el|en la|a la) "
    r"(sofa|sillon|cama|hamaca|catre) a (ver|mirar|leer|descansar|dormir\w*)|"
    # round 21: a sunburn ("me quemé los brazos en la playa")
    r"en la playa|del sol|por el sol|al sol|asolead\w*|insolacion|bronceador|"
    # round 20: the stomach burning with the pills (the refit's one alarm in cross-validation)
    r"(me|le) arde el estomago|ardor de estomago|acidez|agruras|gastritis|"
    # round 25 (the refit with ES v18 put a net on it): an effect with its everyday cause
    # that passes by itself ("me lloran los ojos con el viento pero se me pasa en casa")
    r"se (me |le )?pasan? (solo |sola |solos |solas |solito |solita )?(en casa|al rato|enseguida|"
    r"rapido|luego|en (un|unos) (rato|minutos|segundos))|con el (viento|aire|frio)( \w+){0,4} se "
    r"(me |le )?(pasa|quita|va))\b"
)
#: A mild effect after the toxin ("disfonía leve tras la toxina", 0.93): the injection's
#: expected effect, nothing from the signal (the English side's routine toxin effect);
#: a sign that a pattern knows (swallowing, breathing) is the patterns' to judge.
_MILD_ES = re.compile(r"\b(leve|levemente|ligera|ligero|un poco|poquito|poquita|un pelin)\b")
_TOXIN_ES = re.compile(r"\b(botox|toxina|inyeccion|piquete)\b")


#: Round 21: another person's anger told as an idiom of killing, with its condition ("mi
#: jefa me va a matar si llego tarde otra vez jaja", "mi mamá me mata si no voy"): the
#: refit with ES v13 put the crisis model at 0.97 on it. Someone else's threat on a
#: condition of everyday life is not crisis talk of the writer's; the writer's own
#: ("me voy a matar", "se va a matar") is the crisis patterns' and never reads so.
_ANGER_IDIOM_ES = re.compile(
    r"\b(me|nos|te) (va|van|iba|iban|vas) a (matar|ahorcar|colgar|linchar|asesinar|comer viv[oa])\b"
    r"( \w+){0,2} (si|cuando|porque|por)\b|\b(me|nos|te) (mata|matan|mataria|matarian|matara)\b "
    r"(si|cuando)\b"
)
#: Round 21: a sign found by the signal alone needs a body to be the emergency reply:
#: a part of the body, a sense, a bodily function or a symptom's word ("estoy aflojando
#: los tornillos de la silla para el botox de mañana" reached 0.95 after the refit with ES
#: v13: "aflojar" is close to "flojo", weak). With none of them the sign is not sure
#: (the net). Crisis talk needs no body and is not held to this.
_BODY_ES = re.compile(
    r"\b(cara|rostro|ojos?|parpados?|boca|labios?|lengua|mejillas?|cachetes?|comisura|sonrisa|oidos?|"
    r"orejas?|nariz|cabeza|nuca|cuello|garganta|pecho|brazos?|piernas?|manos?|pies?|dedos?|cuerpo|"
    r"hombros?|espalda|lado|herida|incision|costura|cortada|cicatriz|puntos|piel|vista|vision|voz|"
    r"aire|respir\w*|trag\w*|habl\w*|palabras|ver|veo|ve|vi|vio|oir|oigo|oye|escuch\w*|sord\w*|"
    r"ciego\w*|camin\w*|fiebre|calentura|temperatura|dolor\w*|duele|dolio|debil\w*|fuerza\w*|"
    r"floj[oa]s?|sangr\w*|pus|liquido|agua|vomit\w*|mare\w*|desmay\w*|confund\w*|sient\w*|senti\w*|"
    r"doble|nubl\w*|borros\w*|ahog\w*|atragant\w*|ator\w*|entumi\w*|dormid\w*|hormigue\w*|"
    r"paraliz\w*|caid\w*|chuec\w*|torcid\w*|muert[oa]|derrame|embolia|convuls\w*|tieso|rigid\w*|"
    r"comida|saliva|pastillas?|toser|tos|asfixi\w*|rinorrea|disfagia|disnea|ortopnea|cefalea|"
    r"hipoacusia|diplopia|acufeno|face|eye|ear|neck|head|headache|fever|wound|incision|body|weak|"
    r"stiff|breath\w*|swallow\w*)\b"
)


#: Water as a thing, not a fluid of the body: a toy, a drink, a pool ("la pistola de agua
#: de mi nieto", "globos de agua"; round 25). Read out before :data:`_BODY_ES`.
_WATER_THING_ES = re.compile(
    r"\b(pistolas?|globos?|botellas?|botellitas?|vasos?|jarras?|garrafon\w*|cubetas?|baldes?|"
    r"mangueras?|piscinas?|albercas?|parque|juegos?|guerra|tanque|tinaco) de agua\b"
)


#: A toy or pretend weapon (round 30: after the retraining with round 30's authors, the
#: Spanish crisis classifier read "tengo la pistola de agua de mi nieto" as a means at
#: hand): no means of harm, so the learned crisis reading does not apply.
_TOY_ES = re.compile(
    r"\b(pistolas?|armas?|escopetas?|rifles?|revolver\w*|espadas?|cuchillos?|metralletas?) "
    r"(de (agua|juguete|plastico|balines|mentiritas?|mentira|carton|madera|goma|hule|espuma|"
    r"paintball|airsoft|nerf)|(de )?juguete)\b"
)


def toy_means_es(text: str) -> bool:
    """Whether a Spanish message's weapon is a toy or pretend (:data:`_TOY_ES`)."""
    return _TOY_ES.search(normalise(text)) is not None


def bodily_es(text: str) -> bool:
    """Whether a Spanish message names a part of the body, a sense, a bodily function or
    a symptom (:data:`_BODY_ES`): what a sign found by the learned signal alone needs to
    be the emergency reply. Water named as a thing (:data:`_WATER_THING_ES`) is no fluid
    of the body."""
    return _BODY_ES.search(_WATER_THING_ES.sub(" ", normalise(text))) is not None


#: Round 26: the outflow denied now and the wound dry ("hoy no me sale líquido de la
#: herida, está sequita"): told as settled, now included.
_DRY_NOW_ES = re.compile(
    r"^(?!.*\b(pero|aunque|sin embargo)\b).*\bno (me |le )?(sale|salio|ha salido|esta saliendo|supura|gotea|"
    r"chorrea|escurre) (nada|liquido|pus|agua|sangre|secrecion)\b.*\b(esta|se ve|quedo|sigue|la tengo|lo tengo) "
    r"(sequit[oa]|sec[oa]|limpi[oa]|limpiecit[oa])\b"
)

#: Round 30: a long sleep wished for with its end told ("quisiera dormir doce horas seguidas
#: y no despertar hasta el mediodía de lo cansada que estoy"): tiredness, not the wish not
#: to wake (which names no end, or "hasta que se acabe todo").
_SLEEP_IN_ES = re.compile(
    r"\bno (despertar|despertarme|despierto|levantarme|me levanto)( \w+)? hasta (el|la|las|mediodia|manana|"
    r"medio dia|la tarde|el lunes|el domingo)\b(?! (muerte|eternidad|otra vida|fin)\b)|"
    r"\bdormir(me)?( \w+){0,2} (\d+|doce|diez|once|quince|veinte|ocho|nueve) horas\b"
)


def settled_es(text: str) -> bool:
    """Whether a Spanish message tells its sign as settled or explained (see
    :data:`_SETTLED_ES`) and places nothing in the last hours, or quotes a warning with
    the writer fine (:func:`hfs.assistant.redflags_es.quoted_warning_es`)."""
    norm = normalise(text)
    if quoted_warning_es(text) or told_over_es(text) or _ANGER_IDIOM_ES.search(norm):
        return True  # round 21: a warning quoted, the writer fine; a sign over; another's anger
    if _ROUTINE_CARE_ES.search(norm) and _ALL_WELL_ES.search(norm) and not _BUT_ES.search(norm):
        return True  # round 25: "hoy me quitaron los puntos y todo bien"
    if _DRY_NOW_ES.search(norm):
        return True
    if resolved_past_es(text) or only_if_es(text):
        return True  # round 31: a sign told as then and over since; a what-if only
    if trip_arranged_es(text):
        return True  # round 33: "todo listo para cuando no esté: ... me voy de crucero"
    if _SLEEP_IN_ES.search(norm):
        return True  # round 30: "dormir doce horas seguidas y no despertar hasta el mediodía"
    if _TRIVIAL_HEADACHE_ES.search(norm) and not _ONSET_RE_ES.search(norm):
        return True  # round 29: the patterns' round-28 guard, for the signal too ("por la cruda")
    return bool(_SETTLED_ES.search(norm)) and not _NOW_ES.search(norm)


#: Round 25: a routine step of aftercare, done ("hoy me quitaron los puntos y todo bien",
#: the refit's signal at 0.94), told with all well and no "but": today's date is the
#: step's, not a sign's.
_ROUTINE_CARE_ES = re.compile(
    r"\b(quitaron|retiraron|sacaron|cambiaron|quito|retiro|saco|cambio)( \w+){0,2} (los |las |el |la )?"
    r"(puntos|grapas|vendaje|venda|vendas|gasa|gasas|curacion|aposito|drenaje)\b|"
    r"\b(puntos|grapas|vendaje|drenaje)( \w+){0,3} (quitaron|retiraron|sacaron|cambiaron)\b"
)
_ALL_WELL_ES = re.compile(
    r"\b(todo (bien|normal|perfecto|limpio)|(quedo|esta|se ve) (bien|perfecto|limpi[oa]))\b"
)
_BUT_ES = re.compile(r"\b(pero|aunque|sin embargo|salvo|excepto|menos)\b")


def mild_after_toxin_es(text: str) -> bool:
    """Whether a Spanish message tells a mild effect after the toxin, with no word of now."""
    norm = normalise(text)
    return bool(_MILD_ES.search(norm) and _TOXIN_ES.search(norm)) and not _NOW_ES.search(norm)
