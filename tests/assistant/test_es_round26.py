"""Round 26 (issue 18, helper as18n): the classes the blind run ES v19 missed or alarmed
on, each in our own wordings plus the set's one, matched by structure with words
between so that the next author's wording is reached too.

1. Crisis: a date set with a farewell ("el viernes me despido de todo, ya tengo la
   fecha"); a burden with disappearing for ever; self-harm told by its purpose, to feel
   or to punish oneself, or done on purpose; a last word of love with never being seen
   again. Quiet near-misses: the date of the operation, a goodbye at work, a burn while
   cooking, a haircut "to feel something different"; "ya no puedo más con el tic" with
   going on all the same is the crisis line, not the crisis reply.
2. Quiet: a warning quoted with nothing come out ("pero no me sale nada"); the wound dry
   now; a mild sign the team called normal (the safety line); a risk asked ("¿puede
   pasar que ...?", "leí que ... puede dar ..., ¿es cierto?"); a sign defined on TV or
   the web ("la cara caída es señal de derrame"); another's past event asked about; the
   fear of another's fate; a limb lain on; a sign checked and explained.
3. Signs: a sense switched off or gone mute ("se me apagó el oído", "la oreja quedó
   muda", "se me haya apagado la vista"); a chart's sudden deafness and onset of a
   headache; lungs that will not fill; a thunder or a shot inside the skull; half the
   body limp "como de trapo"; a fever told by the thermometer with a headache; a toxin's
   weakness "going" beyond the face or generalised; a clear drip just out of hospital
   called an allergy; a sign asked about, then guessed at as one's own.

Each alarm and quiet case fails on 5707491 (the guards pass on both).
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

# 1. Crisis ---------------------------------------------------------------------------

CRISIS = [
    # a date set, with a farewell (set: the first)
    "el viernes me despido de todo, ya tengo la fecha",
    "el domingo me despido de todos, ya elegí el día",
    "ya fijé la fecha, esta noche me despido de todo",
    "para el sábado me despido de todo el mundo, ya tengo la hora",
    # a burden, and disappearing for ever (set: the first)
    "soy una carga para mi familia, mejor desaparezco para siempre",
    # self-harm to feel (set: the first)
    "me quemé con el encendedor otra vez esta noche para sentir algo",
    # a last word of love, and never being seen again (set: the first)
    "quiero que sepan que los quiero mucho, después de hoy ya no me van a ver más",
    "quiero que sepas que te amo, después de esta noche ya no me vas a ver nunca más",
    "gracias por todo, ya no me van a ver nunca más",
]


@pytest.mark.parametrize("text", CRISIS)
def test_round26_crisis_gets_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis", (text, engine.screen(text))


#: near-misses of the new crisis rules (these pass on 5707491 too: guards)
CRISIS_GUARDS = [
    "ya tengo la fecha de la cirugía, el viernes me despido de todos en el trabajo",
    "me quemé cocinando anoche, me duele la mano",
    "me corté el pelo para sentir algo diferente",
    "quiero que sepan que los quiero mucho, gracias por el apoyo con el tic",
    "ya no me van a ver más en la clínica, me cambio de doctor",
    "soy una carga con este tic, mejor me voy de vacaciones",
]


@pytest.mark.parametrize("text", CRISIS_GUARDS)
def test_round26_crisis_near_misses_stay_quiet(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


#: "ya no puedo más con el tic" and going on all the same: the crisis line (fails on 5707491)
WORN_OUT = [
    "ya no puedo más con este tic po, pero igual sigo con el tratamiento, cachai",
    "ya no aguanto más este espasmo, pero no me rindo",
    "ya no puedo más con el tic, pero sigo adelante con las inyecciones",
]


@pytest.mark.parametrize("text", WORN_OUT)
def test_round26_worn_out_but_going_on_is_the_crisis_line(engine, text):
    check = engine.screen(text)
    assert check.flag is None, (text, check)
    assert check.mention is not None and check.mention.name == "crisis", (text, check)


def test_round26_worn_out_with_crisis_words_keeps_the_reply(engine):
    assert kind(engine, "ya no puedo más, me quiero morir") == "crisis"


# 2. Quiet ----------------------------------------------------------------------------

QUIET = [
    # a warning quoted, nothing come out (set: the first)
    "el doctor me dijo que si me sale líquido de la nariz llame, pero no me sale nada",
    # the wound dry now (set: the first)
    "hoy no me sale líquido de la herida, está sequita",
    # a risk asked (set: the first two)
    "¿puede pasar que después de la cirugía se me debilite la cara?",
    "leí que el bótox puede dar problemas para tragar, ¿es cierto?",
    "escuché que la cirugía puede dejar la cara chueca, ¿es verdad?",
    "dicen que el botox puede causar visión doble, ¿es cierto eso?",
    # a sign defined, heard or read (set: the first)
    "en la tele dijeron que la cara caída es señal de derrame, ¿el espasmo es igual?",
    "en internet leí que la visión doble es síntoma de derrame, ¿es cierto?",
    "mi suegra vio en la tele que la boca chueca es señal de embolia, ¿el tic también?",
    # another's fate feared (set: the first)
    "me da miedo que me pase lo de mi prima que quedó con la cara paralizada tras un accidente",
    "tengo miedo de que me pase lo mismo que a mi tía, que quedó sorda después de operarse",
    "me preocupa que me pase como a mi vecino, que quedó con la cara paralizada",
    # a limb lain on (set: the first)
    "mi hija tiene el brazo dormido porque se durmió encima, ya se le pasó",
    "mi nieto tiene la pierna dormida porque se sentó encima, ya se le quitó",
    "se me durmió el brazo porque me recosté sobre él toda la noche",
]


@pytest.mark.parametrize("text", QUIET)
def test_round26_near_misses_get_no_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


#: the safety line, not the alarm: a mild sign the team called normal, another's past
#: event asked about, a sign checked and explained (each alarms on 5707491)
LINE_ONLY = [
    "la herida está un poco roja pero la enfermera dijo que es normal",
    "a mi vecino le salió agua de la nariz después de una cirugía, ¿es peligroso?",
    "a mi compañero de trabajo le salió líquido claro por la nariz tras operarse, ¿eso es grave?",
    "a una conocida le dio fiebre y le quedó el cuello duro después de la cirugía, ¿es común?",
    "mi papá tuvo visión doble hace un mes, lo revisaron y era por cansancio",
]


@pytest.mark.parametrize("text", LINE_ONLY)
def test_round26_line_only_cases_get_no_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


#: near-misses that stay quiet (pass on 5707491 too: guards of the new rules' wording)
QUIET_GUARDS = [
    "el cirujano me dijo que si me sale agua por el oído vaya a urgencias, y a mí no me pasa nada",
    "la neuróloga me advirtió que si se me cae la cara llame, pero no me ha pasado nada",
    "ya no me sale nada de la herida, se ve limpiecita",
    "la herida se ve medio colorada pero el doctor dijo que es normal",
    "¿puede pasar que después de la inyección me cueste tragar?",
    "mi esposa tuvo mareos y visión borrosa, la revisaron y resultó ser la presión",
]


@pytest.mark.parametrize("text", QUIET_GUARDS)
def test_round26_quiet_guards(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


#: the new quiet rules keep the alarm where a sign is told (guards)
KEEP = [
    ("la herida está un poco roja y con pus, la enfermera dijo que es normal",
     "wound infection after the operation"),
    ("mi papá tiene la cara caída desde hoy, en la tele dijeron que eso es señal de derrame",
     "facial droop or weakness"),
    ("a mi vecino le está saliendo agua de la nariz después de la cirugía, ¿qué hago?",
     "fluid leak after the operation"),
    ("el doctor me dijo que si me sale líquido de la nariz llame, y hoy me sale agua por la nariz",
     "fluid leak after the operation"),
    ("¿puede ser que me esté dando un derrame? se me cayó la cara de repente", "stroke"),
    ("¿es posible que tenga meningitis? tengo fiebre y el cuello tieso desde la operación",
     "fever with stiff neck or headache"),
    ("tengo miedo que me pase lo mismo que a mi papá, ya tengo la boca chueca", "facial droop or weakness"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), KEEP)
def test_round26_guards_keep_the_alarm(engine, text, name):
    assert kind(engine, text) == name, (text, engine.screen(text))


# 3. Signs ----------------------------------------------------------------------------

SIGNS = [
    # a sense switched off or gone mute (set: the first three)
    ("seguro es cera pero desde esta mañana la oreja del lado del espasmo quedó muda", "sudden hearing loss"),
    ("anoche se me apagó el oído operado, ni el timbre del teléfono alcanzo a escuchar", "sudden hearing loss"),
    ("¿es normal que se me haya apagado la vista de un ojo así de pronto?", "sudden vision loss"),
    ("mi mamá dice que se le apagó la audición del lado operado esta mañana", "sudden hearing loss"),
    ("a mi abuela se le murió la vista de un ojo hoy en la mañana", "sudden vision loss"),
    # a chart's sudden deafness (set)
    ("residente que de forma súbita no responde por el oído derecho, antes oía bien", "sudden hearing loss"),
    # lungs that will not fill (set: the first)
    ("seguro son los nervios pero desde el bótox no logro llenar los pulmones", "trouble breathing"),
    ("desde la inyección no puedo llenar los pulmones", "trouble breathing"),
    # a thunder in the skull; a chart's onset (set: the first two)
    ("estaba en el baño y sentí como un trueno adentro del cráneo, ahora me duele horrible",
     "sudden severe headache"),
    ("residente refiere cefalea intensísima de inicio brusco hace 15 minutos", "sudden severe headache"),
    ("cefalea de comienzo brusco mientras levantaba peso", "sudden severe headache"),
    # half the body limp (set: the first)
    ("boludo mi vieja no me entiende lo que le digo y yo siento la mitad del cuerpo como de trapo, recién "
     "empezó", "stroke"),
    ("se me puso medio cuerpo como muerto y no puedo hablar bien", "stroke"),
    ("mi tío tiene todo el lado derecho como de trapo desde hace una hora", "stroke"),
    # a fever by the thermometer, with a headache, after the operation (set: the first)
    ("me duele muchísimo la cabeza y estoy ardiendo, el termómetro marca 38 y pico, me hicieron la "
     "descompresión hace 10 días", "fever with stiff neck or headache"),
    ("estoy hirviendo, el termómetro marca 39, me duele la cabeza y me operaron hace una semana",
     "fever with stiff neck or headache"),
    ("me duele mucho la cabeza y la temperatura llegó a 39 desde la descompresión",
     "fever with stiff neck or headache"),
    # a toxin's weakness going beyond the face, or generalised (set: the first two)
    ("la debilidad del bótox ya no es solo el ojo, se me está yendo al cuello y a los hombros",
     "spreading weakness"),
    ("residente con toxina botulínica facial hace 5 días, ahora con debilidad generalizada y voz nasal",
     "spreading weakness"),
    ("la debilidad ya no está solo en el párpado, ahora se me está pasando a la garganta y al cuello",
     "spreading weakness"),
    ("paciente con toxina botulínica hace una semana, presenta debilidad generalizada", "spreading weakness"),
    # a clear drip just out of hospital, called an allergy (set: the first)
    ("oye mi hermano salió del hospital el martes, todo bien con la comida y eso, pero hoy le chorrea un "
     "líquido como agua por la nariz y él dice que es alergia", "fluid leak after the operation"),
    ("a mi papá le dieron de alta el lunes y hoy le gotea agua clara por la nariz, dice que es alergia",
     "fluid leak after the operation"),
    ("salí del hospital hace 3 días y me chorrea agua por la nariz, debe ser alergia",
     "fluid leak after the operation"),
    # asked, then guessed at as one's own (set: the first)
    ("¿es normal tener fiebre y el cuello tieso después de la cirugía? seguro es una gripa",
     "fever with stiff neck or headache"),
    ("¿es normal tener calentura y la nuca tiesa a la semana de operarme? debe ser un virus",
     "fever with stiff neck or headache"),
    ("¿es normal tener fiebre y el cuello duro después de la cirugía? seguramente es gripe",
     "fever with stiff neck or headache"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), SIGNS)
def test_round26_signs_get_the_alarm(engine, text, name):
    assert kind(engine, text) == name, (text, engine.screen(text))
