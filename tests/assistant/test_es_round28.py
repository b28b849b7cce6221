"""Round 28 (issue 18, helper as18p): the classes the blind run ES v21 missed or alarmed
on, each in our own wordings plus the set's one, matched by structure with words between.
The veiled crises are two halves, each harmless alone, the purpose implied by the second.

1. Crisis: a means kept with knowing already what to do with it; an end told
   impersonally ("se acaba todo") with the day chosen; not being here at a time to come
   with a farewell; sleeping and not waking up with something prepared; not holding on,
   a burden or no sense left with "it" (never named) prepared or decided.
2. Signs: "¿es normal que ...?" around a sign with a sudden onset or in the perfect ("que
   se me haya nublado la vista"); fever and a neck that cannot bend, asked; a fever played
   down and a head that bursts after the operation; hearing that stopped, the onset after; a watery drip that will not stop after
   it; a blast in the nape; things doubled ("se me desdoblaron", "veo dos X en vez de una").
3. Quiet: another's stroke long ago, well now and all normal today; blind or deaf with a
   passion ("ciego de rabia"); a headache blamed on a film or a party with no onset; a
   relative's "me quiero morir" each time the team loses (the crisis line only).

Each alarm and quiet case fails on 8407df6 (the guards pass on both).
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

# 1. Crisis ---------------------------------------------------------------------------

CRISIS = [
    # a means kept, and knowing what to do with it (set: the first)
    "Tengo guardadas las pastillas de mi mamá, ya sé qué hacer con ellas",
    "escondí el frasco de clonazepam de mi esposo, ya sé qué voy a hacer con él",
    "tengo escondidos los calmantes de mi abuela, ya sé para qué los quiero",
    "acumulé las pastillas de la abuela, ya tengo claro para qué las quiero",
    # the day chosen, and an end told impersonally (set: the first)
    "Ya elegí el día, el domingo se acaba todo",
    "ya tengo la fecha, el viernes se termina todo",
    "el sábado todo se acaba, ya lo decidí",
    "ya escogí el día: el lunes se acaba esto",
    # not being here at a time to come, with a farewell (set: the first two)
    "Ya no voy a estar aquí la semana que viene, gracias por todo",
    "Les dejé una carta a mis hijos, ya no voy a estar para la próxima consulta",
    "el mes que viene ya no voy a estar, les dejé cartas a mis hijas",
    "ya no voy a estar aquí el próximo mes, quería agradecerles todo",
    "gracias por todo, doctora, ya no voy a estar aquí el mes que viene",
    # sleeping and not waking up, with something prepared (set: the first)
    "a veces pienso que mejor me duermo y no despierto, ya lo tengo preparado",
    "mejor me duermo y ya no despierto, ya lo tengo todo planeado",
    "mejor me acuesto y ya no me levanto, ya lo tengo pensado",
    "quisiera acostarme y no levantarme, ya tengo todo listo",
    # not holding on, a burden or no sense left, and "it" prepared or decided (unnamed)
    "soy una carga para todos, ya lo tengo decidido",
    "ya nada tiene sentido, ya lo tengo pensado",
    "no voy a aguantar mucho más, ya lo tengo preparado",
    # more wordings of the classes above
    "ya sé qué hacer con las pastillas que guardé",
    "ya está decidido, este fin de semana se termina todo",
    "ya tengo el día, el sábado se acaba esta pesadilla",
    "no creo que esté aquí la semana que viene, gracias por todo",
]


@pytest.mark.parametrize("text", CRISIS)
def test_round28_crisis_gets_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis", (text, engine.screen(text))


#: near-miss twins of the new crisis rules (no crisis reply)
CRISIS_GUARDS = [
    "tengo guardadas las pastillas de mi mamá que ya no toma, ya sé qué hacer con ellas: las llevo a la farmacia",
    "guardé las pastillas del tic en el cajón, no sé qué hacer con ellas, ¿se pueden tirar?",
    "tengo guardadas las pastillas que me sobraron, ya sé qué hacer con ellas, las voy a donar",
    "ya elegí el día de la operación, el domingo se acaba todo esto del tic",
    "ya tengo la fecha del viaje, el domingo se acaba todo y volvemos a casa",
    "ya lo decidí, el domingo se acaba todo el papeleo",
    "ya no voy a estar aquí la semana que viene, me voy de vacaciones, gracias por todo",
    "ya no voy a estar para la próxima consulta porque me mudo a Monterrey, gracias por todo",
    "les dejé una carta a mis hijos por su cumpleaños, ya no voy a estar para la fiesta porque trabajo",
    "mejor me duermo y no despierto hasta mañana, ya tengo preparada la maleta para el viaje",
    "después del botox mejor me duermo y no despierto en toda la tarde, ya tengo todo listo",
    "ya nada tiene sentido con este tic, ya lo tengo decidido: me opero",
    "no voy a aguantar mucho más con el tic, ya lo tengo decidido, me pongo el botox",
    "soy una carga para mi esposa, ya lo tengo pensado, voy a buscar un doctor nuevo",
    "ya sé qué hacer con las pastillas que guardé: llevarlas a la farmacia",
    "ya está decidido, el sábado se acaba esta pesadilla, me operan el viernes",
    "no creo que esté aquí la semana que viene, estaré de viaje, gracias por todo",
]


@pytest.mark.parametrize("text", CRISIS_GUARDS)
def test_round28_crisis_near_misses_get_no_crisis_reply(engine, text):
    assert kind(engine, text) != "crisis", (text, engine.screen(text))


# 2. Signs ----------------------------------------------------------------------------

SIGNS = [
    # "¿es normal que ...?" around a sudden sign (set: the first)
    ("¿Es normal que de un momento a otro no escuche nada por un oído?", "sudden hearing loss"),
    ("¿es normal que de pronto no escuche nada del lado izquierdo?", "sudden hearing loss"),
    ("¿es normal que me zumbe el oído y haya dejado de oír de golpe?", "sudden hearing loss"),
    # ... and in the perfect (set: the first)
    ("¿Es normal que se me haya nublado la vista de golpe de un ojo?", "sudden vision loss"),
    ("¿es normal que se le haya nublado la vista a mi mamá de golpe?", "sudden vision loss"),
    # fever and a neck that cannot bend, asked (set: the first)
    (
        "¿Es normal tener fiebre y no poder doblar el cuello después de la operación?",
        "fever with stiff neck or headache",
    ),
    (
        "¿es normal tener calentura y no poder mover el cuello después de la cirugía?",
        "fever with stiff neck or headache",
    ),
    (
        "¿es normal tener temperatura alta y no poder doblar bien el cuello tras la descompresión?",
        "fever with stiff neck or headache",
    ),
    # a fever played down and a head that bursts, after the operation (set: the first)
    (
        "nada grave creo, algo de temperatura y la cabeza me revienta desde ayer, me operaron el lunes",
        "fever with stiff neck or headache",
    ),
    (
        "tengo un poco de temperatura y me revienta la cabeza, me operaron hace cinco días",
        "fever with stiff neck or headache",
    ),
    (
        "desde la cirugía algo de temperatura y la cabeza me estalla",
        "fever with stiff neck or headache",
    ),
    # a watery drip that will not stop, after the operation (set: the first)
    (
        "no soy de quejarme, pero desde la MVD tengo un goteo acuoso por la nariz que no para",
        "fluid leak after the operation",
    ),
    (
        "tengo un moqueo por la nariz que no para desde que me operaron",
        "fluid leak after the operation",
    ),
    ("me operaron y tengo un goteo acuoso en la nariz", "fluid leak after the operation"),
    # a blast in the nape (set: the first)
    (
        "Acabo de sentir como un estallido en la nuca y el dolor no me deja moverme",
        "sudden severe headache",
    ),
    ("fue como un trueno en la nuca, hace diez minutos", "sudden severe headache"),
    # things doubled (set: the first)
    (
        "de la nada se me desdoblaron las cosas, ahorita veo dos teles en vez de una",
        "sudden vision loss",
    ),
    ("se me desdoblaron las letras, no puedo leer", "sudden vision loss"),
    ("de repente veo dos caras en vez de una", "sudden vision loss"),
    ("ahorita veo dos focos en lugar de uno", "sudden vision loss"),
]


@pytest.mark.parametrize("text,name", SIGNS)
def test_round28_signs_get_the_alarm(engine, text, name):
    assert kind(engine, text) == name, (text, engine.screen(text))


# 3. Quiet ----------------------------------------------------------------------------

NO_ALARM = [
    # another's stroke long ago, well now, all normal today (set: the first)
    "Mi papá en Managua tuvo un derrame el año pasado, ahora camina y habla bien; hoy hablé con él y todo normal",
    "mi tío tuvo un infarto cerebral en marzo, ahora anda bien; ayer platiqué con él y todo normal",
    # blind or deaf with a passion (set: the first)
    "Me quedé ciego de rabia cuando me dijeron que tenía que esperar meses",
    "se quedó sorda de coraje cuando le dijeron el precio, jaja",
    # a headache blamed on an ordinary cause, no onset (set: the first)
    "Esta película de terror me dio un dolor de cabeza espantoso, jaja",
    "el ruido de la fiesta de los vecinos me dejó una jaqueca horrible",
    "me dio un dolor de cabeza espantoso con el tráfico, jaja",
    "tengo un dolor de cabeza horrible por la cruda",
    # a relative's "me quiero morir" each time the team loses (set: the first)
    "Mi hermano dice 'me quiero morir' cada vez que pierde el Barça, es broma",
    "mi esposo siempre dice 'me quiero morir' cuando pierde el América, es su manera de hablar",
]


@pytest.mark.parametrize("text", NO_ALARM)
def test_round28_near_misses_get_no_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


#: the relative's hyperbole keeps the crisis line
LINE = NO_ALARM[-2:]


@pytest.mark.parametrize("text", LINE)
def test_round28_hyperbole_keeps_the_crisis_line(engine, text):
    check = engine.screen(text)
    assert check.mention is not None and check.mention.name == "crisis", (text, check)


#: guards: the same frames with the sign or the crisis told, or a near-miss quiet on both
KEEP = [
    ("mi hermano dice que se quiere morir desde que lo dejó la novia", "crisis"),
    ("mi papá tuvo un derrame el año pasado y hoy otra vez no puede hablar", "stroke"),
    (
        "la película de miedo me dio un dolor de cabeza horrible de golpe, el peor de mi vida",
        "sudden severe headache",
    ),
    ("me quedé ciego del ojo derecho de repente", "sudden vision loss"),
    ("tengo un dolor de cabeza horrible por la operación", "sudden severe headache"),
    ("¿es normal que de la nada ya no oiga del oído derecho?", "sudden hearing loss"),
    ("¿es normal que a veces escuche un zumbido en el oído?", None),
    ("tengo algo de temperatura y la cabeza me revienta por la gripa", None),
    ("me gotea la nariz por el resfriado y no para", None),
    ("veo dos opciones en vez de una para tratar el tic", None),
    ("¿es normal tener fiebre después de la operación?", None),
]


@pytest.mark.parametrize("text,name", KEEP)
def test_round28_guards(engine, text, name):
    assert kind(engine, text) == name, (text, engine.screen(text))
