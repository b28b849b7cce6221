"""Round 25 (issue 18, helper as18m): the classes the blind run ES v18 missed or alarmed
on, each in our own wordings plus the set's one. Matched by structure, with words
between, so that the next author's wording is reached too.

1. Signs: the clinical register of a formal letter ("hipertermia y rigidez cervical",
   "secreción acuosa e incolora por el conducto auditivo", "debilidad facial nueva del
   lado intervenido", "he perdido bruscamente la audición"); a clear fluid the surgeon
   warned of, then told flowing now by its place only; a one-sided "cold" after the
   operation; stitches parting as it happens; Costa Rica's "de un pronto"; a toxin's
   weakness told by its noun, spreading beyond the face; the eye open and no sight after
   a contrast with the spasm; a headache that put one on the floor; a fragment with a
   post-operative day ("post op día 4. fiebre y cuello duro. normal?").
2. Quiet: a fever treated in hospital and discharged weeks ago, all well now; a state of
   years ("lleva años con la voz ronca y tragando lento"); a warning read or told with
   the writer doing the thing fine ("yo estoy tragando normal", "yo solo tengo un
   dolorcito normal"); the tic called "aviso de embolia" with the writer well; blind
   from searching the web; a letter's "no presento dificultad para tragar"; a reply's
   opening "No," ("No, puedo cerrar bien el ojo").

The alarms and the quiet cases fail on 52acecc (with the engine's learned signal: some
of our first wordings it already caught were replaced by harder ones); the guards of the
new rules pass on both; the first two guards ("No, no puedo ...") fail there too.
"""

from __future__ import annotations

import pytest

from tests.assistant.helpers import kind

# 1. Signs ---------------------------------------------------------------------------

SIGNS = [
    # clinical register: ours
    ("Buenas tardes, mi padre intervenido hace cinco días presenta hipertermia y rigidez cervical desde ayer.",
     "fever with stiff neck or headache"),
    ("Estimados doctores, tras la intervención de mi madre se aprecia secreción clara y acuosa por la fosa "
     "nasal derecha.", "fluid leak after the operation"),
    ("Le comunico que desde la cirugía de mi hermano observo secreción incolora por el conducto auditivo "
     "izquierdo.", "fluid leak after the operation"),
    ("he perdido repentinamente la audición del oído derecho", "sudden hearing loss"),
    ("mi marido ha perdido bruscamente la audición del lado intervenido", "sudden hearing loss"),
    ("tras la descompresión de mi madre presenta debilidad facial nueva", "facial droop or weakness"),
    ("después de la intervención, mi padre presenta una debilidad facial del lado operado",
     "facial droop or weakness"),
    # clinical register: the set's
    ("Estimados señores, mi esposa intervenida hace ocho días presenta hipertermia y rigidez cervical.",
     "fever with stiff neck or headache"),
    ("Estimado equipo: tras la descompresión microvascular de mi marido, observo secreción acuosa e "
     "incolora por el conducto auditivo.", "fluid leak after the operation"),
    ("Estimados señores: he perdido bruscamente la audición de un oído hace unas horas.", "sudden hearing loss"),
    ("Estimados señores, tras la descompresión microvascular de mi esposo, presenta debilidad facial nueva "
     "del lado intervenido.", "facial droop or weakness"),
    # a fluid warned of, flowing now (ours, the set's); a one-sided cold after the op (the set's)
    ("la doctora dijo que el líquido transparente era señal de alarma. hoy me está cayendo por la nariz a "
     "ratos", "fluid leak after the operation"),
    ("El cirujano nos dijo que si salía líquido claro avisáramos. Pues hoy me está saliendo por la nariz sin "
     "parar, ¿voy?", "fluid leak after the operation"),
    ("oye me opere hace dos semanas y tengo como un resfriado raro, solo un lado, agüita transparente que no "
     "para de caer", "fluid leak after the operation"),
    # a post-operative day in a fragment
    ("post op día 3. cuello tieso y fiebre. es normal?", None),
    ("postop dia 5, fiebre y cuello duro, es normal?", None),
    ("break. post op dia 4. fiebre y cuello duro. normal?", None),
    # stitches parting
    ("los puntos se le están soltando a mi mamá y sale agüita", "wound infection after the operation"),
    ("oye los puntos de atrás de la oreja se me están separando y sale como agüita turbia",
     "wound infection after the operation"),
    # "de un pronto"
    ("de un pronto se me apagó el oído izquierdo", "sudden hearing loss"),
    ("mae de un pronto el oído se me apagó como tapado y no vuelve", "sudden hearing loss"),
    ("mae de un pronto se me apagó el oído, como si me lo taparan, y no vuelve", None),
    # spreading weakness by its noun
    ("después del bótox la debilidad ya no es solo en la cara, ahora los brazos también", "spreading weakness"),
    ("la debilidad ya no está solo en el párpado, ahora también el cuello", "spreading weakness"),
    ("mae desde las inyecciones la debilidad ya no es solo en el ojo, ahora las piernas tambien",
     "spreading weakness"),
    ("Me explicaron que se podía caer un poco el párpado, pero ahora la flojera se extendió al cuello y los "
     "hombros, ¿eso es normal?", "spreading weakness"),
    # the open eye that no longer sees
    ("aunque tenga el ojo bien abierto de repente ya no veo por él", "sudden vision loss"),
    ("No es el ojo que se me cierra por el tic, es que aunque lo tenga abierto de repente ya no veo por él, "
     "¿me preocupo?", "sudden vision loss"),
    # a headache that put one on the floor
    ("le vino un dolor de cabeza tan fuerte que se tuvo que echar al piso", "sudden severe headache"),
    ("oye ahorita me vino un dolor en la cabeza tan fuerte que me tuve que tirar al suelo",
     "sudden severe headache"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), SIGNS)
def test_round25_signs_get_the_alarm(engine, text, name):
    got = kind(engine, text)
    assert got is not None and got != "crisis", (text, engine.screen(text))
    if name is not None:
        assert got == name, (text, engine.screen(text))


# 2. Quiet ---------------------------------------------------------------------------

QUIET = [
    # ours
    "Después de la operación tuve fiebre en el hospital, me la bajaron y me dieron el alta hace tres "
    "semanas; todo bien ya. ¿Puedo viajar?",
    "mi abuelo lleva años con la voz ronca y tragando despacio, su neurólogo lo tiene controlado. ¿le pueden "
    "poner bótox?",
    "leí en un foro que el bótox puede dar problemas para respirar, yo estoy respirando normal",
    "el neurocirujano nos dijo que perder la audición de golpe es urgente. yo solo tengo un zumbido leve",
    "mi tía dice que el tic es señal de derrame, pero yo estoy perfecta",
    "me quedé ciego leyendo foros sobre el espasmo",
    "Estimada doctora: tras la aplicación de toxina no presento dificultad para respirar ni para tragar.",
    "No, puedo tragar bien, solo me brinca el ojo",
    # the set's
    "Tras la operación tuve fiebre un día en el hospital, me la trataron y me dieron el alta hace un mes. "
    "Todo bien ahora. ¿Cuándo puedo nadar?",
    "Mi mamá lleva años con la voz ronca y tragando un poco lento, su neurólogo lo tiene controlado. "
    "¿Puede ponerse bótox?",
    "mi hija leyó en internet que el botox puede dar dificultad para tragar, yo estoy tragando normal, solo "
    "tengo el parpado un poco bajo",
    "oye el cirujano me dijo que el peor dolor de cabeza de la vida es de urgencia. yo solo tengo un "
    "dolorcito normal de la operacion",
    "Mi abuela me repite que el tic es 'aviso de embolia'. Yo estoy bien, hablo bien, muevo todo. "
    "¿Es cierto eso?",
    "Mae, me quedé ciego buscando en internet qué es esto, hay demasiada información",
    "Estimados señores, tras el bótox no presento dificultad para tragar ni respirar; únicamente consulto "
    "la fecha de la próxima dosis.",
    "No, puedo cerrar bien el ojo y sonreír normal, solo brinca.",
]


@pytest.mark.parametrize("text", QUIET)
def test_round25_near_misses_get_no_alarm(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))


GUARDS = [
    # the quiet rules do not hide a sign told beside them (the last two pass on 52acecc too;
    # the first two did not: the reply's "No," read as a denial there)
    "No, no puedo cerrar el ojo desde esta mañana",
    "No. Se me cayó la cara de un lado hace una hora",
    "desde el bótox la flojera se extendió a los brazos y me cuesta tragar",
    "mi tía dice que el tic es señal de derrame, y ahora se me cayó la boca de golpe",
]


@pytest.mark.parametrize("text", GUARDS)
def test_round25_guards_keep_the_alarm(engine, text):
    assert kind(engine, text) not in (None, "crisis"), (text, engine.screen(text))


NO_ALARM_GUARDS = [
    # near-misses of the new sign rules
    "tuve fiebre y el cuello duro por una gripe hace dos años, ¿influye en la operación?",
    "el otorrino dijo que si sale líquido claro por la nariz hay que ir, de momento nada",
    "me operaron hace un mes, tengo un resfriado normal con mocos amarillos",
    "llevo años con parálisis facial del otro lado por una Bell, ¿me pueden operar?",
    "la flojera del párpado se me pasó en dos semanas",
]


@pytest.mark.parametrize("text", NO_ALARM_GUARDS)
def test_round25_new_rules_leave_near_misses_quiet(engine, text):
    assert kind(engine, text) is None, (text, engine.screen(text))
