"""Round 19 (issue 18, helper as18g): the classes the blind run ES v12 missed, each in
our own wordings plus the set's one, and a near-miss beside each widened rule.

1. Crisis: a farewell (letters, thanks for everything, a pet given away, affairs
   settled) with one's going ("no me van a necesitar más", "mañana no voy a estar");
   a lethal means kept in view ("no paro de mirarla"); self-harm "pa sentir algo"; a
   way "para que no duela"; a goodbye with "no pienso seguir aquí".
2. Signs in plain, minimised or Caribbean words: "la lengua no me obedece", a side of
   the face "como bajito", "x" for "por", fever and stiff neck in diminutives, "con
   materia", hearing lost by what one does, the face "como de trapo" and sleeping with
   the eye open after the operation, pills that will not go down and "respiro corto"
   after the toxin, anything falling from the hands, "de momento" a "martillazo",
   double vision told as "dos X y dos Y", half of what one looks at gone.
3. False alarms: a year ago and checked; since birth, "no es nuevo"; a stranger in a
   forum and how common; a sheet quoted and "yo respiro bien"; "they told me to watch
   for" and "todo se ve limpio"; breath lost at a bill; "no se me ha caído"; a palsy of
   years ago "igualito".

The alarms fail on db9394d; the near-misses guard the widened rules.
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

CRISIS = [
    # a farewell + one's going
    "Quiero darle las gracias por todo. Ya les escribí cartas a mis hijos. No me van a necesitar más.",
    "gracias por todo, le dejé una carta a mi esposa, ya no me van a necesitar",
    "ya le escribí una carta a cada nieto, pronto no me van a necesitar",
    "Ya regalé mi perro y dejé todo arreglado, mañana no voy a estar",
    "regalé mis gatos y dejé todo listo, el lunes ya no voy a estar",
    "le di mi perro a la vecina y ya arreglé todo, la semana que viene no voy a estar aquí",
    # a means kept in view
    "Tengo la pistola de mi papá aquí en la mesa y no paro de mirarla",
    "tengo el revólver en la gaveta y no dejo de pensar en él",
    "las pastillas están aquí al lado de la cama y no paro de verlas",
    # self-harm to feel something
    "me estoy quemando con el cigarro pa sentir algo distinto a esta vergüenza",
    "me estoy golpeando contra la pared pa sentir algo",
    "se está quemando con el encendedor para no sentir nada, dice mi hija",
    # a way planned so that it does not hurt
    "Le escribo porque no sé a quién más, llevo años con el espasmo, perdí el trabajo, mi esposa se "
    "fue, y ya pensé cómo hacerlo para que no duela, solo quería que alguien supiera",
    "ya sé cómo hacerlo sin que duela",
    "estuve buscando la manera de hacerlo para que no duela",
    # a goodbye + not staying here
    "ya me despedí de mi familia y no pienso seguir aquí mucho tiempo",
    "ya me despedí de mis hijos, no voy a seguir aquí mucho más",
]


@pytest.mark.parametrize("text", CRISIS)
def test_round19_crisis_classes_get_the_crisis_reply(engine, text):
    assert kind(engine, text) == "crisis", text


@pytest.mark.parametrize(
    "text",
    [
        "mañana no voy a estar, tengo cita con el dentista",
        "le regalé mi perro a mi sobrina porque me mudo a un apartamento",
        "dejé a mi perro con mi mamá mientras me opero",
        "gracias por todo, nos vemos en la cita",
        "ya les escribí cartas a mis hijos por su cumpleaños",
        "ya no me van a necesitar en el trabajo porque me jubilo",
        "tengo la pistola de agua de mi nieto y no para de mojarme",
        "las pastillas están en la mesa y no paro de olvidarlas",
        "me quemé con el cigarro sin querer",
        "ya pensé cómo hacerlo para que no duela la inyección, con hielo",
        "me despedí de mi familia, me voy de viaje un mes",
    ],
)
def test_round19_crisis_near_misses_stay_quiet(engine, text):
    check = engine.screen(text)
    assert check.flag is None, (text, check)


SIGNS = [
    # stroke, minimised
    (
        "Qué raro, la lengua no me obedece y la pierna izquierda me pesa, y en el espejo tengo un "
        "lado de la cara como bajito. Seguro es cansancio.",
        "",
    ),
    ("la lengua no me obedece desde hace un rato", "speech"),
    ("tengo un lado de la cara como bajito desde esta mañana", "facial"),
    ("mi esposo dice que la lengua no le obedece y el brazo derecho le pesa", ""),
    # fluid with the texting "x"
    (
        "a mi hermano lo operaron del espasmo la semana pasada y está aquí conmigo y le sale agua x "
        "el oído 😳 es normal?",
        "fluid",
    ),
    ("a mi mamá la operaron hace 5 días y le sale agüita x la nariz", "fluid"),
    # fever and stiff neck in diminutives
    (
        "Estoy un poquito calientita desde ayer y el cuello lo tengo durito, seguro dormí mal. Me "
        "operaron hace 9 días.",
        "fever",
    ),
    ("ando calenturienta y con el cuello durito desde la operación", "fever"),
    ("mi papá está afiebrado y el cuello lo tiene tiesito", "fever"),
    # a wound with "materia"
    (
        "Asere, la herida de la operación se me puso como un volcán, colorada, caliente y con materia",
        "wound",
    ),
    ("la herida está botando materia", "wound"),
    ("la cicatriz tiene materia amarilla", "wound"),
    # hearing lost, told by what one does
    (
        "Le cuento que estaba hablando por teléfono con mi hermana en Ponce y de un momento a otro "
        "dejé de escucharla por el oído izquierdo, me cambié el teléfono al otro lado y ahí sí, pero "
        "de este lado nada, solo un zumbido, y sigo igual",
        "hearing",
    ),
    ("de un momento a otro dejé de escucharlo por el oído izquierdo", "hearing"),
    (
        "Noto que desde anoche el oído de la operación está como tapado, no oigo el reloj ni la tele "
        "de ese lado, nada",
        "hearing",
    ),
    (
        "Mi mamá está aquí conmigo y desde el almuerzo no me oye cuando le hablo por la derecha, y "
        "esta mañana oía perfecto",
        "hearing",
    ),
    ("mi papá desde la cena no me oye por la izquierda", "hearing"),
    # the face after the operation
    (
        "Desde la descompresión siento la cara como de trapo del lado izquierdo, no me responde "
        "cuando trato de silbar",
        "facial",
    ),
    ("después de la operación la cara se me siente como de trapo", "facial"),
    (
        "Ya en la casa después de la operación, mi hijo me dice que duermo con el ojo abierto y que "
        "la boca se me va para abajo de ese lado, yo ni me había dado cuenta",
        "",
    ),
    ("desde la cirugía duermo con el ojo abierto", "eye"),
    ("me operaron el lunes y el cachete se me va para abajo", "facial"),
    # after the toxin
    (
        "No es nada grave creo, pero desde la inyección de toxina las pastillas no me bajan y tengo "
        "que tomar como cinco sorbos",
        "swallowing",
    ),
    ("desde el botox no me bajan las pastillas", "swallowing"),
    (
        "Mi pana, desde que me inyectaron la toxina botulínica respiro corto, como si tuviera que "
        "pensar cada respiración",
        "breathing",
    ),
    ("desde el botox respiro cortito", "breathing"),
    (
        "Curioso: la toxina era para el ojo pero ahora se me cae el bolígrafo de las manos y la voz "
        "me sale debilucha",
        "",
    ),
    ("después del botox la voz me sale debilucha", "spreading"),
    ("se me cae el bolígrafo de las manos desde esta mañana", "limb"),
    # a sudden headache in Caribbean words
    (
        "Estaba en el patio tendiendo ropa y de momento sentí como un martillazo en la parte de "
        "atrás de la cabeza, tuve que sentarme en el piso, nunca había sentido nada así, y todavía "
        "me dura",
        "headache",
    ),
    ("de momento me dio como un martillazo en la parte de atrás de la cabeza", "headache"),
    (
        "Perdón la molestia, hace un ratito sentí como un latigazo dentro de la cabeza y desde ahí "
        "un dolor muy fuerte que no me deja abrir los ojos",
        "headache",
    ),
    ("hace un ratito sentí un latigazo detrás de la cabeza", "headache"),
    # double vision, half gone
    ("Qué cosa más rara, veo dos televisores y dos nietas desde hace un rato", "vision"),
    ("desde esta mañana veo dos de todo", "vision"),
    (
        "Creo que son los espejuelos, pero desde esta tarde la mitad de lo que miro desapareció, no "
        "veo el lado izquierdo de las cosas",
        "vision",
    ),
    ("de repente no veo el lado derecho de las cosas", "vision"),
]


@pytest.mark.parametrize(("text", "flag"), SIGNS)
def test_round19_signs_alarm(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and found != "crisis" and flag in found, (text, found)


FALSE_ALARMS = [
    # a year ago and checked
    "Hace un año tuve visión doble por unas horas, me chequearon todo y salió bien, nunca más me "
    "pasó. ¿Eso se relaciona con el espasmo?",
    "hace un año se me durmió la mano un día, me chequearon y todo bien, ¿tiene que ver?",
    # since birth, not new
    "tengo la boca un poquito chueca desde que naci, eso no es nuevo, pero ahora me salió el tic del ojo",
    "tengo un párpado más caído desde que nací, no es nuevo, lo nuevo es el brinquito",
    # a stranger in a forum, and how common
    "Leí de un señor en un foro que se quedó sordo tras la MVD, ¿qué tan común es eso?",
    "vi en facebook a una señora que quedó con la cara paralizada después de la cirugía, eso es común?",
    # a sheet quoted, one well
    "En el papel que me dieron dice 'llame si tiene dificultad para respirar'. Yo respiro bien, solo "
    "quiero saber cuántos días hay que vigilar eso.",
    "la hoja dice que vaya a urgencias si no puede tragar, yo trago bien, ¿cuánto dura el efecto?",
    "they told me to watch for pus en la herida, todo se ve limpio, cuándo me puedo bañar normal?",
    "me dijeron que vigilara si la herida se ponía roja, todo se ve bien, ¿cuándo me quitan los puntos?",
    # breath lost at a sight
    "Me quedé sin aire cuando vi la factura de la resonancia 😂 ¿la cubre el seguro?",
    "me quedé sin aire al ver el precio de la cirugía, ¿hay planes de pago?",
    # a denial update
    "la cara no se me ha caído ni nada, el tic sigue igual, solo para actualizar",
    "la boca no se me ha torcido, solo sigue el brinco del ojo",
    # a palsy of years ago, "igualito"
    "lo de la boca torcidita lo tengo desde la parálisis de Bell de hace 10 años, igualito",
]


@pytest.mark.parametrize("text", FALSE_ALARMS)
def test_round19_false_alarm_classes_do_not_alarm(engine, text):
    assert kind(engine, text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "hablo bajito porque mi esposo duerme",
        "la lengua no me obedece cuando digo trabalenguas jaja",
        "la pierna me pesa de tanto caminar",
        "se me cae el pelo de tanto estrés",
        "me quedé sin aire de la risa con el video",
        "veo dos doctores en la clínica, ¿está bien?",
        "vi dos perros y dos gatos en la calle",
        "respiro corto cuando corro",
        "de momento estoy bien, gracias",
    ],
)
def test_round19_sign_near_misses_do_not_alarm(engine, text):
    assert kind(engine, text) is None, text


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "la herida está bien hinchada y caliente, el doctor dijo que si pasaba eso llamara",
            "wound",
        ),
        ("they told me to watch for pus en la herida y ahora tiene pus", "wound"),
        ("el papel dice que llame si tiene fiebre, y tengo fiebre desde la operación", ""),
        ("me quedé sin aire de repente después del botox", "breathing"),
    ],
)
def test_round19_signs_next_to_those_rules_still_alarm(engine, text, flag):
    found = kind(engine, text)
    assert found is not None and flag in found, (text, found)


def test_round19_palsy_of_years_ago_at_the_weakness_step_is_no_alarm(engine):
    """At the screening question about sudden weakness, an old palsy "igualito" is an
    answer, not the emergency reply."""
    from hfs.assistant.engine import ConversationState, Frame

    spanish = engine.translations["es"]
    for text in (
        "no, lo de la boca torcidita lo tengo desde la parálisis de Bell de hace 10 años, igualito",
        "no, la boca chueca la tengo desde la parálisis de hace 5 años, igualita",
    ):
        state = ConversationState(
            nonce="round19step", stack=[Frame(scenario="screening", step="weakness_sudden")]
        )
        turn = spanish.turn(state, text)
        assert not any(r.topic in ("emergency", "crisis") for r in turn.replies), text


# 4. Replies to Spanglish: a message with a Spanish clause is answered in Spanish; a
# courtesy word or a place name in English is not a switch.
@pytest.mark.parametrize(
    "text",
    [
        "is the brain surgery peligrosa? what can go wrong",
        "my doctor said I need an MRI, es con anestesia?",
        "can you explain the botox? tengo miedo de las agujas",
        "how long does the surgery take, cuántos días en el hospital?",
        "explain me the surgery porfa",
    ],
)
def test_round19_code_switched_message_is_answered_in_spanish(engine, text):
    from hfs.assistant.language import detect_language, reply_language

    assert reply_language(text) == "es", text
    turn = engine.turn(engine.start(nonce="round19lang").state, text)
    assert turn.state.lang == "es", text
    assert all(detect_language(r.text) != "en" for r in turn.replies), (text, turn.replies)


@pytest.mark.parametrize(
    "text",
    [
        "thanks, gracias!",
        "check my symptoms please, gracias",
        "I live in Los Angeles, can I get the surgery there?",
        "I am from Puerto Rico, do you have a clinic in San Juan?",
        "what does the surgery cost?",
    ],
)
def test_round19_english_with_a_courtesy_word_or_a_place_stays_english(engine, text):
    from hfs.assistant.language import reply_language

    assert reply_language(text) != "es", text
    turn = engine.turn(engine.start(nonce="round19lang").state, text)
    assert turn.state.lang == "en", text
