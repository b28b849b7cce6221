"""Crisis talk and red flags in Spanish: the same categories as :mod:`hfs.assistant.redflags`
and :mod:`hfs.assistant.crisis`, in the words Spanish-speaking patients use.

Text is normalised first (:func:`hfs.assistant.text.normalise`: lower case, accents,
ñ and ¿¡ removed), so "se me cayó la cara" and "se me cayo la cara" are one message.
The engine screens every message with both languages' patterns (a Spanish sign in an
English conversation is still a sign), the crisis first. A sign told half in each
language ("the wound detrás de la oreja tiene pus") is read whole: in a message that
holds Spanish, English context words are read as Spanish first (:func:`standard_es`,
round 15).

A match is a *mention* (answered as usual, with the safety line) rather than a red flag
when:

- a negation reaches it ("no tengo la cara caída", "sin pus ni enrojecimiento": "no",
  "sin", "ni", "nunca"... with only words like "tengo", "hay", "la" between);
- the message is a question ("?", or it opens with "qué", "cuál", "puede"...) that
  places nothing in the present ("hoy", "de repente", "desde"...) and reports nothing of
  a person ("tengo", "se me", "mi papá"...): "¿cuáles son las señales de un derrame?",
  "¿la cirugía puede dejar la cara paralizada?"; a hypothetical question ("¿qué hago
  si se me cae la cara?") is a mention even with a person in it;
- the mouth is pulled crooked only during the spasm ("tengo la boca torcida solo
  durante el espasmo");
- an event long past, with nothing in the present ("mi tía tuvo un derrame hace años",
  "hace mucho");
- a question about a treatment's effects ("¿qué efectos secundarios tiene el bótox? ¿se
  cae el párpado?").

Since round 13 only a general or hypothetical question keeps the mention: a sign that
is denied (the denial also reaches across face words: "no tengo la cara caída ni la boca
chueca"), long past (for the message, or for the clause that tells it: "de niño me quedé
sordo por las paperas, ahora tengo el tic"), asked about as a risk or read of ("¿es
posible perder el oído con la cirugía?") or an effect of the toxin one was told of is
nothing: no alarm and no safety line. "¿Es normal que la herida esté supurando?" asks
about what is happening now: a report.

Idioms are nothing: "se me cayó la cara de vergüenza", "me ahogo en papeles", "se me
durmió la pierna de estar sentada", "me va a explotar la cabeza con tanto trámite" (a
head "exploding" is a thunderclap headache only with an onset: "de repente", "de
sopetón", "de un segundo a otro"), "lo veo todo negro" (no eye), "la luz me lastima".

Everyday words (round 3, issue 18): a thunderclap ("como un trueno en la cabeza", "nunca
me había dolido así la cabeza"), an ear that "se tapó de un momento a otro", "todo negro
en un ojo" or "una cortina oscura", a wound that "huele feo", is "colorada" or "arde",
"se ahoga con el agua" or "no tiene fuerza en las piernas" after the toxin, "la cara no
se me mueve" after the operation, "se le torció la boca", "dice cosas sin sentido" with
an onset, fever with light that hurts, "se tira del puente".

Crisis patterns need the person as their object ("matarme", "quitarme la vida",
"hacerme daño"), so "este tic me está matando la vida social", "me muero de vergüenza"
and "me corté afeitándome" are not crises. A question about a treatment's side effect
("¿la carbamazepina puede causar pensamientos suicidas?") is a mention: answered, with
the crisis line.
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata

from hfs.assistant import shorthand_es
from hfs.assistant.redflags import RedFlag, Screen
from hfs.assistant.shorthand_es import read_chart_es, read_elisions_es, read_sounds_es
from hfs.assistant.text import normalise

# ----------------------------------------------------------------------- crisis
_NOT_ACCIDENT = (
    r"(?! (afeit\w*|cocin\w*|sin querer|por accidente|con (el|la|un|una) \w+|el pelo|las unas))"
)

#: "tirarme del pelo", "aventarme a la cama": a fall onto something soft or a pull, no harm.
_NOT_A_FALL = (
    r"(?!( (el|la|los|las|mi|mis))? (pelo|pelos|cabello|pestanas|cama|sofa|sillon|piscina|"
    r"alberca|hamaca|pasto|arena|colchon|suelo a descansar|agua)\b)"
)

#: "me muero de risa", "se va a morir de la risa", "quiere matar a su jefe": idioms and others.
_NOT_IDIOM_DIE = (
    r"(?! (de|del|por|a|al|con|trabajando|estudiando|la|el|los|las|un|una|ese|esa|mi|tu|su|"
    # a time is no object (round 27, ES v21: "mi hermano me escribió que se va a matar esta
    # noche" got nothing): "esta noche", "este fin de semana" keep the wish
    r"este(?! (fin de semana|finde|viernes|sabado|domingo|lunes|martes|miercoles|jueves|mes|ano|dia)"
    r"\b(?! (de|del|por|con)\b))|"
    r"esta(?! (noche|tarde|manana|madrugada|semana|vez|misma noche)\b(?! (de|del|por|con)\b)))\b)"
)

#: "... de seguir con las pastillas", "para qué seguir con el bótox": a treatment or task.
_NOT_A_TASK = (
    r"(?! (con|tomando|usando|en|el|la|los|las|este|esta|ese|esa|al|a la|yendo|viniendo|"
    r"esperando|intentando|probando|pagando|trabajando|estudiando)\b)"
)
#: Anywhere after the self-harm words: an accident or an ordinary task ("cocinando").
_NOT_ACCIDENT_AFTER = (
    r"(?!.*\b(sin querer|por accidente|accidentalmente|cocin\w*|afeit\w*|planch\w*|jardin|"
    r"uñas|unas|pelo|sol|horno|sarten|aceite)\b)"
)

#: Round 18: the parts of the crisis classes the blind run ES v11 showed (each alone is
#: at most a hint for the crisis net, :func:`hfs.assistant.safetynet.hopeless_es`).
#: Affairs settled: papers, a will, the insurance, "todo" put in order for the family.
_SETTLED = (
    r"\b(arregle|arreglo|arreglando|deje|dejo|dejando|puse|puso|tengo|tiene|ya estan?|hice|hizo|"
    r"ordene|ordeno|ya quedo|ya quedaron)( \w+){0,2} (los papeles|mis papeles|sus papeles|el testamento|"
    r"mi testamento|su testamento|el seguro|mis asuntos|sus asuntos|todo (en orden|arreglado|listo)|"
    r"mis cosas en orden|sus cosas en orden|las cuentas en orden)\b"
)
#: One's going told as leaving or no longer being here (not a trip: "cuando me vaya a
#: operar", "cuando me vaya de viaje").
_GOING = (
    r"\b(cuando|para cuando|el dia que|antes de que) (yo )?(ya )?(me vaya|se vaya|me muera|se muera|"
    r"no este|ya no este|falte|me toque irme|me toque partir|parta|me haya ido)\b"
    r"(?! (a|al|de|del|para|por|con|en|unos|unas|un|una|mas|temprano|tarde|otra)\b)|"
    r"\b(ya )?no (me )?(falta|queda) (mucho|poco)( tiempo)?\b(?! (para|de|a|pa|que)\b)|"
    r"\b(ya )?no (voy|va) a estar (aqui|aca|ya|mucho tiempo|por mucho|para (cuando|que|ver))\b"
)
#: Leaving soon, said alone ("pronto me voy a ir", "ya me voy a morir"; not "ya me voy a
#: ir a dormir"): counted with affairs settled only, never a hint alone ("gracias, ya me
#: voy a ir" is a goodbye).
_LEAVING_SOON = (
    r"\b(pronto|ya|muy pronto|dentro de poco) (me voy a ir|me ire|me voy a morir|me muero)\b"
    r"(?! (a|al|de|del|para|por|con|en|temprano|tarde|hoy|manana|ya|y|yendo|de aqui)\b)(?!.*\b(cita|"
    r"consulta|trabajo|casa|viaje|vacaciones|dormir|hospital|clinica)\b)"
)
_MEANS_OUT = (
    r"\b(saque|saco|agarre|agarro|tome|tomo|cargue|cargo|compre|compro|consegui|consiguio|tengo|tiene|"
    r"traigo|trae)( \w+){0,2} (la|una|mi|su|el|un) (pistola|arma|revolver|escopeta|rifle|soga|cuerda|"
    r"navaja|veneno|raticida)\b(?! (de (juguete|agua|aire|balines)|para (limpiar\w*|vender\w*|cazar|"
    r"la caceria|el campo|el trabajo|la mudanza|tender|saltar|brincar|el perro)))"
)
_CANT_GO_ON = (
    r"\b((ya )?no (aguanto|aguanta|soporto|soporta|puedo|puede) mas|ya no (aguanto|aguanta|soporto|"
    r"soporta|puedo|puede)\b(?! (a |al |el (calor|frio|ruido|dolor de (muelas|espalda))))|"
    r"ya me (harte|canse)( \w+){0,2} (de (todo|vivir|esto|esta vida|esta cara))|se acabo|ya estuvo|"
    r"hoy (se acaba|termina) todo)"
)
_BETTER_OFF = (
    r"\b(estarian|estaria|vivirian|viviria|serian|seria|estaran|quedarian|quedaria) (mucho )?"
    r"(mejor|mas felices|mas tranquil\w*)( \w+){0,2} (con (su|sus|otra|otro|el|la|los|las|mi)\b(?! (doctor\w*|medic\w*|neurolog\w*|"
    r"cirujan\w*|tratamiento|terapia|pastilla\w*|botox|toxina|dosis|seguro|aseguranza|clinica|hospital|"
    r"lentes|gafas|crema|operacion|cirugia|inyecc\w*|dieta|ejercicio|trabajo|horario)\b)|sin (mi|ella)\b"
    r"(?! (tic|espasmo|cara|ojo|medicina|pastilla\w*|tratamiento|botox|dolor|trabajo|carro|celular|lentes|"
    r"problema\w*|enfermedad|operacion|cirugia|casa|perro|gato|ayuda|permiso|apoyo|dinero|sueldo)\b)|"
    r"sin el( (ya|y|que|porque|no|lo|se))?$)"
    r"(?!( \w+){0,4} (mientras|durante|en lo que|unos dias|un rato|el fin de semana|las vacaciones|"
    r"la recuperacion|me opero|me operan|me recupero)\b)"
)
_NOT_THERE = (
    r"\b(ya )?no (voy|va) a estar( aqui| aca| ya)?( para| cuando| pa)\b|\bcuando (yo )?(ya )?no este\b"
    r"(?! (en casa|aqui el|en la casa|de viaje|trabajando))"
)
_DECIDED = (
    r"\b(ya )?lo (decidi|decidio|tengo decidido|tiene decidido)\b|\bya (me |se )?decidi(o)?\b"
)
#: Round 19: a farewell: letters written to one's own, thanks for everything, a pet or
#: one's things given away, or affairs settled.
_FAREWELL = (
    r"\b(les |le )?(escribi|deje|escribo|dejo|tengo|hice)( \w+)? (una |unas |las |mis )?(cartas?|notas?)"
    r"( (de despedida|para|a) (mis|mi|cada|su|sus|todos|la|el|los))?\b(?!.*\b(cumpleanos|navidad|boda|"
    r"graduacion|aniversario|reyes)\b)|\bgracias por todo\b|"
    # round 23: "agradecerles todo", "queria despedirme"
    r"\b(agradecer(les|te|le|os)?|les agradezco|te agradezco|le agradezco|os agradezco) (por )?todo\b|"
    r"\b(queria|quiero|quisiera|vengo a|solo quiero|solo queria|paso a) despedirme\b|"
    r"\b(regale|regalo|di|dio|done|dono|entregue|entrego|reparti|repartio)( \w+)? (mi|mis|su|sus|"
    r"el|la|los|las) (perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?|pajar\w*|perico|cosas|ropa|"
    r"joyas|libros|herramientas|guitarra|pertenencias)\b(?! (en la guarderia|al veterinario|en el hotel|"
    r"con (mi|su) (mama|papa|herman[oa]|vecin[oa]) (mientras|unos|el fin|durante|por)))|"
    # round 21: a last word to one's own ("díganle a mis hijos que los quise mucho"), a
    # charge to care for them ("cuiden a mi perro")
    r"\b(cuiden|cuidenme|cuida|cuidame|cuidenlos) (a|de) (mi|mis)\b|"
    # round 21: a last word to one's own ("díganle a mis hijos que los quise mucho")
    r"\b(diganle|digan|dile|digale|diles) a (mis|mi) \w+( \w+)? que (los|las|la|lo|les) (quise|ame|"
    r"extranare)\b|"
    rf"(?:{_SETTLED})|\b(deje|dejo|ya quedo|tengo|ya esta) (todo|mis cosas) (arreglad[oa]|listo|en orden|resuelto|"
    # round 20: "dejé todo ordenado"
    r"ordenad[oa]s?)\b|"
    # round 26: a date set, told alone ("ya tengo la fecha", "ya elegí el día"; not "ya tengo
    # la fecha de la cirugía"), and a last word of love to one's own ("quiero que sepan que
    # los quiero mucho")
    r"\bya (tengo|elegi|escogi|decidi|fije|puse|marque)( \w+)? (la fecha|el dia|la hora|el momento)\b"
    r"(?! (de|del|para|pa|en que (me|nos) (operan|opera|ponen|inyectan)))|"
    r"\bquiero que (sepan|sepas|sepa|sepais) que (los|las|te|la|lo|les|os) (quiero|amo|quise|ame|adoro)\b"
)
#: One's going told as not being needed any more or not being here on a day named.
_GONE_BY = (
    r"\b(ya )?no (me|nos|lo|la) (van|va) a (necesitar|extranar)( mas| nunca mas| ya)?\b(?! (en|para|"
    r"por|hasta|el|la|los|las|durante|mientras)\b)|"
    r"\b(manana|pasado manana|el lunes|el martes|el miercoles|el jueves|el viernes|el sabado|el domingo|"
    r"esta noche|la semana que viene|la proxima semana|el fin de semana|para navidad|en unos dias|"
    # round 24: the future tense and "pronto" ("mañana ya no estaré", "pronto ya no estaré")
    r"pronto|muy pronto|dentro de poco) (ya )?no "
    r"((voy|va) a estar|estare|estara)( aqui| aca| ya)?\b(?! (en|para|de|con|trabajando|disponible|libre|en casa|por|porque|"
    r"pues|tengo|tiene|voy|va|me voy|se va|estoy|estare|asi que|hasta|sino|ni|temprano|tarde|trabajo|cita|"
    r"consulta|viaje|todo el dia)\b)|"
    r"\b(ya )?no (pienso|voy a|va a|piensa) seguir (aqui|aca|en este mundo|con vida|viv[oa])( mucho| por)?"
    r"( mucho)?( tiempo| mas)?\b(?! (en|con|de|trabajando|esperando|porque)\b)|"
    # round 20: the last message ("esta es la última vez que escribo"), no more a bother
    r"\b(es|sera) (la|mi) ultima vez que (les |te |le |os )?(escribo|hablo|hablamos|escribimos)\b|"
    # round 21: "este es mi último mensaje" (not "del día", "por hoy", "antes de ...")
    r"\b(mi|el|este|un) ultimo (mensaje|escrito)\b(?! (del|de hoy|por hoy|de la|"
    r"antes|hasta|de este|que (te|le|les|os) (mande|mandaste|escribi))\b)|"
    r"\bya no (voy|va) a (molestar|ser una carga|dar (mas )?lata)( a nadie| mas| nunca mas)\b"
)
#: Round 21: a lethal means got or at hand, told with "no es chiste" (the joke denied).
_MEANS_NOUN = (
    r"\b(soga|cuerda|pistola|arma|revolver|escopeta|rifle|navaja|cuchillo|cuchilla|veneno|raticida|"
    r"pastillas|pildoras|tabletas|frasco)\b(?! de (agua|juguete|balines|aire|pintura|vitaminas))"
    r"(?! (para|pa) (tender|saltar|brincar|la ropa|el perro|cocinar|cazar))"
)
_MEANS_GOT = (
    rf"(?:{_MEANS_NOUN})( \w+){{0,6}} (ya )?(la |lo |las |los )?(compre|compro|consegui|consiguio|tengo|"
    r"traigo|guarde|escondi|prepare)\b|"
    r"\b(ya )?(la |lo |las |los )?(compre|compro|consegui|consiguio|traigo|guarde|escondi|prepare|tengo|tiene)\b"
    rf"( \w+){{0,4}} (?:{_MEANS_NOUN})"
)
_NO_JOKE = (
    r"\b(no es (un )?(chiste|broma|juego|relajo|cotorreo|joda)|lo digo en serio|va en serio|hablo en "
    r"serio|es en serio|no (estoy|ando) (jugando|bromeando|de broma|vacilando)|no bromeo)\b(?! (lo|que|como|cuanto))"
)
#: A means, or dying, named as the solution or the way out ("la solución para el tic es
#: una cuerda", "la única salida es tirarme del puente").
_WAY_OUT = (
    r"\b(la )?(unica |mejor )?(solucion|salida|cura|remedio)\b( \w+){0,7} (es|seria|sera|va a ser) (una |la |un |"
    r"el )?(cuerda|soga|pistola|bala|balazo|tiro|veneno|raticida|navaja|morir\w*|matar\w*|colgar\w*|"
    r"ahorcar\w*|tirar(me|se)|aventar(me|se)|desaparecer|no existir|dejar de existir|la muerte|el "
    r"suicidio)\b(?! (de|para) (saltar|tender|brincar|agua|juguete))"
)
#: Round 23: the finality of a farewell: the last message ("no creo que vuelva a
#: escribir"), a goodbye to everyone on a night named ("esta noche me despido de todos"),
#: or nothing making sense any more. Each alone is an ordinary goodbye or a low mood; told
#: with a farewell (:data:`_FAREWELL`) it is crisis talk.
_FINAL = (
    r"\bno (creo que |pienso que )?(vuelva|volvere|voy a volver|vuelvo) a (escribir\w*|hablar\w*|"
    r"molestar\w*|saber de mi)\b|"
    r"\b(esta es|este es|aqui va|va) mi (despedida|adios|ultimo adios)\b|"
    r"\bya no (van|vas|va) a (saber|oir|tener noticias) (nada )?de mi\b|"
    # round 24: never hearing from me again by structure, words between ("ya no van a
    # saber más de mí", "nadie va a volver a saber nada de mí", "de mí ya no van a saber")
    r"\b(ya no|no|nadie|nunca|jamas)( \w+){0,4} (saber|oir|tener noticias|escuchar)( (nada|mas|nunca|jamas|"
    r"nunca mas))* de mi\b(?! (hasta|en|por|durante|unos|unas|un|una|mientras|hoy|esta|este)\b)|"
    r"\bde mi (ya )?(no|nadie|nunca)( \w+){0,3} (saber|oir|tener noticias)\b(?! (hasta|en|por|durante)\b)|"
    r"\b(hoy|esta noche|manana|ya|ahora) me despido de (todos|todas|todo el mundo|ustedes|ti|mi familia|"
    r"mis hijos|la vida)\b|\bme despido (de (todos|ustedes|ti) )?para siempre\b|"
    # round 26: a day named, and "todo" ("el viernes me despido de todo"); never to be seen
    # again ("después de hoy ya no me van a ver más")
    r"\b(el|este|para el) (lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)( \w+)? "
    r"(me despido|me voy a despedir|voy a despedirme) de (todo|todos|todas|todo el mundo|ustedes|la vida)\b|"
    r"\b(hoy|esta noche|manana|ya|ahora) me despido de todo\b(?! (lo (que|del)|el (dia|ano|mes)))|"
    r"\b(ya )?(no|nunca|nadie)( me)? (van|vas|va|vais|volveran|volveras|volvera) a (ver|volver a ver)"
    r"(me)?( (mas|nunca|nunca mas|jamas))+\b(?! (en|por|hasta|durante|los|las|el|la|aqui|alla|de)\b)|"
    r"\bya nada (tiene|tenia) sentido\b|\bya no tiene sentido\b(?! (seguir|el|la|los|las|ir|ponerme|"
    r"operarme|esperar|el botox|que (me|les|le) (escriba|pregunte))\b)"
)
#: The writer well or moving on: a farewell of thanks, not crisis talk ("gracias por todo,
#: ya estoy mucho mejor, no creo que vuelva a escribir").
_FINE_NOW = (
    r"\b(estoy|me siento|quede|quedo|ando|sigo)( \w+)? (mejor|bien|curad[oa]|feliz|contenta?o?)\b|"
    r"\b(curad[oa]|resuelto|solucionado|se me quito|ya no tengo (el )?(tic|espasmo)|otra clinica|"
    r"otro (doctor|medico|hospital)|me cambio de|me mudo|me voy a vivir|"
    # round 24: a trip ("me voy de vacaciones, ya no van a saber de mí")
    r"(me voy|nos vamos|estare|me ire) de (vacaciones|viaje)|vacaciones)\b"
)
#: Round 23: others better off if one were not there, told whole ("sería mejor para todos
#: que yo no estuviera", "todos estarían mejor si yo no existiera"); not present at an
#: event ("mejor que no estuviera en la consulta", "... presente durante la cirugía").
_BETTER_IF_GONE = (
    r"\b(seria|es|estaria|estarian|estarias|vivirian|serian|sera|estaran)( \w+){0,2} (mejor|mas felices|"
    r"mas tranquil\w*)( \w+){0,3} (si|que) (yo )?(ya )?no (estuviera|estuviese|existiera|existiese|"
    r"viviera|viviese|hubiera nacido|siguiera aqui|siguiera viv[oa]|despertara)\b"
    r"(?! (en|con|presente|ahi|alli|aqui (cuando|en|durante|mientras)|durante|cuando|mientras|para|de "
    r"acompanante)\b)|"
    # "todos estarían mejor si me muero", "... que yo desapareciera"
    r"\b(seria|es|estaria|estarian|vivirian|serian|sera|estaran)( \w+){0,2} (mejor|mas felices|"
    r"mas tranquil\w*)( \w+){0,3} (si|que) (yo )?(ya )?(me muero|me muriera|muriera|me muera|desapareciera|"
    r"desaparezco|me fuera de este mundo|me mato|me matara|dejara de existir)\b(?! (de|del) (risa|ganas|"
    r"hambre|sueno|frio|calor|verguenza)\b)|"
    r"\b(mejor|mas felices|mas tranquil\w*) (para (todos|todo el mundo|mi familia|mis hijos|ellos|ellas|"
    r"mi esposa|mi esposo|mi marido|mi mujer) )(si|que) (yo )?(ya )?no (estuviera|existiera|viviera)\b"
)
#: Round 23: being a burden, said of oneself ("soy una carga", "no soy más que un estorbo").
_BURDEN = (
    r"\b(soy|me siento|me he vuelto|me volvi|no soy mas que|solo soy) (una |un )?(carga|estorbo|"
    r"molestia|lastre)\b(?! (de trabajo|laboral|de papeles|academica|economica para el seguro)\b)"
)
#: Others better off, loosely (with a burden only): "estarían mejor sin mí", "mejor para
#: todos", "sin mí".
_BETTER_OFF_LOOSE = (
    rf"(?:{_BETTER_IF_GONE})|\b(estarian|estaria|vivirian|viviria|seria|serian)( \w+){{0,2}} "
    r"(mejor|mas felices|mas feliz|mas tranquil\w*)\b( \w+){0,3} (sin mi|para todos|para (mi|mis) \w+)\b|"
    r"\b(mejor|mas felices|mas feliz) sin mi\b|"
    # round 26: "soy una carga, mejor desaparezco para siempre"
    r"\b(mejor|quisiera|quiero|ojala|seria mejor)( que)?( yo)? (me )?(desaparezco|desaparecer|desaparecerme|"
    r"desapareciera|desaparezca|me vaya|irme|me voy|me muera|morirme)( \w+){0,3} (para siempre|de una vez|"
    r"de este mundo)\b"
)
#: Round 23: a lethal dose looked up ("he estado mirando cuántas pastillas de clonazepam
#: harían falta", "busqué la dosis letal del diazepam"); not a daily dose asked ("¿cuántas
#: pastillas de ibuprofeno puedo tomar al día?"), nor the toxin's units.
_DOSE_RESEARCH = (
    # how many "it would take", said with no purpose after it (not "... hacen falta para el
    # tratamiento de un mes", "... para el dolor")
    r"\bcuant[oa]s (pastillas|pildoras|tabletas|capsulas|cajas|frascos|blisters)( de \w+)?( \w+)? "
    r"(harian|haria|hacen|hace|haran|se necesitan|se necesitarian|necesitaria|serian|son) (falta|suficientes)\b"
    r"(?! (para|pa|al|por|en|de|cada|durante|diarias|a la|al dia)\b)|"
    r"\bcuant[oa]s (pastillas|pildoras|tabletas|capsulas|cajas|frascos|blisters)( de \w+)?( \w+)? "
    r"(harian|haria|hacen|hace|haran|se necesitan|se necesitarian|necesitaria|necesito|serian|son) (mortales|"
    r"letales|para (morir\w*|matar\w*|no despertar|dormir para siempre|acabar con todo|irme para siempre))\b|"
    r"\b(mirando|buscando|averiguando|investigando|calculando|busque|mire|averigue|investigue|"
    r"calcule|leyendo|lei) (sobre |cual es |cuanto es )?(la |una )?(dosis|cantidad) (letal|mortal|"
    r"que mata|para morir)\b(?!( \w+){0,3} (botox|toxina|botulinica|bótox|del botox|de la toxina)\b)|"
    # "qué dosis de clonazepam es mortal", "cuántos gramos de paracetamol son letales"
    r"\b(que|cual|cuanta|cuantos|cuantas|cuanto) (?!.*\b(botox|toxina|botulinica|por error|sin querer|"
    r"me equivoque|accidente)\b)(dosis|cantidad|gramos|miligramos|mg|pastillas|pildoras|tabletas|capsulas)"
    r"( de \w+)?( \w+){0,2} (es|son|seria|serian|resulta|resultan) (mortal|mortales|letal|letales)\b|"
    r"\b(mezclar|juntar|combinar)( \w+){0,3} (para|pa) (morir\w*|matar(me|se)|no despertar)\b|"
    r"\bcuant[oa]s (pastillas|pildoras|tabletas|capsulas)( de \w+)?( \w+){0,2} (para|pa) "
    r"(morir\w*|matar(me|se)|no despertar|quedarme dormid[oa] para siempre|acabar con todo)\b|"
    # round 24: how much of a drug it takes not to wake up, words between ("¿cuántas pastillas
    # de carbamazepina hacen falta para no despertarse?", "qué cantidad de diazepam hace falta
    # para no despertar"); not waking at night with the tic
    r"\b(cuant[oa]s?|que cantidad|que dosis|cuanta cantidad)( \w+){0,6} (para|pa) (no (volver a )?despertar\w*|"
    r"dormir\w* para siempre|morir\w*)\b(?! (con|por|en|a|de|del|durante|cada|temprano|tan)\b)"
)
#: Round 24: goodbyes said to one's own ("ya me despedí de mis nietos", "me despedí de
#: todos"); with a thing given away or a farewell, and not holding on, crisis talk.
_GOODBYES = (
    r"\b(ya )?me (despedi|despido|estoy despidiendo|vengo despidiendo) de (todos|todas|todo el mundo|"
    r"mis \w+|mi (familia|madre|padre|mama|papa|hij[oa]|herman[oa]|espos[oa]|marido|mujer|pareja|niet[oa]))\b"
)
#: Round 24: a pet or one's things given away (part of :data:`_FAREWELL`).
_GIVEN_AWAY = (
    r"\b(regale|regalo|di|dio|done|dono|entregue|entrego|reparti|repartio)( \w+)? (mi|mis|su|sus|el|la|los|"
    r"las) (perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?|cosas|ropa|joyas|libros|herramientas|"
    r"guitarra|pertenencias)\b"
)
#: Round 24: not holding on, in any tense ("no voy a aguantar más", "no puedo más"); not a
#: chore ("no puedo más con tanto trámite").
_NOT_HOLDING_ON = (
    r"\bno (voy a |va a |creo que )?(aguant\w*|soport\w*|pued\w*|podre|podria)( \w+)? mas\b"
    r"(?! con (tant\w*|el|la|los|las|este|esta|estos|estas)\b)"
)
#: Round 24: a vehicle crashed on purpose ("meterme con la troca contra un tráiler",
#: "estrellar el carro contra un muro", "echarme con el coche a un barranco").
_CRASH = (
    r"\b(meter(me|se)|me meto|se mete|estrellar(me|se|lo|la)?|me estrello|se estrella|chocar(me|se|lo|la)?|"
    r"echar(me|se)|me echo|aventar(me|se)|me aviento|lanzar(me|se)|tirar(me|se)|embestir)( \w+){0,5} "
    r"(contra|debajo de|bajo|(a|al|por) (un |una |el |la )?(barranco|precipicio|acantilado|rio|barranca))\b"
)
#: Round 24: an end to everything as the purpose ("pa que se acabe todo", "para acabar
#: con todo", "para que termine esto"); not a chore's end ("... todo el papeleo").
_END_ALL = (
    r"\b(para|pa) (que )?(se |me |lo )?(acabe|termine|acabar|terminar|acaba)( con)? (todo|esto|de una vez|"
    r"mi vida|el sufrimiento|este sufrimiento)\b(?! (el|la|lo|los|las|eso|de|del|este|esta)\b)"
)


#: Round 18: one part of those classes alone (one's going, others better off, one's not
#: being there, "ya no aguanto esta vida"): not sure enough for the crisis reply, a hint
#: for the crisis net (the direct question and 988).
CRISIS_HINT_ES = re.compile(
    r"\bcuando (yo )?(ya )?(no este|me muera|falte|me haya ido)\b(?! (a|al|de|del|para|por|con|en|un|una|"
    r"mas|en casa|aqui el|de viaje|trabajando)\b)|\bya no (me|le) queda mucho( tiempo)?\b(?! (para|de|a|que)\b)|"
    rf"(?:{_BETTER_OFF})|(?:{_NOT_THERE})|\bya no (aguanto|soporto|aguanta|soporta) (esta|mi|su) "
    r"(vida|cara|situacion|existencia)\b"
)

CRISIS_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        r"\bsuicid\w*",
        r"\bautolesi\w*|\bautolastim\w*",
        r"\b(quitar|quitarme|quitarse|quitarte|quitarle|quito|quite|quitaria)( \w+)? la vida\b",
        r"\b(matarme|matarse|matarte|me mato|me matare)\b(?! (de|trabajando|estudiando|a trabajar))",
        r"\bme (quiero|voy a|podria|quisiera|pienso) matar\b(?! (de|trabajando|estudiando))",
        r"\b(hacerme|hacerse|me hago|me hice|me estoy haciendo) (dano|danos)\b",
        r"\b(lastimarme|lastimarse|herirme|herirse|cortarme|cortarse|lastimandome|cortandome|"
        r"hiriendome|golpeandome)\b" + _NOT_ACCIDENT,
        r"\b(haciendome|haciendose) (dano|danos)\b",
        # first person only: "la luz me lastima" is the light hurting
        r"\bme (estoy |sigo )?(lastim(o|e|ando|aba|are)|cort(o|ando))\b" + _NOT_ACCIDENT,
        r"\b(quiero|quisiera|queria|prefiero|preferiria|deseo|ganas de|voy a|quiere|quisieras)"
        r" (me )?morir(me|se)?\b(?! (de|por))",
        r"\bme (quiero|quisiera|voy a) morir\b(?! (de|por))",
        r"\b(estar|estuviera|estuviese|estaria|mejor) muert[oa]s?\b",
        r"\bno (quiero|deseo|tengo ganas de|quisiera) (seguir )?(vivir|viviendo|estar viv[oa]|"
        r"existir|despertar\w*|estar aqui)\b",
        # round 18: not "without my ..." ("estaría mejor sin mi tic")
        r"\b(mejor|mas felices|mas tranquil\w*) sin mi\b(?! (tic|espasmo|cara|ojo|medicina|pastilla\w*|"
        r"tratamiento|botox|dolor|trabajo|carro|celular|lentes|problema\w*|enfermedad|casa)\b)",
        r"\b(sentido|razon|motivo|razones|motivos)( \w+){0,3} (vivir|la vida|seguir viviendo|seguir)\b",
        r"\bno vale la pena (vivir|seguir)\b|\bpara que (vivir|seguir viviendo)\b|"
        # "no tiene sentido que yo siga vivo", "la vida no vale la pena" (round 9)
        r"\b(sentido|caso|razon|motivo|chiste) (en )?que (yo |el |ella )?(siga|sigas|sigamos) (vivo|viva|"
        r"viviendo|aqui|con vida|en este mundo)\b|\b(la|mi|su) vida (ya )?no vale (la pena|nada)\b",
        # "anoche fui al puente para tirarme"
        r"\b(puente|azotea|techo|edificio|balcon|vias|tren|metro|barranco|acantilado|precipicio)\b"
        r"( \w+){0,3} (para|a) (tirarme|aventarme|lanzarme|arrojarme|saltar|tirarse|aventarse|lanzarse|"
        r"arrojarse)\b",
        r"\b(acabar|terminar|termino|acabo|poner fin|ponerle fin|ponerme fin) (con|a) "
        r"(mi vida|todo|mi existencia)\b(?! (el|lo|la|los|las|esto|eso)\b)",
        # round 17: the person reported ("hoy termina con todo", "va a acabar con su vida"),
        # said of a day, not of a chore ("hoy termino con todo el papeleo")
        r"\b(hoy|ya|esta noche|manana|va a|quiere|piensa|voy a|quiero|pienso) (termina|acaba|terminar|"
        r"acabar|terminara|acabara|termino|acabo) con (todo|su vida|mi vida)\b"
        r"(?! (el|lo|la|los|las|esto|eso|lo que|de|del)\b)",
        # round 17: a hanging rope bought or ready ("ya tengo la soga comprada"; not a
        # skipping rope, nor one for the washing or the dog)
        r"\b(tengo|tiene|ya tengo|ya tiene) (la|una|mi|su) soga( \w+)? (comprada|lista|preparada|"
        r"colgada|amarrada|guardada)\b|\b(compre|compro|consegui|consiguio|colgue|colgo|amarre|amarro) "
        r"(la|una) soga\b(?! (para|de) (saltar|brincar|el perro|la ropa|tender|amarrar|atar|jugar))",
        r"\bno (puedo|aguanto) (seguir )?(viviendo|vivir) asi\b|\bya no (aguanto|puedo) mas\b",
        r"\bsobredosis\b",
        r"\btomar(me|melas|melos|se|selas)?( \w+){0,2} todas\b",
        r"\btodas (las|mis) (pastillas|pildoras|tabletas)\b",
        r"\b(pastillas|pildoras|tabletas) (guardadas|escondidas|juntadas)\b|"
        r"\b(guardando|juntando|ahorrando) (pastillas|pildoras|tabletas)\b",
        r"\b(tirarme|aventarme|lanzarme|arrojarme|tirarse|aventarse|lanzarse|arrojarse)( \w+)? "
        r"(de|del|desde|al|a la|a las|a los|a un|a una|frente|por)\b" + _NOT_A_FALL,
        r"\b(me|se|te) (voy|va|vas|iba|piensa|quiere|queria|quiero) a (tirar|aventar|lanzar|arrojar)"
        r"( \w+)? (del|de un|de una|de la|desde|al|a la|a las|a los|frente|por)\b" + _NOT_A_FALL,
        # round 15: "se quiere aventar del puente", "me queria tirar de la azotea" (the wish
        # with the clitic first, no "a"; said of oneself or told by family)
        r"\b(me|se|te) (quiere|queria|quiero|quieres|quiso|quise|piensa|pienso|pensaba|intento|intente|"
        r"trato|trate) (tirar|aventar|avientar|lanzar|arrojar)( \w+)? (del|de un|de una|de la|desde|al|"
        r"a la|a las|a los|frente|por)\b" + _NOT_A_FALL,
        # "se tira del puente", "me aviento al metro": someone jumping to die, now or soon
        r"\b(me|se|te) (tiro|tira|tirara|tire|avento|avienta|lanzo|lanza|arrojo|arroja)( \w+)? "
        r"(del|de un|de una|de la|desde (el|un|una|la)|al|a la|a las|a los|frente (al?|a la)|por la) "
        r"(puente|edificio|balcon|azotea|techo|ventana|tren|metro|vias?|carro|camion|precipicio|"
        r"barranco|acantilado|rio|mar|autopista|carretera|segundo piso|tercer piso|\w+ piso)\b",
        # (round 21: not another's anger, "mi esposa me va a ahorcar cuando vea la cuenta")
        r"(?<!me va a )(?<!me van a )(?<!nos va a )(?<!te va a )(?<!me iba a )\b(ahorcar\w*|colgarme)\b",
        # round 20: the means of hanging ready or hidden ("ya tengo la cuerda preparada"),
        # and the hanging announced in the first or third person ("esta noche se va a
        # colgar"; hanging up the phone is "colgar" with no "me"/"se")
        r"\b(tengo|tiene|ya tengo|ya tiene) (la|una|mi|su) (cuerda|soga)( \w+)? (comprada|lista|preparada|"
        r"colgada|amarrada|guardada|escondida)\b(?! (para|de) (saltar|brincar|el perro|la ropa|tender|"
        r"amarrar|atar|jugar|escalar|la mudanza|el campo))",
        # round 33 (lead): the rope told as already hung or tied ("la soga ya está
        # colgada, solo quería decir adiós"), not a washing line or a swing
        r"\b(la|mi|una|su) (soga|cuerda) (ya )?(esta|quedo|estan) (colgada|amarrada|atada|lista|puesta|"
        r"preparada)\b(?! (para|de|en) (saltar|brincar|el perro|la ropa|tender|amarrar|atar|jugar|escalar|"
        r"la mudanza|el campo|el columpio|la hamaca|el patio|la carpa|la tienda)\b)",
        r"\b(me|se|te) (voy|va|vas|iba|quiere|queria|quiero|piensa|pienso|pensaba) a colgar\b"
        r"(?! (el|la|los|las|un|una|ya|del telefono|al telefono|de la llamada)\b)",
        r"\b(me|se) (he|ha|has|habia|han) (quemado|cortado|golpeado|lastimado|rasgunado|herido)( \w+){0,4} "
        r"(a proposito|adrede|aposta|hasta sangrar|para (sentir|castigarme|castigarse|desahogarme|aguantar))\b",
        r"\bdesaparecer para siempre\b",
        # passive: "quisiera dormirme y no despertar más", "ojalá no despertara"
        r"\b(quiero|quisiera|queria|ojala|me gustaria|prefiero|preferiria|deseo|ganas de)"
        r"( \w+){0,6} no (volver a )?(despertar\w*|despierte|despertara|despertase)"
        r"( (mas|nunca|jamas|nunca mas))?\b(?! (con|sin|hasta|a las|temprano|tarde|cansad\w*|"
        r"de noche|en la noche|por|para|tan)\b)",
        r"\bno (volver a )?despert(ar|arme)( \w+)? (nunca|mas|jamas)\b",
        r"\bdormir(me|se)? para siempre\b",
        # Round 9 (issues 15 + 18, by category). A wish or an intention (first or third
        # person) and dying as its object: "mejor me muero", "ojalá me muriera dormida",
        # "se quiere matar", "quiere desaparecer para siempre"; not "me muero de risa",
        # "se muere de ganas", "quiere matar a su jefe".
        r"\b(mejor|ojala( que)?|quisiera|prefiero|preferiria|desearia|deseo)( que)?( yo)?( ya)? me "
        r"(muero|muera|muriera|muriese|mato|mate|matara|matase)\b" + _NOT_IDIOM_DIE,
        # "me" with a verb of the first person only: "mi hermano me va a matar" is him (round 12)
        r"\b(me (quiero|queria|quise|quisiera|pienso|planeo|intento|intente|voy a|iba a)|"
        r"se (quiere|queria|quiso|quisiera|piensa|planea|intento|intentara|va a|iba a)|"
        r"te (quieres|querias|piensas|vas a|ibas a)) (morir|matar)\b" + _NOT_IDIOM_DIE,
        r"\b(quiero|quisiera|quiere|queria|quiso|prefiero|preferiria|deseo|desea|ganas de|pensando en|"
        r"pienso|piensa|planea|planeo|va a|voy a|iba a|intento|intentar) (morirme|morirse|matarme|"
        r"matarse)\b" + _NOT_IDIOM_DIE,
        r"\b(quiero|quisiera|quiere|queria|ojala( que)?|prefiero|preferiria|ganas de) "
        r"(desaparecer|no existir|dejar de existir|no haber nacido|no estar vivo|no estar viva|"
        r"no estar en este mundo|irme de este mundo)\b(?! (de|del|por|un rato|unos dias|de aqui)\b)",
        r"\bno (quiero|quiere|deseo|quisiera|tengo ganas de) seguir (con vida|en este mundo|aqui|"
        r"existiendo)\b|\b(ya no|no) (quiero|quiere|deseo|quisiera) (vivir|estar vivo|estar viva)\b",
        # Goodbyes and putting things in order: "ya me despedí de mis hijos, no voy a estar
        # aquí mucho tiempo", "cartas de despedida", "regalé todas mis cosas".
        r"\b(carta|cartas|nota|notas|mensaje|mensajes) de (despedida|suicidio)\b|"
        r"\bno (voy|va|vamos) a estar( aqui| por aqui| ya)? (mucho tiempo mas|por mucho tiempo mas|"
        r"mucho mas|para (navidad|su cumpleanos|mi cumpleanos|fin de ano))\b(?! (porque|por el|"
        r"por la|de viaje))|"
        r"\b(regale|regalo|regalando|regalar|repartiendo|reparti|repartir) (todas )?(mis|sus) "
        r"(cosas|pertenencias)\b(?! (porque|por la|por el|antes de la mudanza))|"
        r"\b(me despedi|ya me despedi|se despidio|despidiendome|despidiendose) de (todos|todo el mundo|"
        r"mi familia|mis hijos|mi hij[oa]|su familia|sus hijos)\b(?=.*\b(no (voy|va) a estar|"
        r"para siempre|ya no (voy|va) a|no (me|la|lo) van a ver|no (pienso|voy a|va a|piensa) seguir "
        r"(aqui|aca|en este mundo|con vida|viv[oa]))\b)",
        # Self-harm in the third person and by burning or hitting: "mi hijo se está
        # cortando", "me quemo con cigarros", "se pega a propósito".
        r"\bse (esta|sigue|estaba|anda) (cortando|lastimando|quemando|haciendo dano|golpeando)\b"
        + _NOT_ACCIDENT,
        r"\bse (corta|cortaba|lastima|lastimaba|quema|quemaba) (los|las|el|la|sus)? ?(brazos|brazo|"
        r"munecas|muneca|piernas|pierna|muslos|piel|panza|estomago)\b" + _NOT_ACCIDENT,
        r"\b(me|se) (quemo|quema|queme|quemaba|estoy quemando|esta quemando|quemar|corto|corta|"
        r"pego|pega|golpeo|golpea|rasguno|rasguna)"
        # round 19: "me pego una siesta para aguantar el día" (an idiom: to treat oneself to)
        r"(?! (una|un|unas|unos) (siesta|bano|banito|ducha|susto|vuelta|escapada|descanso|cafe|cafecito|"
        r"trago|desvelada|comida|atracon|maraton))( \w+){0,3} (con (cigarro\w*|cigarrillo\w*|"
        r"encendedor|cerillo\w*|fosforo\w*|la plancha|una navaja|un cuchillo|una cuchilla|"
        r"vidrio|un vidrio)|a proposito|hasta sangrar|para (sentir|castigarme|castigarse|"
        r"desahogarme|aguantar))\b",
        r"\b(quemarme|quemarse|golpearme|golpearse)\b( \w+){0,3} (con|a proposito|hasta)\b",
        # Nobody would miss one: "nadie me extrañaría si me muero", "a nadie le importaría
        # si desaparezco".
        r"\bnadie (me|lo|la|los) (extranaria|extrana\w*|va a extranar|echaria de menos|"
        r"va a echar de menos|lloraria|va a llorar)\b|"
        r"\ba nadie le (importaria|importa|va a importar|importara)( \w+){0,2} si (me muero|muero|"
        r"me mato|desaparezco|desapareciera|ya no estoy|ya no estuviera|me muriera)\b",
        # Means and plans: "compré una soga y ya sé lo que voy a hacer", "tengo pastillas
        # guardadas para cuando ya no aguante".
        r"\b(soga|cuerda|pistola|arma|navaja|pastillas)\b( \w+){0,8} (ya )?(se|sabe) (lo que|que) "
        r"(voy|va) a hacer\b|\b(pensando|planeando|pienso|planeo|plan)( \w+){0,2} (como|cuando|donde) "
        r"(hacerlo|matarme|acabar con todo|quitarme la vida)\b",
        # Round 10 (issues 15 + 18, by class, after the blind run ES v4). Better not to
        # be here: "a veces siento que sería mejor no estar aquí" (not "mejor no estar
        # aquí cuando llegue mi suegra").
        r"\b(mejor|preferible|prefiero|preferiria) no (estar|seguir|existir|vivir)\b(?!( aqui| vivo| "
        r"viva| en este mundo| con vida)? (cuando|para|a las|manana|hoy|el dia|en la|en el|de|"
        r"mientras|durante|hasta|con (el|la|los|las|mi|tu|su))\b)",
        # To lie down and not get up again: "acostarme y no levantarme nunca más".
        r"\b(acostar\w*|dormir\w*|echar(me|se)|tirar(me|se) en la cama)\b( \w+){0,3} y no "
        r"(volver a )?(levantar\w*|despertar\w*)( \w+)? (mas|nunca|jamas)\b",
        # Self-harm told as "se hace cortadas", "me hago cortes" (not in the kitchen).
        r"\b(me|se|te) (hace|hago|hizo|hice|hacia|hacen|esta haciendo|estoy haciendo) (cortadas|"
        r"cortes|cortaditas|quemaduras|heridas|rasgunos)\b"
        r"(?!( \w+){0,3} (cocin\w*|afeit\w*|jardin|trabajo|sin querer|por accidente)\b)",
        # Round 12 (issues 15 + 18, by class, after the blind run ES v5). The pills
        # counted, no purpose named: "averigüé cuántas tabletas serían suficientes" (not
        # "cuántas pastillas hacen falta al día", "... para el tratamiento").
        r"\b(busque|busco|buscando|buscaba|buscar|investigue|investigando|averigue|averiguando|"
        r"googlee|calcule|calculando|conte|contando|lei|lei en internet|mire|vi)( \w+){0,3} cuantas "
        r"(pastillas|pildoras|tabletas|capsulas)( \w+){0,2} (hacen falta|harian falta|se necesitan|"
        r"necesito|necesitaria|serian suficientes|son suficientes|bastan|bastarian|basta|hay que "
        r"tomar|tendria que tomar)\b(?! (para (el|la|los|las|un|una|mi|controlar|calmar|quitar|tratar|"
        r"dormir bien)|al dia|por dia|diarias|cada|en el viaje|de (la|el) (receta|tratamiento))\b)",
        # Peace made with everything, then goodbyes: "hice las paces con todo y quería
        # despedirme" (not "hice las paces con mi hermana").
        r"\b(hice|hecho|hizo|hago|haciendo|hacer) (las )?paces con (todo|todos|todo el mundo|la vida|"
        r"el mundo|dios)\b(?=.*\b(despedirme|despedirse|despido|despide|despidio|despedia|adios|gracias por todo)\b)",
        # "para qué sigo viviendo", said or quoted.
        r"\bpara que (sigo|sigue|seguir|siga|sigues|seguimos) (viviendo|vivo|viva|aqui|en este mundo|"
        r"con vida)\b",
        # Tired of being a burden: "estoy cansada de ser una carga para todos".
        r"\b(cansad[oa]s?|hart[oa]s?|agotad[oa]s?) de ser (una|la) carga\b"
        r"(?!( \w+){0,3} (en el trabajo|en la oficina|cuando|por preguntar|con (mis|tantas) preguntas)\b)",
        # A plan for tonight, and nothing more: "ya tengo un plan para esta noche".
        r"^(\w+ ){0,2}(tengo|tiene|ya tengo|ya tiene) (un|mi|el) plan( para (esta noche|hoy|manana|"
        r"el fin de semana|cuando (todos )?(se duerman|esten dormidos)))?\s*$",
        # Not seeing the point of living: "ya no le veo sentido a vivir".
        r"\bno (le )?(veo|ve|encuentro|encuentra) (el |ningun )?(sentido|caso|chiste) (a|de|en) "
        r"(vivir|la vida|seguir|seguir viviendo|estar vivo|estar viva|despertar)\b",
        # Round 13 (issue 18, by class, after the blind run ES v6). A plan: how or when
        # "to do it" thought out, with everything ready or nothing more said ("ya decidí
        # cuándo hacerlo y tengo todo preparado"; not "pensé cómo hacerlo para grabar el
        # tic", "ya tengo todo listo para la cirugía").
        r"\b(pensado|planeado|decidido|pense|planee|decidi|penso|planeo|decidio)( bien)?( \w+){0,2} "
        r"(como|cuando|donde) hacerlo\b(?! (para|con|en|el|la|los|las|mas|bien|sin|por|antes|despues|del|"
        r"de|a|al)\b)(?=.*\b(todo (listo|preparado|planeado|arreglado|pensado)|lo que (necesito|necesita)|"
        # round 14: a last word with it ("nomás quiero que sepan que no fue culpa de nadie")
        r"(quiero |quisiera )?que (sepan|sepas)|culpa de nadie|no (fue|es|sera) (su |tu )?culpa|perdon\w*|"
        r"ya (lo |la |las |los )?(tengo|tiene|compre|compro|consegui|consiguio)|esta noche|manana|pronto)\b|"
        r"\s*$)",
        # To stop living: "dice que quiere dejar de vivir" (not "dejar de vivir con miedo").
        r"\b(quiero|quisiera|quiere|queria|quiso|prefiero|preferiria|deseo|desea|ganas de|pensando en|"
        r"piensa en|pienso en|voy a|va a|iba a) dejar de vivir\b(?! (con|en|de|asi|pendiente|asustad\w*|"
        r"preocupad\w*|escondid\w*|para|a costa|a base|la vida)\b)",
        # Pills hoarded, with a sign of what for: "está guardando las pastillas sin
        # tomarlas", "anda acumulando sus pastillas para dormir" (not "guardo las
        # pastillas en el cajón", "juntando las pastillas de la semana en el pastillero").
        r"\b(juntando|acumulando|guardando|escondiendo|ahorrando|almacenando|junta|acumula|guarda|"
        r"esconde) (las |sus |mis |tus |unas )?(pastillas|pildoras|tabletas|capsulas)\b(?=.*\b(a escondidas|"
        r"escondidas|sin tomarlas|en vez de tomarlas|no se las toma|no me las tomo|dejar de vivir|"
        r"morir\w*|matar\w*|no (quiere|quiero) (vivir|seguir))\b)|"
        r"\bacumulando (sus |mis |las |tus )?(pastillas|pildoras|tabletas|capsulas)\b(?!( \w+){0,3} "
        r"(en el pastillero|de la semana|para la semana|del mes|para el viaje)\b)",
        # Round 14 (issue 18, by class, after the blind run ES v7). Self-harm as a habit
        # lately ("me he estado cortando los brazos", not "... el pelo" or "con el papel").
        r"\b(me|se) (he estado|ha estado|has estado|ando|anda|vengo|viene) (cortando|lastimando|quemando|"
        r"golpeando|rasgunando)\b" + _NOT_ACCIDENT,
        # Pills kept for the day one cannot go on ("tengo guardadas unas pastillas para
        # cuando ya no aguante"; not "... para cuando me duela la cabeza").
        r"\b(pastillas|pildoras|tabletas|capsulas)\b( \w+){0,6} para (cuando|el dia que|el dia en que) "
        r"(ya )?no (pueda|aguante|soporte|quiera seguir)\b",
        # Not going on living like this, said as a decision ("no pienso seguir viviendo
        # así"; not "... así con el tic, me voy a operar").
        r"\bno (pienso|voy a) seguir viviendo( asi)?\b(?!( \w+){0,3} (con (el|este|la|esta|estos) "
        r"(tic|espasmo|espasmos|cara)|por eso|asi que (me|voy)|me (voy a|quiero) (operar|inyectar)|"
        r"(quiero|voy a) (la |una )?(cirugia|operacion|operarme|buscar)))",
        # Round 16 (issue 18, by class, after the blind run ES v9): by meaning, not by
        # sentence. (1) The wish to go on lost, in the first or the reported person, with
        # nothing after "seguir" that makes it a treatment or a task ("ya no tengo ganas
        # de seguir", "ya no tiene ganas de seguir"; not "... de seguir con las pastillas").
        r"\b(ya )?no (tengo|tiene|tienes|me quedan|le quedan|siento|siente) (ganas|fuerzas|animo) "
        r"(de|para) (seguir|continuar|vivir|levantarme|despertarme)\b" + _NOT_A_TASK,
        # What for, to wake or get up again ("para qué despertarme cada día con esta cara",
        # "para qué levantarme otra mañana"; not "para qué levantarme temprano si es domingo").
        r"\bpara que (despertar\w*|levantar\w*|amanecer|seguir|continuar|abrir los ojos)\b"
        r"(?! (temprano|tan temprano|a las|antes|si (es|hoy|manana|no (hay|tengo) (clase|trabajo|cita)))\b)"
        + _NOT_A_TASK,
        # (2) The passive wish with its pronoun ("ojalá no me despertara", "quisiera no
        # amanecer"); not "ojalá no me despierte el tic", "... con dolor".
        r"\b(ojala|quisiera|quiero|me gustaria|preferiria|prefiero|deseo|desearia)( que)?( \w+){0,3} no "
        r"(me |se |te )?(despert\w*|despiert\w*|amanec\w*)\b(?! (el|la|los|las|con|sin|por|para|"
        r"temprano|tarde|a las|de noche|en la noche|cansad\w*|adolorid\w*)\b)",
        # (3) Affairs put in order AND a farewell in the same message ("dejé todo en orden,
        # el testamento y una carta para cada hijo"; not "ya tengo todo arreglado para la
        # cirugía" or a birthday letter).
        r"\b(deje|dejo|tengo|tiene|deja|dejado|puse|puso|ya esta) (todo|mis cosas|sus cosas|mis asuntos|"
        r"sus asuntos|los papeles)( \w+){0,2} (arreglad\w*|en orden|ordenad\w*|listo|listos|preparad\w*|"
        r"resuelt\w*)\b(?=.*\b(cartas?|notas?|mensajes?|videos?) (para|a) (cada|mis|mi|sus|su|todos|"
        r"quien|los|las)\b(?!.*\b(cumpleanos|navidad|boda|graduacion|viaje)\b))",
        r"\b(cartas?|notas?) (para|a) (cada|mis|sus|todos)\b(?=.*\b(deje|dejo|tengo|tiene|dejado|puse|"
        r"puso) (todo|mis cosas|sus cosas|mis asuntos|sus asuntos|los papeles)( \w+){0,2} (arreglad\w*|"
        r"en orden|ordenad\w*|listo|preparad\w*)\b)",
        # (4) Self-harm on one's own body, any method, as a habit or with a means
        # ("me quemo el brazo con el cigarro", "se corta las piernas cuando se enoja, lo
        # hace desde hace meses"; not "me quemé la mano cocinando", "me corto las uñas").
        r"\b(me|se|te) (quemo|quema|quemas|corto|corta|cortas|pego|pega|golpeo|golpea|rasguno|rasguna|"
        r"muerdo|muerde|pincho|pincha|lastimo|lastima|araño|arano|arana)( \w+)? (el|la|los|las|mis|sus|"
        r"tus)? ?(brazo|brazos|muneca|munecas|pierna|piernas|muslo|muslos|piel|panza|mano|manos|dedos|"
        r"cara|cabeza|estomago|abdomen|pecho)\b"
        r"(?=.*\b(con (el|la|un|una|los|las|mi|mis|unos|unas)? ?(cigarro\w*|cigarrillo\w*|encendedor|"
        r"mechero|cerillo\w*|fosforo\w*|navaja|cuchill\w*|vidrio|tijeras|aguja|agujas|hoja de afeitar|"
        r"sacapuntas)|a proposito|hasta (sangrar|que sangra)|lo (hago|hace) (hace|desde)|hace (meses|"
        r"semanas|anos|tiempo)|desde hace|cada vez que|cuando (me|se|te) (da|siento|siente|enoj\w*|"
        r"pone|pongo|pasa|avergonz\w*)|para (sentir|castigar\w*|desahog\w*|aguantar|no sentir))\b)"
        + _NOT_ACCIDENT_AFTER,
        # Round 18 (issue 18, by class, after the blind run ES v11). (1) Affairs settled
        # AND one's going told ("ya arreglé los papeles para que no les falte nada cuando
        # me vaya, ya no falta mucho"; not "... cuando me vaya a operar", nor papers for
        # the surgery with no going).
        rf"(?:{_SETTLED})(?=.*(?:{_GOING}|{_LEAVING_SOON}))|(?:{_GOING}|{_LEAVING_SOON})(?=.*(?:{_SETTLED}))",
        # (2) A lethal means taken out or at hand AND "I can't take it any more" ("saqué
        # la pistola del ropero, ya no aguanto esta cara"; not "saqué la pistola para
        # limpiarla", nor "ya no aguanto a los vecinos" with no means).
        rf"(?:{_MEANS_OUT})(?=.*(?:{_CANT_GO_ON}))|(?:{_CANT_GO_ON})(?=.*(?:{_MEANS_OUT}))",
        # (3) Others better off (with someone else, or without one) AND one's not being
        # there or a decision ("estarían mejor con su tía, yo ya no voy a estar para
        # cuando crezcan, ya lo decidí"; not "estarían mejor con su tía mientras me opero").
        rf"(?:{_BETTER_OFF})(?=.*((?:{_NOT_THERE})|(?:{_DECIDED})))|((?:{_NOT_THERE})|(?:{_DECIDED}))(?=.*(?:{_BETTER_OFF}))",
        # Round 19 (issue 18, by class, after the blind run ES v12). (1) A farewell (letters
        # written, thanks for everything, a pet or one's things given away, affairs settled)
        # AND one's going told as "no me van a necesitar más" or a day one "will not be
        # here" ("ya regalé mi perro y dejé todo arreglado, mañana no voy a estar"; not
        # "mañana no voy a estar, tengo cita", nor a pet given away with no going).
        rf"(?:{_FAREWELL})(?=.*(?:{_GONE_BY}))|(?:{_GONE_BY})(?=.*(?:{_FAREWELL}))",
        # (2) A lethal means kept in view, one's eyes or mind on it ("tengo la pistola en la
        # mesa y no paro de mirarla"; not a water pistol).
        r"\b(pistola|arma|revolver|escopeta|rifle|soga|cuerda|navaja|veneno|raticida|pastillas|"
        r"cuchillo|cuchilla)\b(?! de (agua|juguete|balines|aire|pintura))( \w+){0,10} no (paro|dejo|puedo "
        r"dejar|para|deja|puede dejar) de (mirar\w*|ver\w*|pensar en (ella|el|ellas|ellos|eso|usarl\w*)|"
        r"tocar\w*|agarrar\w*|acariciar\w*)\b",
        # (3) Self-harm to feel something (or nothing), in any form of the verb and "pa"
        # ("me estoy quemando con el cigarro pa sentir algo"; not "me quemé cocinando").
        r"\b(me|se|te) (estoy |esta |estaba |sigo |sigue |ando |anda )?(quem|cort|golpe|rasgun|"
        r"lastim|pinch|arañ|aran)\w*(?!( \w+){0,2} (pelo|unas|cabello|barba|fleco|puntas|bigote|cejas|"
        r"pestanas|flequillo|melena|patillas)\b)( \w+){0,5} (pa|para|pa que|para que|porque asi) (sentir|siento|"
        r"sienta|no sentir|castigarme|castigarse|desahogarme|desahogarse)\b" + _NOT_ACCIDENT_AFTER,
        r"\b(quemarme|quemarse|cortarme|cortarse|golpearme|golpearse|lastimarme|lastimarse)\b"
        r"( \w+){0,5} (pa|para) (sentir|no sentir|castigarme|castigarse|desahogarme)\b",
        # (4) A way to do it planned so that it does not hurt ("ya pensé cómo hacerlo para
        # que no duela", "ya sé cómo hacerlo sin sufrir").
        r"\b(pense|pensado|planee|planeado|decidi|decidido|se|sabe|sabes|buscando|busque|busco|"
        r"averigue|averiguando|investigue)( \w+){0,3} (como|la manera de|la forma de|el modo de|una "
        r"manera de|una forma de) (hacerlo|matarme|morirme|irme|acabar)\b( \w+){0,2} (para que no "
        r"(duela|me duela|le duela|sufra|sienta|se sienta|haya dolor)|sin (que (me |le )?duela|dolor|"
        r"sufrir|sentir nada))\b(?!.*\b(inyecc\w*|botox|toxina|aguja|piquete|vacuna|curacion|depil\w*|tatuaje|"
        r"arete|puntos|vendaje|curita|la muela|al (bebe|nino|nina|perro|gato))\b)",
        # Round 21 (issue 18, by class, after the blind run ES v14). (1) A lethal means got
        # AND the writer insisting it is no joke ("jaja la solución es una cuerda, ya la
        # compré y no es chiste"; not "compré una cuerda para tender, no es broma lo caro
        # que está todo"), or a means or death named as the way out of the tic ("la única
        # salida para esta cara es una soga").
        rf"(?:{_MEANS_GOT})(?=.*(?:{_NO_JOKE}))|(?:{_NO_JOKE})(?=.*(?:{_MEANS_GOT}))",
        rf"(?:{_WAY_OUT})",
        # (2) Self-harm told as done to the arms, wrists or legs, or done again ("me corté
        # los brazos otra vez anoche", "se volvió a cortar las muñecas"; not "me corté el
        # dedo picando cebolla", "me volví a cortar el pelo").
        r"\b(me|se|te) (corte|corto|cortaste|queme|quemo|quemaste|volvi a cortar|volvio a cortar|"
        r"volviste a cortar|volvi a quemar|volvio a quemar|he vuelto a cortar|ha vuelto a cortar)( otra vez| de "
        r"nuevo)? (los brazos|las munecas|la muneca|las piernas|los muslos|la panza|el abdomen)\b"
        # (told with a mark of self-harm: again, on purpose, a reason, to feel; not at the beach)
        r"(?=.*\b(otra vez|de nuevo|volvi\w*|a proposito|adrede|porque|para (sentir|castigar\w*|no sentir|"
        r"desahog\w*)|hasta sangrar|no (soporto|aguanto))\b)(?!.*\b(playa|parrilla|asador|estufa|fogata|vapor|"
        r"ramas|podando|accidente|choque|motor)\b)" + _NOT_ACCIDENT_AFTER,
        # (3) A whole bottle or box of pills to be taken, said or reported ("se va a tomar
        # todo el frasco de pastillas"), and a person locked away with a means and the
        # intent told ("está encerrada en el baño con las pastillas y dice que se las va a
        # tomar").
        r"\b(tomar(me|se|te)?|tragar(me|se|te)?|me tome|se tomo|me trague|se trago)( \w+){0,2} (todo el|toda la|"
        r"el|la|un|una) (frasco|bote|caja|blister|tira|paquete|botella)( entero| entera| complet[oa])?( de "
        r"(pastillas|pildoras|tabletas|capsulas|calmantes|antidepresivos|somniferos|clonazepam|diazepam|"
        r"paracetamol|veneno|raticida))\b",
        r"\b(tomar(me|se|te)?|tragar(me|se|te)?|me tome|se tomo|me trague|se trago)( \w+){0,2} (todo el|toda la) "
        r"(frasco|bote|caja|blister)\b(?! de (agua|leche|jugo|refresco|vitaminas|cereal|galletas|jarabe|"
        r"chocolates|dulces))(?=.*\b(pastillas|pildoras|tabletas|capsulas|calmantes|encerrad[oa]|se encerro|"
        r"despedi\w*|no quiere (vivir|seguir)|ya no aguanta)\b)",
        rf"\b(encerrad[oa]|se encerro|me encerre|se encierra)\b(?=.*(?:{_MEANS_NOUN}))(?=.*\b(se va a|me voy a|"
        r"va a|amenaza|quiere|dice que|no (quiere|me quiere) abrir|no abre|despedi\w*)\b)",
        # a firearm or poison needs no intent told ("se encerró en el carro con la escopeta")
        r"\b(encerrad[oa]|se encerro|me encerre|se encierra)\b( \w+){0,6} con (la|el|una|un|su|mi) (pistola|arma|"
        r"revolver|escopeta|rifle|veneno|raticida)\b(?! de (agua|juguete|balines|aire|pintura))",
        # self-harm done again, told alone or with a time or a reason ("me volví a cortar
        # anoche, no aguanto más"; not "me volví a cortar el pelo")
        # Round 22 (issue 18, by class, after the blind run ES v15). (1) A farewell letter or
        # message written to say goodbye ("ya les escribí una carta a mis hijos para
        # despedirme"; not a goodbye card for a job, a trip or a move).
        r"\b(carta|cartas|nota|notas|mensaje|mensajes|video|videos|audio|audios)\b( \w+){0,5} para "
        r"(despedirme|despedirse|despedirnos|decirles adios|decir adios)\b(?!.*\b(trabajo|oficina|chamba|"
        r"jubil\w*|retir\w*|mud\w*|viaje|vacaciones|escuela|colegio|clase|equipo|grupo|companer\w*|"
        r"cambio|traslado|extranjero|otra ciudad|otro pais)\b)",
        # (2) Not being here for a day named, AND it decided or thought out ("ya no voy a
        # estar aquí para la próxima cita, ya lo tengo pensado"; not a move or a trip).
        rf"(?:{_NOT_THERE})(?=.*(?:{_DECIDED}|\bya lo (tengo|tiene) (pensado|planeado)\b|\bya lo (pense|planee)\b))"
        r"(?!.*\b(mud\w*|viaje|vacaciones|otra ciudad|otro pais|otro estado|trabajo|cambio de (medico|"
        r"doctor|clinica|hospital)|me cambio|me voy a vivir|me voy de viaje)\b)",
        # (3) Another person who says they will kill themselves, for a reason told ("dice que
        # se va a matar por las burlas"; "por" was left out of the wish for "se mata por sus
        # hijos") or locked away ("... está encerrado en el baño").
        r"\b(me|se|te) (quiero|quiere|quieres|va a|voy a|vas a|piensa|pienso|iba a) (matar|morir)\b( \w+)? "
        r"por (las|los|la|el|su|sus|mi|mis|tu|tus|este|esta|culpa de|tanta|tantas|tanto) (burla\w*|tic|"
        r"espasmo\w*|cara|dolor|enfermedad|verguenza|depresion|bullying|acoso|insulto\w*|comentario\w*|"
        r"problema\w*|deuda\w*|soledad|tristeza)\b",
        r"\b(encerrad[oa]|se encerro|me encerre|se encierra|no (quiere|me quiere) (abrir|salir))\b"
        r"(?=.*\b(se|me) (va|voy|quiere|quiero|piensa|pienso) (a )?(matar|morir)\b)|"
        r"\b(se|me) (va|voy|quiere|quiero|piensa|pienso) (a )?(matar|morir)\b"
        r"(?=.*\b(encerrad[oa]|se encerro|se encierra|no (quiere|me quiere) (abrir|salir))\b)",
        # (4) A jump named ("me aviento del puente") told with "no es broma": the joke denied.
        r"\b(me|se) (aviento|avienta|aventare|aventara|tiro|tira|tirare|tirara|lanzo|lanza)( \w+)? "
        r"(del|de un|de una|de la|desde (el|un|una|la)|al|a la|a las|a los|frente (al?|a la)|por la) "
        r"(puente|edificio|balcon|azotea|techo|ventana|tren|metro|vias?|carro|camion|precipicio|"
        r"barranco|acantilado|rio|mar|autopista|carretera|segundo piso|tercer piso|\w+ piso)\b",
        r"\b(me|se|te) (volvi|volvio|volviste|he vuelto|ha vuelto|has vuelto) a (cortar|quemar|lastimar|hacer dano)"
        r"(?=$| (anoche|ayer|hoy|esta|otra|de nuevo|porque|no|y|pero|a proposito|adrede|los|las|el brazo|la "
        r"pierna|la muneca)\b)(?! (el|la|los|las) (pelo|cabello|unas|barba|fleco|puntas|dedo|mano)\b)"
        + _NOT_ACCIDENT_AFTER,
        # Round 23 (issue 18, by class, after the blind run ES v16). (1) A farewell (thanks
        # for everything, a letter left) AND the finality told: the last message ("no creo
        # que vuelva a escribir"), a goodbye to everyone tonight, or "ya no tiene sentido"
        # (not "gracias por todo, ya estoy bien, no creo que vuelva a escribir").
        rf"^(?!.*(?:{_FINE_NOW}))(.*?)((?:{_FAREWELL})(?=.*(?:{_FINAL}))|(?:{_FINAL})(?=.*(?:{_FAREWELL})))",
        # (2) Others better off if one were not there, said whole ("sería mejor para todos
        # que yo no estuviera"; not "mejor que no estuviera en la junta"), or with being a
        # burden ("soy una carga") and others better off.
        _BETTER_IF_GONE,
        rf"(?:{_BURDEN})(?=.*(?:{_BETTER_OFF_LOOSE}))|(?:{_BETTER_OFF_LOOSE})(?=.*(?:{_BURDEN}))",
        # (3) A lethal dose looked up: how many pills "it would take", or a lethal dose
        # searched ("he estado mirando cuántas pastillas de clonazepam harían falta"; not
        # "¿cuántas pastillas de ibuprofeno puedo tomar al día?").
        _DOSE_RESEARCH,
        # Round 24 (issue 18, by class, after the blind run ES v17). (1) All of one's pills
        # or another's, in the masculine too ("piensa tomarse todos sus ansiolíticos hoy").
        r"\btomar(me|se|te|melos|selos)?( \w+){0,2} todos (los|mis|sus|tus) (ansioliticos|calmantes|"
        r"antidepresivos|somniferos|medicamentos|remedios|analgesicos|tranquilizantes|relajantes|"
        r"clonazepam|diazepam|lorazepam|alprazolam)\b",
        # (2) Goodbyes to one's own with a farewell (a pet given away), or either with not
        # holding on ("le regalé mi perro y ya me despedí de mis nietos, no voy a aguantar más").
        # (thanks and a goodbye alone are an ordinary goodbye: "gracias por todo, hoy me
        # despido de todos"; and none when the writer is well or moving on)
        rf"^(?!.*(?:{_FINE_NOW}))(.*?)((?:{_GOODBYES})(?=.*(?:{_GIVEN_AWAY}|{_NOT_HOLDING_ON}))|"
        rf"(?:{_GIVEN_AWAY})(?=.*(?:{_GOODBYES}))|(?:{_FAREWELL})(?=.*(?:{_NOT_HOLDING_ON}))|"
        rf"(?:{_NOT_HOLDING_ON})(?=.*(?:{_GOODBYES}|{_FAREWELL})))",
        # (3) A vehicle crashed on purpose to end it all ("meterme con la troca contra un
        # tráiler pa que se acabe todo"; not "casi choco el carro contra un tráiler").
        rf"(?:{_CRASH})(?=.*(?:{_END_ALL}))",
    )
)
#: Round 26 (issue 18): self-harm told by its purpose, to feel or to punish oneself ("me
#: quemé con el encendedor otra vez para sentir algo", "me corto para no sentir nada"; not
#: "me quemé cocinando", "me corté el pelo para sentir algo diferente"), or done on purpose.
_HURT_SELF_ES = (
    r"\b(me|se|te) (queme|quemo|quemaste|quemaba|quemando|corte|corto|cortaste|cortaba|cortando|lastime|"
    r"lastimo|lastimaba|rasgune|rasguno|arane|arano|golpee|golpeo|pegue|pego|mordi|mordio|hice dano|hago dano|"
    r"hizo dano)\b(?! (el|la|los|las) (pelo|cabello|unas|barba|fleco|puntas|lengua)\b)"
)
CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    re.compile(
        rf"{_HURT_SELF_ES}( \w+){{0,7}} (para|pa|por|con tal de) (sentir algo|no sentir (nada|el dolor de adentro)|"
        r"sentir (que estoy viv[oa]|otra cosa|el dolor afuera|dolor)|castigarme|castigarse|desahogarme|"
        r"desahogarse|calmar(me|se) (la ansiedad|por dentro))\b(?! (diferente|distinto|nuevo|rico|bonito)\b)"
    ),
    re.compile(
        rf"{_HURT_SELF_ES}( \w+){{0,4}} (a proposito|adrede|a proposito otra vez|queriendo)\b"
    ),
    # round 27 (ES v21): the act told with "acabo de" or "volví a" and the infinitive ("me
    # acabo de quemar el brazo a propósito otra vez")
    re.compile(
        r"\b(me|se|te) (acabo|acaba|acabas|acabe|acabo|volvi|volvio|volviste|he vuelto|ha vuelto) (de|a) "
        r"(quemar|cortar|lastimar|golpear|rasgunar|aranar|hacer dano)\b( \w+){0,4} (a proposito|adrede|"
        r"queriendo|aposta|para (sentir|castigar\w*|no sentir|desahog\w*))\b"
    ),
)
#: Round 27 (issue 18, by class, after the blind run ES v20). Matched by structure, with
#: words between. A lethal means named (the pills are kept apart: they are also the tic's
#: treatment, and join only where the intent is told).
_LETHAL_ES = r"(soga|cuerda|pistola|arma|revolver|escopeta|rifle|veneno|raticida)"
_MEANS_IN_HAND_ES = (
    r"\b(ya )?(tengo|compre|consegui|traigo|guarde|escondi|prepare|tengo lista|tengo guardada)( \w+){0,2} "
    rf"(la|una|mi|el|un|su) {_LETHAL_ES}\b(?! (de (agua|juguete|balines|aire|pintura)|(para|pa) (tender|saltar|"
    r"brincar|la ropa|el perro|el columpio|cazar|la mudanza|amarrar|atar|limpiar\w*)))"
)
#: Never having to face it again ("pronto no tendré que ver esta cara nunca más", "ya no
#: voy a tener que aguantar esto nunca más").
_NEVER_AGAIN_ES = (
    r"\b(no|ya no) (tendre|voy a tener|tengo) que (ver|aguantar|soportar|sufrir|vivir|mirar|cargar|pasar)"
    r"( \w+){0,4} (nunca mas|jamas|mas|para siempre)\b|\bnunca mas (tendre|voy a tener) que\b"
)
#: The point of going on asked or denied ("pa' qué sigo", "ya no tiene sentido nada",
#: "ya nada importa"); not "para qué sigo con el botox".
_POINTLESS_ES = (
    r"\b(para|pa) que (sigo|seguir|sigo viv[oa]|sigo aqui|vivo|vivir)\b(?! (con|tomando|usando|en|yendo|"
    r"pagando|esperando|intentando|probando|trabajando|el|la|los|las|al|a)\b)|"
    r"\bya no tiene sentido( nada| na| nada de esto| vivir| seguir)?$|\bya no tiene sentido (nada|na)\b|"
    r"\b(ya )?nada (tiene sentido|importa|me importa)\b(?! (mas que|tanto como|excepto|salvo|sino)\b)|"
    r"\bya no (me )?importa nada\b(?! (mas que|excepto|salvo|sino)\b)"
)
#: Disappearing for good, as a wish ("mejor desaparezco del to'", "quisiera desaparecer de
#: una vez"); not from a place ("mejor desaparezco del grupo").
_VANISH_ES = (
    r"\b(mejor|quisiera|quiero|ojala|seria mejor)( que)?( yo)? (me )?(desaparezco|desaparecer|desaparecerme|"
    r"desapareciera|desaparezca|me muero|morirme|me muera)\b(?! (de|del|de la|de los) (?!todo|to|una vez|este "
    r"mundo|la tierra|el mapa|la faz)\w+)(?! (un rato|unos dias|una semana|por un tiempo|un tiempo)\b)"
)
#: Everything ready for going tonight or on a day named ("ya tengo todo listo para irme
#: esta noche"): with the point of going on denied, crisis talk.
_READY_TO_GO_ES = (
    r"\b(tengo|tiene|esta|deje|dejo|quedo)( ya)? (todo|todito) (listo|preparado|arreglado)( \w+)? (para|pa) "
    r"(irme|partir|marcharme|despedirme|hacerlo|acabar|terminar)\b(?! (a|al|de|del|con|para|pa|en)\b)"
    r"(?!.*\b(viaje|vacaciones|cita|consulta|hospital|clinica|trabajo|cirugia|operacion|fiesta|boda)\b)"
)
#: Ending it all on a day named, or the day chosen ("el domingo termino con todo esto").
_END_IT_DAY_ES = (
    r"\b(termino|acabo|terminare|acabare|voy a terminar|voy a acabar|le pongo fin|pongo fin) (con todo|a todo)"
    r"( esto| de una vez)?\b(?! (lo|el|la|los|las|mi|mis|de|del|que|tu|su|sus|tus)\b)"
)
_DAY_NAMED_ES = (
    r"\b(el|este|para el) (lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana)\b|"
    r"\b(hoy|esta noche|manana|pasado manana)\b"
)
#: A burden that will not last long ("ya no voy a ser un problema por mucho tiempo para mi
#: familia", "no voy a ser una carga mucho tiempo más"); not recovering ("después de la
#: operación ya no voy a ser una carga").
_BURDEN_ENDING_ES = (
    r"\b(ya )?no (voy a|va a|vamos a) (ser|seguir siendo) (un|una) (problema|carga|estorbo|molestia|lastre)\b"
    r"( \w+){0,4} (por mucho tiempo|mucho tiempo mas|por mucho mas|mucho mas tiempo|por mas tiempo)\b|"
    r"\b(pronto|dentro de poco|muy pronto) (ya )?no (voy a|va a) (ser|seguir siendo) (un|una) (problema|carga|"
    r"estorbo|molestia|lastre)( \w+){0,3} (para (nadie|nadien|ninguno)|nunca mas)\b"
)
#: Recovery or treatment in view: a burden that ends by getting better.
_GETTING_BETTER_ES = (
    r"\b(operacion|cirugia|opero|operan|operen|tratamiento|botox|toxina|recuper\w*|me curo|mejor\w*|"
    r"trabajo|chamba|mudo|mudanza|casa propia|independiz\w*)\b"
)
#: Letters to one's own, written or left, with thanks for everything or a goodbye.
_LETTERS_OWN_ES = (
    r"\b(escribi|deje|he escrito|he dejado|tengo escritas?|ya tengo)( \w+){0,2} (una |unas |las |mis )?"
    r"(cartas?|notas?)( \w+){0,2} (para|a) (mis|mi|cada uno de mis) (hij\w*|niet\w*|familia|espos[oa]|"
    r"marido|mujer|padres|papas|mama|papa|herman\w*|seres queridos|nin[oa]s)\b"
    r"(?!.*\b(cumpleanos|navidad|boda|graduacion|aniversario|reyes|viaje|vacaciones|cirugia|operacion|"
    r"escuela|colegio|dia de (la madre|las madres|del padre))\b)"
)
_THANKS_BYE_ES = (
    r"\b(gracias por todo|adios a todos|adios para siempre|perdon(enme)? por todo|los quiero (mucho|a todos)|"
    r"las quiero (mucho|a todas))\b"
)
#: Pills kept, one's own or another's, for the moment one makes up one's mind ("tengo
#: guardadas las pastillas de mi esposo para cuando me decida"; not "... me decida a
#: operarme").
_KEPT_FOR_RESOLVE_ES = (
    r"\b(pastillas|pildoras|tabletas|capsulas|frascos?|medicamentos|calmantes)\b( \w+){0,6} (para|pa) "
    r"(cuando|el dia que|el dia en que|el momento en que) (ya )?(me|se) (decida|anime|atreva|de valor)\b"
    r"(?! (a|por|con|de|sobre)\b)"
)
CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    re.compile(_KEPT_FOR_RESOLVE_ES),
    re.compile(
        rf"(?:{_MEANS_IN_HAND_ES})(?=.*(?:{_NEVER_AGAIN_ES}))|(?:{_NEVER_AGAIN_ES})(?=.*(?:{_MEANS_IN_HAND_ES}))"
    ),
    re.compile(
        rf"(?:{_POINTLESS_ES})(?=.*(?:{_VANISH_ES}|{_READY_TO_GO_ES}))|"
        rf"(?:{_VANISH_ES}|{_READY_TO_GO_ES})(?=.*(?:{_POINTLESS_ES}))"
    ),
    re.compile(
        rf"^(?!.*(?:{_FINE_NOW}))(.*?)((?:{_END_IT_DAY_ES})(?=.*(?:{_DAY_NAMED_ES}|{_FAREWELL}))|"
        rf"(?:{_DAY_NAMED_ES}|{_FAREWELL})(?=.*(?:{_END_IT_DAY_ES})))"
    ),
    re.compile(
        rf"^(?!.*(?:{_FINE_NOW}))(.*?)((?:{_LETTERS_OWN_ES})(?=.*(?:{_THANKS_BYE_ES}))|"
        rf"(?:{_THANKS_BYE_ES})(?=.*(?:{_LETTERS_OWN_ES})))"
    ),
    re.compile(rf"^(?!.*(?:{_GETTING_BETTER_ES}))(.*?)(?:{_BURDEN_ENDING_ES})"),
)
#: Round 28 (issue 18, by class, after the blind run ES v21, where four veiled crises got
#: nothing). Each class is two halves, each harmless alone; the purpose is never said, it
#: is implied by the second half. (1) A means kept or gathered (pills, one's own or
#: another's; a lethal means) AND knowing already what to do with it ("tengo guardadas
#: las pastillas de mi mamá, ya sé qué hacer con ellas"); not with a disposal told
#: ("... ya sé qué hacer con ellas: llevarlas a la farmacia").
_PILLS_ES = (
    r"(pastillas|pildoras|tabletas|capsulas|calmantes|somniferos|ansioliticos|antidepresivos|"
    r"medicamentos|medicinas|remedios|frascos?)"
)
_KEPT_MEANS_ES = (
    r"\b(guardad[oa]s|escondid[oa]s|juntad[oa]s|acumulad[oa]s|ahorrad[oa]s|guarde|guardo|guardando|junte|"
    r"junto|juntando|escondi|escondo|escondiendo|acumule|acumulo|acumulando|he (guardado|juntado|escondido|"
    rf"acumulado))( \w+){{0,3}} {_PILLS_ES}\b|\b{_PILLS_ES}( \w+){{0,4}} (guardad[oa]s|escondid[oa]s|"
    r"juntad[oa]s|acumulad[oa]s|que (guarde|junte|escondi|acumule|tengo guardad[oa]s|he (guardado|juntado)))\b|"
    rf"(?:{_MEANS_GOT})"
)
_KNOW_WHAT_FOR_ES = (
    r"\bya (se|tengo claro|decidi|tengo decidido|tengo pensado) (que|lo que|para que|en que|como|cuando) "
    r"(hacer|voy a hacer|hare|tengo que hacer|las? (quiero|guardo|tengo|voy a usar|uso)|los? (quiero|guardo|tengo|voy a "
    r"usar|uso)|usarl[oa]s?)\b(?! (el|la|los|las|mi|mis|en|para|pa|por|despues)\b)"
)
#: A disposal or an ordinary use told: the purpose is said, and it is harmless.
_DISPOSAL_ES = (
    r"\b(farmacia|tirar\w*|tirarl[oa]s|basura|devolver\w*|devuelv\w*|don\w*|regal\w*|recicl\w*|caduc\w*|"
    r"vencid\w*|desech\w*|punto limpio|centro de salud|dosis|cada \w+ horas|el doctor|la doctora|receta)\b"
)
#: (2) An end told impersonally ("se acaba todo", "todo se termina") AND the day chosen or
#: the decision told ("ya elegí el día, el domingo se acaba todo"); not with a treatment,
#: a trip or a move in view ("ya elegí el día de la operación, el domingo se acaba todo
#: esto del tic").
_ENDS_ALL_ES = (
    r"\b(se acaba|se termina|se acabara|se terminara|se va a acabar|se va a terminar|termina|acaba|"
    r"terminara|acabara) (todo|todo esto|esto|mi sufrimiento|el sufrimiento|mi vida|esta pesadilla|este infierno|"
    r"esta tortura|este calvario|mi calvario|mi infierno)\b|"
    r"\btodo (se acaba|se termina|se acabara|se terminara|se va a acabar|se va a terminar|termina|acaba)\b"
)
_NO_OBJECT_ES = r"(?! (el|la|lo|los|las|de|del|que|con|tu|su|sus|mi|mis|por|para)\b)"
_DAY_CHOSEN_ES = (
    r"\bya (tengo|elegi|escogi|decidi|fije|puse|marque|tengo elegid[oa]|tengo escogid[oa]|tengo decidid[oa])"
    r"( \w+)? (la fecha|el dia|la hora|el momento)\b(?! (de|del|para|pa|en que)\b)|"
    r"\bya (esta|quedo) (decidid[oa]|elegid[oa]|escogid[oa])\b|"
    rf"(?:{_DECIDED})"
)
_AWAY_OR_TREATED_ES = (
    r"\b(operacion|cirugia|opero|operan|operen|botox|toxina|inyecc\w*|tratamiento|viaje|vacaciones|mud\w*|"
    r"trabaj\w*|regres\w*|vuelvo|volvemos|volver|chamba|escuela|clases|curso|semestre|temporada|torneo|contrato|renta|cita|consulta|otra ciudad|"
    r"otro pais|me cambio|me voy a vivir|porque|por el|por la|por mi)\b"
)
#: (3) Not being here at a time to come, the time after or before ("ya no voy a estar aquí
#: la semana que viene", "ya no voy a estar para la próxima consulta") AND a farewell
#: (thanks for everything, a letter left to one's own); not with a move, a trip or a
#: reason told ("... porque me mudo, gracias por todo").
_NOT_HERE_LATER_ES = (
    r"\b(ya )?no (voy a|va a|vamos a) estar( aqui| aca| mas| ya)*( \w+)?( para| en)? (la semana que viene|"
    r"la otra semana|la proxima (semana|consulta|cita|revision|vez|navidad)|el proximo (mes|ano|control|"
    r"lunes|martes|miercoles|jueves|viernes|sabado|domingo)|el mes que viene|el ano que viene|navidad|"
    r"manana|pasado manana|la siguiente (consulta|cita|vez)|mi cumpleanos|el cumpleanos)\b|"
    r"\b(ya )?no (estare|estara)( aqui| aca| mas| ya)*\b|"
    # "no creo que esté aquí la semana que viene"
    r"\bno creo (que )?(este|estar|siga|seguir)( aqui| aca| viv[oa])?( para| en)? (la semana que viene|"
    r"la proxima (semana|consulta|cita)|el proximo mes|el mes que viene|navidad|manana)\b|"
    # the time first ("el mes que viene ya no voy a estar")
    r"\b(la semana que viene|la proxima semana|el mes que viene|el proximo mes|el ano que viene|para navidad|"
    r"para la proxima (consulta|cita))( \w+)? (ya )?no (voy a|va a) estar\b|"
    r"\b(ya )?no (voy a|va a) estar (aqui|aca)( mucho tiempo| por mucho tiempo| mas)?$"
)
_NOT_HERE_REASON_ES = (
    r"\b(mud\w*|viaje|vacaciones|otra ciudad|otro pais|otro estado|trabajo|chamba|porque|por (el|la|mi|un|una)|"
    r"me cambio|cambio de|me voy a vivir|me voy de|internad\w*|hospital|operan|opero|operacion|cirugia|"
    r"cumpleanos de|fiesta|boda|graduacion|navidad con|de visita|me toca)\b"
)
#: (4) Sleeping and not waking up, as a wish or a "better" ("mejor me duermo y no
#: despierto"; not "... hasta mañana") AND something prepared ("ya lo tengo preparado",
#: "ya tengo todo listo"): alone the wish is the crisis net's, with the preparation it is
#: a plan.
_NO_WAKE_ES = (
    r"\b(mejor|ojala|quisiera|quiero|me gustaria|seria mejor|preferiria|prefiero|a veces pienso que)( que)?"
    r"( yo)?( me)? (duermo|dormirme|dormir|me duerma|me durmiera|dormirse|acostarme|me acuesto)( \w+){0,2} "
    r"(y )?(ya )?no (despierto|despertar\w*|despierte|despertara|vuelvo a despertar|volver a despertar|"
    r"amanezco|amanecer|amanezca|me despierto|me levanto|levantarme)\b"
    r"(?! (hasta|temprano|tarde|a las|en|con|por|de|del|sin|antes|cansad\w*)\b)|"
    r"\bdormir(me|se)? para siempre\b|\bno despertar (nunca )?mas\b"
)
_PREPARED_ES = (
    r"\bya (lo |la |las |los |todo )?(tengo|tiene|esta|estan|deje|dejo|quedo)( todo)? (preparad[oa]s?|"
    r"list[oa]s?|planead[oa]s?|pensad[oa]s?|decidid[oa]s?|calculad[oa]s?|junt[oa]s?|arreglad[oa]s?)\b"
    r"(?! (para (el|la|los|las|mi|ir|irme|viajar|la cita|el viaje)|el viaje|la maleta|la cama)\b)|"
    r"\bya (lo )?(prepare|planee|calcule|tengo todo)\b(?! (para (el|la|ir|viajar))\b)"
)
#: (5) Not holding on, a burden, or vanishing AND "it" prepared or decided, the thing never
#: named ("ya no aguanto más, ya lo tengo todo planeado"); not with a treatment, a doctor
#: or a move in view ("... ya lo tengo decidido: me opero").
_IT_PREPARED_ES = (
    r"\bya lo (tengo|tiene) (todo )?(preparado|planeado|pensado|decidido|listo|calculado|resuelto)\b|"
    r"\bya (lo )?(prepare|planee|calcule) todo\b"
)
_WORN_HINT_ES = rf"(?:{_CANT_GO_ON}|{_NOT_HOLDING_ON}|{_BURDEN}|{_VANISH_ES}|{_POINTLESS_ES})"
_IN_VIEW_ES = r"\b(doctor\w*|medic[oa]s?|neurolog\w*|clinica|hospital|dieta|ejercicio|renuncia\w*|divorci\w*)\b"
CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    re.compile(
        rf"^(?!.*(?:{_GETTING_BETTER_ES}|{_AWAY_OR_TREATED_ES}|{_IN_VIEW_ES}))(.*?)({_WORN_HINT_ES}"
        rf"(?=.*(?:{_IT_PREPARED_ES}))|(?:{_IT_PREPARED_ES})(?=.*{_WORN_HINT_ES}))"
    ),
    re.compile(
        rf"^(?!.*(?:{_DISPOSAL_ES}))(.*?)((?:{_KEPT_MEANS_ES})(?=.*(?:{_KNOW_WHAT_FOR_ES}))|"
        rf"(?:{_KNOW_WHAT_FOR_ES})(?=.*(?:{_KEPT_MEANS_ES})))"
    ),
    re.compile(
        rf"^(?!.*(?:{_AWAY_OR_TREATED_ES}|{_FINE_NOW}))(.*?)((?:{_ENDS_ALL_ES}){_NO_OBJECT_ES}"
        rf"(?=.*(?:{_DAY_CHOSEN_ES}))|(?:{_DAY_CHOSEN_ES})(?=.*(?:{_ENDS_ALL_ES}){_NO_OBJECT_ES}))"
    ),
    re.compile(
        rf"^(?!.*(?:{_NOT_HERE_REASON_ES}|{_FINE_NOW}))(.*?)((?:{_NOT_HERE_LATER_ES}|{_NOT_THERE})"
        rf"(?=.*(?:{_FAREWELL}|{_THANKS_BYE_ES}))|(?:{_FAREWELL}|{_THANKS_BYE_ES})(?=.*(?:{_NOT_HERE_LATER_ES}|"
        rf"{_NOT_THERE})))"
    ),
    re.compile(
        rf"(?:{_NO_WAKE_ES})(?=.*(?:{_PREPARED_ES}))|(?:{_PREPARED_ES})(?=.*(?:{_NO_WAKE_ES}))"
    ),
)
#: Round 29 (issue 18, by class, after the blind run ES v22, where three veiled crises got
#: nothing). As in round 28, two halves, each harmless alone. (1) Affairs put in order
#: (papers, a will, the insurance, "todo en orden") AND one's own provided for ("para que a
#: mis hijos no les falte nada", "para que mi familia no tenga que preocuparse", "queden
#: protegidos"), with nothing that explains it: no operation, trip, move, age, lawyer or
#: "por si acaso" in view (that is prudence, not a farewell).
_PROVIDED_FOR_ES = (
    r"\bpara que (a )?((mis|mi|sus|su|los|las) \w+( \w+)? )?(no (les|le|nos) (falte|haga falta|quede debiendo) "
    r"nada|no (tengan?|tengamos) que (preocupar\w*|batallar|pagar nada|sufrir)|no (batallen?|sufran?|se preocupen?)|"
    r"(queden?|esten?) (bien|protegid[oa]s?|cubiert[oa]s?|tranquil[oa]s?|asegurad[oa]s?)|tengan? (con que|de que) "
    r"vivir|no (les|le) (falte|quede) (de|con) que vivir)\b"
)
_SETTLED_ANY_ES = (
    rf"(?:{_SETTLED})|\b(deje|dejo|ya quedo|tengo|ya esta|puse|arregle|ordene)( \w+){{0,2}} (todo|mis cosas|"
    r"mis papeles|los papeles|el testamento|mi testamento|las cuentas|mis cuentas|la herencia|el seguro)"
    r"( \w+){0,4} (arreglad[oa]s?|listo|listos|en orden|resuelt[oa]s?|ordenad[oa]s?)\b|"
    r"\b(hice|firme|redacte|termine)( \w+)? (el|mi) testamento\b|"
    r"\b(puse|deje|tengo|dejo) en orden (\w+ )?(los|las|el|mi|mis) (papeles|cuentas|asuntos|seguro|testamento|"
    r"cosas)\b|"
    r"\b(arregle|ordene|deje list[oa]s?|prepare|resolvi|organice|acomode)( lo de)? (la herencia|el testamento|"
    r"mi testamento|los papeles|mis papeles|el seguro|las cuentas|mis cuentas|mis asuntos|todo)\b"
)
_PRUDENCE_ES = (
    r"\b(por si (acaso|algo|las dudas|me pasa|pasa algo|las moscas)|abogad[oa]|notari\w*|contador\w*|a mi edad|"
    r"jubil\w*|bebe|nacio|naci[oa]|embaraz\w*|me case|nos casamos|como (todo|cualquier|buen|buena) (padre|madre)|"
    r"recomend\w*|aconsej\w*|prevenid[oa]|precaucion|responsabilidad|deberian|deberia|todos deberiamos)\b"
)
#: (2) One's own coffin, grave or burial (gallows humour, a joke does not undo it) AND a
#: time near or the decision told ("jaja al menos el ataúd no me va a ver el tic, ya
#: pronto, ya lo tengo decidido"); not a funeral planned or wished ("en mi funeral quiero
#: mariachis", "ya pagué el plan funerario"), nor "someday", nor another's burial.
_OWN_GRAVE_ES = (
    r"\b(el|la|mi|un|una|al) (ataud|cajon de muerto|tumba|sepultura|lapida|nicho)\b|\b(mi|a mi|me) (entierro|funeral|"
    r"velorio|sepelio)\b|\bbajo tierra\b|\ben el (panteon|cementerio|cajon)\b"
)
_SOON_OR_DECIDED_ES = (
    r"\b(ya )?(pronto|muy pronto)\b(?! (me (opero|operan|curo|recupero)|(me|nos) vamos de)\b)|\bya (falta|queda) poco\b|"
    r"\bya (mero|merito|casi)\b|\bya no (falta|queda) mucho\b|\bdentro de poco\b|\besta (misma )?noche\b|"
    rf"(?:{_DECIDED})|\bya (tengo|elegi|escogi|fije) (la fecha|el dia)\b"
)
_FUNERAL_PLAN_ES = (
    r"\b(quiero|quisiera|me gustaria|que (me|nos) (cremen|entierren|pongan|toquen)|cremacion|cremad[oa]|"
    r"plan funerario|seguro funerario|previsi\w*|pague|algun dia|el dia que|cuando (me muera|muera|me toque|"
    r"llegue (mi|la) hora)|de viej[oa]|a los \d+|"
    # another's grave or funeral, visited or remembered ("mi abuelita ya está en la tumba,
    # pronto es su aniversario", "visité la tumba de mi papá")
    r"(mi|su|tu|nuestr[oa]) (abuel\w*|papa|mama|padre|madre|herman\w*|espos[oa]|marido|ti[oa]|hij[oa]s?|amig[oa]s?|"
    r"perr\w*|gat\w*|vecin[oa]|suegr[oa]|prim[oa])|visit\w*|flores|dia de muertos|aniversario|novenario)\b"
)
#: (3) Going to God at a time near, or with a farewell ("Ya estoy en paz con Dios, Él me va a
#: recibir esta noche, adiós a todos", "hoy me voy con el Señor, hasta siempre"); not faith
#: told alone ("estoy en paz con Dios, rezo todas las noches"), nor "cuando Dios quiera".
_TO_GOD_ES = (
    r"\b(dios|senor|diosito|jesus|cristo|jesucristo|la virgen|el creador|el padre celestial)( \w+)? (ya )?"
    r"me (va a recibir|recibe|recibira|va a llevar con el|lleva con el|llevara con el|llama a su lado|va a llamar|"
    r"esta llamando|esta esperando|espera en|va a abrir)\b|"
    r"(?<=dios )(?:.*)\bel (ya )?me (va a recibir|recibe|recibira|llama|esta esperando|espera)\b|"
    r"\b(me voy|me ire|me voy a ir|voy a estar|estare|me reunire|me voy a reunir|me reuno|me encontrare|"
    r"me encuentro|voy a ver a|parto|voy a partir)( a estar)? (con (dios|el senor|mi senor|diosito|jesus|cristo|"
    r"(el|mi) (creador|salvador)|el padre)|al cielo|"
    r"a la casa del (senor|padre)|a su (lado|casa|presencia|reino)|a (dios|el senor|diosito))\b"
)
_NEAR_OR_BYE_ES = (
    r"\b(esta (misma )?noche|hoy|manana|ahorita|ahora|ya|pronto|dentro de poco|en (unas|pocas) horas|"
    r"este fin de semana)\b|\badios\b|\bhasta siempre\b|\bme despido\b|"
    rf"(?:{_THANKS_BYE_ES})"
)
_SOMEDAY_ES = (
    r"\b(cuando (dios quiera|me toque|me muera|muera|llegue (mi|la) hora|sea (mi|la) hora|sea el momento)|"
    r"algun dia|el dia que|si dios quiere|de viej[oa]|cuando sea viej[oa]|rez\w*|misa|oracion\w*|iglesia|"
    r"confes\w*|comulg\w*|operacion|cirugia|hospital|peregrinacion|retiro)\b"
)
CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    re.compile(
        rf"^(?!.*(?:{_AWAY_OR_TREATED_ES}|{_PRUDENCE_ES}|{_FINE_NOW}))(.*?)((?:{_SETTLED_ANY_ES})"
        rf"(?=.*(?:{_PROVIDED_FOR_ES}))|(?:{_PROVIDED_FOR_ES})(?=.*(?:{_SETTLED_ANY_ES})))"
    ),
    re.compile(
        rf"^(?!.*(?:{_FUNERAL_PLAN_ES}|{_AWAY_OR_TREATED_ES}))(.*?)((?:{_OWN_GRAVE_ES})"
        rf"(?=.*(?:{_SOON_OR_DECIDED_ES}))|(?:{_SOON_OR_DECIDED_ES})(?=.*(?:{_OWN_GRAVE_ES})))"
    ),
    re.compile(
        rf"^(?!.*(?:{_SOMEDAY_ES}))(.*?)((?:{_TO_GOD_ES})(?=.*(?:{_NEAR_OR_BYE_ES}))|"
        rf"(?:{_NEAR_OR_BYE_ES})(?=.*(?:{_TO_GOD_ES})))"
    ),
)
#: Round 30 (issue 18, by class, after the blind run ES v23 and the training author
#: tr30es-a, where veiled crises got only the crisis net). Each class is two halves read in
#: either order, each harmless alone; what makes it crisis talk is that the second half
#: gives the first its finality. (1) A goodbye of any kind (thanks for everything, "bye a
#: todos", "me despido", one's things given away, letters left, a last word to one's own,
#: a goodbye phoned by another: "me llamó despidiéndose") AND resolve: a thing prepared,
#: the day chosen or decided, no way back, forgiveness asked, an act to come, peace made,
#: or one's things not needed after a time near. Not with a trip, a treatment or being
#: well in view ("gracias por todo, ya tengo todo listo para la operación").
_BYE_ES = (
    rf"(?:{_FAREWELL})|(?:{_THANKS_BYE_ES})|(?:{_GOODBYES})|(?:{_GIVEN_AWAY})|(?:{_LETTERS_OWN_ES})|"
    r"\b(bye|chao|chau|adios|hasta nunca|hasta siempre) (a todos|a todas|a todo el mundo|para siempre)\b|\badios$|"
    r"\b(ya )?me despido\b(?! (de (la|el|esta|este) (consulta|chat|conversacion|grupo|dia|noche|semana))\b)|"
    r"\b(despidiendo(se|me)?|se (despidio|esta despidiendo|estaba despidiendo)|llamo para despedirse)\b|"
    r"\b(diganle|digan|dile|digale|diles|diganles) a (mis|mi) \w+( \w+)? que (los|las|la|lo|les|te) "
    r"(quise|quiero mucho|ame|amo|perdone|perdonen)\b"
)
_FORGIVE_ES = (
    r"\bque (dios|diosito|el senor|mi familia|mis hijos|mi mama|mi papa|me) (me )?(perdone|perdonen)\b|"
    r"\b(perdonenme|perdoname|perdon(enme)?) por (lo que (voy a hacer|hare|voy a|estoy por hacer)|todo)\b|"
    r"\b(y )?que me (perdone|perdonen)\b"
)
_RESOLVE_ES = (
    rf"(?:{_PREPARED_ES})|(?:{_DAY_CHOSEN_ES})|(?:{_IT_PREPARED_ES})|"
    r"\b(ya )?no hay (vuelta atras|marcha atras|otra salida|otra opcion)\b|"
    r"\bya (tome|tengo tomada|hice) (mi|la) decision\b(?! (de|del|con|sobre|para)\b)|"
    r"\b(sera|es|va a ser) (el dia|la noche|hoy|el momento)\b(?! (de|del|que|en que|para|pa|de la)\b)|"
    r"\besta noche es la noche\b|\bhoy es el dia\b(?! (de|del|que|en que|para|pa)\b)|"
    r"\b(por )?lo que (voy a hacer|hare|estoy por hacer|voy a hacer hoy|voy a hacer esta noche)\b|"
    r"\bya (estoy|me siento|quede|quedo) en paz\b(?! con (el|la|mi|los|las) (diagnostico|tratamiento|espasmo|tic|"
    r"cara|doctor\w*|decision de operarme)\b)|"
    r"\bya no (lo|la|los|las|me) (voy a|va a|van a) (necesitar|hacer falta|servir)( \w+){0,2} (despues de|a partir de|"
    r"desde) (hoy|esta noche|manana|ahora)\b|"
    r"\b(tengo|tiene|tenia) (todo|todito) listo\b(?! (para|pa) (la|el|mi|ir|viajar|irnos)\b)"
)
_BYE_TIME_NEAR_ES = r"\b(esta (misma )?noche|hoy mismo|ahorita mismo)\b"
_AWAY_OR_WELL_ES = (
    rf"(?:{_AWAY_OR_TREATED_ES})|(?:{_FINE_NOW})|\b(dormir|buenas noches|hasta manana|nos vemos|hospital|"
    r"internad\w*|mientras)\b|\b(list[oa]s?|preparad[oa]s?) (para|pa) (la|el|los|las|mi|mis|ir|irme|viajar|manana)\b"
)
#: A last wish for one's own: a charge to care for them, a word of love to pass on.
_LAST_WISH_ES = (
    r"\b(cuiden|cuidenme|cuida|cuidame|cuidenlos|cuidenla|cuidenle) (mucho )?(a|de) (mi|mis)\b|"
    r"\b(diganle|digan|dile|digale|diles|diganles) a (mis|mi) \w+( \w+)? que\b"
)
#: The day chosen for a thing never named ("ya decidí que será el día", "esta noche es la
#: noche") AND no way back or the decision told.
_UNNAMED_DAY_ES = (
    r"\b(sera|es|va a ser) (el dia|la noche)\b(?! (de|del|que|en que|para|pa|de la|mas)\b)|"
    r"\besta noche es la noche\b|\bhoy es el dia\b(?! (de|del|que|en que|para|pa)\b)|"
    r"\b(hoy|manana|este) es mi ultimo dia\b(?! (de|del|en|con|como|antes|aqui|trabajando|sin)\b)"
)
_NO_WAY_BACK_ES = (
    rf"\b(ya )?no hay (vuelta atras|marcha atras)\b|(?:{_DAY_CHOSEN_ES})|(?:{_PREPARED_ES})"
)
#: (2) Self-injury told as under way or beyond one's control: cutting, burning, striking
#: one's head against a wall, scratching oneself (any person or tense: "me estoy pegando la
#: cabeza contra la pared", "yo me rasguña la cara", "me hice cortadas en la pierna") AND
#: not stopping, bleeding, wanting more or doing it again ("no puedo parar", "están
#: sangrando", "hoy quiero hacerlo más"). Not an accident or a chore named ("me corté
#: cocinando y está sangrando").
_SELF_ACT_ES = (
    r"\b(me|se) (estoy |esta |sigo |sigue |he |ha )?(queme|quemo|quemando|quemaba|quemado|corte|corto|cortando|"
    r"cortaba|cortado|rasgun\w*|aran\w*|lastim\w*)\b"
    r"(?! (el|la|los|las) (pelo|cabello|unas|barba|fleco|puntas)\b)|"
    r"\b(me|se) (hice|hizo|he hecho|ha hecho|hago|hace|estoy haciendo)( \w+){0,2} (cortadas|cortes|cortaditas|"
    r"quemaduras|rasgunos|aranazos)\b|"
    r"\b(pegando|golpeando|pegarme|golpearme|pego|pegue|golpeo|golpee|me doy|me di|dandome|darme|dando|"
    # round 31: the perfect and the imperfect ("me he golpeado la cabeza contra la pared")
    r"golpeado|pegado|golpeaba|pegaba)( \w+){0,2} "
    r"(la cabeza|cabezazos|golpes|punetazos|topes)( \w+){0,2} contra\b|"
    r"\b(quemarme|quemandome|cortarme|cortandome|rasgunarme|aranarme)\b"
)
_UNCONTROLLED_ES = (
    r"\bno (me )?(puedo|logro|se como|consigo) (parar|detener(me|lo)?|dejar de hacerlo|controlar(me)?|contener(me)?|"
    r"parar de hacerlo)\b|"
    r"\b(quiero|voy a|necesito) (hacerlo|volver a hacerlo|repetirlo) (mas|otra vez|de nuevo)\b|\bquiero hacerlo mas\b|"
    r"\blo (voy a|quiero) volver a hacer\b|\blo (sigo|sigue|seguia) haciendo\b|"
    r"\bhasta (sangrar|sangre|que (me )?sangr\w*|sacarme sangre|hacerme sangre)\b|"
    r"\b(navaja|cuchilla|gillette|cutter|vidrio) en la mano\b"
)
_ACCIDENT_ES = (
    r"\b(sin querer|por accidente|accidentalmente|cocin\w*|afeit\w*|rasur\w*|planch\w*|jardin\w*|horno|"
    r"sarten|aceite|caida|me cai|se cayo|tropece|resbale|bicicleta|patineta|futbol|partido|rodilla raspada)\b"
)
#: (3) A lethal means at hand or ready (a gun loaded or out, the poison kept, a blade in
#: the hand, in either language: "I got my dad's gun out", "la pistola cargada") AND not
#: holding on, a goodbye, or its use today ("me dijo que hoy lo toma"); or a means said
#: to be for oneself ("no es para ratón, es para mí"); or a lethal dose asked with the
#: pills at hand ("¿cuántas serían demasiadas?... tengo la caja aquí").
_MEANS_READY_ES = (
    r"\b(pistola|arma|revolver|escopeta|rifle|gun|pistol)( \w+){0,2} (cargad[oa]|lista|preparad[oa]|loaded)\b|"
    r"\b(gun|pistol|rifle)\b( \w+){0,8} (out|with me|conmigo|aqui)\b|"
    r"\b(tengo|tiene|traigo|trae|tenia)( \w+){0,2} (guardad[oa]|escondid[oa]|lista|listo)( \w+){0,2} "
    rf"(el|la|su|mi) {_LETHAL_ES}\b|\b(el|la|su|mi) {_LETHAL_ES}( \w+){{0,2}} (guardad[oa]|escondid[oa]|lista|listo)\b|"
    r"\b(tengo|tiene|traigo|trae) (la|una|mi|su) (navaja|cuchilla|pistola|arma)( \w+){0,2} (en la mano|aqui|conmigo)\b|"
    rf"\b(la|lo) (tengo|tiene|traigo) (aqui )?conmigo\b(?=.*\b({_LETHAL_ES}|gun|pistol|navaja)\b)|"
    rf"\b({_LETHAL_ES}|gun|pistol|navaja)\b( \w+){{0,10}} (la|lo) (tengo|tiene|traigo) (aqui )?conmigo\b"
)
_MEANS_INTENT_ES = (
    rf"(?:{_CANT_GO_ON})|(?:{_NOT_HOLDING_ON})|(?:{_BYE_ES})|"
    r"\b(hoy|esta noche|manana|ahorita|ya) (se |me )?(lo|la|las|los) (toma|tomo|tomara|va a tomar|voy a tomar|"
    r"bebe|bebo|usa|uso|va a usar|voy a usar)\b|"
    r"\b(se |me )?(lo|la|las|los) (toma|tomo|tomara|va a tomar|voy a tomar|va a usar|voy a usar) (hoy|esta noche|"
    r"manana|ahorita)\b"
)
#: Pills hoarded (kept, hidden, gathered), one's own or another's: with their taking told
#: for today or tonight ("tiene guardadas las pastillas y me dijo que esta noche se las
#: toma"), crisis talk; pills merely had ("tengo mis pastillas") are not hoarded.
_HOARDED_PILLS_ES = (
    r"\b(guardad[oa]s|escondid[oa]s|juntad[oa]s|acumulad[oa]s|contad[oa]s|junte|junto|escondi|acumule|conte|"
    rf"he (guardado|juntado|escondido|acumulado|contado))( \w+){{0,3}} {_PILLS_ES}\b|\b{_PILLS_ES}( \w+){{0,4}} "
    r"(guardad[oa]s|escondid[oa]s|juntad[oa]s|acumulad[oa]s|contad[oa]s)\b"
)
_TAKEN_TODAY_ES = (
    r"\b(hoy|esta noche|ahorita|manana) (se |me )?(las|los) (toma|tomo|tomara|va a tomar|voy a tomar)( todas| todos)?\b|"
    r"\b(se |me )?(las|los) (toma|tomo|tomara|va a tomar|voy a tomar)( todas| todos)? (hoy|esta noche|ahorita)\b"
)
_AT_THE_EDGE_ES = (
    r"\b(estoy|esta|estamos|me subi|se subio|me pare|se paro|ando|sigo)( \w+)? (parad[oa]|sentad[oa]|arriba|subid[oa]|"
    r"asomad[oa]|en la orilla|en el borde|aqui|ahi|ya)?( \w+){0,2} (en|de|del|al|sobre) (el |la |los |las )?(puente|"
    r"azotea|techo|barranco|barranca|precipicio|acantilado|cornisa|vias del tren|via del tren|balcon|orilla del rio)\b"
)
_FOR_ME_ES = (
    rf"\b({_LETHAL_ES}|pastillas|gun|pistol)\b( \w+){{0,10}} (es|son|sera|seran) (pa|para) mi( mism[oa])?\b"
    r"(?!( \w+)? (casa|jardin|perro|gato|negocio|trabajo|tienda|rancho|papa|mama|herman\w*|hij\w*|espos\w*|"
    r"abuel\w*|cocina|bodega|patio|huerta|milpa|terreno|cuarto|departamento|depa)\b)"
)
_TOO_MANY_ES = (
    r"\bcuant[oa]s( \w+){0,4} (serian|son|seria|es|sera|seran) (demasiad[oa]s?|una sobredosis|peligros[oa]s?|"
    r"mucho|muchas|una overdose)\b"
)
_AT_HAND_ES = (
    r"\b(tengo|traigo|tiene)( \w+){0,2} (la caja|el frasco|las pastillas|el blister|la botella|el bote|"
    r"las pildoras|la cajita|el frasquito)( \w+){0,2} (aqui|aca|conmigo|en la mano|enfrente|a la mano|junto)\b|"
    r"\b(aqui|en la mano) tengo (la caja|el frasco|las pastillas|el blister|la botella)\b"
)
#: (4) An end told (everything ending, leaving for good, no more a burden, planning how to
#: vanish) AND the time near, the day chosen, a goodbye, or the point gone ("ya no voy a
#: ser una carga para nadie, mañana temprano se acaba todo"; "he decidido que el domingo a
#: las tres me voy a ir para siempre"; "ya no le veo sentido a nada, llevo días planeando
#: cómo desaparecer"). Not with a move, a trip, a treatment or work in view.
_NOT_HERE_SOON_ES = (
    rf"(?:{_NOT_HERE_LATER_ES})|(?:{_NOT_THERE})|\bya no (voy|va) a estar (aqui|aca)\b|"
    r"\b(la otra semana|la semana que entra|el otro mes|manana|pasado manana|el (lunes|martes|miercoles|jueves|"
    r"viernes|sabado|domingo))( \w+)? ya no (voy a|va a) estar\b"
)
_GONE_FOR_GOOD_ES = (
    rf"(?:{_ENDS_ALL_ES}){_NO_OBJECT_ES}|"
    r"\b(me voy|me ire|me voy a ir|irme|me vaya|se va a ir|se va|se ira) para siempre\b"
    r"(?! (a|al|de|del|en|con|pa|para)\b)|"
    r"\b(ya )?no (voy|va) a (ser|seguir siendo) (un|una) (carga|estorbo|problema|molestia|lastre) (para nadie|"
    r"nunca mas|para nadien|para ninguno)\b|"
    r"\b(planeando|planeo|planee|planear|pensando|investigando|buscando|averiguando|viendo) (como|la forma de|la manera de|"
    r"el modo de) (desaparecer|desaparecerme|morir\w*|irme|acabar con todo|no despertar|quitarme|terminar con todo)\b"
)
_WHEN_OR_WHY_ES = (
    rf"(?:{_DAY_NAMED_ES})|(?:{_DAY_CHOSEN_ES})|(?:{_BYE_ES})|(?:{_POINTLESS_ES})|(?:{_CANT_GO_ON})|"
    r"\b(manana temprano|a las \w+( de la (manana|noche|madrugada|tarde))?)\b|"
    r"\b(ya )?no (le )?veo (el |ningun )?sentido (a|de) (nada|la vida|vivir|seguir)\b|"
    r"\b(ya )?no (voy|va) a (ser|seguir siendo) (un|una) (carga|estorbo|problema|molestia|lastre)\b"
)
_DOESNT_MATTER_ES = (
    r"\b(da igual|da lo mismo|ya no importa|que importa|ya no hace falta|ya para que|cancel\w*)\b"
)
_RESCHEDULED_ES = r"\b(cambi\w*|mover|muev\w*|reprogram\w*|otra fecha|otro dia)\b"


def _two_halves_es(first: str, second: str, gate: str, exclude: str = "") -> re.Pattern[str]:
    """The two halves in either order, the message read only where ``gate`` (the rarer
    half) is in it: one scan for most messages, which keeps the screen near a millisecond
    (round 30). None of ``exclude`` anywhere."""
    never = rf"(?!.*(?:{exclude}))" if exclude else ""
    return re.compile(
        rf"^(?=.*(?:{gate})){never}(.*?)((?:{first})(?=.*(?:{second}))|(?:{second})(?=.*(?:{first})))"
    )


CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    _two_halves_es(rf"{_BYE_ES}|{_FORGIVE_ES}", _RESOLVE_ES, _RESOLVE_ES, _AWAY_OR_WELL_ES),
    _two_halves_es(_FORGIVE_ES, rf"{_BYE_ES}|{_BYE_TIME_NEAR_ES}", _FORGIVE_ES, _AWAY_OR_WELL_ES),
    _two_halves_es(_SELF_ACT_ES, _UNCONTROLLED_ES, _UNCONTROLLED_ES, _ACCIDENT_ES),
    _two_halves_es(_MEANS_READY_ES, _MEANS_INTENT_ES, _MEANS_READY_ES),
    _two_halves_es(_KEPT_MEANS_ES, _BYE_ES, _KEPT_MEANS_ES),
    re.compile(_FOR_ME_ES),
    _two_halves_es(_HOARDED_PILLS_ES, _TAKEN_TODAY_ES, _HOARDED_PILLS_ES),
    _two_halves_es(
        _HOARDED_PILLS_ES, rf"{_BYE_ES}|{_FORGIVE_ES}|\bperdon(enme|ame)$", _HOARDED_PILLS_ES
    ),
    # a high or dangerous place one stands at AND not holding on or a goodbye ("estoy parado
    # en el puente y ya no aguanto")
    _two_halves_es(_AT_THE_EDGE_ES, rf"{_CANT_GO_ON}|{_NOT_HOLDING_ON}|{_BYE_ES}", _AT_THE_EDGE_ES),
    _two_halves_es(_TOO_MANY_ES, _AT_HAND_ES, _TOO_MANY_ES),
    _two_halves_es(
        _GONE_FOR_GOOD_ES,
        _WHEN_OR_WHY_ES,
        _GONE_FOR_GOOD_ES,
        rf"{_AWAY_OR_TREATED_ES}|{_FINE_NOW}|{_NOT_HERE_REASON_ES}",
    ),
    # (5) not being here at a time to come AND the appointments no longer mattering ("la otra
    # semana ya no voy a estar aquí, así que da igual lo de la cita"); not with a reason
    # told or the date moved
    _two_halves_es(
        _NOT_HERE_SOON_ES,
        _DOESNT_MATTER_ES,
        _DOESNT_MATTER_ES,
        rf"{_NOT_HERE_REASON_ES}|{_FINE_NOW}|{_RESCHEDULED_ES}",
    ),
    _two_halves_es(
        _LAST_WISH_ES, _BYE_ES, _LAST_WISH_ES, rf"{_AWAY_OR_WELL_ES}|{_NOT_HERE_REASON_ES}"
    ),
    _two_halves_es(
        _UNNAMED_DAY_ES,
        _NO_WAY_BACK_ES,
        _UNNAMED_DAY_ES,
        rf"{_AWAY_OR_WELL_ES}|{_NOT_HERE_REASON_ES}",
    ),
)
#: Round 31 (issue 18): crisis told by its FRAME, many wordings each.
#: (1) The writer's absence foretold with no reason given: no more a bother ("ya no voy a
#: molestar mucho tiempo"), not to be heard of again, not there for a date to come ("no se
#: preocupen por la cita del mes que viene, ya no voy a estar"). Not with a trip, a move,
#: a treatment, a reason or being well in view.
_ABSENCE_FORETOLD_ES = (
    r"\bya no (les |te |los |las |le |os )?(voy|va|vamos) a (molestar|estorbar|dar (lata|guerra|problemas))( (mucho|mas|por mucho)( tiempo)?|"
    r" a nadie|$|,)|"
    r"\b(no creo que|ya no|nunca mas|no) (vuelvan|vayan|van|vas|volveran) a saber (nada )?de mi\b|"
    r"\bya no (van|vas|tendran|tendras|va) a (tener que )?(preocuparse|preocuparte|cuidarme|cargar conmigo|aguantarme|"
    r"soportarme|pagar (por )?mis)\b|"
    r"\bya no (voy|va) a estar\b(?=$| (para|ni|mas|ya|ahi|alli)\b)"
)
#: One's affairs put in order for "when I am no longer here" ("dejé el testamento y los
#: papeles del banco ordenados para que mis hijos no tengan líos cuando no esté").
_WHEN_GONE_ES = r"\bcuando (ya )?no (este|estemos|exista|me tengan)\b"
_AFFAIRS_ES = (
    r"\b(testamento|papeles|cuentas|seguro de vida|herencia)\b|\b(deje|dejo|tengo|he dejado) (todo )?(ordenad[oa]s?|"
    r"en orden|arreglad[oa]s?)\b|\bno tengan (lios|problemas)\b"
)
#: What excuses the absence: a reason, a trip or move, a treatment, being well, a far
#: future (not the others' "por la cita": a chat's date is the thing let go).
_ABSENCE_EXCUSED_ES = (
    rf"(?:{_FINE_NOW})|\b(operacion|cirugia|opero|operan|operen|internad\w*|hospital|viaje|viajo|vacaciones|mud\w*|"
    r"me cambio|me voy a vivir|otra ciudad|otro pais|trabajo|jubil\w*|boda|fiesta|de baja|porque|ya que|"
    r"dentro de (muchos|unos|\w+) anos|de viej[oa]|algun dia|el dia de manana|por si acaso|chat|grupo)\b"
)
#: (2) The writer's own goodbye as an act now: "esta es mi despedida", "es la última vez que
#: escribo", "me estoy despidiendo de todos", "mañana me despido", "fue lindo mientras
#: duró", rest "para siempre". Not a goodbye to the chat, a trip or a treatment.
_OWN_FAREWELL_ES = (
    r"\b(esta|este|aqui va|va) (es )?mi (despedida|ultimo mensaje|adios)\b(?! (del|de (hoy|la|este|esta)|por hoy)\b)|"
    r"\b(es|sera|seria) la ultima vez que (les |te |os )?(escribo|hablo|escribire|me leen|me lees|sabran de mi)\b|"
    r"\b(me estoy|estoy|ando) despidiendo(me)? de (todos|todas|todo el mundo|mi familia|los mios|mis hijos|ustedes)\b|"
    r"\b(manana|hoy|esta noche|ahorita) me despido\b(?! de (la|el|esta|este) (consulta|chat|grupo|trabajo)\b)|"
    r"\bfue (lindo|bonito|un placer|bueno) mientras duro\b|"
    r"\b(les|te|os) (dejo|escribo|mando) (esto|estas (lineas|palabras)|este mensaje)( \w+)? (como|de) despedida\b|"
    r"\bque (sepan|sepas|sepais) que (los|las|te|les|os) (quise|ame|quise mucho|he querido)\b|"
    r"\b(descansar|descansare|dormir|irme) para siempre\b|\bhora de descansar (para siempre|en paz|de todo)\b"
)
_FAREWELL_EXCUSED_ES = (
    r"\b(hasta manana|hasta luego|nos vemos|(les|te|os) escribo|por hoy|del dia|de hoy|buenas noches|"
    r"operacion|cirugia|opero|operan|operen|viaje|vacaciones|mud\w*|trabajo|jubil\w*|chat|grupo|curso|"
    r"alta|clinica|hospital|ya me curaron|ya no tengo (el )?(tic|espasmo)|me (fue|salio) (muy )?bien)\b"
)
#: (3) One's own arranged for after (who keeps the dog, the house, the children): "ya le
#: dejé dicho a mi hermana quién se queda con el perro".
_WHO_KEEPS_ES = (
    r"\b(deje|he dejado|dejo|tengo|ya) (dicho|escrito|arreglado|decidido|claro)( a \w+( \w+)?)? (quien|quienes|con quien)"
    r"( se)? (queda|quedan|va a quedar|cuida|cuidan|va a cuidar|se queda)( \w+)? (con )?(el|la|los|las|mi|mis)\b"
)
#: (4) A lethal amount asked: for "someone like me", "out of curiosity", or "to not get up".
_HOW_MANY_TO_END_ES = (
    r"\bcuant[oa]s( \w+){0,4} (hacen falta|se necesitan|necesito|necesitaria|tendria que tomar|tengo que tomar|"
    r"harian falta|serian necesari[oa]s) (juntas? |juntos? )?para (no (despertar\w*|levantar\w*|volver a despertar\w*)|"
    r"morir\w*|dormir para siempre|acabar con todo|no sentir nada)\b"
    # "para no despertarse con el tic de noche": a night's sleep, not the end
    r"(?! (con|por|de|del|a|al|en|temprano|tan|cada|durante|toda|toda la noche)\b)"
)
_TOO_MANY_FOR_ME_ES = (
    r"\b(para|en) (una persona|alguien|gente) como yo\b|\bpor (pura |simple )?curiosidad\b|\bpregunto (nomas|nada mas)\b|"
    r"\bpara mi (peso|tamano|edad)\b"
)
#: (5) A means kept in secret or told in earnest ("tengo la cuerda en el garaje desde hace
#: días, no se lo he dicho a nadie"; "en serio tengo el arma cargada"); pills gathered over
#: time ("las he ido juntando").
_LETHAL_HAD_ES = rf"\b(tengo|traigo|guardo|guarde|compre|consegui|escondi)( \w+){{0,2}} ((la|el|una|un|mi|su) )?{_LETHAL_ES}\b"
_SECRET_OR_EARNEST_ES = (
    rf"(?:{_NO_JOKE})|\bno (se lo|le|les) (he dicho|dije|conte|he contado) a nadie\b|\bnadie (lo )?sabe\b|"
    r"\ben serio\b|\bdesde hace (\w+ )?dias\b|\bcargad[oa]\b|\b(pienso|voy a|quiero) usarl[oa]\b"
)
_MEANS_EXCUSED_ES = (
    r"\b(cazar|caza|por seguridad|defensa|ladrones|policia|escolta|militar|ejercito|guardia|tendedero|"
    r"mudanza|columpio|escalar|amarrar|atar|carga|perro|jardin|obra|campo|rancho|ratas|ratones|plaga)\b"
)
_GATHERED_OVER_TIME_ES = (
    rf"\b(he ido|llevo (\w+ ){{0,2}}(dias|semanas|meses)|vengo) (juntando|guardando|acumulando|escondiendo|"
    rf"ahorrando)( \w+){{0,3}}\b(?=.*\b{_PILLS_ES}\b)|\b(las|los) (he ido|vengo) (juntando|guardando|acumulando|"
    r"escondiendo|ahorrando)\b"
)
_GATHERED_EXCUSED_ES = r"\b(pastillero|organiz\w*|tirar\w*|farmacia|caducad\w*|vencid\w*|donar|recicl\w*|punto sigre|reciclaje)\b"
#: (6) God asked to take one tonight, or one goes oneself ("le pedí a Dios que me lleve
#: esta noche y si no me lleva me voy yo").
_TAKE_ME_ES = (
    r"\b(pedi|pido|le pido|le pedi|ruego|le ruego|rezo) (a (dios|diosito|la virgen|el senor|jesus) )?que (ya )?me "
    r"(lleve|recoja|llame|lleve con el)\b(?=.*\b(esta noche|hoy|ya|pronto|me voy yo|si no))|"
    r"\bsi no me (lleva|llevas|recoge)( \w+)?,? me voy yo\b"
)
#: (7) At a height, and not wanting to come down the safe way; a threat said half in jest.
_STAY_AT_EDGE_ES = (
    r"\bno (me )?quiero (bajar|bajarme|entrar|meterme|volver adentro|regresar adentro)\b|"
    r"\bpor la parte de (afuera|fuera)\b|\b(saltar|brincar|tirarme|aventarme|lanzarme)\b"
)
_JUMP_THREAT_ES = (
    r"\bme (tiro|aviento|lanzo|avento|voy a tirar|voy a aventar) (de|del|desde|por) (el |la |un |una )?(puente|"
    r"balcon|azotea|edificio|techo|ventana|piso|barranco|acantilado|tren|metro)\b"
)
_HIGH_PLACE_ES = (
    r"\b(estoy|esta|sigo|sigue|ando|me subi|se subio|me sente)( \w+){0,3} (en|sobre|al borde de|en el borde de) "
    r"(el |la |un |una )?(\w+ )?(puente|azotea|techo|balcon|cornisa|barranco|acantilado|precipicio|vias del tren|"
    r"ventana|terraza)\b"
)
_HALF_JOKE_ES = (
    rf"(?:{_NO_JOKE})|\bno es (broma|chiste) del todo\b|\bmedio en serio\b|\bhablo medio en serio\b"
)
#: (8) A day named AND decided, in any order ("el viernes por la noche es el día, ya lo
#: tengo decidido").
_DECIDED_IT_ES = r"\b(ya )?(lo )?(tengo|tenemos) (decidido|clarisimo|claro)\b|\bya (lo )?decidi\b|\besta decidido\b"
_DAY_IS_ES = (
    r"\b(el|este|esta|la) (lunes|martes|miercoles|jueves|viernes|sabado|domingo|noche|semana|fin de semana)"
    r"( \w+){0,3} es el dia\b(?! (de|del|que|en que|para|pa)\b)"
)


def _alone_es(pattern: str, exclude: str) -> re.Pattern[str]:
    """``pattern`` anywhere in a message with none of ``exclude`` in it (round 31)."""
    return re.compile(rf"^(?!.*(?:{exclude}))(.*?)((?:{pattern}))")


CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    _alone_es(_ABSENCE_FORETOLD_ES, _ABSENCE_EXCUSED_ES),
    _two_halves_es(_WHEN_GONE_ES, _AFFAIRS_ES, _WHEN_GONE_ES, _ABSENCE_EXCUSED_ES),
    _alone_es(_OWN_FAREWELL_ES, _FAREWELL_EXCUSED_ES),
    _alone_es(_WHO_KEEPS_ES, _AWAY_OR_TREATED_ES),
    re.compile(_HOW_MANY_TO_END_ES),
    _two_halves_es(_TOO_MANY_ES, _TOO_MANY_FOR_ME_ES, _TOO_MANY_ES),
    _two_halves_es(_LETHAL_HAD_ES, _SECRET_OR_EARNEST_ES, _LETHAL_HAD_ES, _MEANS_EXCUSED_ES),
    _alone_es(_GATHERED_OVER_TIME_ES, _GATHERED_EXCUSED_ES),
    re.compile(_TAKE_ME_ES),
    _two_halves_es(_AT_THE_EDGE_ES, _STAY_AT_EDGE_ES, _AT_THE_EDGE_ES),
    _two_halves_es(_JUMP_THREAT_ES, _HALF_JOKE_ES, _JUMP_THREAT_ES),
    _two_halves_es(_DAY_IS_ES, _DECIDED_IT_ES, _DAY_IS_ES, _ABSENCE_EXCUSED_ES),
    _two_halves_es(_HIGH_PLACE_ES, _STAY_AT_EDGE_ES, _HIGH_PLACE_ES),
)
#: Round 32 (issue 18, helper as18s32): crisis told as a decision or a finished
#: arrangement with no everyday reason, a means with its purpose known, a goodbye with
#: love in the past tense, nothing needed "para lo que me queda".
#: What excuses a decision, an arrangement or a goodbye: an event, a trip, a move, a
#: treatment, a cure, a reason given.
_EVERYDAY_32_ES = (
    rf"(?:{_ABSENCE_EXCUSED_ES})|\b(fiesta|cumpleanos|bautizo|graduacion|examen|reunion|entrevista|partido|vuelo|"
    r"avion|aeropuerto|terminal|estacion|cita|consulta|botox|toxina|inyecc\w*|tratamiento|me curo|me cure|alta|"
    r"operaron|operad[oa]|asilo|residencia|notario|a mi edad|de mi edad|me jubilo|ascenso|empleo|renta|alquiler|contrato|"
    r"(cuando|si) (me )?(cure|opere|mejore|recupere|sane|consiga|encuentre)|"
    r"me (las|los|la|lo) (quito|quitaron|suspendio|suspendieron|cambio|cambiaron))\b"
)
#: (1) Things arranged (a will, letters, the funeral, the life insurance, bills paid, the
#: pet placed) AND told as finished for oneself ("ya estoy listo", "ya no hace falta nada
#: más", "ya me puedo ir tranquilo", "era lo último que me faltaba").
_ARRANGED_32_ES = (
    r"\b(testamento|seguro de vida|seguro funerario|funeral|funerari\w*|entierro|velorio|cremacion|nicho|ataud|"
    r"cartas? (para|a) (mis|mi|cada)|(deje|dejo|he dejado|tengo) (todo )?(pagad[oa]s?|ordenad[oa]s?|en orden|"
    r"arreglad[oa]s?)|(deje|he dejado) (pagad[oa]s|las cuentas|la casa|los papeles)|"
    r"(regale|he regalado|estoy regalando|le regale|les regale|les di|le di) (\w+ ){0,2}(mis|mi) (cosas|perr\w*|gat\w*|"
    r"guitarra|reloj|ropa|libros|joyas|anillo)|(la|el|mi) (perr\w*|gat\w*|perrit\w*|gatit\w*) con (mi|la|el|una|un) \w+)\b"
)
_DONE_32_ES = (
    r"\bya (estoy|quede|me quede) (list[oa]|tranquil[oa]|en paz)\b(?! (para|pa|con) )|"
    r"\bya no (hace|me hace|hara) falta nada( mas)?\b|\bya me puedo ir( tranquil[oa]| en paz| sin pendientes)?\b|"
    r"\b(era|es|fue) lo (ultimo|unico) que me (faltaba|quedaba)( por hacer| hacer)?\b|"
    r"\bya no me (falta|queda) nada( (por|que) hacer)?\b|\bya (puedo|me puedo) descansar( en paz)?\b|"
    r"\b(ya )?(esta|quedo) todo (listo|arreglado|resuelto|en orden)$|\bya (no )?hay nada (mas )?pendiente\b"
)
#: (2) Nothing more needed of care or of one's things, no reason given ("ya no voy a
#: necesitar más citas", "regalé mi guitarra, ya no la voy a necesitar", "ni ninguna
#: cita, para lo que me queda").
_NEED_NOTHING_32_ES = (
    r"\bya no (voy|va|vamos) a necesitar\b(?=$| (mas|ninguna|ningun|nada|citas|consultas|inyecciones|medicinas|"
    r"pastillas|tratamiento|las (citas|consultas|inyecciones|medicinas|pastillas))\b)|"
    # the pronoun: things given away ("regalé mi guitarra, ya no la voy a necesitar")
    r"\b(regale|regalo|regalando|di|done|reparti|deje)( \w+)? (mi|mis)\b.*\bya no (l[oa]s?) (voy|va) a necesitar\b|"
    r"\bno (voy|va) a necesitar (mas |ya )?(las|los|mis|ninguna|ningun|nada|mas)\b(?=.*\b(ya no (voy|va) a estar|"
    r"para lo que (me|le) queda|total|ya (pa|para) que|para entonces)\b)|"
    r"\bpara lo que (me|le) queda\b(?! (de|del|por|en|pendiente)\b)|\btotal ya (pa|para) que\b"
)
#: (3) A day chosen with no event named ("ya escogí el día, el viernes cuando mi esposa
#: se vaya"; "ya elegí el viernes"), and an absence after it ("después de ese día nadie va
#: a tener que preocuparse más por mí").
_DAY_PICKED_32_ES = (
    r"\bya (elegi|escogi|decidi|fije|tengo elegid[oa]|tengo escogid[oa]) (el dia|la fecha|la hora|el momento|"
    r"el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))\b(?! (de|del|para|pa|en que|que (me|nos) (opero|operan|mudo|voy))\b)"
)
_NOBODY_BURDENED_32_ES = (
    r"\b(nadie|ya nadie|ya (\w+ )?no) (va|van|vas|tendra|tendran) a (tener que )?(preocuparse|preocuparte|"
    r"cuidarme|cargar conmigo|aguantarme|aguantar|soportar|soportarme|cuidar)( mas)?( (por|de|con|a) mi| mi| a nadie)?\b(?=.*\b(mi|me|yo|mismo|misma)\b)|"
    r"\bya no (voy|va) a ser (una )?(carga|estorbo|molestia|problema)( (pa|para) (nadie|ustedes|mis \w+|mi \w+))?\b|"
    r"\bme voy a encargar yo mism[oa]\b"
)
#: (4) A goodbye with love or goodness in the past tense ("los quise mucho ... adiós",
#: "ustedes fueron buenos conmigo. Adiós"), or "adiós para siempre".
_PAST_LOVE_32_ES = (
    r"\b(los|las|te|les|os) (quise|ame|quisimos|he querido|hemos querido)\b|"
    r"\b(fueron|fuiste|han sido|has sido) (muy |tan |siempre )?(buen[oa]s?|lind[oa]s?|amables?|generos[oa]s?) conmigo\b"
)
_BYE_32_ES = r"\b(adios|chau|chao|bye|hasta siempre|me despido|nos vemos en (otra vida|el cielo))\b"
_FOREVER_BYE_32_ES = r"\badios para siempre\b(?! (al?|a la|a los|a las|a mi|a este|a esta) )"
#: (5) Farewells made to one's own, in any tense or person ("ya me despedí de mis
#: amigos", "se despide de todos y no contesta"); "esta vez sí lo va a hacer".
_FAREWELLS_MADE_32_ES = (
    r"\b(ya )?(me|se) (despedi|despidio|despide|despiden|he despedido|ha despedido|esta despidiendo)( \w+)? de "
    r"(todos|todas|todo el mundo|(mi|mis|su|sus) (familia|amigos|amigas|hijos|hijas|seres queridos|herman\w*|padres|"
    r"nietos)|los mios|los suyos)\b|"
    r"\besta vez si (lo )?(va|voy) a hacer(lo)?\b(?=$| que| y)"
)
#: (6) A means had, and its purpose known or the news only to be told ("ya sé para qué
#: es", "nomás para que sepan", "no le digan a nadie").
_MEANS_32_ES = rf"\b({_LETHAL_ES}|navaja|cuchilla|hoja de afeitar|gillette)\b"
_PURPOSE_KNOWN_32_ES = (
    r"\bya (se|sabes|saben|sabe|tengo claro) (para que|pa que|que hacer con)( (es|sirve|la|lo|las|los))?\b|"
    r"\b(nomas|solo|nada mas) (para|pa) que (lo )?(sepan|sepas|sepa)\b|"
    r"\bno (le|les|se lo) (digan|digas|cuenten|cuentes)( nada)? a nadie\b|\b(en|con) la mano\b(?=.*\b(me hice|marcas|cortes)\b)"
)
#: (7) Self-harm now: marks made today, hitting oneself and going on.
_MARKS_NOW_32_ES = (
    r"\bme (hice|he hecho|estoy haciendo|volvi a hacer) (unas |unos |varias |varios |mas |otras |otros )?(marcas|cortes|"
    r"cortadas|heridas|rayas)( \w+){0,2} en (el|los|la|las|mi|mis) (brazos?|munecas?|piernas?|muslos?|panza|abdomen)\b"
)
_HIT_ON_32_ES = (
    r"\bsigo (dandome|pegandome|golpeandome|cortandome|lastimandome|rasgunandome)\b(?=.*\b(hasta sangrar|sangre|"
    r"con el puno|contra la pared|a proposito|no aguanto)\b)|"
    r"\b(hasta sangrar|contra la pared|a proposito|no aguanto)\b(?=.*\bsigo (dandome|pegandome|golpeandome|cortandome|"
    r"lastimandome)\b)"
)
_HURT_EXCUSED_32_ES = r"\b(jardin|cocin\w*|podando|ramas?|gato|gata|perro|vidrio roto|accidente|sin querer|tatuaje|masaje\w*|crema)\b"
#: (8) At a height, and nothing matters; the car's engine running shut in a garage.
_NOTHING_MATTERS_32_ES = (
    r"\bya no me importa (nada|nadie)\b|\b(ya )?me da igual (todo|ya)\b|\bel agua se ve\b"
)
_EXHAUST_32_ES = (
    r"^(?=.*\b(garaje|garage|cochera)\b)(?=.*\b(cerrad[oa]|encerrad[oa])\b)(.*?)(\bmotor (andando|prendido|encendido|"
    r"en marcha|corriendo|funcionando)\b)"
)
#: (9) A time named and "ya no voy a estar" after it, with no place or reason ("mañana a
#: las 6 ya no voy a estar, pero no se preocupen").
_GONE_AT_32_ES = (
    r"\b(manana|hoy|esta noche|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|a las \d+)( \w+){0,3} "
    r"ya no (voy a|va a) estar\b(?! (en|aqui en|aca en|por|de|con|disponible|conectad\w*|libre|de turno|en casa)\b)"
)
#: (10) Messages for after: "dile a mi mamá que no fue su culpa", "díganles que los quise".
_FOR_AFTER_32_ES = (
    r"\b(dile|diles|digale|digales|diganle|diganles|decile|decirle|decirles|que sepa|que sepan) (a (mi|mis|su|sus) "
    r"\w+( \w+)? )?que (no (fue|es|sera) (su|tu) culpa|no (fue|es) culpa (suya|tuya|de (ella|el|ellos|ellas|nadie))|no (se|te) (culpe|culpen|culpes|sienta|sientan) (culpable|mal)|"
    r"(la|lo|los|las|les|te) (quise|ame|quise mucho)|me (perdone|perdonen) por todo)\b"
    # a thing named after it is a mishap ("que no fue su culpa que se quemara el arroz")
    r"(?! (que|lo|el|la|los|las|de|del|si|con)\b)"
)
#: (11) Its own words: "quitarme del medio" wished.
_OUT_OF_THE_WAY_32_ES = r"\b(ganas de|quiero|quisiera|voy a|pienso|mejor) quitarme (del|de en) medio\b(?! (para que|pa que|de|del)\b)"
_LIVING_DECIDED_32_ES = r"\bno (quiere|quiero) seguir viviendo\b"


def _gated_alone_es(pattern: str, exclude: str) -> re.Pattern[str]:
    """:func:`_alone_es` with ``pattern`` looked for first: most messages have none of it,
    and the long list of excuses is then never scanned (round 32)."""
    return re.compile(rf"^(?=.*(?:{pattern}))(?!.*(?:{exclude}))(.*?)((?:{pattern}))")


CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    _two_halves_es(_ARRANGED_32_ES, _DONE_32_ES, _DONE_32_ES, _EVERYDAY_32_ES),
    _gated_alone_es(
        _NEED_NOTHING_32_ES, _EVERYDAY_32_ES + r"|\b(ya estoy bien|me curaron|me cure|vend\w*)\b"
    ),
    _gated_alone_es(_DAY_PICKED_32_ES, _EVERYDAY_32_ES),
    _gated_alone_es(_NOBODY_BURDENED_32_ES, _EVERYDAY_32_ES),
    _two_halves_es(_PAST_LOVE_32_ES, _BYE_32_ES, _PAST_LOVE_32_ES, _FAREWELL_EXCUSED_ES),
    _gated_alone_es(_FOREVER_BYE_32_ES, _FAREWELL_EXCUSED_ES),
    _gated_alone_es(_FAREWELLS_MADE_32_ES, _FAREWELL_EXCUSED_ES + r"|" + _EVERYDAY_32_ES),
    _two_halves_es(
        _MEANS_32_ES,
        _PURPOSE_KNOWN_32_ES,
        _MEANS_32_ES,
        # an everyday purpose said ("la cuerda para colgar la ropa")
        _MEANS_EXCUSED_ES
        + r"|\b(ropa|tender|camping|acampar|para (colgar|amarrar|atar|tender|cortar|pelar|abrir))\b",
    ),
    _gated_alone_es(_MARKS_NOW_32_ES, _HURT_EXCUSED_32_ES),
    _gated_alone_es(_HIT_ON_32_ES, _HURT_EXCUSED_32_ES),
    _two_halves_es(
        _HIGH_PLACE_ES,
        _NOTHING_MATTERS_32_ES,
        _HIGH_PLACE_ES,
        r"\b(atasco|trafico|embotellamiento|autopista|manejando|conduciendo|carretera|presa)\b",
    ),
    re.compile(_EXHAUST_32_ES),
    _gated_alone_es(_GONE_AT_32_ES, _EVERYDAY_32_ES),
    re.compile(_FOR_AFTER_32_ES),
    re.compile(_OUT_OF_THE_WAY_32_ES),
    _two_halves_es(_LIVING_DECIDED_32_ES, rf"{_DECIDED_IT_ES}|{_DECIDED}", _LIVING_DECIDED_32_ES),
)
#: Round 33 (issue 18): veiled crisis told by its parts, each harmless alone. (1) Things
#: left arranged for one's own (a letter written, keys and bank codes left, everything
#: arranged "pa mis hijos") AND an absence on a near day ("mañana ya no estoy", "esta
#: noche ya no voy a estar"), no trip or treatment in view. (2) Nothing more needed, or a
#: farewell, AND "it" ended tonight ("esta noche lo termino"; not the homework). (3) On
#: the way to a drop now AND a farewell ("voy manejando hacia el barranco ... adiós"). (4)
#: A day one does not think one will reach AND does not want to ("no creo que llegue al
#: lunes, y tampoco quiero llegar").
_TRIP_33_ES = (
    r"\b((?<!ultimo )viaje|viajo|viajar|vacaciones|crucero|maleta|pasaporte|playa|excursion|paseo|mudanza|me mudo|"
    r"campamento|retiro espiritual)\b(?! (sin regreso|sin vuelta|final|eterno|para siempre)\b)"
)
_ARRANGED_33_ES = (
    r"\b(escribi|deje|he escrito|he dejado|tengo escrita|deje escrita|ya tengo) (mi|la|una|las|mis) (carta|cartas|"
    r"despedida|nota)\b|\b(deje|dejo|he dejado|tengo|ya esta|quedo) (todo )?(arreglad[oa]|en orden|resuelto|listo)"
    r"( \w+){0,2} (pa|para) (mis|mi) (hij\w*|nin[oa]s|familia|espos[oa]|herman[oa]s?|nietos)\b|"
    r"\b(arregle|deje arreglado) todo (pa|para) (mis|mi) (hij\w*|nin[oa]s|familia|espos[oa])\b|"
    r"\b(deje|dejo|he dejado)( \w+){0,2} (las llaves|la clave|las claves|la contrasena|las contrasenas|el pin|"
    r"los pines)( \w+){0,8} (pa|para|a) (mi|mis) \w+\b"
)
_GONE_NEAR_33_ES = (
    r"\b(manana|esta noche|hoy|pasado manana|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo))( \w+)? "
    r"ya no (estoy|estare|voy a estar|voy a seguir|existo)\b(?! (en|aqui (en|de)|para|con|de|por|trabajando)\b)|"
    r"\b(ya )?(esta|quedo) todo en orden$|"
    r"\bya (estoy|quede) list[oa] (para|pa) (irme|partir|marcharme|descansar)\b(?! (a|al|de|del|con|en|pa|para)\b)"
)
_END_TONIGHT_33_ES = (
    r"\b(esta noche|hoy|ahorita|ahora mismo|manana) (lo|la|todo) (termino|acabo|terminare|acabare|voy a terminar|"
    r"voy a acabar)\b$|\b(esta noche|hoy|ahorita|ahora mismo) (lo|la|todo) (termino|acabo)\b(?!( \w+)? (de|el|la|"
    r"con|para|y (me|te|lo|la) (mando|mandas|envio|entrego)))"
)
_END_TONIGHT_EXCUSED_33_ES = (
    r"\b(tarea|deberes|trabajo|proyecto|libro|novela|serie|pelicula|tesis|informe|rompecabezas|puzzle|tejido|"
    r"bordado|curso|examen|capitulo|reporte|cuadro|mueble|pintura|limpieza|mudanza|temporada)\b"
)
_TO_THE_EDGE_33_ES = (
    r"\b(voy|vamos|estoy yendo|ando|sigo|me dirijo)( \w+)? (hacia|al|a la|para el|para la|pal|rumbo al) (el |la )?"
    r"(barranco|barranca|precipicio|acantilado|puente|azotea|vias del tren)\b"
)
_EDGE_BYE_33_ES = r"\b(adios|chau|chao|bye)\b|\bgracias por (todo|las respuestas|la ayuda|escucharme)\b|\bhasta nunca\b"
_EDGE_EXCUSED_33_ES = (
    r"\b(mirador|foto|fotos|turis\w*|excursion|paseo|paisaje|atardecer|amanecer|trabajo|obra|chamba|entrega|"
    r"vacaciones|rapel|escalada|parapente|bungee|puenting)\b"
)
_NOT_REACH_33_ES = r"\bno (creo|pienso|se si) (que )?(llegue|llego|vaya a llegar|voy a llegar) (al|a la|a|hasta el|hasta la|hasta)\b"
#: (5) This is one's last night AND forgiveness or a farewell ("dice que esta es su
#: última noche y que lo perdonemos todos"; not the last night of a holiday or a job).
_LAST_NIGHT_33_ES = r"\b(esta es|hoy es|sera|es) (mi|su) ultim[oa] (noche|dia)\b(?! (de|del|en|con|aqui|antes|libre)\b)"
_NOR_WANT_33_ES = (
    r"\b(tampoco|ni|y no|ya no) (quiero|me interesa|me importa|tengo ganas de) llegar\b"
)
CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    _two_halves_es(
        rf"{_ARRANGED_33_ES}|{_ARRANGED_32_ES}",
        _GONE_NEAR_33_ES,
        _GONE_NEAR_33_ES,
        rf"{_TRIP_33_ES}|\b(cirugia|operacion|me operan|hospital|internan|interno|turno|guardia|renuncia|empresa|"
        r"trabajo|oficina|despido|jubilo|jubilacion)\b",
    ),
    _two_halves_es(
        rf"{_NEED_NOTHING_32_ES}|{_BYE_ES}|{_WORN_HINT_ES}",
        _END_TONIGHT_33_ES,
        _END_TONIGHT_33_ES,
        _END_TONIGHT_EXCUSED_33_ES,
    ),
    _two_halves_es(_TO_THE_EDGE_33_ES, _EDGE_BYE_33_ES, _TO_THE_EDGE_33_ES, _EDGE_EXCUSED_33_ES),
    _two_halves_es(_NOT_REACH_33_ES, _NOR_WANT_33_ES, _NOR_WANT_33_ES),
    _two_halves_es(
        _LAST_NIGHT_33_ES,
        rf"{_BYE_ES}|\bque (lo|la|me|nos) (perdonemos|perdonen|perdone)\b|\bperdon(enme|enlo|enla)\b",
        _LAST_NIGHT_33_ES,
        rf"{_TRIP_33_ES}|\b(trabajo|turno|guardia|soltero|soltera|despedida de|fiesta|hospital|clinica|casa)\b",
    ),
)
#: Round 33 (issue 18): more crisis told by its parts. (6) Someone beside the writer now
#: ("está aquí conmigo", "está al lado") saying he wants to die, or holding the means.
#: (7) The car left running in a closed garage, told ahead ("voy a meter el carro al
#: garaje, cerrar la puerta y dejarlo prendido"). (8) At a height, looking down, and no
#: reason to go on or only wanting someone to know. (9) Nothing more needed "para lo que
#: me queda" whatever is named. (10) Pets given away and the decision taken. (11) A
#: gun at home looked at a long time today.
_THEIR_WISH_33_ES = (
    r"\b(dice|dijo|me dice|me dijo|grita|repite)( \w+)? que (se quiere|se va a) (matar|morir|suicidar)\b|"
    r"\b(dice|dijo|me dice|me dijo)( \w+)? que ya no quiere (seguir )?(vivir|viviendo|estar aqui)\b|"
    r"\bse quiere (matar|suicidar|quitar la vida)\b"
)
_BESIDE_NOW_33_ES = (
    r"\b(esta|estan) (aqui|aca|ahi|al lado|a mi lado|conmigo|en el cuarto|encerrad[oa])\b|"
    r"\b(tiene|agarro|agarra|sostiene) (el|la|un|una|las|los) (frasco|pastillas|pistola|cuchillo|navaja|soga|"
    r"cuerda|arma|botella)( \w+){0,3} en la mano\b|\bque (hago|hacemos|le digo)\b|\bahora mismo\b|\bahorita\b"
)
_THEIR_WISH_EXCUSED_33_ES = (
    r"\b(jaja\w*|jeje\w*|broma|bromeando|de chiste|cuando era (nin[oa]|chic[oa])|hace (\w+ )?anos|videojuego|"
    r"juego|pelicula|serie|novela|perdio (el|su) (partido|equipo)|tarea|examen)\b"
)
_CAR_RUNNING_33_ES = (
    r"\b(carro|coche|auto|camioneta|motor)\b( \w+){0,8} (prendido|encendido|andando|en marcha|corriendo)\b|"
    r"\b(prendido|encendido|andando|en marcha)\b( \w+){0,4} (el )?(carro|coche|auto|motor)\b|"
    r"\bdejar(lo|la) (prendid[oa]|encendid[oa]|andando|en marcha)\b"
)
_CLOSED_GARAGE_33_ES = (
    r"\b(garaje|garage|cochera)\b(?=.*\b(cerrar|cierro|cerrada|cerrado|cerrare|meterme adentro|encerrarme|"
    r"encerrad[oa]|tapar)\b)|\b(cerrar|cierro|cerrada|cerrado)( \w+){0,4} (garaje|garage|cochera)\b"
)
_LOOKING_DOWN_33_ES = (
    r"\bmirando (pa|para|hacia) abajo\b|\bmirando (el|al) (rio|agua|vacio|fondo|mar|trafico)\b|"
    r"\bno se (pa|para|por) que sigo\b|\b(solo )?(queria|quiero|quisiera) que alguien (lo )?(supiera|sepa|sepa)\b"
)
_HEIGHT_EXCUSED_33_ES = (
    r"\b(foto|fotos|turis\w*|paseo|paisaje|atardecer|amanecer|atasco|trafico|embotellamiento|obra|chamba|"
    r"pescando|pesca|vacaciones|vista bonita|que bonito|que lindo)\b"
)
_FOR_WHAT_REMAINS_33_ES = (
    r"\bno (voy|va) a necesitar\b.*\bpara lo que (me|le) queda\b(?! (de|del|por|en|hacer)\b)"
)
_PETS_GIVEN_33_ES = (
    r"\b(regalando|regale|regalo|di|doy|dando|entregue|entregando)( \w+)? (a )?(mis|mi) (perr\w*|gat\w*|mascotas?|"
    r"pajar\w*|perico|loro)\b"
)
_DECISION_TAKEN_33_ES = (
    r"\bya (tome|he tomado|tengo tomada) (mi|la) decision\b|\bya lo (decidi|tengo decidido)\b"
)
_PETS_EXCUSED_33_ES = (
    r"\b(mudanza|me mudo|departamento|depa|alergi\w*|bebe|embarazada|trabajo|viaje|extranjero|edificio|casero|"
    r"dueno|no admiten|no permiten|asilo|residencia)\b"
)
_GUN_AT_HOME_33_ES = (
    r"\b(pistola|revolver|arma|escopeta|rifle)\b( \w+){0,8} (la|lo) (estuve|estoy|he estado|estaba|quede) "
    r"(mirando|viendo|agarrando|sosteniendo)( \w+){0,2} (mucho rato|largo rato|un buen rato|toda la (tarde|noche)|"
    r"horas|por horas)\b"
)
_GUN_EXCUSED_33_ES = (
    r"\b(limpi\w*|vend\w*|caza|cazar|club de tiro|museo|coleccion|permiso|licencia|polvo)\b"
)
CRISIS_PATTERNS = (
    *CRISIS_PATTERNS,
    _two_halves_es(
        _THEIR_WISH_33_ES, _BESIDE_NOW_33_ES, _THEIR_WISH_33_ES, _THEIR_WISH_EXCUSED_33_ES
    ),
    _two_halves_es(
        _CAR_RUNNING_33_ES,
        _CLOSED_GARAGE_33_ES,
        _CLOSED_GARAGE_33_ES,
        r"\b(arreglar|mecanico|frio|calentar|bateria)\b",
    ),
    _two_halves_es(
        rf"{_HIGH_PLACE_ES}|{_AT_THE_EDGE_ES}",
        _LOOKING_DOWN_33_ES,
        _LOOKING_DOWN_33_ES,
        _HEIGHT_EXCUSED_33_ES,
    ),
    _gated_alone_es(
        _FOR_WHAT_REMAINS_33_ES, r"\b(me cure|me curaron|ya estoy bien|de vacaciones)\b"
    ),
    _two_halves_es(
        _PETS_GIVEN_33_ES, _DECISION_TAKEN_33_ES, _DECISION_TAKEN_33_ES, _PETS_EXCUSED_33_ES
    ),
    _gated_alone_es(_GUN_AT_HOME_33_ES, _GUN_EXCUSED_33_ES),
)
#: Round 26: the writer's "ya no puedo más" with the twitch, and going on all the same
#: ("ya no puedo más con este tic po, pero igual sigo con el tratamiento"): exasperation,
#: read as denied (the crisis line, not the crisis reply).
_WORN_OUT_ES = re.compile(r"^(ya )?no (aguanto|puedo|soporto|aguanta|puede|soporta) mas$")
_KEEPS_GOING_ES = re.compile(
    r"\b(igual|aun asi|de todas formas|de todos modos|pero) (sigo|seguimos|voy a seguir|continuo|le sigo|"
    r"le echo ganas|no me rindo|aqui sigo|ahi voy)\b|\bno me (rindo|voy a rendir)\b|"
    r"\bsigo (adelante|luchando|con el tratamiento|con las inyecciones|con el botox|con la terapia)\b"
)

#: A character of a story wanting to die ("en la novela la protagonista quería morirse").
_FICTION_ES = re.compile(
    r"\b(protagonista|personaje|personajes|heroe|heroina|villano|villana|narrador|narradora|"
    r"en la (pelicula|novela|serie|telenovela|obra|cancion)|en el (libro|cuento|episodio|capitulo|"
    r"juego|video))\b"
)
_FIRST_PERSON_ES = re.compile(r"\b(yo|me|mi|mis|conmigo|quiero|quisiera|estoy|tengo|pienso)\b")
#: A plain denial ("no pienso hacerme daño", "no tengo ganas de morirme"); a "pero" or
#: "a veces" after it undoes it.
# round 33: "ningún pensamiento de hacerme daño", "cero pensamientos de ..."
_DENIALS_ES = frozenset(["no", "nunca", "jamas", "ni", "ningun", "ninguna", "cero"])
_DENIAL_FILLERS_ES = frozenset(
    [
        "pienso", "pensaria", "voy", "va", "a", "tengo", "tiene", "tendria", "ganas", "de",
        "me", "se", "te", "lo", "la", "haria", "estoy", "esta", "pensando", "en", "planeo",
        "nada", "eso", "yo", "el", "ella", "ideas", "intencion", "intenciones",
        "pensamientos", "pensamiento", "idea", "quiero", "quiere", "he", "ha", "tenido", "pensado", "ningun", "ninguna",
        "soy",
        # round 24: "no es que quiera hacerme daño ni nada" (the denial put as "no es que")
        "es", "que", "quiera", "piense", "vaya", "tenga",
    ]
)  # fmt: skip
#: Crisis words whose negation is part of what they say ("no tiene sentido que siga vivo").
_OWN_NEGATION_ES = (
    "ya no", "ojala", "sentido", "razon", "razones", "motivo", "motivos", "caso", "chiste",
    "vale la pena", "para que",
)  # fmt: skip
#: Round 20: being well now, said of oneself ("hoy estoy bien y con tratamiento").
_WELL_NOW_ES = re.compile(
    r"\b(hoy|ahora|ya|actualmente|hoy en dia|desde entonces)( \w+)? (estoy|me siento|me encuentro|ando|sigo) "
    r"(bien|mejor|estable|tranquil[oa])\b"
)
_UNDOES_DENIAL_ES = re.compile(r"\b(pero|aunque|sin embargo|a veces|hay dias|algunos dias)\b")
_TREATMENT = re.compile(
    r"\b(carbamazepina|gabapentina|clonazepam|baclofeno|medicamento\w*|medicina\w*|"
    r"pastillas|tabletas|droga\w*|botox|toxina|tratamiento|cirugia|operacion)\b"
)
_SIDE_EFFECT = re.compile(
    r"\b(efectos? secundarios?|causa\w*|provoca\w*|riesgo\w*|da|dan|dar|produc\w*)\b"
)


#: Texting spellings of the words the crisis patterns need ("ya no kiero vivir xq...").
_TEXTING_WORDS = {
    "kiero": "quiero", "qiero": "quiero", "kiere": "quiere", "kisiera": "quisiera",
    "qisiera": "quisiera", "aki": "aqui", "xq": "porque", "pq": "porque", "k": "que",
    "q": "que", "ke": "que",
    # round 32: spelled by sound ("KIERO KITARME LA VIDA")
    "kitarme": "quitarme", "kitar": "quitar", "kitarse": "quitarse",
    # round 33: "kiero aserme daño aora mismo", "mañana ya no toy", "todo arreglao"
    "aserme": "hacerme", "aserse": "hacerse", "aser": "hacer", "aora": "ahora", "ahorita": "ahorita",
    "toy": "estoy", "tamos": "estamos", "arreglao": "arreglado", "pa'": "para",
}  # fmt: skip
_TEXTING = re.compile(r"\b(" + "|".join(_TEXTING_WORDS) + r")\b")


#: Round 22: what follows a "pero" after a denial is only a low mood ("no estoy pensando en
#: hacerme daño, pero sí ando triste por la cara"): the denial stands (the crisis line, by
#: :func:`hfs.assistant.safetynet.hopeless_es`, not the crisis reply). Any crisis words
#: after it are their own match and are not denied.
_ONLY_LOW_MOOD_ES = re.compile(
    r"^(pero|aunque|sin embargo)( si| eso si| la verdad)?,? (ando|estoy|me siento|me he sentido|he estado|"
    r"me pongo|ando medio|me tiene)( muy| bien| algo| un poco| medio| bastante)? (triste|tristes|deprimid[oa]|"
    r"desanimad[oa]|bajonead[oa]|agüitad[oa]|aguitad[oa]|decaid[oa]|desmotivad[oa]|frustrad[oa]|"
    r"cansad[oa]|preocupad[oa]|angustiad[oa]|sol[oa]|de malas|con el animo bajo|baj[oa] de animo)\b"
    r"(?!.*\b(a veces|hay dias|algunos dias|pienso|quisiera|ganas de|no quiero|ya no)\b)|"
    # round 32: the twitch or the face named as what lowers the mood ("pero el espasmo me
    # baja el ánimo, ¿es común?")
    r"^(pero|aunque|sin embargo),? (el|la|este|esta|mi) (\w+ )?(espasmo|tic|cara|ojo|parpado)( \w+)? (me )?"
    r"(baja|bajan|quita|tiene|pone|deja|afecta)( \w+)? (el animo|triste|bajonead[oa]|de malas|mal|el humor)\b"
    r"(?!.*\b(a veces|hay dias|algunos dias|pienso|quisiera|ganas de|no quiero|ya no)\b)"
)


def _denied_es(norm: str, m: re.Match[str]) -> bool:
    """Whether a plain denial reaches the crisis words ``m`` ("no pienso hacerme daño")."""
    undo = _UNDOES_DENIAL_ES.search(norm, m.start())
    if undo is not None and not _ONLY_LOW_MOOD_ES.search(norm[undo.start() :]):
        return False
    if m.group(0).split()[0] in _DENIALS_ES or m.group(0).startswith(_OWN_NEGATION_ES):
        return False  # "no quiero vivir", "no tengo razones para vivir": the negation is the crisis
    # round 33: "nada de ideas de hacerme daño" is a denial ("ya nada, me quiero morir" is not)
    before = re.sub(
        r"\bnada de (?=(ideas|pensamientos|ganas|intenciones) de\b)", "no ", norm[: m.start()]
    )
    for w in reversed(before.split()[-6:]):
        if w in _DENIALS_ES:
            return True
        if w not in _DENIAL_FILLERS_ES:
            return False
    return False


#: Round 27: help had since a dark time, and well now, after a "pero" ("pero ya recibí
#: ayuda y ahora estoy bien"; not "pero a veces vuelvo a pensarlo": that has no help).
_HELPED_SINCE_ES = re.compile(
    r"\b(pero|aunque) (ya )?(recibi|tuve|busque|tengo|fui a|me dieron|encontre) (ayuda|terapia|tratamiento|"
    r"apoyo|psicolog\w*|psiquiatr\w*)\b(?!.*\b(a veces|hay dias|todavia (pienso|quiero)|otra vez|de nuevo|"
    r"pero)\b)"
)
#: Suicide named as a topic (news, figures) and the writer calm ("yo estoy tranquilo, es
#: curiosidad").
_SUICIDE_NOUN_ES = re.compile(r"suicidios?|suicidas?")
_CALM_TOPIC_ES = re.compile(
    r"^(?=.*\b(noticias?|estadistic\w*|estudio|articulo|cifras|tasas?|porcentaje|reportaje|documental)\b)"
    r"(?=.*\b((es|por|solo|pura|simple|mera) curiosidad|(yo )?estoy (tranquil[oa]|bien)|no es por mi)\b)"
)
#: A child (or another) reported saying the words ("mi hijo me dijo 'me quiero morir'"),
#: for a trivial cause (a game lost, a phone taken away).
_CHILD_SAID_ES = re.compile(
    r"\b(mi|su|el|la) (hij[oa]|nin[oa]|chamac[oa]|cipote|chiquit[oa]|sobrin[oa]|niet[oa]|hermanit[oa]|"
    r"escuincle|huerc[oa]|pelad[oa]|chaval\w*|crio|cria|"
    # round 28: any of one's own or friends ("mi hermano dice 'me quiero morir' cada vez que
    # pierde el Barça, es broma")
    r"herman[oa]|espos[oa]|marido|mujer|novi[oa]|pareja|amig[oa]|compa|compadre|comadre|cunad[oa]|prim[oa]|"
    r"ti[oa]|papa|mama|padre|madre|suegr[oa]|abuel[oa]|vecin[oa]|companer[oa])( \w+)? (me |nos |le )?(dijo|"
    r"dice|grito|gritaba|anda diciendo|salio con|siempre dice|suele decir|repite)\b"
)
_TRIVIAL_CAUSE_ES = re.compile(
    r"\b(porque|por que|cuando|ya que|cada vez que|siempre que) (\w+ ){0,2}(perdio|perdieron|pierde|pierden|"
    r"le gano|le ganaron|le ganan|no (le|lo|la) dejaron|le quitaron|no le compraron|reprobo|se le rompio|"
    r"se acabo)( \w+){0,4} (partido|equipo|juego|futbol|final|examen|celular|telefono|tablet|videojuego|consola|"
    r"helado|tele|partida|dulces?|clasico|play|"
    # round 28: the team named ("cada vez que pierde el Barça")
    r"barca|barcelona|madrid|real madrid|america|chivas|cruz azul|pumas|tigres|rayados|boca|river|atletico|"
    r"betis|sevilla|seleccion|olimpia|cerro|colo colo|nacional|millonarios|alianza|universitario)\b"
)


#: Round 27, the lead (after the blind ES v21, where five of ten false alarms were this
#: class): suicide or self-harm as a TOPIC, the writer safe now. The crisis words are
#: someone else's (an aunt who "se suicidó en los 90", how many people "se suicidan al
#: año", "el suicidio es más común en ...") or one's own long past ("hace años me
#: autolesionaba"), and the writer is told safe now ("ya no, ahora estoy en paz", "hoy
#: tengo una vida feliz", "ya estoy bien con terapia") or, for others, only asks. The
#: crisis LINE (988), never the crisis reply; a wish or a word of now of one's own undoes it.
_OTHERS_CRISIS_ES = re.compile(
    r"\b(se suicido|se suicidaron|se suicidan|se suicida la gente|se quito la vida|se quitaron la vida|"
    r"el suicidio|los suicidios|suicidios|tasas? de suicidio|cifras de suicidio|"
    r"cuant[oa]s (personas|gente|pacientes)|la gente que se|las personas que se|"
    # round 29: suicide as the subject of a talk, a risk or a figure ("un sermón sobre el
    # suicidio", "más riesgo de suicidio", "casos de suicidio entre pacientes")
    r"(riesgo|riesgos|casos|caso|numero|indice|prevencion|tema|sermon|platica|charla|conferencia|libro|"
    r"pelicula|serie|campana|mes|dia)( \w+){0,2} (de|del|sobre el|sobre|contra el) suicidio)\b"
)
_LONG_PAST_ES = re.compile(
    r"\bhace (\w+ )?(anos|mucho tiempo|mucho|tiempo|bastante)\b|\ben los (\d+|ochenta|noventa|setenta)\b|"
    r"\b(de|cuando era) (joven|adolescente|nin[oa]|chic[oa]|chamac[oa])\b|\b(me autolesionaba|me cortaba|"
    r"me hacia dano|intente|intento)\b(?=.*\bya no\b)"
)
_SAFE_NOW_ES = re.compile(
    r"\b(ya|ahora|hoy|hoy en dia|actualmente)( \w+){0,2} (estoy|me siento|vivo|tengo una vida|ando|me encuentro) "
    r"(bien|mejor|en paz|feliz|tranquil[oa]|estable|content[oa])\b|"
    # round 31: with the help between ("ahora estoy con terapia y bien")
    r"\b(ya|ahora|hoy|actualmente) (estoy|sigo|ando) (con|en) (terapia|tratamiento|ayuda|psicolog\w*|psiquiatr\w*)"
    r"( \w+){0,2} (y )?(bien|mejor|en paz|feliz|tranquil[oa]|estable)\b|\b(estoy|me siento) (bien|en paz|tranquil[oa]) "
    r"(con|gracias a) (terapia|tratamiento|ayuda|la terapia|mi psicolog\w*)\b|\bya no\b(?= ?(ahora|hoy|,))|"
    # round 29: the writer's own "yo estoy bien" set against another's story, and a past
    # overcome ("ya lo superé con terapia y estoy tranquila")
    r"\b(yo|y|pero yo|pero) (estoy|me siento|me encuentro|ando) (bien|en paz|tranquil[oa]|estable|content[oa])\b|"
    r"\b(ya )?(lo|eso lo) (supere|he superado|deje atras|sane|trabaje en terapia)\b"
)
#: Round 29: the writer's age or time in another's old story ("se quitó la vida cuando yo
#: era niña"): a time, not the writer speaking of now.
_WHEN_I_WAS_ES = re.compile(
    r"\bcuando (yo )?(era|tenia|estaba|iba)( \w+){0,3}|\b(de|desde) (nin[oa]|chic[oa]|pequen[oa]|joven)\b"
)
_REPORT_ES = re.compile(
    r"\b(lei|leo|vi|vimos|escuche|oi|dijeron|dicen|noticias?|articulo|estudio|reportaje|documental|"
    r"estadisticas?|cifras)\b"
)
_ME_ES = re.compile(r"\b(yo|me|conmigo|quiero|quisiera|estoy|tengo|pienso)\b")
_OWN_NOW_ES = re.compile(
    # (round 30: not "me quedé pensando en los que sufren", thought for others)
    r"\b(me|yo)( \w+)? (quiero|quisiera|pienso|pensando|tengo ganas|dan ganas)\b"
    r"(?! en (los|las|la gente|ellos|ellas|otros|otras|esa|ese|esas|esos|el tema|su familia|sus familias)\b)|"
    r"\b(otra vez|de nuevo|"
    r"todavia|aun|a veces|ultimamente|estos dias|esta noche|hoy mismo|yo tambien|igual que (ella|el))\b"
)


#: Round 30: grief for another's death ("todavía lo extraño", "hoy hubiera cumplido 30"):
#: missing someone, not the writer's own "todavía".
_GRIEF_ES = re.compile(
    r"\b(todavia|aun|siempre|mucho) (lo|la|los|las|le|les) (extrano|extranamos|recuerdo|recordamos|lloro|lloramos|"
    r"quiero|queremos|pienso|tengo presente)\b|\b(hoy|ayer|manana) (hubiera|habria|cumpliria) (cumplido )?\w+\b"
)
#: Round 30: suicide as the matter of a report, a sermon, a class or a group's story ("el
#: cura habló del suicidio en la misa", "vi una noticia de un chico que se suicidó",
#: "una tarea de la prepa sobre prevención del suicidio", "en el grupo de apoyo una señora
#: contó que hace mucho pensó en matarse ... ahora está súper bien"). Only the noun, or
#: another's act in the past or infinitive, counts as the topic's words.
_TOPIC_FRAME_ES = re.compile(
    r"\b(noticias?|periodico|diario|tele|television|reportaje|articulo|documental|sermon|misa|cura|sacerdote|pastor|"
    r"homilia|charla|platica|conferencia|clase|tarea|trabajo (escolar|de la escuela|de la prepa|final)|proyecto|"
    r"exposicion|ensayo|investigacion|tesis|grupo de apoyo|novela|serie|pelicula|libro|podcast|estadisticas?|"
    r"prevencion|campana)\b|"
    r"\b(hablo|hablaron|habla|hablan|platico|platicaron|predico|menciono|mencionaron|trato|trataron|explico|"
    r"explicaron|conto|contaron)( \w+){0,3} (del|de|sobre el|sobre|acerca del) suicidio\b"
)
_TOPIC_WORDS_ES = re.compile(
    r"^((el|los|del) )?suicidios?$|^suicid(o|aron)$|^se (suicido|suicidaron|quito la vida|quitaron la vida|mato|mataron)$|"
    r"^(matarse|quitarse la vida|suicidarse)$"
)
_THIRD_NOW_ES = re.compile(
    r"\b(quiere|quiera|quieren|va a|van a|iba a|piensa|esta pensando|amenaza|planea|ahorita|esta noche|hoy mismo|"
    r"tiene (la|el|las|los|una|un) (pistola|soga|cuerda|pastillas|veneno|navaja|arma))\b"
)


def _reported_topic_es(norm: str, words: str) -> bool:
    """Whether the crisis ``words`` are suicide as the matter of a report, a sermon, a class
    or a group's story, with nothing of the writer's own now and no one's intent now."""
    plain = _GRIEF_ES.sub(" ", _SAFE_NOW_ES.sub(" ", norm))
    return bool(
        _TOPIC_WORDS_ES.search(words)
        and _TOPIC_FRAME_ES.search(norm)
        and not _OWN_NOW_ES.search(plain)
        and not _THIRD_NOW_ES.search(plain)
    )


#: Round 31: a reaction to another's death ("me dejó pensando", "me quedé pensando"): the
#: news thought over, not a thought of one's own to die.
_REACTION_ES = re.compile(
    r"\b(me|nos) (dejo|dejaron|quede|quedo|quedamos|puso|pusieron) (muy )?(pensando|pensativ[oa]s?)\b"
)


_MY_TWITCH_ES = re.compile(
    r"\b(ahora |y )?(yo )?(tengo|padezco|sufro|sufro de) (el |un |este |esto del )?(espasmo|tic)( hemifacial)?\b"
)


_READY_WORDS_33_ES = re.compile(
    r"\b(list[oa]s?|arreglad[oa]s?|en orden|contad[oa]s|preparad[oa]s?|no este|me vaya|falte)\b"
)
_ASKS_33_ES = re.compile(
    r"\b(queria|quiero|quisiera) (saber|preguntar)\b|\b(tengo )?una (pregunta|duda)\b"
)


def _topic_safe_now_es(text: str, norm: str) -> bool:
    """:data:`_OTHERS_CRISIS_ES` above: suicide talked of as a topic or a long past, the
    writer safe now, or (for others) only asking after a report or a statistic."""
    plain = _REACTION_ES.sub(" ", _GRIEF_ES.sub(" ", _SAFE_NOW_ES.sub(" ", norm)))
    if _OWN_NOW_ES.search(plain):
        return False
    others = _OTHERS_CRISIS_ES.search(norm) is not None
    past = _LONG_PAST_ES.search(norm) is not None
    if not (others or past):
        return False
    if _SAFE_NOW_ES.search(norm):
        return True
    # "mi tía" is the aunt's; the writer's own person is a subject or object pronoun or verb
    return (
        others
        # round 33: asked without the mark ("..., pero quería saber si el espasmo se hereda")
        and ("?" in text or "¿" in text or _ASKS_33_ES.search(plain) is not None)
        # round 32: "y ahora yo tengo espasmo" is the writer's twitch, not a crisis of theirs
        and not _ME_ES.search(
            _WHEN_I_WAS_ES.sub(
                " ", _REPORT_ES.sub(" ", _MY_TWITCH_ES.sub(" ", _ASKS_33_ES.sub(" ", plain)))
            )
        )
    )


#: Round 31: another's crisis told as over, that person well now ("una amiga pasó por una
#: depresión con ideas de matarse, ahora está bien"; "alguien escribió que había pensado en
#: hacerse daño hace tiempo, ahora dice que está mejor"): the words are the other's
#: (a third person's "-se", "se quitó"), their time past, their present well.
_THIRD_WORDS_ES = re.compile(
    r"\b\w+(se|selo)\b|\bse (\w+ )?(quito|mato|corto|suicido|intento|hizo)\b"
)
_THEIR_PAST_ES = re.compile(
    r"\b(paso por|paso una|tuvo|tenia|habia (pensado|tenido|intentado)|penso|pensaba|intento|hizo un intento|"
    r"estuvo|llego a|vivio)\b"
)
_THEY_WELL_NOW_ES = re.compile(
    r"\b(ahora|ya|hoy|hoy en dia|actualmente)( (dice|cuenta|escribe|dijo) que)? (\w+ )?(esta|se siente|anda|vive|"
    r"se encuentra|sigue) (bien|mejor|feliz|estable|en paz|recuperad[oa]|muy bien|genial|perfect[oa])\b"
)
#: Round 31: the writer asked about it by a carer and answering no ("mi psicóloga me
#: pregunta si tengo ideas de hacerme daño y le digo que no"): a denial told as a dialogue.
_ASKED_IF_ES = re.compile(
    r"\b(me|nos) (pregunta|preguntan|pregunto|preguntaron|preguntaba|ha preguntado)( \w+){0,3} si\b"
)
_ANSWERED_NO_ES = re.compile(
    r"\b(le |les )?(digo|dije|contesto|conteste|respondo|respondi|he dicho|decimos) (siempre )?que no\b"
)
#: Round 31: the wish to die as a joke of embarrassment, every time a small thing comes
#: ("me quiero morir cada vez que me hacen una foto jaja"): a habit of a trifle, laughed at.
_LAUGH_ES = re.compile(r"\b(ja(ja)+|je(je)+|jsjs\w*|xd+|lol|jiji\w*)\b|😂|🤣|😅")
_EVERY_TIME_ES = re.compile(
    r"\b(cada vez que|siempre que|cuando)( \w+){0,6}\b|\bde (la )?(verguenza|pena|risa|ganas)\b"
)
_FEELING_NOW_ES = re.compile(
    r"\b(en serio|de verdad|no es broma|no bromeo|hoy|esta noche|ya no (puedo|aguanto))\b"
)


def _others_over_es(norm: str, words: str) -> bool:
    """Whether the crisis ``words`` are another's, told as past and that person well now."""
    plain = _THEY_WELL_NOW_ES.sub(" ", norm)
    return bool(
        _THIRD_WORDS_ES.search(words)
        and _THEIR_PAST_ES.search(norm)
        and _THEY_WELL_NOW_ES.search(norm)
        and not _OWN_NOW_ES.search(plain)
        and not _THIRD_NOW_ES.search(plain)
    )


def _said_no_when_asked_es(norm: str, m: re.Match[str]) -> bool:
    """Whether the crisis words ``m`` are what the writer was asked about and answered no
    to (the words between the question and the "no"; a "pero" after it undoes it)."""
    asked = _ASKED_IF_ES.search(norm)
    if asked is None or m.start() < asked.end():
        return False
    no = _ANSWERED_NO_ES.search(norm, m.end())
    if no is None:
        return False
    undo = _UNDOES_DENIAL_ES.search(norm, no.end())
    return (
        undo is None
        or bool(_ONLY_LOW_MOOD_ES.search(norm[undo.start() :]))
        or bool(_ONLY_CURIOUS_33_ES.search(norm[undo.start() :]))
    )


#: Round 33: what follows the "pero" after the no is only a question of curiosity ("le
#: dije que no, que estoy bien, pero me dio curiosidad si es común")
_ONLY_CURIOUS_33_ES = re.compile(
    r"^(pero|aunque),? (me (dio|da|entro|quedo) (la )?curiosidad|tengo (una )?(duda|curiosidad|pregunta)|"
    r"(queria|quiero|quisiera) (saber|preguntar)|me pregunto)\b"
    r"(?!.*\b(a veces|hay dias|algunos dias|pienso en|quisiera morir|ganas de|no quiero|ya no)\b)"
)


def _joked_wish_es(norm: str) -> bool:
    """Whether the wish to die is a laughed-at habit of a trifle (:data:`_LAUGH_ES`)."""
    return bool(
        _LAUGH_ES.search(norm) and _EVERY_TIME_ES.search(norm) and not _FEELING_NOW_ES.search(norm)
    )


#: Round 32 (issue 18, helper as18s32): suicide as a TOPIC with the writer told safe in
#: so many words: a story (a series, a novel "es ficción"), a class or a report ("es para
#: un trabajo de la universidad"), another now well ("ya está en terapia y bien", "vivió
#: feliz hasta los 95"), or one's own past told as over ("eso ya pasó", "hoy tengo dos
#: hijos y estoy feliz"). The crisis LINE, never the crisis reply; a wish, a plan or a
#: word of now of the writer's own undoes it.
_WRITER_SAFE_ES = re.compile(
    r"\b(yo|pero yo|hoy|ahora|hoy en dia|actualmente)( \w+){0,3} (estoy|me siento|ando|me encuentro|vivo) (muy |super |re )?"
    r"(bien|feliz|content[oa]|estable|genial)\b|"
    r"\b(eso|todo eso|aquello) (ya )?(paso|quedo atras|se acabo|fue hace (mucho|anos|tiempo))\b|"
    r"\bes (pura |solo )?ficcion\b|\b(es|son) (para|pa) (un|una|el|la|mi) (trabajo|tarea|presentacion|exposicion|"
    r"clase|curso|ensayo|tesis|proyecto|investigacion|novela|libro)\b|"
    r"\b(tengo|tiene) (\w+ ){0,4}y (estoy|esta) (muy )?(feliz|bien|content[oa])\b|"
    r"\b(ya|ahora|hoy) (esta|sigue|anda|vive) (\w+ ){0,3}(bien|mejor|feliz|genial|recuperad[oa])\b|"
    r"\bvivio (muy )?feliz\b|\bque ya esta (bien|mejor)\b|"
    # round 33: a study of one's own ("estoy haciendo un trabajo de la universidad sobre
    # ..."), another well now after the dark time ("pero ya pasó, está operado y contento")
    r"\b(estoy haciendo|hago|escribo|estoy escribiendo|preparo|estoy preparando|redacto) (un|una|mi) (trabajo|tarea|"
    r"tesis|tesina|ensayo|investigacion|monografia|presentacion|exposicion|articulo|reportaje)\b|"
    r"\bpero ya paso\b|\by (ya )?(esta|sigue|anda|vive) (muy |super |re )?(feliz|content[oa]|bien|animad[oa]|"
    r"recuperad[oa]|tranquil[oa])\b"
)
#: the writer's own wish or plan told in the present or future ("pero a veces quiero ...")
_OWN_WISH_NOW_ES = re.compile(
    r"\b(quiero|quisiera|pienso en|estoy pensando|tengo ganas|me dan ganas|voy a|planeo|tengo (un )?plan|"
    r"otra vez|de nuevo|todavia (pienso|quiero|tengo)|a veces (pienso|quiero)|esta noche|ahora mismo|ahorita|"
    r"decid\w*|list[oa]s?|despid\w*|despedirme|adios|en serio|de verdad|a veces|hay dias|algunos dias|"
    r"vuelvo a|sigo (pensando|queriendo))\b"
    r"(?! (saber|preguntar|conocer|informa\w*|leer|ver)\b)"
)
_CRISIS_VERB_NOW_ES = re.compile(
    r"\b(me quiero|quiero|quisiera|voy a|pienso|estoy pensando en|tengo ganas de) (\w+ )?(morir\w*|matar\w*|"
    r"suicid\w*|quitar\w* la vida|hacer\w* dano|cortar\w*)\b"
)


#: Round 32: "me mató" as a figure: a thing or a person "killed me" (the price, the
#: traffic, the doctor "con la explicación"): told in the preterite (the accent typed), or
#: with a "con" of no means ("me mató con la explicación"), or a thing as subject.
_MEANS_WORDS_ES = (
    r"(pastillas?|pildoras?|cuchill\w*|navaja|soga|cuerda|pistola|arma|revolver|veneno|raticida|cable|"
    r"cinturon|bolsa|gas|carro|coche|auto|tren|puente|cuter|gillette|vidrio)"
)
_KILLED_ME_FIGURE_ES = re.compile(
    rf"\bme (mato|mataron) con (la|el|las|los|su|sus|tanta|tanto|tantas|tantos|esa|ese|esas|esos|tu|tus) "
    rf"(?!{_MEANS_WORDS_ES}\b)\w+|"
    r"\b(el|la|los|las|ese|esa|este|esta|mi|su|tu) (precio|precios|cuenta|factura|calor|frio|trafico|examen|"
    r"explicacion|noticia|resultado|chiste|cansancio|jefe|jefa|doctor|doctora|medico|medica|neurologo|suegra|"
    r"suegro|viaje|susto|cola|fila|espera|papeleo|tramite|caminata|risa|pinchazo|inyeccion|resonancia|"
    r"cirujano|dentista|seguro|hospital|clinica|consulta)( \w+){0,3} me (mato|mataron)\b"
)


def killed_me_figure_es(text: str, norm: str) -> bool:
    """Whether the writer's "me mató" is a figure (:data:`_KILLED_ME_FIGURE_ES`, or the
    preterite's accent typed: the writer is alive to tell it)."""
    return bool(
        re.search(r"\bme (mató|mataron)\b", text.lower()) or _KILLED_ME_FIGURE_ES.search(norm)
    )


_CRISIS_TOPIC_ES = re.compile(
    # round 33: "no quería vivir"
    r"\b(suicid\w*|autolesi\w*|quitar\w* la vida|matar(me|se)|morir(me|se)|quer\w* morir|no quer\w* vivir|"
    r"quis\w* (matar|morir)|se (quito la vida|mato)|"
    r"hacer(me|se) dano|cortaba|cortarse|cortarme|no vale la pena vivir)\b"
)


def trip_arranged_es(text: str) -> bool:
    """Whether a Spanish message tells things left ready or arranged for a trip or a
    holiday ("ya dejé todo listo para cuando no esté: ..., que me voy de crucero"), with
    no crisis words (round 33)."""
    norm = _untexted_es(text)
    return bool(_READY_WORDS_33_ES.search(norm)) and _trip_told_es(norm)


def _trip_told_es(norm: str) -> bool:
    """Whether ``norm`` tells of a trip or a holiday and names no crisis (round 33)."""
    return bool(re.search(_TRIP_33_ES, norm)) and not _CRISIS_TOPIC_ES.search(norm)


def _untexted_es(text: str) -> str:
    """``text`` normalised, its texting shorthand written out (:data:`_TEXTING_WORDS`)."""
    return _TEXTING.sub(lambda m: _TEXTING_WORDS[m.group(0)], normalise(text))


def safe_topic_es(text: str) -> bool:
    """Whether a Spanish message talks of suicide or self-harm as a topic (a story, a
    class, another now well, one's own past over) with the writer told safe in so many
    words (:data:`_WRITER_SAFE_ES`) and no wish, plan or word of now of the writer's own
    (round 32)."""
    return _safe_topic_es(_untexted_es(text))


def _safe_topic_es(norm: str) -> bool:
    """:func:`safe_topic_es` of a text already :func:`_untexted_es`."""
    if not _CRISIS_TOPIC_ES.search(norm) or not _WRITER_SAFE_ES.search(norm):
        return False
    plain = _WRITER_SAFE_ES.sub(" ", norm)
    return not _CRISIS_VERB_NOW_ES.search(plain) and not _OWN_WISH_NOW_ES.search(
        re.sub(r"\bsolo quiero saber\b|\bquiero saber\b", " ", plain)
    )


#: Round 33 (lead): "de verdad", "de veras" right after the wish ("tengo ganas de morirme,
#: de verdad"; the comma goes in normalising) is the wish said in earnest, not a figure's
#: "morirme de risa": read as "en serio", which no pattern's look-ahead refuses.
_IN_EARNEST_ES = re.compile(
    r"\b(morir\w*|matar\w*|suicidar\w*|la vida|vivir|hacerme dano|cortarme) de (verdad|veras)\b"
)


def screen_crisis_es(text: str) -> tuple[str | None, str | None]:
    """(the Spanish crisis words in ``text``; those found only under a plain denial),
    each None when there are none. Words said of a story's character ("en la novela la
    protagonista quería morirse") are neither."""
    from hfs.assistant.crisis import _fictional

    norm = _IN_EARNEST_ES.sub(r"\1 en serio", _untexted_es(text))
    denied = None
    # round 20: a crisis long past, told with being well now ("hace quince años pensé en
    # quitarme la vida; hoy estoy bien y con tratamiento"): the crisis line, not the reply
    past = bool(
        _DISTANT.search(norm)
        and _WELL_NOW_ES.search(norm)
        # round 27: the "pero" that brings the help had and the good news ("pensé en
        # hacerme daño, pero ya recibí ayuda y ahora estoy bien") undoes nothing
        and (not _UNDOES_DENIAL_ES.search(norm) or _HELPED_SINCE_ES.search(norm))
    )
    # round 27: suicide as a topic, asked about in calm ("leí que hay más suicidios en ...,
    # es curiosidad"), and a child's hyperbole reported ("mi hijo dijo 'me quiero morir'
    # porque perdió su equipo"): the crisis line, not the reply
    calm = bool(_CALM_TOPIC_ES.search(norm)) or bool(
        _CHILD_SAID_ES.search(norm) and _TRIVIAL_CAUSE_ES.search(norm)
    )
    past = past or _topic_safe_now_es(text, norm)
    # round 30: a plan ahead for a relapse, the writer fine now ("si un día me vuelven las
    # ganas de hacerme daño como antes, ¿a qué número le hablo? ahorita estoy bien"): the
    # crisis line, with the number asked for
    past = past or bool(asked_beforehand_es(text) and _FINE_NOW_SAID_ES.search(norm))
    # round 32: suicide as a topic with the writer told safe in so many words
    past = past or _safe_topic_es(norm)
    for p in CRISIS_PATTERNS:
        for m in p.finditer(norm):
            if _fictional(norm, m, _FICTION_ES, _FIRST_PERSON_ES):
                if past:
                    # round 32: a story's character, the writer told safe ("yo estoy bien,
                    # es ficción"): the words are denied, so the English screen's reading
                    # of "suicidarse" does not give the crisis reply either
                    denied = denied or m.group(0)
                continue
            if m.group(0).endswith(("me mato", "me mataron")) and killed_me_figure_es(text, norm):
                continue  # round 32: "me mató el precio", "ese doctor me mató con la explicación"
            # round 33: everything ready, pills counted, "para cuando no esté" for a trip
            # ("maleta, pasaporte y las pastillas contadas para la semana del viaje")
            if _READY_WORDS_33_ES.search(m.group(0)) and _trip_told_es(norm):
                continue
            worn = bool(_WORN_OUT_ES.match(m.group(0)) and _KEEPS_GOING_ES.search(norm))
            topic = calm and (_SUICIDE_NOUN_ES.fullmatch(m.group(0)) or _CHILD_SAID_ES.search(norm))
            topic = topic or _reported_topic_es(norm, m.group(0))
            # round 31: another's crisis over, that person well now; the writer's "no"
            # to a carer's question; a laughed-at wish at a trifle
            topic = topic or _others_over_es(norm, m.group(0))
            if _said_no_when_asked_es(norm, m) or (
                m.group(0).endswith("morir") and _joked_wish_es(norm)
            ):
                denied = denied or m.group(0)
                continue
            if not past and not worn and not topic and not _denied_es(norm, m):
                return m.group(0), None
            denied = denied or m.group(0)
    return None, denied


def find_crisis_es(text: str) -> str | None:
    """The Spanish crisis words in ``text``, None when there are none (or only under a
    plain denial: :func:`screen_crisis_es`)."""
    return screen_crisis_es(text)[0]


def is_side_effect_question_es(text: str) -> bool:
    """ "¿La carbamazepina puede causar pensamientos suicidas?": answered, with the crisis line."""
    norm = normalise(text)
    return bool(_is_question(text, norm) and _TREATMENT.search(norm) and _SIDE_EFFECT.search(norm))


# -------------------------------------------------------------------- red flags
_FACE = r"(cara|rostro|boca|labio|labios|mejilla|sonrisa|cachete|lado de la cara)"
_WEAK = (
    r"(caid[oa]s?|cayo|cae|caen|se cayo|colgad[oa]|colgando|descolg\w*|paraliz\w*|paralis\w*|debil\w*|"
    r"dormid[oa]|durmio|entumi\w*|adormec\w*|torcid[oa]|chuec[oa]|ladead[oa]|flacid[oa]|"
    r"floj[oa]|no se mueve|no (la|lo|le) puedo mover|sin fuerza|sin movimiento|no siento|"
    r"insensible|(?<!ya )no se (me |le )?mueve\b(?! (sol[oa]|tanto|como antes|nada con))|"
    r"no (me |le )?responde|se (me |le )?torcio|torcio|"
    r"(quedo|quedado|puso) (como )?(muert[oa]|ties[oa]|congelad[oa]|paralizad[oa]|dormid[oa])|"
    # round 21: "el cachete del lado operado está como muerto"
    r"(esta|estan|se siente|lo siento|la siento|lo tengo|la tengo) como (muert[oa]|de palo|de piedra|ties[oa]))"
)
_LIMB = (
    r"(brazo|brazos|pierna|piernas|mano|manos|pie|pies|extremidad\w*|mitad del cuerpo|"
    r"lado (izquierdo |derecho )?del cuerpo|medio cuerpo|un lado|(todo )?el lado (izquierdo|derecho)|"
    # round 24: the clinical words ("paresia de miembro superior derecho")
    r"miembros? (superior|inferior|superiores|inferiores))"
)
_LIMB_WEAK = (
    r"(debil\w*|entumi\w*|dormid[oa]s?|durmio|durmieron|duerme|duermen|adormec\w*|paraliz\w*|paralis\w*|pesad[oa]s?|"
    r"sin fuerza|no (lo|la|los|las|le) puedo mover|no respond\w*|hormigue\w*|no (me|le) respond\w*|"
    r"no (tengo|tiene|tenia|tenemos|le queda|me queda|hay)( nada de| mucha)? fuerza|"
    r"perdi\w* (la )?fuerza|flaque\w*|se (me|le) (doblan|doblaron|aflojan|aflojaron|vencen))"
)
_SUDDEN = (
    r"(de repente|repentin\w*|subit\w*|de golpe|de la nada|hoy|esta manana|esta tarde|"
    r"esta noche|anoche|desde (ayer|hoy|anoche|esta manana|hace)|hace (un rato|una hora|"
    r"unas horas|\w+ horas|\w+ minutos|un ratito)|me desperte|amaneci|ahorita|ahora|de sopeton|"
    r"de pronto|de un (segundo|momento|instante|minuto) (a|para) otro|sin aviso|de improviso|"
    # round 13: "de un día para otro", "de la noche a la mañana" (overnight: sudden for an ear
    # or an eye, not for a thunderclap headache, which _ONSET keeps to seconds)
    r"de un dia (a|para) otro|de la noche a la manana|"
    # round 25: Costa Rica's "de un pronto", a chart's "bruscamente"
    r"de un pronto|bruscamente)"
)
#: The onset of a thunderclap headache or a sudden deafness, stricter than ``_SUDDEN``
#: ("hoy me explota la cabeza con tanto trámite" is a figure of speech).
_ONSET = (
    r"(de repente|repentin\w*|subit\w*|de golpe|de la nada|de sopeton|de pronto|de improviso|"
    r"de un (segundo|momento|instante|minuto) (a|para) otro|en (unos )?segundos|sin aviso|"
    r"en un (segundo|instante|momento|dos por tres|abrir y cerrar de ojos)|como un (rayo|trueno|"
    r"balazo|golpe)|de un pronto|bruscamente)"
)
#: Round 30: head and neck hurting together ("me duele mucho la cabeza y el cuello",
#: "dolor de cabeza y de nuca").
_HEAD_AND_NECK_ES = (
    r"((me|le|nos) (duele|duelen|dolia|dolian)( \w+){0,2} (la cabeza y (el cuello|la nuca)|(el cuello|la nuca) y "
    r"la cabeza)|dolor\w* de cabeza y (de )?(cuello|nuca)|dolor\w* de (cuello|nuca) y (de )?cabeza)"
)
_SEVERE = (
    r"(peor|terrible|insoportable|fuertisimo|muy fuerte|horrible|brutal|bestial|atroz|espantoso|"
    r"explosiv\w*|tremendo|salvaje)"
)
_HEADACHE = r"(dolor\w* de cabeza|dolor\w* en la cabeza|dolor\w* (en|de) la nuca|jaqueca|cefalea)"
_HEAD_HURTS = r"((me|le|nos) (duele|dolio|empezo a doler|comenzo a doler)( \w+){0,2} la cabeza)"
_BLAST = r"(explot\w*|revent\w*|estall\w*|partieron|partio|parte en dos|partir)"
_BLAST_HEAD = rf"({_BLAST}( \w+){{0,4}} cabeza|cabeza( \w+){{0,3}} {_BLAST})"
_POSTOP = r"(operacion|cirugia|operaron|operado|operada|descompresion|intervencion|mvd)"
_WOUND = (
    r"(herida|heridas|cicatriz|incision|puntos|sutura\w*|costura|costuras|grapas|(corte|cortada) de la "
    r"(operacion|cirugia)|"
    # round 21: the operation's cut named by its place ("la cortada de atrás de la oreja")
    r"(corte|cortada|rajada|tajo) (de )?(atras|detras) de (la|mi|su) oreja)"
)
_INFECTED = (
    r"(supur\w*|pus|infectad\w*|infeccion|roj[oa]s?|enrojec\w*|calientes?|hinchad\w*|inflamad\w*|"
    r"huele mal|mal olor|apesta|abiert[oa]|secrecion|escurre|sale liquido|sangra\w*|"
    r"huele (feo|raro|horrible|a podrido|rancio|fuerte)|olor (feo|raro|horrible|feisimo|fetido|"
    r"a podrido)|colorad\w*|arde|ardor|quema|supurando|"
    # round 13: a wound that opens or whose stitches part, a cloudy or thick discharge
    r"se (me |le )?(abrio|abrieron|esta abriendo|estan abriendo|separo|separaron|zafo|zafaron)|"
    r"abriendo|abriendose|separad[oa]s|(liquido|agua|agüita|aguita|secrecion|algo)( \w+)? (turbi[oa]|"
    r"espes[oa]|amarill\w*|verdos\w*|lechos[oa]|blancuzc[oa]|con pus))"
)
#: "sin pus", "no tiene pus ni enrojecimiento": the sign itself negated.
_NO_SIGN = re.compile(
    r"\b(no|sin|ni|nunca|nada|nada de|ya no)\b(\s+\w+){0,2}\s+" + _INFECTED + r"\b"
)
#: "dice cosas sin sentido" (a red flag only with an onset: "el médico dice cosas sin
#: sentido" is a complaint)
_NONSENSE = (
    r"((dice|decia|esta diciendo|dijo|habla|hablaba)( puras)? (cosas|palabras|incoherencias|"
    r"disparates)( \w+){0,2} (sin sentido|que no (tienen|tiene) sentido|incoherentes|"
    r"sin pies ni cabeza)|no se le entiende (nada|lo que dice))"
)
_FEVER = (
    # round 19: "calientita desde ayer", "calenturienta", "afiebrada"
    r"(fiebre|calentura|temperatura (alta|elevada|de (3[789]|4[012]))|febril|calientit[oa]s?|calenturient[oa]s?|"
    # round 21: "temperatura" had or woken with ("amaneció con temperatura"): a fever
    r"(con|tengo|tiene|tenia|tenemos|le dio|me dio|amanecio con|amaneci con) temperatura\b(?! (de|del|ambiente|"
    r"agradable|normal|baja|fresca)\b)|"
    r"afiebrad[oa]s?|"
    # round 29: the temperature risen in one's body ("me subió la temperatura", "la
    # temperatura le sube en la noche"; not the room's: "subió la temperatura afuera")
    r"(me|le|nos|se me|se le) (subio|sube|ha subido|esta subiendo|subiendo|empezo a subir|volvio a subir) la "
    r"temperatura\b|la temperatura (me|le|nos) (subio|sube|ha subido|esta subiendo|anda alta|salio alta|dio alta)\b|"
    # round 28: a fever played down ("algo de temperatura", "un poco de temperatura")
    r"(algo|un poco|un poquito|poquita|tantita|tantito) de temperatura\b|"
    # "tengo 38.9", "tiene 39 grados" (round 9)
    r"(tengo|tiene|tenia|con|de|marca|llego a|subio a) (3[89]|4[01])( \d)?( grados)?"
    r"(?! (anos|dias|semanas|meses|horas|minutos|pastillas|puntos|kilos|personas|veces)\b)|"
    # a temperature with its decimal, said alone: "38.9 y el cuello tieso" (round 12)
    r"(?<![0-9] )(?<![0-9])(3[89]|4[01]) [0-9]\b(?! (anos|dias|semanas|meses|horas|minutos|kilos|"
    r"por ciento|cm|mm|kg)\b))"
)
_LIGHT = (
    r"((me|le) molesta( \w+){0,2} la luz|la luz (me|le) (molesta|lastima|hace dano|duele)|"
    r"no (soporto|soporta|aguanto|aguanta|tolero|tolera) la luz|fotofobia|(me|le) (lastima|"
    r"hace dano|duele) la luz)"
)
#: Round 21: "no puede bajar la barbilla al pecho" (the stiff neck in a carer's words).
_CHIN = (
    r"(no (puedo|puede|podia|pudo|logro|logra) (bajar|doblar|pegar|llevar|agachar|tocar(se|me)?) (la barbilla|"
    r"el menton|la barba|la cabeza|la quijada)( \w+){0,2} (al|hacia el|contra el|con el|el) pecho)"
)
_BODY_OUT = r"(nariz|oido|oidos|oreja|herida|garganta)"
_FLUID = r"(liquido|agua|agüita|aguita|fluido|transparente|clarito|clara)"

RED_FLAGS_ES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("facial droop or weakness", rf"\b{_FACE}\b(\s+\w+){{0,5}}\s+{_WEAK}\b"),
        ("facial droop or weakness", rf"\b{_WEAK}\b(\s+\w+){{0,4}}\s+{_FACE}\b"),
        # round 20, a nurse's words: "asimetría facial derecha de inicio brusco"
        (
            "facial droop or weakness",
            r"\basimetria (facial|de la cara|en la cara|de la boca)\b( \w+){0,4} (de inicio (brusco|subito|"
            rf"repentino|agudo)|{_SUDDEN})\b|\b(de inicio (brusco|subito|repentino)|{_SUDDEN})\b( \w+){{0,4}} "
            r"asimetria (facial|de la cara|en la cara|de la boca)\b",
        ),
        # round 19: one side "como bajito", "caidita" (a diminutive does not hide a droop)
        (
            "facial droop or weakness",
            r"\b(un lado|la mitad|el lado( izquierdo| derecho)?|media|un cachete|una mejilla) (de la|de mi|de "
            r"su) (cara|boca)( \w+){0,2} (como )?(bajit[oa]|caidit[oa]|mas baj[oa]|colgadit[oa]|ladeadit[oa])\b|"
            r"\b(cara|boca|cachete|mejilla|labio|comisura)( \w+){0,3} (caidit[oa]|colgadit[oa])\b",
        ),
        (
            "facial droop or weakness",
            r"\bno (puedo|puede|podia|pude|logro|consigo|podemos) (sonreir|mover (la|mi|su|media|"
            r"el lado de la|ese lado de la|un lado de la|la mitad de la) (cara|boca))\b|"
            r"\bno (siento|sentia|siente) (la|mi|media|su|la mitad de la) (cara|boca|mejilla)\b|"
            # round 12: "no muevo la mitad de la cara, ni la ceja ni la mejilla"
            r"\bno (muevo|mueve|movia|mueven) (la|mi|su|media|la mitad de la|el lado de la|un lado de "
            r"la|ese lado de la) (cara|boca|ceja|frente)\b",
        ),
        (
            "eye that will not close",
            r"\bno (puedo|puede|podia|pude|logro|consigo) (cerrar|parpadear)( \w+){0,2} (ojo|ojos|parpado)\b|"
            r"\b(ojo|parpado)\b( \w+){0,2} no (me |le )?(cierra|se cierra|cerraba|quiere cerrar)\b|"
            # round 21: "el párpado no me baja" (the lid that will not come down)
            r"\bparpado( \w+){0,2} (ya )?no (me |le |se )?(baja|bajaba|quiere bajar|cae|alcanza a bajar)\b|"
            # round 16, a note's order: "no cierra el párpado", "no le cierra bien el ojo"
            r"\bno (me |le |se )?(cierra|cerraba|ocluye)( bien| del todo| completo)? (el|su|mi) (ojo|parpado)\b",
        ),
        (
            "slurred speech",
            r"\barrastr\w*( \w+){0,2} (palabras|la lengua)\b|\blengua (trabada|pesada|dormida)\b|"
            # round 19: "la lengua no me obedece", "no me obedece la lengua"
            r"\blengua( \w+){0,2} no (me |le )?(obedece|responde|hace caso)\b(?!.*\b(trabalenguas|jaja\w*|"
            r"ingles|pronunciar|la rr?)\b)|\bno (me|le) (obedece|hace caso) la lengua\b(?!.*\b(trabalenguas|"
            r"jaja\w*|ingles|pronunciar)\b)|"
            r"\b(habla|hablando|hablo|habla muy) (raro|rara|mal|enredado|trabad\w*|incoherente\w*|"
            r"sin sentido|chistoso|extran\w*|cosas sin sentido|arrastrado)\b|"
            r"\bno (me|le) salen las palabras\b|\bbalbuce\w*|"
            # round 29: the words first ("las palabras no me salen bien", "las palabras ya no le
            # salían"), not from nerves, shyness or a language ("en inglés")
            r"\bpalabras( \w+){0,2} (ya )?no (me|le) (salen|salian|salieron|quieren salir)\b(?!.*\b(nervi\w*|publico|"
            r"ingles|frances|idioma|examen|exposicion|timid\w*|pena|verguenza|escrib\w*|poema|carta|discurso|"
            r"entrevista|decir(te|le|les)|explicar|expresar)\b)|"
            r"\b(no puedo|no puede|dificultad para|me cuesta|le cuesta) (hablar|articular)\b|"
            r"\bpalabras\b( \w+){0,3} (revueltas|mezcladas|trabadas|sin sentido|no tienen sentido)\b|"
            rf"\b{_NONSENSE}\b.*\b{_SUDDEN}\b|\b{_SUDDEN}\b.*\b{_NONSENSE}\b|"
            # round 14: "hablo como borracho sin haber tomado" (not after the beers)
            r"\b(hablo|habla|hablando|hablaba|hable|se oye|me oigo|suena|sueno) como (borrach\w*|ebri\w*|"
            r"tomad[oa])\b(?!.*\b(cerveza\w*|chela\w*|copas|tragos|tequila|mezcal|vino|alcohol|me emborrache|"
            r"se emborracho|la fiesta|la peda)\b)",
        ),
        ("limb weakness", rf"\b{_LIMB}\b(\s+\w+){{0,4}}\s+{_LIMB_WEAK}"),
        # round 29: a whole half of the body gone slack ("la mitad del cuerpo se me puso
        # floja", "medio cuerpo como de trapo"): "flojo" of a leg alone is tiredness, of a
        # whole side it is a stroke
        (
            "stroke",
            r"\b(mitad del cuerpo|medio cuerpo|lado (izquierdo |derecho )?del cuerpo|todo (un|el) lado)\b( \w+){0,4} "
            r"(floj[oa]s?|aflojad[oa]|aguad[oa]|blandit[oa]|como (de )?trapo|sin fuerzas?)\b",
        ),
        ("limb weakness", rf"\b{_LIMB_WEAK}(\s+\w+){{0,4}}\s+{_LIMB}\b"),
        # round 19: "la pierna izquierda me pesa" with the tongue or the face in the message
        (
            "limb weakness",
            rf"\b{_LIMB}( izquierd[oa]s?| derech[oa]s?)? (me|le) (pesa|pesan)\b(?=.*\b(lengua|cara|boca|"
            rf"hablar|las palabras)\b)|\b(lengua|cara|boca)\b.*\b{_LIMB}( izquierd[oa]s?| derech[oa]s?)? "
            r"(me|le) (pesa|pesan)\b",
        ),
        # round 14: "se me fue la fuerza de la pierna y del brazo"
        (
            "limb weakness",
            rf"\bse (me|le) (fue|ha ido|esta yendo|acabo|esfumo) la fuerza (de|del|en)( (el|la|los|las|mi|mis|"
            rf"su|sus))? {_LIMB}\b",
        ),
        (
            "limb weakness",
            rf"\bno (siento|sentia|siente|sentimos) (el|la|los|las|mi|mis|su|sus)( \w+)? {_LIMB}\b|"
            rf"\bno (puedo|puede|podia|pude)( ni)? (levantar|alzar|mover|sentir|usar|mantener) "
            rf"(el|la|los|las|mi|mis|su|sus)( \w+)? {_LIMB}\b|"
            rf"\b(me|le) cuesta (levantar|mover|subir|sostener)( (el|la|los|las|mi|mis|su|sus))? {_LIMB}\b|"
            # round 12: "no mueve el brazo", "la mano izquierda ... está como muerta",
            # "se me cae la taza de la mano"
            rf"\bno (puede|puedo|podia|pudo) (agarrar|sostener|tomar|levantar|apretar) (la|el|los|las|"
            rf"un|una) \w+ con (la|el|su|mi) {_LIMB}\b"
            r"(?!( \w+){0,4} (porque|por (el|la|un|una) (yeso|golpe|quemadura|corte|caida|fractura)|"
            r"quem\w*|cort\w*|enyesad\w*|vendad\w*|lastimad\w*)\b)|"
            rf"\bno (mueve|muevo|movia|movio|mueven) (el|la|los|las|mi|mis|su|sus)( \w+)? {_LIMB}\b"
            r"(?!( \w+){0,4} (porque|por (el|un|una|la) (yeso|golpe|caida|fractura)|enyesad\w*|"
            r"fractur\w*|vendad\w*))|"
            rf"\b{_LIMB}( izquierd[oa]s?| derech[oa]s?)?( \w+){{0,6}} (esta|estan|quedo|quedaron|se "
            r"(me|le) (puso|quedo)) (como )?muert[oa]s?\b|\bse (me|le) (cae|caen|cayo|cayeron|resbala|"
            r"resbalan) (la taza|el vaso|las cosas|todo|el celular|el telefono|la cuchara|el tenedor)"
            r"( \w+){0,2} de (la|las|mi|su) (mano|manos)\b|"
            # round 19: "se me cae el bolígrafo de las manos" (any thing)
            r"\bse (me|le) (cae|caen|cayo|cayeron|resbala|resbalan) (el|la|los|las) \w+( \w+)? de (las|mis|sus) "
            r"manos\b",
        ),
        (
            "spreading weakness",
            r"\bno (puedo|puede|pueda|pude|pudo) (sostener|levantar|mantener|aguantar) (la|mi|su) cabeza\b|"
            r"\btodo el cuerpo\b( \w+){0,2} (debil\w*|sin fuerzas?|flojo|aguado|pesado|cortado)\b|"
            r"\b(los dos|ambos) parpados\b( \w+){0,3} (caid\w*|cae\w*)\b|\bse (me|le) caen los parpados\b"
            r"( \w+){0,2} (de los dos|de ambos)\b|"
            r"\b(debilidad|debil|flojera|floj[oa]|sin fuerzas?)\b( \w+){0,8} (todo el cuerpo|el cuerpo entero)\b",
        ),
        (
            "sudden severe headache",
            r"\b(peor|terrible|insoportable|fuertisimo|muy fuerte|horrible|repentin\w*|subit\w*|"
            r"explosiv\w*|espantoso|atroz|de repente|de golpe)\b( \w+){0,4} dolor de cabeza\b|"
            r"\bdolor de cabeza\b( \w+){0,5} (repentin\w*|subit\w*|de repente|de golpe|insoportable|"
            r"terrible|horrible|muy fuerte|fuertisimo|de mi vida|como un (trueno|golpe|martillazo|"
            r"balazo)|explosiv\w*|como nunca)\b|"
            r"\b(cabeza|jaqueca|cefalea)\b( \w+){0,4} (como nunca|como un trueno|a punto de explotar|"
            r"me va a explotar|insoportable)\b|"
            # "como si me cayera un trueno en la cabeza"
            r"\b(trueno|estallido|explosion|balazo|martillazo|rayo|bombazo|canonazo|disparo)\b( \w+){0,4} (en|de|dentro de) "
            # round 28: or the nape ("como un estallido en la nuca")
            r"(la|mi|su) (cabeza|nuca|craneo)\b|"
            # "me explota la cabeza de repente", "de la nada sentí que me estallaba la cabeza"
            rf"\b{_BLAST_HEAD}\b.*\b{_ONSET}\b|\b{_ONSET}\b.*\b{_BLAST_HEAD}\b|"
            # round 17: the head seized suddenly, "the worst pain of one's life" ("se agarró
            # la cabeza de repente, el dolor más fuerte que ha tenido en su vida")
            rf"(?=.*\bcabeza\b)(?=.*\b{_ONSET}\b).*\b(el|su|mi) (dolor )?(mas fuerte|peor|mas horrible|"
            r"mas terrible)( dolor)?( \w+){0,2} (de (mi|su|toda (mi|su)) vida|que (he|ha|haya) (tenido|sentido)"
            r"( en (mi|su) vida)?)\b|"
            # round 21: the head seized of a sudden, with a cry or an unbearable pain
            # ("de la nada se agarró la cabeza gritando del dolor, dice que es insoportable")
            rf"\b{_ONSET}\b( \w+){{0,3}} se (agarro|agarra|tomo|sujeto|cogio|apreto) la cabeza\b"
            r"(?=.*\b(grit\w*|insoportable|dolor\w*|llor\w*|alarid\w*|chill\w*)\b)|"
            rf"\bse (agarro|agarra|tomo|sujeto|cogio|apreto) la cabeza\b( \w+){{0,3}} {_ONSET}\b"
            r"(?=.*\b(grit\w*|insoportable|dolor\w*|llor\w*|alarid\w*|chill\w*)\b)|"
            # round 22: a pain that burst, the head named ("se agarró la cabeza gritando, dice
            # que le estalló un dolor así de pronto"), and a superlative headache with an onset
            # ("de pronto se quejó de una cefalea intensísima")
            r"^(?=.*\b(cabeza|nuca|craneo)\b)"
            rf"(?=.*\b({_ONSET}|grit\w*|insoportable)\b).*\b(me|le|nos) (estallo|exploto|revento|estalla|"
            r"explota|revienta) un dolor\b|"
            rf"\b{_ONSET}\b.*\b{_HEADACHE}\b( \w+){{0,2}} (intensisim[oa]|fuertisim[oa]|fortisim[oa]|"
            r"insoportable|brutal|atroz|horroros[oa]|espantos[oa])\b|"
            # round 12: "le explotó la cabeza y ahora está vomitando"
            rf"\b{_BLAST_HEAD}\b.*\b(vomit\w*|vomito|devolviendo|devolvio|se desmayo)\b|"
            # round 16: the blast and "never hurt like this", either order
            rf"\b{_BLAST_HEAD}\b.*\b(nunca|jamas)( \w+){{0,4}} (dolido|dolio|dolia|duele|sentido) "
            r"(asi|tanto|igual)\b|\b(nunca|jamas)( \w+){0,4} (dolido|dolio|dolia|duele|sentido) (asi|tanto|"
            rf"igual)\b.*\b{_BLAST_HEAD}\b|"
            # "me duele la cabeza horrible, empezó de un segundo a otro"
            rf"\b({_HEADACHE}|{_HEAD_HURTS})\b( \w+){{0,5}} ({_SEVERE}|{_ONSET})\b|"
            rf"\b{_ONSET}\b( \w+){{0,3}} {_HEAD_HURTS}\b|\b{_SEVERE}\b( \w+){{0,3}} {_HEADACHE}\b|"
            # round 18: a headache that knocked one down ("un dolor de cabeza tan fuerte que me
            # tiró al suelo"; not "la jaqueca me tumbó en cama"), or "so strong" with an onset
            # anywhere in the message ("de golpe", while lifting)
            rf"\b({_HEADACHE}|{_HEAD_HURTS})\b( \w+){{0,6}} (me|le|lo|la) (tiro|tumbo|derribo|doblo|"
            r"hizo caer|aviento|puso de rodillas|dejo tirad[oa]|dejo en el (suelo|piso))\b(?! (en|a) (la )?cama)|"
            rf"\b({_HEADACHE}|{_HEAD_HURTS})\b( \w+){{0,3}} (tan|muy|bien|super|demasiado) (fuerte|"
            rf"intens[oa]|horrible|terrible|brutal|feo)\b(?=.*\b{_ONSET}\b)|\b{_ONSET}\b.*\b({_HEADACHE}|"
            rf"{_HEAD_HURTS})\b( \w+){{0,3}} (tan|muy|bien|super|demasiado) (fuerte|intens[oa]|horrible|"
            r"terrible|brutal|feo)\b|"
            # "nunca en la vida me había dolido así la cabeza"
            r"\b(nunca|jamas)\b( \w+){0,6} (dolido|dolor|duele|dolia|sentido)( \w+){0,3} (asi|tanto|igual)\b(?! que)"
            r"( \w+){0,2} (la |mi |su )?cabeza\b|"
            r"\b(nunca|jamas)\b( \w+){0,6} (dolido|dolor|dolia|duele)( (de|en|la|mi) (la )?| )cabeza( \w+){0,2} "
            r"(asi|tanto|igual|como (este|esta|esto|ahora|hoy))\b(?! que)",
        ),
        (
            "sudden hearing loss",
            # "todo se oye apagado de un oído y luego ya no oí nada, esta mañana" (round 9)
            rf"\b(se oye|se escucha|oigo|escucho|oye|escucha)( todo)? (apagado|amortiguado|tapado|lejos|"
            rf"como (en un tunel|bajo el agua))\b.*\b{_SUDDEN}\b|"
            rf"\b{_SUDDEN}\b.*\b(se oye|se escucha|oigo|escucho)( todo)? (apagado|amortiguado|tapado)\b|"
            rf"\bya no (oi|oigo|escucho|escuche|oye|oyo|escucha|escucho) nada\b.*\b{_SUDDEN}\b|"
            rf"\b{_SUDDEN}\b.*\bya no (oi|oigo|escucho|escuche|oye|oyo|escucha|escucho) nada\b|"
            r"\b(perd\w*|se me fue|se le fue|se fue) (la audicion|el oido|la capacidad de oir)\b|"
            # round 20: "de pronto la voz desapareció del oído izquierdo"
            # (round 29: the sound named at length, "de pronto todo el ruido de la máquina
            # desapareció del oído derecho")
            rf"\b{_SUDDEN}\b( \w+){{0,7}} (desaparecio|desaparecieron|se fue|se apago|se corto|dejo de oirse|"
            r"se esfumo|se borro|se perdio|se dejo de oir)( \w+){0,2} (del|de un|de mi|de su|por el|en el) (oido|oreja)\b|"
            # round 30: the sound switched off in one ear, told with a pronoun and an onset
            # ("hoy de golpe se me apagó el sonido en un oído", "se le fue el sonido de un oído
            # de repente", "se me acaba de ir el oído derecho")
            rf"\b{_SUDDEN}\b( \w+){{0,4}} se (me|le) (apago|apagaron|fue|fueron|corto|borro|perdio|esfumo|"
            r"desaparecio)( \w+){0,3} (el sonido|los sonidos|el ruido|el oido|la audicion|lo que oigo)\b"
            r"( \w+){0,2} (del|de un|de mi|de su|por el|en el|en un|en mi|de este|en este) (oido|oreja|lado)\b|"
            r"\bse (me|le) (apago|apagaron|fue|fueron|corto|borro|perdio|esfumo|desaparecio)( \w+){0,3} (el sonido|"
            r"los sonidos|la audicion)( \w+){0,2} (del|de un|de mi|de su|por el|en el|en un|en mi) (oido|oreja)\b"
            rf"( \w+){{0,4}} {_SUDDEN}\b|"
            r"\bse (me|le) (acaba|acababa) de (ir|apagar|tapar|cerrar) (el oido|un oido|el sonido|la audicion)\b|"
            r"\bno (oigo|escucho|oye|escucha|oiga|escuche|oigan)( nada)?( \w+){0,2} (de|del|por|con)( (un|el|este|mi|ese|su))? oido\b|"
            r"\b(quede|quedo|desperte|amaneci|volvi|estoy|quedé)( \w+){0,2} sord[oa]\b"
            r"(?! de (tanto|escuchar|oir|los gritos|la musica))|"
            r"\b(desperte|amaneci|me levante)( \w+){0,2} sin (oir|escuchar)\b|"
            r"\b(sin|no) (oir|oigo|oye|escucho|escucha|escuchar)( nada)?( \w+){0,2} (del|de un|de mi|por (el|un)) "
            r"(lado|oido|oreja)\b|"
            rf"\b{_ONSET}\b( \w+){{0,6}} (oido|oreja)\b( \w+){{0,4}} no (oigo|oye|escucho|escucha)\b|"
            rf"\b{_SUDDEN}\b( \w+){{0,5}} sord[oa]\b|\bsord[oa]\b( \w+){{0,5}} {_SUDDEN}\b|"
            r"\bdeje de (oir|escuchar)(la|lo|las|los|le|les|te)?\b|"
            r"\b(deje|dejo|ha dejado|he dejado|dejaron) de (oir|escuchar)\b( \w+){0,4} (oido|oidos|oreja)\b|"
            rf"\b{_ONSET}\b( \w+){{0,3}} (dejo|ha dejado|dejaron) de (oir|escuchar)\b|"
            # round 28: the onset after ("que haya dejado de oír de golpe")
            rf"\b(deje|dejo|ha dejado|he dejado) de (oir|escuchar)\b( \w+){{0,3}} {_ONSET}\b|"
            # "se me tapó el oído de un momento a otro y no oigo nada"
            r"\bse (me|le) (tapo|bloqueo|cerro|apago) (el|un|mi|su|los) (oido|oidos)\b( \w+){0,8} "
            rf"({_ONSET}|no (oigo|oye|escucho|escucha))\b|"
            rf"\b{_ONSET}\b( \w+){{0,3}} se (me|le) (tapo|bloqueo|cerro|apago) (el|un|mi|su|los) (oido|oidos)\b|"
            r"\b(oido|oreja)\b( \w+){0,3} no (oigo|oye|escucho|escucha) nada\b|"
            # round 16: the side first, after the operation or of a sudden ("por el lado
            # operado no escucho el móvil"; not the spasm's click, not deafness of years)
            rf"^(?!.*\b(desde hace (anos|mucho)|de siempre|de nacimiento|toda la vida|la edad|viejit\w*)\b)"
            rf"(?=.*\b({_POSTOP}|operaron|me opere|intervenid\w*|de repente|de golpe|de un (dia|momento) "
            r"(a|para) otro)\b).*\b(por|de|del) (el |este |ese |mi |su |la )?(lado|oido|oreja)( \w+){0,3} "
            r"(ya )?no (oigo|oye|escucho|escucha|oia|escuchaba)\b(?! (el |un |ese )?(ruido|zumbido|pitido|"
            r"chasquido|clic|tronido)\b)",
        ),
        (
            "sudden vision loss",
            r"\bno (veo|ve|puedo ver|puede ver)( nada)?( \w+){0,2} (de|del|por|con)( (un|el|este|mi|ese|su))? ojo\b|"
            r"\b(perdi|perdio|se me fue|se le fue|se fue|se me nublo de golpe|haya perdido|se (me|le) (haya|ha) ido) (la vista|la vision)\b|"
            # round 30: the sight just gone ("se me acaba de ir la vista de un ojo", "se le
            # acaba de apagar la vista", "acabo de perder la vista del ojo izquierdo")
            r"\bse (me|le) (acaba|acababa) de (ir|irse|apagar|borrar|nublar|oscurecer) (la vista|la vision|el ojo|un ojo)\b|"
            r"\b(acabo|acaba) de perder (la vista|la vision)\b|"
            r"\b(veo|ve|viendo|vision) doble\b|\b(veo|ve|ves|vemos|ven|viendo|esta viendo) todo doble\b|"
            # round 24: "¿es normal ver doble de golpe? me empezó hace una hora": the
            # infinitive, sudden, with one's own onset told
            rf"\bver (todo )?doble( \w+){{0,2}} {_SUDDEN}\b(?=.*\b(me|le) (empezo|comenzo|dio|vino|paso)\b)|"
            # round 22: "las letras de repente se hicieron dos", "no distingo nada con el ojo"
            r"\b(las letras|las cosas|todo|la imagen|las imagenes|lo que veo|la tele|las caras|los renglones)"
            r"( \w+){0,3} se (me |le )?(hicieron|hizo|volvieron|volvio|ven|veian|veia) (dos|doble|dobles)\b|"
            r"\bno (distingo|distingue|distinguia|distinguo) nada( \w+){0,2} (de|del|por|con)( (un|el|este|mi|ese|"
            r"su))? ojo\b|"
            # round 21: "empecé a ver doble", "todo se me duplica", "de pronto se le nubló todo y no ve"
            r"\b(empece|empezo|comence|comenzo|empiezo|empieza) a ver doble\b|\b(todo|las cosas|las letras|la "
            r"imagen|la vista|lo que veo|las caras|la tele) se (me|le) (duplica|duplican|duplico|duplicaron|desdobla|"
            r"desdoblan|desdoblo|desdoblaron)\b|\bse (me|le) (duplica|duplican|duplico|duplicaron|desdobla|desdoblan|"
            r"desdoblo|desdoblaron) (todo|la vista|la "
            r"imagen|las cosas|las letras|lo que veo)\b|\bse (me|le) (nublo|oscurecio|apago|borro|puso negro) todo\b"
            r"( \w+){0,2} y no (ve|veo|puede ver|puedo ver|distingue|distingo)\b|"
            # round 20: "veo las cosas duplicadas", "ciego de un ojo de un momento a otro",
            # "se me puso negra la mitad de lo que veo"
            r"\b(veo|ve|estoy viendo|esta viendo|empece a ver|empezo a ver)( \w+){0,2} (duplicad[oa]s|"
            r"repetid[oa]s|en doble|por duplicado)\b|"
            rf"\b(ciego|ciega) (de|del) (un |el |este |mi |su )?ojo\b( \w+){{0,3}} {_SUDDEN}\b|"
            r"\bse (me|le) (puso|volvio|quedo|hizo) (negra|oscura|gris) la mitad de (lo que (veo|ve|miro|mira)|"
            r"la vista|la vision|todo)\b|"
            # round 29: things seen twice, whatever is named and however asked ("empecé a ver
            # dos carriles de todo", "lo veo todo doble", "¿es normal ver doble de pronto así
            # de la nada?": the infinitive with the sudden onset beside it)
            r"\b(veo|ve|estoy viendo|esta viendo|vi|vio|empece a ver|empezo a ver|empiezo a ver|comence a ver|"
            r"comenzo a ver)( todo)? (dos|2|doble)( \w+)? de (todo|cada cosa|todas las cosas|cada \w+)\b|"
            r"\b(lo|las|los|la) (veo|ve|estoy viendo|empece a ver|empezo a ver)( todo| todas| todos)? (doble|dobles|"
            r"duplicad[oa]s?|en dos)\b|"
            rf"\bver (todo |las cosas )?(doble|dobles|en dos)( \w+){{0,3}} {_ONSET}\b|\b{_ONSET}( \w+){{0,3}} ver "
            r"(todo |las cosas )?(doble|dobles|en dos)\b|"
            # round 19: "veo dos de todo", "veo dos televisores y dos nietas"
            r"\b(veo|ve|estoy viendo|esta viendo|empece a ver|empezo a ver) (dos|2) de (todo|cada cosa)\b|"
            r"\b(veo|ve|estoy viendo|esta viendo|vi|vio) (dos|2) \w+s( \w+)? y (dos|2) \w+s\b|"
            # round 28: "veo dos teles en vez de una"
            r"\b(veo|ve|estoy viendo|esta viendo|vi|vio|empece a ver|empezo a ver) (dos|2) (?!(opciones|caminos|salidas|"
            r"problemas|posibilidades|soluciones|razones|motivos|ventajas|maneras|formas|alternativas|dudas|"
            r"riesgos|preguntas)\b)\w+( \w+)? en (vez|lugar) de (una|uno|1)\b|"
            r"\bno (veo|ve|puedo ver|puede ver) (el|la) (lado|mitad) (izquierd[oa]|derech[oa]) de (las cosas|"
            r"todo|lo que (veo|ve|miro|mira))\b|"
            rf"\b(vista|vision)\b( \w+){{0,2}} (borros\w*|nublad\w*|negr\w*|oscur\w*)( \w+){{0,4}} {_SUDDEN}\b|"
            # round 23: "veo borroso de un ojo de golpe" (the verb, not the noun)
            rf"\b(veo|ve|vemos|empece a ver|empezo a ver)( todo)? (borroso|nublado|negro|oscuro)( \w+){{0,4}} "
            r"(de repente|de golpe|de la nada|de pronto|de sopeton|de un (segundo|momento|minuto) (a|para) otro)\b|"
            rf"\b{_SUDDEN}\b( \w+){{0,4}} (vista|vision)\b( \w+){{0,2}} (borros\w*|nublad\w*|negr\w*|oscur\w*)\b|"
            r"\bme quede ciego\b|\bno veo nada\b|\b(deje|dejo) de ver\b|"
            # round 17: "ojo derecho ciego de repente", "de golpe quedó ciega del ojo"
            rf"\bojo( (derecho|izquierdo|bueno|malo))? (ciego|ciega)\b( \w+){{0,3}} {_SUDDEN}\b|"
            rf"\b{_SUDDEN}\b( \w+){{0,3}} (ciego|ciega) (de|del) (un |el |este |mi |su )?ojo\b|"
            # round 13: the sight "switched off" ("se le apagó el ojo izquierdo")
            r"\bse (me|le) apago (la vista|la vision|el ojo|un ojo)\b|"
            # "se me puso todo negro en un ojo", "veo una cortina oscura"
            r"\b(se (me|le) (puso|pone|hizo|volvio)|veo|ve|vi|quede|quedo)( \w+){0,2} (todo )?(negro|oscuro)\b"
            r"( \w+){0,2} (en|de|del|con|por)( (un|el|mi|este|ese|su|la))?( \w+)? ojo\b|"
            # "se me oscureció la vista de golpe"
            # (round 28: the perfect too, "se me ha nublado la vista de golpe")
            r"\bse (me|le) (oscurec\w*|nublo|apago|borro|puso (negra|oscura)|ha (nublado|apagado|borrado|oscurecido)) "
            r"(todo |la mitad de )?(la vista|la vision|"
            rf"el ojo|un ojo)\b(( \w+){{0,6}} ({_SUDDEN}|no (veo|ve|distingo|distingue))\b)|"
            rf"\b{_SUDDEN}( \w+){{0,3}} se (me|le) (oscurec\w*|nublo|apago|borro|ha (nublado|apagado|borrado)) "
            r"(todo |la mitad de )?(la vista|la vision|el ojo|un ojo)\b|"
            r"\bojo\b( \w+){0,4} (veo|ve) (todo )?(negro|oscuro)\b|"
            r"\b(veo|ve|vi|viendo)( como)?( una| un)? (cortina|telon|sombra|velo|nube|mancha)( \w+){0,2} "
            r"(oscur\w*|negr\w*|gris)\b|"
            r"\b(cortina|telon|velo)( \w+){0,2} (oscur\w*|negr\w*|gris)\b( \w+){0,6} (ojo|vista|vision)\b|"
            r"\bojo abierto\b( \w+){0,2} no (veo|ve)\b|"
            # "se me puso gris y después negra la mitad de la vista hace unos minutos" (round 9)
            rf"\b(negr\w*|oscur\w*|gris)\b( \w+){{0,4}} (vista|vision)\b( \w+){{0,4}} {_SUDDEN}\b|"
            rf"\b{_SUDDEN}\b( \w+){{0,4}} (negr\w*|oscur\w*|gris)\b( \w+){{0,4}} (vista|vision)\b|"
            # round 16: half of what one sees gone ("perdí la mitad derecha de lo que veo");
            # not the lid that closes in a spasm
            r"\b(perdi\w*|se (me|le) (fue|borro|apago)|no (veo|ve))( \w+){0,2} (la )?mitad( \w+){0,2} "
            r"(de lo que (veo|ve|veia|tengo (delante|enfrente))|de la (vista|vision|imagen)|del campo( visual)?)\b"
            r"(?!.*\b(tic|espasmo|parpado|se (me|le) cierra)\b)",
        ),
        (
            "trouble swallowing",
            # round 18: told as it happens ("me está costando tragar", "le está costando
            # trabajo pasar la comida")
            r"\b(me|le|te|nos) (esta|estaba|sigue|empezo a|empieza a) (costando|dificultando)( mucho| "
            r"muchisimo| trabajo| bastante)? (tragar|pasar( el| la| los)? (bocado|comida|agua|saliva))\b|"
            r"\b(no puedo|no puede|me cuesta|le cuesta|dificultad para|problemas? para|trabajo para) "
            r"(tragar|pasar (la comida|el agua|saliva|bocado))\b|\bse (me|le) (atora|atore|atoro|atasca|atasque|atasco|va por otro lado)\b|"
            # round 21: "se me quedan pegadas en la garganta" (the pills, the food)
            r"\bse (me|le) (queda|quedan|quedo|quedaron) (pegad[oa]s?|atorad[oa]s?|atascad[oa]s?)( \w+){0,2} "
            r"(en )?(la )?garganta\b|"
            # round 15: "se le dificulta tragar", "batalla para pasar bocado" (also after "respirar y")
            r"\b(se (me|le|te) (dificulta|hace dificil|complica)|(batall\w*|sufr\w*) para)( \w+ y)? "
            r"(tragar|pasar( el| la| los)? (bocado|comida|agua|saliva|pastillas))\b|"
            r"\bme (atraganto|atragante|ahogo con)\b|"
            # round 21: "nada" only with the throat or food in the message ("no me pasa nada
            # de eso" is nothing happening to one)
            r"\bno (me|le) (pasa|baja|entra) (la comida|el agua|la saliva|el bocado|ni el agua)\b|"
            r"\bno (me|le) (pasa|baja|entra) nada\b(?=.*\b(garganta|tragar|trago|comida|agua|bocado|"
            r"saliva|sopa|liquidos|pastillas?)\b)(?!( \w+){0,2} (de eso|raro|malo|grave))|"
            r"\b(se|me|le|te) (ahoga|ahogo|ahogaba|atraganta|atraganto|atragantaba|atora|atoro)\b(?! en)( \w+){0,2} "
            r"(con|al|cuando|tomando|comiendo|bebiendo|tragando)\b(?! (papeles|tanto|tanta|tramites|trabajo|deudas))",
        ),
        (
            "trouble breathing",
            r"\b(me falta|le falta|me falte|le falte|falta de|me quedo sin|se queda sin|me quede sin|se quede sin) (el )?aire\b|"
            # round 18: told as it happens ("pues me está costando respirar", "se le está
            # yendo el aire", "me está faltando el aire")
            r"\b(me|le|te|nos) (esta|estaba|sigue|empezo a|empieza a) (costando|dificultando)( mucho| "
            r"muchisimo| trabajo| bastante)? (respirar|tomar aire|jalar aire|agarrar aire|meter aire)\b|"
            r"\b(me|le|te|nos) (esta|estaba|sigue) (faltando|yendo|acabando) el aire\b|"
            r"\b(no puedo|no puede|me cuesta|le cuesta|dificultad para|problemas? para) respirar\b|"
            # round 16: "me cuesta mucho tomar aire", "sensación de ahogo"
            r"\b(no puedo|no puede|me cuesta|le cuesta|dificultad para|problemas? para)( mucho| muchisimo| "
            r"trabajo| bastante)? (respirar|tomar aire|jalar aire|agarrar aire|meter aire|coger aire)\b|"
            r"\bsensacion de (ahogo|asfixia|falta de aire)\b|"
            # round 21: effort to breathe ("tengo que hacer fuerza para jalar aire")
            r"\b(hacer|hago|hace|haciendo) (mucha |tanta )?fuerza para (respirar|jalar aire|tomar aire|meter aire|"
            r"coger aire|agarrar aire|jalar el aire|meter el aire)\b|"
            # round 15: "se le dificulta respirar", "batalla para respirar"
            r"\b(se (me|le|te) (dificulta|hace dificil|complica)|(batall\w*|sufr\w*) para) respirar\b|"
            r"\b(me|se|le) (ahogo|ahoga|ahogaba)\b(?! (con|de (la )?(risa|calor|tos)|en (un vaso|papel\w*|trabajo|"
            r"deudas|tramites|pendientes|problemas|tareas|cuentas|mensajes|correos|preocupaciones|"
            r"tanto|tanta|tantos|tantas|mis|sus|lagrimas|llanto)))|\bme (estoy )?asfixi\w*",
        ),
        (
            "fluid leak after the operation",
            rf"\b{_FLUID}\b( \w+){{0,4}} (por|de|del) (la |el |mi )?{_BODY_OUT}\b|"
            rf"\b{_BODY_OUT}\b( \w+){{0,3}} (gotea|escurre|chorrea|sale agua|sale liquido)\b|"
            r"\b(gotea|escurre|chorrea)\w*( \w+){0,3} (liquido|agua)\b|"
            # round 15: "me gotea por la nariz un líquido claro"
            rf"\b(gotea|escurre|chorrea|sale)\w* (por|de) (la|el|mi|su) {_BODY_OUT}( \w+){{0,2}} {_FLUID}\b|"
            # "la herida me suelta un líquido claro", "del oído me bota agua" (round 9)
            rf"\b{_BODY_OUT}\b( \w+){{0,3}} (suelta|bota|echa|saca|sale|salen|gotea|escurre|chorrea|"
            rf"destila|caen|cae|soltando|botando|echando|sacando)\w*( \w+){{0,3}} {_FLUID}\b|"
            # round 20, a nurse's words: "el conducto del oído empapado de algo claro"
            rf"\b{_BODY_OUT}\b( \w+){{0,3}} (empapad[oa]|mojad[oa]|encharcad[oa])( \w+){{0,3}} ({_FLUID}|claro)\b",
        ),
        (
            "fever with stiff neck or headache",
            rf"\b{_FEVER}\b.*\b((me|le) duele( mucho)? el cuello|"
            r"cuello( (lo|la|me|le) (tengo|tiene|siento|siente|quedo|quedó))? (muy |bien |super |re |tan |bastante |todo |como )?(rigido|tieso|duro|torcido|trabado|durit[oa]|tiesit[oa]|trabadit[oa])|"
            r"nuca (muy |bien |super |tan )?(rigida|tiesa|dura)|"
            r"rigidez (de|del|en el|en la|de la) (cuello|nuca)|no (puedo|puede|poder|pueda) (doblar|mover|agachar)"
            r"( bien)? el cuello|"
            r"dolor de cabeza (fuerte|terrible|horrible|insoportable|muy fuerte))\b|"
            r"\b((me|le) duele( mucho)? el cuello|cuello( (lo|la|me|le) (tengo|tiene|siento|siente))? (muy |bien "
            r"|super |re |tan |bastante |todo |como )?(rigido|tieso|duro|trabado|durit[oa]|tiesit[oa])|nuca (muy |bien |super |tan )?(rigida|tiesa|dura)|"
            r"rigidez (de|del|en el|en la|de la) (cuello|nuca)|"
            r"no (puedo|puede) (doblar|mover) "
            rf"el cuello)\b.*\b{_FEVER}\b|"
            # fever and light that hurts ("temperatura alta, escalofríos, me molesta la luz")
            rf"\b{_FEVER}\b.*\b{_LIGHT}\b|\b{_LIGHT}\b.*\b{_FEVER}\b|"
            # round 21: the stiff neck told by the chin that will not reach the chest
            rf"\b{_FEVER}\b.*\b{_CHIN}\b|\b{_CHIN}\b.*\b{_FEVER}\b|"
            # round 30: the head and the neck hurting together, with a fever ("estoy con
            # temperatura desde la cirugía y me duele mucho la cabeza y el cuello")
            rf"\b{_FEVER}\b.*\b{_HEAD_AND_NECK_ES}\b|\b{_HEAD_AND_NECK_ES}\b.*\b{_FEVER}\b",
        ),
        (
            "wound infection after the operation",
            rf"\b{_WOUND}\b(\s+\w+){{0,8}}\s+{_INFECTED}\b|\b{_INFECTED}\b(\s+\w+){{0,3}}\s+"
            rf"(de |en )?(la |los |las |mi )?{_WOUND}\b|\bme sale pus\b|"
            # round 23: one's own told as "la mía" after a warning about the wound ("la
            # enfermera me dijo que si supura llame; la mía está supurando desde ayer")
            r"\b(la mia|el mio|las mias|los mios)( ya| tambien| si)? (esta|estan|sigue|siguen|anda|empezo a) "
            r"(supurando|chorreando pus|sacando pus|con pus|echando pus|botando pus|con materia)\b|"
            # round 15: the wound first, then far on what it does ("la herida detrás de la
            # oreja de mi mamá se ve infectada, tiene pus")
            rf"\b{_WOUND}\b.*\b(se ve|esta|parece|tiene|le sale|sale|echa|bota|botando|echando|con)( \w+)? "
            # round 19: "materia" is pus ("la herida ... caliente y con materia")
            r"(infectad\w*|pus|materia|podre)\b|"
            # round 17: two signs together, red or hot and a yellow or green discharge
            # ("colorada y caliente, mancha la almohada de algo amarillento"; not a scab)
            rf"\b{_WOUND}\b.*\b(roj[oa]|colorad[oa]|enrojecid[oa]|caliente|ardiendo)\b.*"
            r"\b(mancha\w*|sale|sal\w+|supura\w*|escurre|bota|echa|moja)\b( \w+){0,5} "
            r"(amarill\w*|verdos\w*|verde)\b(?!.*\bcostra)",
        ),
        (
            "warning sign after the operation",
            rf"\b(fiebre|calentura|vomit\w*|vomito)\b(\s+\w+){{0,6}}\s+(desde|despues de) "
            rf"(la|mi|su|que me) {_POSTOP}\b|"
            rf"\b(desde|despues de) (la|mi|su|que me|que le) {_POSTOP}\b( \w+){{0,8}} "
            r"(fiebre|calentura|temperatura alta|vomit\w*|vomito)\b",
        ),
        (
            "not understanding speech",
            rf"\bno (entiende|entiendo|comprende)( nada)? (lo que|de lo que)( \w+){{0,3}} (dicen|decimos|digo|habla\w*)\b.*{_SUDDEN}|"
            rf"{_SUDDEN}.*\bno (entiende|entiendo|comprende)( nada)? (lo que|de lo que)\b",
        ),
        (
            "confusion or collapse",
            r"\b(esta|estoy|anda|ando|se ve|se puso|parece|quedo) (muy |bien |como )?"
            r"(confundid[oa]|desorientad[oa])\b(?! (sobre|con|por|acerca|en cuanto))|"
            r"\b(desmay\w*|perdi el conocimiento|perdio el conocimiento|se desplomo|no reacciona|"
            r"se desvanecio|convulsion\w*)\b",
        ),
        (
            "sudden loss of balance",
            r"\b(me caigo|se cae|me voy|se va|me fui|se fue) (hacia|para|de) (un|el) lado\b|"
            r"\bperd\w* el equilibrio\b",
        ),
        (
            "stroke",
            r"\b(derrame|embolia|ataque cerebral|accidente cerebro ?vascular|ictus|acv|avc|infarto cerebral)\b",
        ),
    )
)

#: Round 10: signs told in plain words, counted only in their context (after the
#: operation, after the toxin, or with words of a sudden start): (name, sign, context).
_AFTER_OP_ES = re.compile(
    r"\b(operaron|operad[oa]s?|operacion|cirugia|descompresion|mvd|intervencion|op|surgery|"
    # round 24: the past told with "se" ("mi ñaño se operó del nervio"), and Galician ("operouse")
    r"se opero|me opere|operou\w*|"
    # round 25: a chart's "intervenida hace ocho días", "post op"
    r"intervenid[oa]s?)\b"
)
_NO_OP_ES = re.compile(
    r"\b(no|nunca) (me|le|nos) (han |ha |he |hemos )?operad\w*|\bsin (operacion|cirugia)\b|"
    # round 16: "todavía ni me han operado", "aún no me operan"
    r"\b(ni|todavia no|aun no|todavia ni|aun ni) (me|le|nos|lo|la) (han |ha |he |hemos )?(operad\w*|operan|"
    r"intervenid\w*)\b"
)
_COLD_ES = re.compile(
    # round 15: "ando con gripa" is a cold ("con" was read as no cold); a cold denied is none
    r"(?<!no estoy )(?<!no es )(?<!no ando con )(?<!no estoy con )(?<!sin )(?<!no tengo )(?<!no tiene )"
    r"(?<!ni )(?<!no es de )"
    r"\b(gripa|gripe|resfriado|resfrio|catarro|alergia|constipad[oa])\b"
)
_AFTER_TOXIN_ES = re.compile(
    r"\b(botox|toxina|inyecc\w*|inyectaron|inyectado|pusieron|piquete|piquetes|pinchazo\w*|"
    # round 23: "me pincharon botox hace 3 días"
    r"pincharon|pinchado|pinchada)\b"
)
_RECENT_ES = re.compile(
    r"\b(de repente|de golpe|de la nada|de un (momento|segundo) a otro|hoy|ayer|anoche|desde|"
    r"esta manana|ojo|oido|oreja|vista|lado|operaron|operad[oa]|cirugia|operacion|mvd|"
    r"descompresion|botox|toxina)\b"
)
GATED_ES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # round 19: after the operation, the face told by a likeness or by what it will not do
    # ("la cara como de trapo", "no me responde cuando trato de silbar", "la boca se me va
    # para abajo"), and the eye that stays open in sleep ("duermo con el ojo abierto")
    (
        "facial droop or weakness",
        re.compile(
            r"\b(cara|boca|cachete|mejilla|labio|lado de la cara)( \w+){0,3} (como )?de (trapo|goma|hule|"
            r"plastilina|carton)\b|"
            r"\bno (me|le) (responde|obedece|hace caso|sale|deja)( \w+){0,3} (silbar|soplar|inflar|chiflar|"
            r"sonreir|cerrar el ojo)\b|"
            r"\b(boca|cara|labio|comisura|cachete|mejilla|ceja|parpado)( \w+){0,2} se (me|le) (va|iba|fue|cae|"
            r"cayo) (para|hacia|pa) (abajo|un lado)\b|"
            # round 22: the lips that will not close, the drink that spills out ("los labios no me
            # cierran de ese lado", "se me sale el agua al tomar", "se le chorrea la sopa")
            r"\b(los )?labios( \w+)? no (me |le )?(cierran|cierra|sellan|juntan|aprietan)\b|"
            # round 23: "se me quedó la cara como muerta de un lado", "el lado operado no se
            # mueve para nada"
            r"\bse (me|le) quedo (la cara|la boca|el lado|media cara|la mitad de la cara)( \w+){0,2} (como )?(muert[oa]|"
            r"paralizad[oa]|sin movimiento|congelad[oa]|tiesa|de piedra)\b|"
            r"\b(el )?lado (operado|de la operacion|de la cirugia)( (?!ya\b)\w+){0,2} no se (me |le )?mueve\b"
            r"(?! (solo|sola|tanto|como antes|con el (espasmo|tic)|por el (espasmo|tic)|del (espasmo|tic))\b)|"
            r"\bno (puedo|puede|logro|logra) (cerrar|juntar|apretar) (bien )?(los labios|la boca)\b|"
            r"\bse (me|le) (sale|salen|escurre|escurren|chorrea|chorrean|derrama|derraman|cae|caen) (el agua|la "
            r"comida|la saliva|la baba|el liquido|el cafe|la sopa|el jugo|la bebida)( \w+){0,3} (de la boca|por "
            r"la comisura|por un lado|por el lado|de un lado|al (tomar|beber|comer|tragar))\b"
        ),
        _AFTER_OP_ES,
    ),
    (
        "eye that will not close",
        re.compile(
            r"\b(duermo|duerme|dormia|dormir|me duermo|se duerme|dormido|dormida)( \w+){0,2} con (el|un|los|"
            r"mi|su) ojos? (abierto|abiertos|entreabierto|medio abierto)\b"
        ),
        _AFTER_OP_ES,
    ),
    # round 17: "antes la cara se movía bien, después de la operación el lado izquierdo
    # no se mueve nada": one side of a face already named, after the operation
    (
        "facial droop or weakness",
        re.compile(
            r"\b(cara|rostro|boca|sonrisa)\b.*\b(el|del) lado (izquierdo|derecho)\b( \w+){0,2} "
            r"(no se (me |le )?mueve|no (lo|la) (puedo|puede) mover|no responde|se (me |le )?cayo|"
            r"quedo (caido|colgado|paralizado|muerto|sin movimiento))\b(?! (solo|sola|tanto|como antes|nada con)\b)"
        ),
        _AFTER_OP_ES,
    ),
    (
        "fluid leak after the operation",
        re.compile(
            r"\b(almohada|sabana|funda)\b( \w+){0,3} (mojad[oa]|humed[oa]|empapad[oa])\b|"
            r"\b(mojad[oa]|humed[oa]|empapad[oa])( \w+){0,6} (oreja|oido|nariz)\b|"
            r"\b(moquito|moco|mocos|moque\w*|escurr\w*|gote\w*|chorre\w*)( \w+){0,4} (aguad[oa]|claro|clarito|clarita|"
            r"clara|como agua|de agua|transparente)\b|"
            # round 23: a runny nose on one side only ("me moquea solo un lado", "me gotea
            # la nariz de un lado nada más")
            r"\b(moque\w*|escurr\w*|gote\w*|chorre\w*)( \w+){0,3} (solo (de |por )?un lado|de un (solo )?lado|por un "
            r"(solo )?lado|un solo lado|una sola fosa|un solo orificio|(de|por) una (sola )?fosa)\b|\b(me|le) (gotea|escurre|chorrea) (la nariz|el oido|agua)\b|"
            # round 12: "un goteo salado por la nariz", "moqueo claro q no para"
            r"\b(goteo|gotitas|moqueo|moquera|escurrimiento|liquido|agua)( \w+){0,2} (salad[oa]|clar[oa]|"
            r"clarit[oa]|transparente|aguad[oa]|acuos[oa])\b|\b(sabor|gusto) salado\b( \w+){0,4} (garganta|boca|nariz)\b"
        ),
        _AFTER_OP_ES,
    ),
    (
        "warning sign after the operation",
        re.compile(
            r"\b(fiebre|calentura|escalofrios|temperatura( \w+){0,2} (3[89]|4[01]))\b|"
            r"\b(herida|cortada|cicatriz|incision|puntos)\b( \w+){0,6} (colorad[oa]|roj[oa]|hinchad[oa]|"
            r"chorre\w*|supur\w*|pus|abriendo|abierta|caliente|amarill\w*|verde|huele mal|apesta|"
            # round 14: "la cortada de atrás de la oreja huele feo y está como inflamada"
            r"huele feo|huele raro|huele a podrido|inflamad[oa])\b"
        ),
        _AFTER_OP_ES,
    ),
    (
        "facial droop or weakness",
        re.compile(
            r"\bse (me|le) (empezo a |empieza a |esta |estan )?(caer|cayendo|cae|cayo|bajo|bajando|baja)"
            r"( \w+){0,2} (la ceja|el cachete|la cara|la mejilla|el parpado|la boca|el labio|la comisura)\b|"
            r"\b(no|ya no) (puedo|puede|pude|pudo|podia|podemos) (inflar|soplar|silbar|chiflar|"
            r"levantar la ceja|arrugar la frente)\b|"
            # round 13, told by what one does: a drink out of the corner of the mouth, a
            # brow that does not go up, a smile on one side only
            r"\bse (me|le|te) (sale|salio|salia|escurre|escurrio|cae|cayo|chorrea|escapa|derrama|va)"
            r"( \w+){0,3} (por|de) ((la|una|mi|su) (comisura|orilla de la boca)|"
            # round 15: "se me sale el café por un lado de la boca"
            r"(un|el|un solo|ese|este|mi|su) (lado|ladito|costado) de (la|mi|su) boca)\b|"
            r"\b(agua|liquido|cafe|bebida|sopa|leche|comida|jugo|refresco)( \w+){0,3} (sale|salia|escurre|"
            r"cae|chorrea|escapa|derrama)( \w+){0,3} (por|de) (la|una|mi|su|un) (comisura|orilla de la boca|"
            r"lado de la boca)\b|"
            r"\b(no|ni|ya no) (me |le |te )?(sube|levanta|alza|arruga|mueve)( bien| nada)? (la ceja|la frente|"
            r"la comisura)\b|"
            r"\b(no|ni|ya no) (sonrie|sonrio|sonreia|puede sonreir|puedo sonreir|le sale la sonrisa|"
            r"me sale la sonrisa)( bien)? (de|del|por|con) (ese|este|un|el|su|mi|un solo|el otro) lado\b"
        ),
        _RECENT_ES,
    ),
    (
        "trouble swallowing",
        re.compile(
            r"\bno (me |le )?(paso|pasa|puedo pasar|puede pasar|trago|traga)( ni)? (la )?(saliva|comida|bocado)\b|"
            # round 23: "no puede ni tragar saliva"
            r"\bno (puedo|puede|podia|pudo) ni (tragar|pasar|pasarme) (la |su |mi )?(saliva|comida|agua|bocado)\b|"
            # round 21: the pills that will not go down after the toxin (not big ones), and
            # water or food that makes one cough ("el agua me haga toser")
            r"\bno (paso|pasa|puedo pasar|puede pasar|trago|traga|puedo tragar|puede tragar) (las |la |mis |sus )?"
            r"(pastillas?|tabletas?|capsulas?)\b(?! (grandes|enormes|gordas|tan grandes))|"
            r"\b(agua|comida|liquidos?|bebida|sopa|saliva)( \w+){0,2} (me|le) (hace|haga|hacen|hagan|hizo|hacia) "
            r"toser\b|\b(toso|tose|tosiendo|me ahogo|se ahoga) (cuando|al|cada vez que) (tomo|toma|bebo|bebe|trago|"
            r"traga|como|come|tomar|beber|tragar|comer)\b|"
            r"\bgarganta( \w+){0,2} (cerrada|apretada)\b|"
            # round 12: "siento que se me cierra la garganta"
            r"\bse (me|le) (cierra|cerro|esta cerrando|cerrando|aprieta|apreto) la garganta\b|"
            # round 19: "las pastillas no me bajan", "tengo que tomar como cinco sorbos"
            r"\b(pastillas?|tabletas?|capsulas?|comida|bocado|agua)( \w+){0,2} no (me|le) (baja|bajan|pasa|pasan|"
            r"entra|entran)\b|\bno (me|le) (bajan|baja|pasan|pasa) (las|la) (pastillas?|tabletas?)\b|"
            # round 20: "la saliva se me va por mal camino", "me atraganto con el agua"
            r"\b(saliva|comida|agua|bebida|liquido|sopa)( \w+){0,2} se (me|le) (va|fue|iba|van) por (mal camino|"
            r"el otro camino|otro lado)\b|"
            # round 21: the verb first ("se me va la comida por mal camino")
            r"\bse (me|le) (va|fue|iba|van) (la|el) (saliva|comida|agua|bebida|liquido|sopa) por (mal camino|"
            r"el otro camino|otro lado)\b|\b(me|se) (atraganto|atraganta|atragante|ahogo|ahoga) con (la|el|mi|su) "
            r"(saliva|agua|comida|sopa|bebida)\b"
        ),
        _AFTER_TOXIN_ES,
    ),
    (
        "trouble breathing",
        re.compile(
            r"\brespir\w* con (mucha )?dificultad\b|\bpeso en el pecho\b|"
            # round 19: "respiro corto", "tengo que pensar cada respiración"
            r"\b(respiro|respira|respirando|respiracion) (corto|cortito|cortico|a medias|con trabajo|con "
            r"esfuerzo|entrecortad[oa])\b|\bpensar cada respiracion\b|"
            # round 20: "me cueste coger aire al hablar", "le cuesta tomar aire"
            r"\b(me|le) (cuesta|cueste|costaba|costara) (coger|tomar|agarrar|jalar|meter) (el )?aire\b|"
            # round 23: "siento el pecho apretado y no me entra el aire"
            r"\bno (me|le) (entra|entraba|llega|llegaba) (el |nada de |bien el )?aire\b|"
            # round 30 (gated on the toxin like the rest): breathing told bad or laboured in
            # plain or second-language words ("ahora respira mal, mucho se agita sentada",
            # "respiro feo", "le falta el resuello")
            r"\b(respira|respiro|respiramos|respiran|esta respirando|estoy respirando) (mal|feo|raro|muy mal|bien mal|"
            r"con ruido|con silbido|agitad[oa])\b(?! (por|de) (la nariz|el resfriado|la gripa|la gripe|los mocos)\b)|"
            r"\b(se agita|me agito|se le agita|se me agita|agitad[oa])( \w+){0,2} (sentad[oa]|acostad[oa]|sin hacer nada|"
            r"en reposo|quiet[oa])\b|"
            r"\bpecho( \w+){0,2} (apretado|oprimido|cerrado)\b|\bopresion en el pecho\b"
        ),
        _AFTER_TOXIN_ES,
    ),
    (
        "spreading weakness",
        re.compile(
            r"\bvoz( \w+){0,3} (ronca|apagada|debil\w*|bajit[oa]|floj\w*)\b|\b(cansa|cansad[oa]|debil\w*|sin fuerza)"
            r"( \w+){0,3} (todo el cuerpo|los hombros|el cuello)\b|\b(debilidad|debil\w*)( \w+){0,6} "
            r"(al otro lado|los hombros|hombros|brazos|cuello|todo el cuerpo)\b|"
            # round 18: from the face to the neck or the shoulders ("la debilidad se me
            # pasó de la cara al cuello y a los hombros", "se le fue bajando del párpado al cuello")
            r"\b(debilidad|debil\w*|flojera|caida|caido|adormec\w*|entumi\w*|parali\w*)\b.*\b(de|desde|del) "
            r"(la |el |mi |su )?(cara|ojo|ojos|parpado|parpados|boca|mejilla|frente|cachete) (al|a los|a la|"
            r"hasta el|hasta los|hasta la|y (luego|despues|ahora) (al|a los|a la)) (cuello|hombros|hombro|"
            r"brazos|brazo|garganta|pecho|resto del cuerpo|cuerpo|espalda)\b|"
            # round 12: "la debilidad del botox ... se me está pasando al cuello"
            r"\b(debilidad|debil\w*|flojera|caida|caido)\b.*\b(pasando|pasa|paso|extendiendo|extiende|"
            # round 21: "me bajó hasta los hombros"
            r"extendio|bajando|bajo|baja|bajaron|corriendo|corrio|regando|llegando|llego|llega)( \w+){0,2} (al|a los|a la|hasta el|"
            r"hasta los|hasta la|por el|por los) (cuello|hombros|brazos|garganta|pecho|otro lado|"
            r"resto del cuerpo|cuerpo)\b|"
            # round 13, told by what one notices: the voice gone, legs or arms gone slack, a
            # head that falls forward, no strength for anything or for one step
            r"\b(se (me|le) (apago|fue|esta yendo|esta apagando|acabo)|perdi|perdio|me quede sin|se quedo sin|"
            r"casi no (me|le) sale) (la )?voz\b(?!( \w+){0,3} (de tanto|por (la|el|una) (gripa|gripe|resfriado|"
            r"catarro|fiesta|partido)|gritando|cantando))|"
            r"\b(piernas|brazos|rodillas)( \w+){0,2} (flojas|flojos|aguadas|aguados|de trapo|de gelatina|"
            r"sin fuerza|debiles|vencidas)\b(?!( \w+){0,3} (de tanto|por (el|la) (ejercicio|caminata|gimnasio)))|"
            r"\bcuello( \w+){0,2} (flojo|debil|aguado|sin fuerza)\b|"
            # round 16: limbs that tire, spreading or getting worse ("primero se me cansaba un
            # brazo, ahora las dos piernas, y va a más"; not tired legs after a walk)
            r"\b(cans\w*|debil\w*|floj\w*|sin fuerza|pesad\w*)\b( \w+){0,4} (brazo|brazos|pierna|piernas|"
            r"manos)\b(?=.*\b(va a mas|van a mas|cada vez (mas|peor)|ahora tambien|ahora (ya )?(las|los) (dos|"
            r"piernas|brazos)|se (esta |estan )?(extend\w*|pasando)|empeor\w*|sube|subiendo)\b)"
            r"(?!.*\b(caminata|caminar mucho|gimnasio|ejercicio|correr|subir escaleras)\b)|"
            # round 14: "se me está aflojando todo, primero la cara, ahora el cuello"
            r"\bse (me|le) (esta|estan|va|van|fue|fueron) aflojando\b( \w+){0,2} (todo|el cuerpo|el cuello|"
            r"los brazos|las piernas)\b|"
            r"\b(se (me|le) (va|iba|fue|cae|caia|cayo|vence|vencia|ladea)( la cabeza)?|cabeza( \w+){0,2} "
            r"(cae|cayendo|va|iba|vence)) (para|hacia|pa) (adelante|delante|el frente|el pecho|un lado)\b"
            r"(?!( \w+){0,3} (de sueno|del sueno|de cansancio|cuando (me|se) (duermo|duerme)))|"
            r"\bno (tengo|tiene|tenia|le queda|me queda|hay)( nada de| nadita de)? fuerza( \w+)? (en|para) "
            r"(nada|todo|el cuerpo|caminar|subir|levantarme|levantarse|pararme|pararse)\b|"
            r"\b(me|le) cuesta (hasta |incluso |aun )?(subir|levantar|alzar)( \w+){0,2} (escalon|escalones|"
            r"escalera|escaleras|brazos|piernas|la cabeza)\b|"
            # round 15: "le pesan las piernas y los brazos", "casi no puede caminar"
            r"\b(me|le|les) pesan( mucho)? (las piernas|los brazos|los parpados|el cuerpo)\b|"
            # round 23: the whole body heavy, a jar one cannot open ("no puedo ni abrir un
            # frasco y me pesa todo el cuerpo")
            r"\b(me|le|les) (pesa|pese|pesaba)( mucho)? (todo )?el cuerpo( entero)?\b|"
            r"\bno (puedo|puede|pueda|pude|pudo|podia)( ni)? (abrir|destapar|agarrar|sostener|apretar) (un|una|el|"
            r"la|los|las) (frasco|botella|bote|tapa|vaso|taza|llave|bolsa|cepillo|cuchara|tenedor)s?\b|"
            r"\b(casi|ya) no (puedo|puede|pueden|podia|podemos) (caminar|andar|pararme|pararse|levantarme|"
            r"levantarse|sostenerme|sostenerse)\b"
        ),
        _AFTER_TOXIN_ES,
    ),
    (
        "sudden severe headache",
        re.compile(
            r"\b(trancazo|madrazo|chingadazo|martillazo|latigazo|fogonazo|golpe|cuetazo|balazo)"
            r"( \w+){0,2} (en|dentro de|detras de)( la parte (de )?(atras|arriba|de atras|adelante) de)? la "
            r"(cabeza|nuca)\b|\b(trancazo|martillazo|latigazo|fogonazo|golpe|balazo)( \w+){0,2} (en el|dentro del) "
            r"craneo\b|"
            # round 20, told of another: "se agarró la cabeza gritando, le vino un dolor
            # tremendo de repente"
            rf"\b(cabeza|craneo|nuca)\b( \w+){{0,12}} dolor( \w+){{0,2}} {_SEVERE}\b( \w+){{0,3}} {_ONSET}\b|"
            rf"\bdolor( \w+){{0,2}} {_SEVERE}\b( \w+){{0,3}} {_ONSET}\b( \w+){{0,6}} (cabeza|craneo|nuca)\b|"
            r"\b(dolor|dolio)( \w+){0,5} (nuca|cabeza)"
            r"( \w+){0,4} (como )?un (latigazo|trancazo|martillazo|balazo|trueno)\b|"
            # round 23: the head grabbed crying out, and a pain with an onset ("se agarró la
            # cabeza gritando, un dolor que le vino de sopetón")
            rf"\b(agarro|agarra|agarre|tomo|sujeto|apreto|llevo las manos a) la (cabeza|nuca) (gritando|llorando|"
            rf"quejandose|del dolor|de dolor|a gritos)\b.*\bdolor\b( \w+){{0,5}} {_ONSET}|"
            # a superlative told of one's own life with an onset ("aparece en un segundo y es
            # el peor que he sentido")
            rf"\b{_HEADACHE}( \w+){{0,5}} {_ONSET}( \w+){{0,3}} (es |fue )?el peor( \w+){{0,2}} (he|ha) "
            r"(sentido|tenido)\b"
        ),
        re.compile(
            r"\b(de repente|de golpe|de la nada|de momento|de sopeton|de pronto|nunca|subit\w*|en un segundo|hace (un rato|un ratito|una hora|"
            r"\w+ minutos|\w+ horas|media hora)|ahorita|ahora|anoche|hoy|vomit\w*|vomito|devolv\w*)\b"
        ),
    ),
    (
        "sudden vision loss",
        re.compile(
            r"\b(veo|ve|vi)( \w+){0,2} (negro|oscuro)( \w+){0,3} (del|de un|en el) (lado|ojo)\b|"
            r"\b(quedo|quede|se quedo|me quede|se esta quedando|amaneci\w*|desperto|desperte|se levanto|"
            r"me levante)( \w+)? cieg[oa]\b"
        ),
        re.compile(r"\b(de repente|de golpe|de la nada|hoy|esta manana|ojo|vista|lado)\b"),
    ),
    (
        # round 18: the eye named first ("el ojo izquierdo se me puso negro hace una hora",
        # also inside a question about driving); a black eye from a blow is a bruise
        "sudden vision loss",
        re.compile(
            r"\bojo( (derecho|izquierdo|bueno|malo|sano))? se (me|le) (puso|hizo|volvio|quedo|apago)( todo)? "
            r"(negro|oscuro|gris|en negro|en blanco)\b|\bse (me|le) (puso|hizo|volvio)( todo)? (negro|oscuro) "
            r"(el|un|mi|su) ojo\b"
        ),
        re.compile(
            r"^(?!.*\b(golpe|golpearon|golpee|golpeo|pelea|pegaron|pego|morado|moreton|punetazo|putazo|"
            r"madrazo|pelotazo|balonazo|cachetada|trancazo|pu[nñ]o)\b(?<!de golpe))"
        ),
    ),
    (
        # round 13: what one sees told without a medical word: half of the page or of the
        # world gone, "como si bajaran una cortina negra", nothing seen on one side
        "sudden vision loss",
        re.compile(
            r"\b(la )?mitad( \w+){0,4} (desaparecio|desaparecieron|desaparece|desapareciera|se borro|"
            r"se borraron|se fue|se apago|se oscurecio|se puso negra|no la veo|ya no se ve|no se ve)\b|"
            r"\bcomo (si )?(\w+ ){0,3}(una |un )?(cortina|telon|persiana|velo|sombra)( \w+)? (negr\w*|oscur\w*|"
            r"gris\w*)\b|"
            r"\b(baj\w*|cay\w*|cae|caen)( \w+){0,2} (una |un )?(cortina|telon|persiana|velo)\b|"
            r"\bno (veo|ve|puedo ver|puede ver|vi|vio)( nada)? (de|del|por) (ese|este|un|el otro|un solo|"
            r"el) lado\b"
        ),
        re.compile(
            r"^(?=.*\b(ojo|ojos|vista|vision)\b|(?!.*\b(imprim\w*|impresora|pantalla|archivo|documento|"
            r"computadora|celular|tele|television|espejo|cuarto|ventana)\b).*\b(veo|ve|vi|vio|leyendo|"
            r"leer|lei)\b)(?=.*\b(de repente|de golpe|de pronto|de la nada|de un (momento|segundo|minuto) "
            r"(a|para) otro|hoy|ahorita|hace un rato|esta manana|anoche|se (me|le) apago|desaparecio|"
            r"como si|operacion|cirugia|operaron)\b)"
        ),
    ),
    (
        "sudden hearing loss",
        re.compile(
            r"\b(casi )?no (oigo|oye|escucho|escucha)( casi)? nada\b|\balgodon\b|"
            # round 12: "oído sordo desde la opera", "la oreja muerta desde la cirugía"
            r"\b(oido|oreja)( \w+)? (sord[oa]|muert[oa])\b|"
            # round 15: "tengo el oído tapado de repente", "no oigo la tele de ese lado"
            r"\b(oido|oreja)( \w+)? (tapad[oa]|bloquead[oa])\b|"
            # round 19: "el oído de la operación está como tapado", "no oigo el reloj ni la
            # tele de ese lado", "no me oye cuando le hablo por la derecha"
            r"\b(oido|oreja)( \w+){0,4} (esta|estaba|se siente|siento|lo siento|quedo|amanecio) (como )?"
            r"(tapad[oa]|bloquead[oa]|sord[oa])\b|"
            r"\bno (oigo|oye|escucho|escucha)( \w+){0,6} (de|por) (ese|este|un|el|mi|su) (lado|oido|oreja)\b|"
            r"\bno (me|te|nos|le|les|lo|la) (oye|oyes|escucha|escuchas|oia|escuchaba)( \w+){0,5} (por|de) "
            r"(la|el) (derecha|izquierda|lado (derecho|izquierdo)|oido (derecho|izquierdo))\b"
        ),
        re.compile(
            r"\b(oido|oreja)\b.*\b(hoy|ayer|anoche|de repente|de golpe|de un (momento|dia) (a|para) otro|"
            r"al (despertar|despertarme|levantarme))\b|"
            r"\b(hoy|ayer|anoche|de repente|de golpe|de un (momento|dia) a otro|al (despertar|despertarme|"
            r"levantarme))\b.*\b(oido|oreja|"
            r"lado del espasmo)\b|\bayer oia\b|\bdesde (la|mi|su|que me|que le) (opera|operacion|"
            r"cirugia|descompresion|operaron|intervencion)\b|\b(me|le|lo|la) operaron hace\b|"
            r"\b(esta manana|ayer|anoche|hace (un rato|unas horas)) (oia|escuchaba|oiamos) (perfecto|bien|"
            r"normal|perfectamente)\b|"
            r"\bdesde (el almuerzo|la comida|la cena|el desayuno|esta manana|esta tarde|anoche|ayer|hace un rato|"
            r"hace unas horas|hace \w+ horas)\b"
        ),
    ),
    (
        # round 13: hearing told by what one does: "háblame del otro lado", the phone moved
        # to the other ear, "antes oía perfecto", with "no te oigo" and a time or the
        # operation ("háblame del otro lado que aquí hay ruido" has neither)
        "sudden hearing loss",
        re.compile(
            r"\b(habl\w*|pon\w*|cambi\w*|pas\w*|acerc\w*)( \w+){0,4} (del|por el|al|a la|en la|de la|por la) "
            r"otr[oa] (lado|oreja|oido)\b|"
            r"\bantes (oia|escuchaba|oiamos|oyo)( \w+)? (perfecto|perfectamente|bien|normal|de maravilla|"
            r"sin problema)\b"
        ),
        re.compile(
            r"^(?=.*\b(no|ya no|casi no|nada) (te |le |lo |la |me |les |nos )?(oigo|oye|oyes|escucho|escucha|"
            r"escuchas|oia|oyo|escuchaba|oir|escuchar)\b|.*\bantes (oia|escuchaba|oiamos|oyo)\b)"
            r"(?=.*\b(desde|ayer|hoy|anoche|antier|operacion|cirugia|operaron|opero|operado|operada|"
            r"de repente|de golpe|de un (dia|momento|segundo) (a|para) otro|de la noche a la manana)\b)"
        ),
    ),
)

# ------------------------------------------------------------- round 25 (issue 18)
#: Round 25: the clinical register ("hipertermia y rigidez cervical", "secreción acuosa
#: e incolora por el conducto auditivo", "debilidad facial nueva del lado intervenido"):
#: a relative's formal letter names the same signs in a doctor's words.
_FEVER_CLINICAL = r"(hipertermia|pirexia|febricula|fiebre|calentura|febril)"
_STIFF_NECK_CLINICAL = (
    r"(rigidez (cervical|nucal|de nuca|del cuello|de cuello)|cuello (muy |bien |super |re |tan |todo )?"
    r"(duro|rigido|tieso|trabado)|nuca (rigida|tiesa|dura)|meningismo)"
)
_CLEAR_FLUID = (
    r"((secrecion|liquido|fluido|salida de liquido|exudado)( \w+){0,1} (acuos[oa]|incolor[oa]|transparente|"
    r"clar[oa]|cristalin[oa]|como agua)|otorrea|rinorrea|licuorrea|otolicuorrea|rinolicuorrea|fistula de "
    r"(liquido|lcr))"
)
_EAR_OR_NOSE = (
    r"(conducto auditivo|oido|oidos|oreja|nariz|fosa nasal|fosas nasales|herida|cicatriz|incision)"
)
#: Where the weakness spreads beyond the injected face ("ahora las piernas también",
#: "se extendió al cuello y los hombros").
_BEYOND_FACE = (
    r"(cuello|hombros?|brazos?|piernas?|manos|espalda|todo el cuerpo|el cuerpo|garganta|tronco|"
    r"extremidades)"
)
_WEAKNESS_NOUN = r"(debilidad|flojera|flojedad|falta de fuerza|perdida de fuerza|paralisis|caida)"
_ROUND25_ES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "fever with stiff neck or headache",
            rf"\b{_FEVER_CLINICAL}\b.*\b{_STIFF_NECK_CLINICAL}\b|\b{_STIFF_NECK_CLINICAL}\b.*\b{_FEVER_CLINICAL}\b",
        ),
        (
            "fluid leak after the operation",
            rf"\b{_CLEAR_FLUID}\b( \w+){{0,4}} (por|de|del|en) (la |el |las |los |mi |su )?{_EAR_OR_NOSE}\b|"
            rf"\b{_EAR_OR_NOSE}\b( \w+){{0,4}} {_CLEAR_FLUID}\b|"
            # the fluid named earlier (the surgeon's warning), the flow now told by its
            # place: "si salía líquido claro avisáramos. Pues hoy me está saliendo por la nariz"
            r"\b(liquido|agua|aguita|fluido)( \w+){0,2} (claro|clarito|transparente)\b.*"
            r"\b(me|le|nos|te) (esta |estan |sigue |empezo a |acaba de )?(saliendo|sale|salio|goteando|gotea|"
            r"escurriendo|escurre|chorreando|chorrea|cayendo|cae)( \w+){0,2} (por|de|del) (la |el |mi |su )?"
            r"(nariz|oido|oreja|herida)\b",
        ),
        (
            "wound infection after the operation",
            # the stitches parting as it happens ("los puntos ... se me están separando")
            rf"\b{_WOUND}\b( \w+){{0,8}} se (me |le )?(esta|estan|empezo a|empezaron a) "
            r"(separando|abriendo|despegando|soltando|zafando|separar|abrir|despegar)\b",
        ),
        (
            "sudden hearing loss",
            # "he perdido bruscamente la audición", "perdí de golpe el oído"
            r"\b(perd\w*|se me fue|se le fue|se fue) (\w+mente|de (golpe|repente|pronto|un pronto)) "
            r"(la audicion|el oido|la capacidad de oir)\b|\bhipoacusia (subita|brusca|repentina|aguda)\b|"
            # the ear first, then what it did ("de un pronto el oído se me apagó")
            rf"\b{_ONSET}\b( \w+){{0,3}} (el|un|mi|su) (oido|oreja)( \w+){{0,2}} se (me|le) (tapo|bloqueo|cerro|"
            r"apago)\b",
        ),
        (
            "spreading weakness",
            # "la debilidad ya no es solo en el ojo, ahora las piernas también"; "la flojera
            # se extendió al cuello y los hombros"
            rf"\b{_WEAKNESS_NOUN}\b( \w+){{0,3}} ya no (es|esta) solo( en)? (el|la|los|las|mi) \w+\b( \w+){{0,7}} "
            rf"{_BEYOND_FACE}\b|"
            rf"\b{_WEAKNESS_NOUN}\b( \w+){{0,3}} se (me |le )?(extendio|ha extendido|esta extendiendo|paso|bajo|"
            rf"corrio|esparcio|regado|rego|fue|esta yendo|va|esta pasando|esta bajando|esta corriendo|"
            rf"esta extendiendo|esta regando)( \w+){{0,2}} (a|al|a los|a las|a la|hasta) ({_BEYOND_FACE}|"
            rf"(el|la|los|las|mis|sus) {_BEYOND_FACE})\b",
        ),
        (
            "sudden vision loss",
            # the eye open and no sight, told after a contrast with the spasm ("aunque lo
            # tenga abierto de repente ya no veo por él")
            rf"\b(abiert[oa]|abra|abro)\b( \w+){{0,4}} {_SUDDEN}( \w+){{0,2}} (ya )?no (veo|ve|puedo ver|puede ver)\b|"
            rf"\b{_SUDDEN}\b( \w+){{0,2}} (ya )?no (veo|ve|puedo ver|puede ver)( nada)? (por|con|de) "
            r"(el|ese|este|ella|un ojo|el ojo|mi ojo)\b(?=.*\bojo\b)",
        ),
        (
            "sudden severe headache",
            # the pain that put one on the floor ("un dolor en la cabeza tan fuerte que me tuve
            # que tirar al suelo")
            rf"\b({_HEADACHE}|{_HEAD_HURTS})\b( \w+){{0,6}} (me|se|nos|lo|la) (tuve|tuvo|tuvimos|tuvieron) "
            r"que (tirar|echar|tumbar|arrodillar|sentar)( \w+)? (al|en el|contra el) (suelo|piso)\b|"
            rf"\b({_HEADACHE}|{_HEAD_HURTS})\b( \w+){{0,6}} (me|se) (tire|tiro|eche|echo|cai|cayo) (al|en el) "
            r"(suelo|piso)\b",
        ),
    )
)
RED_FLAGS_ES = (*RED_FLAGS_ES, *_ROUND25_ES)
#: Round 26 (issue 18): the classes the blind run ES v19 missed, by structure. A sense
#: "switched off" or gone mute ("se me apagó el oído", "la oreja quedó muda", "se me haya
#: apagado la vista"); a chart's "de forma súbita no responde por el oído"; "no logro
#: llenar los pulmones"; a thunderclap told as a thunder or a blow inside the skull; a
#: chart's "cefalea ... de inicio brusco"; half the body limp "como de trapo"; a fever told
#: as burning with the thermometer's figure, with a headache.
_SENSE_OFF_ES = (
    r"(se (me|le|nos) (apago|apagaron|ha apagado|haya apagado|apagara|murio|ha muerto|haya muerto))"
)
_ROUND26_ES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        (
            "sudden hearing loss",
            rf"\b{_SENSE_OFF_ES}( \w+){{0,2}} (el|la|mi|su) (oido|oreja|audicion)\b|"
            rf"\b(el|la|mi|su) (oido|oreja|audicion)( \w+){{0,4}} {_SENSE_OFF_ES}\b|"
            r"\b(oido|oreja)( \w+){0,6} (quedo|se quedo|se me quedo|se le quedo|se puso|esta|amanecio|amaneci con "
            r"(el|la)) (mud[oa]|sord[oa]|apagad[oa]|muert[oa])\b|"
            rf"\b({_SUDDEN}|de (forma|manera|modo) (subita|brusca|repentina))( \w+){{0,3}} (ya )?no "
            r"(responde|reacciona|oye|escucha|oigo|escucho)( nada)? (por|del|con|de) (el|la|su|mi) (oido|oreja|lado)\b",
        ),
        (
            "sudden vision loss",
            rf"\b{_SENSE_OFF_ES}( \w+){{0,2}} (la vista|la vision|el ojo|un ojo|la luz del ojo)\b|"
            rf"\b(la vista|la vision|el ojo)( \w+){{0,4}} {_SENSE_OFF_ES}\b",
        ),
        (
            "trouble breathing",
            r"\bno (logro|puedo|alcanzo a|consigo|logra|puede|alcanza a|consigue) (llenar|inflar) (los|mis|sus|el) "
            r"pulmon(es)?\b|\bno (me|le) (llega|entra|alcanza) (el|suficiente|bastante) aire (a|en) (los|mis|sus) "
            r"pulmones\b",
        ),
        (
            "sudden severe headache",
            r"\b(como )?(un|una) (trueno|trancazo|canonazo|balazo|rayo|latigazo|estallido|bombazo|explosion|"
            r"martillazo|golpe electrico|descarga)( \w+){0,2} (adentro|dentro|en|por dentro)( de| del)? (la |el |mi )?"
            r"(cabeza|craneo|cerebro|coco)\b|"
            rf"\b({_HEADACHE}|dolor de craneo)\b( \w+){{0,3}} (de )?(inicio|comienzo|aparicion|instauracion) "
            r"(brusc[oa]|subit[oa]|repentin[oa]|explosiv[oa]|agud[oa])\b",
        ),
        (
            "stroke",
            r"\b((la )?mitad del cuerpo|medio cuerpo|un lado del cuerpo|todo el lado (derecho|izquierdo))( \w+){0,3} "
            r"(como de trapo|de trapo|como trapo|como muert[oa]|como de goma|como de plomo|sin fuerza|"
            r"como de gelatina|como de algodon|que no (responde|me responde|le responde))\b",
        ),
        (
            "fever with stiff neck or headache",
            r"\b(estoy|esta|ando|anda) (ardiendo|hirviendo|volando)( en fiebre| de fiebre)?\b.*"
            r"\b(termometro|temperatura)( \w+){0,2} (marca|marco|dice|dio|llego a|esta en|en) (3[89]|4[01])\b|"
            r"\b(termometro|temperatura)( \w+){0,2} (marca|marco|dice|dio|llego a|esta en|en) (3[89]|4[01])\b"
            rf".*\b({_HEADACHE}|{_HEAD_HURTS})|\b({_HEADACHE}|{_HEAD_HURTS}).*\b(termometro|temperatura)( \w+){{0,2}} "
            r"(marca|marco|dice|dio|llego a|esta en|en) (3[89]|4[01])\b",
        ),
    )
)
RED_FLAGS_ES = (*RED_FLAGS_ES, *_ROUND26_ES)
GATED_ES = (
    *GATED_ES,
    # round 26: after the toxin, a chart's generalised weakness ("residente con toxina
    # botulínica hace 5 días, ahora con debilidad generalizada y voz nasal")
    (
        "spreading weakness",
        re.compile(
            r"\b(debilidad|flojera|falta de fuerza|perdida de fuerza|paresia) (generalizada|general|global|"
            r"en todo el cuerpo|de todo el cuerpo|en las cuatro extremidades)\b"
        ),
        _AFTER_TOXIN_ES,
    ),
)
#: Round 26: just out of hospital: the operation's context for a clear drip called a cold
#: or an allergy ("mi hermano salió del hospital el martes ... hoy le chorrea un líquido
#: como agua por la nariz y él dice que es alergia").
_DISCHARGED_ES = re.compile(
    r"\b(salio|sali|salimos|salieron) del hospital\b|\b(me|le|lo|la|nos|les) (dieron|dio) (de )?(el )?alta\b|"
    r"\bdad[oa] de alta\b"
)
#: Round 26: the writer's own guess after asking whether a sign is normal ("¿es normal tener
#: fiebre y el cuello tieso después de la cirugía? seguro es una gripa"): a report.
_OWN_GUESS_ES = re.compile(
    r"\b(seguro|seguramente|capaz|a lo mejor|yo creo que|creo que|debe ser|ha de ser|igual y)( que)?( es| son| sea| "
    r"sean)?( una| un| la| el| los| las)? (gripa|gripe|resfriado|resfrio|catarro|cera|nervios|alergia|cansancio|"
    r"estres|virus|calor|presion|nada|normal|cosa de)\b"
)
GATED_ES = (
    *GATED_ES,
    # round 25: after the operation, the face's weakness in a chart's words, new or of the
    # operated side ("presenta debilidad facial nueva del lado intervenido"); a long-
    # standing palsy is not new
    (
        "facial droop or weakness",
        re.compile(
            r"\b(debilidad|paresia|paralisis|caida|asimetria) (facial|de la cara|de la hemicara|hemifacial)\b"
            r"( \w+){0,3} (nuev[oa]|de nueva aparicion|de inicio (brusco|subito|reciente)|del lado (operado|"
            r"intervenido|de la operacion|de la cirugia)|desde (la|su|mi) (operacion|cirugia|intervencion))\b|"
            r"\b(nuev[oa]|reciente) (debilidad|paresia|paralisis|asimetria) (facial|de la cara)\b"
        ),
        _AFTER_OP_ES,
    ),
    # round 25: after the operation, a clear drip like a cold, on one side or unstopping
    # ("tengo como un resfriado raro, solo un lado, agüita transparente que no para de caer")
    (
        "fluid leak after the operation",
        re.compile(
            r"\b(liquido|agua|aguita|fluido|moco)( \w+){0,2} (transparente|clar[oa]|clarit[oa]|como agua)\b"
            r"( \w+){0,3} (que )?(no (para|deja) de (caer|salir|gotear|escurrir|chorrear)|(gotea|escurre|chorrea|cae) "
            r"(sin parar|todo el (rato|dia|tiempo)))\b|"
            r"\b(resfriado|gripa|gripe|catarro|moquera|moqueo)( \w+){0,2} (raro|rara|de un (solo )?lado|solo de un "
            r"lado|de una (sola )?fosa)\b(?=.*\b(liquido|agua|aguita|transparente|clar[oa]|gotea|escurre|cae)\b)"
        ),
        _AFTER_OP_ES,
    ),
)

# round 33: "cero debilidad, puedo mover toda la cara"
_NEGATION = frozenset(
    ["no", "sin", "ni", "nunca", "tampoco", "jamas", "ningun", "ninguna", "nada", "cero"]
)
_NEG_FILLER = frozenset(
    [
        # round 14: "no me sale líquido de la nariz ni nada"
        "sale",
        "salio",
        "tengo",
        "tiene",
        "tienen",
        # round 20: "ni me sale pus ni está roja la herida"
        "esta",
        "estan",
        "tenia",
        "hay",
        "he",
        "ha",
        "tenido",
        "siento",
        "sentido",
        "noto",
        "veo",
        # round 25: a letter's "no presento dificultad para tragar", "no presenta fiebre"
        "presento",
        "presenta",
        "observo",
        "ningun",
        "ninguna",
        "nada",
        "de",
        "la",
        "el",
        "las",
        "los",
        "mi",
        "su",
        "tipo",
        "senal",
        "senales",
        # round 15: "el doctor dijo que no era un derrame" (a diagnosis ruled out)
        "era",
        "fue",
        "sea",
        "un",
        "una",
        # "no se me cae la cara": the clitics between a negation and its verb
        "se",
        "me",
        "le",
        "te",
    ]
)
_QUESTION_OPENER = re.compile(
    r"^(que|cual|cuales|como|cuando|donde|por que|puede|pueden|podria|podrian|es normal|"
    r"hay riesgo|existe|es posible|se puede)\b"
)
_PRESENT = re.compile(
    r"\b(hoy|ahora|ahorita|de repente|de golpe|"
    # round 28: the other words of a sudden onset ("¿es normal que de un momento a otro no
    # escuche nada por un oído?"): what began suddenly is happening, not a what-if
    r"de pronto|de un momento a otro|de un segundo a otro|de la nada|repentinamente|subitamente|"
    # round 15: "desde hace años" is long past, not now
    r"desde(?! hace (\w+ ){0,2}(anos|meses|mucho|tiempo|bastante|decadas)| entonces)|esta manana|esta tarde|esta noche|anoche|"
    r"ayer|hace (un|una|unas|unos|\d+) (hora|horas|minutos|rato)|otra vez|todavia|sigue|ya no|"
    # round 24: a chart's onset ("inicio brusco hace 20 min")
    r"hace (\d+|unos|un par de) (min|mins|minutitos)|(inicio|comienzo) (brusco|subito|repentino)|"
    # round 13: "¿es normal que la herida esté chorreando?" asks about what is happening now
    r"(este|esten) \w+(ando|iendo)|"
    # round 25: a day of one's recovery counted ("post op día 4", "día 3 de la operación")
    r"(despues de la operacion|postoperatorio|postop) (\w+ )?dia \d+|dia \d+ (de|del|despues de|tras) (la )?"
    r"(operacion|postoperatorio|cirugia|intervencion))\b"
)
_REPORT = re.compile(
    r"\b(tengo|tiene|tienen|tenemos|estoy|esta|estan|siento|sentimos|se me|se le|me (dio|dieron|"
    r"cayo|paso|sale|salio|duele)|le (dio|paso)|no puedo|no puede|no pueda|veo|oigo|perdi|perdio|"
    r"mi (papa|mama|esposo|esposa|hijo|hija|abuelo|abuela|hermano|hermana|tio|tia|padre|madre|"
    r"marido|mujer|novio|novia|amigo|amiga|pareja))\b|"
    r"\b(me|le) (arde|duele|huele|molesta|sale|salio|pica|hicieron|operaron|pusieron)\b|\bse (me |le )?ve\b|"
    r"\ba mi (papa|mama|esposo|esposa|hij[oa]|abuel\w*|herman[oa]|ti[oa]|padre|madre|marido|mujer)\b|"
    # "¿qué hago?" after a report asks for help now ("¿qué hago si...?" is hypothetical)
    r"\bque (hago|hacemos|debo hacer|le hago)\b(?! si\b)"
)
#: "¿Qué efectos secundarios tiene el bótox? ¿el párpado se cae?": a question about a
#: treatment's effects, not a report (when nothing places it now).
_EFFECTS_Q = re.compile(
    r"\b(efectos? (secundarios?|adversos|colaterales)|riesgos?|complicaciones|"
    r"(puede|pueden|podria) (causar|dar|provocar|dejar))\b"
)
#: "se me cae el sudor por la cara": something else falls.
_NOT_THE_FACE = re.compile(r"\b(sudor|pelo|cabello|lagrimas|maquillaje|gotas|crema|lentes|gafas)\b")
#: "se me cayó la cara de vergüenza": shame, not a droop.
_SHAME = re.compile(
    r"\b(cae|cayo|caia|caer|caera|caigo)\b( \w+){0,2} (cara|rostro) de (la )?(verguenza|pena)\b|"
    r"\b(cara|rostro)\b( \w+){0,2} (de|por) (la )?(verguenza|pena|tristeza|sueno|cansancio|aburrimiento)\b"
)
#: "¿Es normal que desde ayer mi mamá no oiga nada?", "¿es normal q después del piquete me
#: falte el aire?": a sign of a person, now or lately, asked as "is it normal": a report
#: (round 14). "¿Es normal que el bótox cause...?" names nobody and stays a question.
_IS_NORMAL_REPORT = re.compile(
    r"^(y |oiga |doctor |doctora )?"
    # round 20: asked of others first ("¿vosotros creéis que es normal tener fiebre alta
    # ...?", "¿usted cree que es normal ...?"), or with the sign as an infinitive
    r"((vosotros |ustedes |usted |vos |tu )?(creeis|creen|cree|crees|sabeis si|saben si|sabe si|sabes si)"
    r"( que)? )?(es normal|sera normal|es de esperar|es grave|sera grave|es preocupante|es malo|sera malo|"
    r"esta bien|debo preocuparme( de| por)?|es de preocupar(se|me)?) (que|q|tener|sentir|notar|(?=(un|una|este|"
    r"esta|ese|esa) ))\b"
    r"(?=.*\b(se me|se le|me|le|mi|mis|a mi|no (pueda|oiga|vea|puede|oye|ve))\b"
    # round 21: the writer's own state with no pronoun: a time elapsed since one's
    # treatment ("¿es normal tener fiebre y el cuello tieso una semana después de la
    # descompresión?") or one's own wound ("¿es normal que la herida de la cirugía supure
    # ...?"); "¿es normal tener fiebre después de la operación?" names no time and stays asked
    r"|.*\b(un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+|unos|unas|pocos|pocas|varios|"
    r"varias) (dia|dias|semana|semanas|hora|horas|mes|meses) (despues de|tras|de) (la|el|mi|su) (operacion|"
    r"cirugia|descompresion|mvd|botox|toxina|inyeccion|aplicacion|intervencion)\b"
    # (a wound "un poco colorada" asked about keeps the safety line: round 13)
    r"|(?<=que) (la|el|los|las|mi|su) (herida|cicatriz|incision|puntos|costura|cortada|sutura)\b"
    r"(?!.*\b(un poco|poquito|poquita|un poquito|algo|ligeramente|levemente|tantito)\b)"
    # round 23: pus is never mild ("que la cicatriz esté roja y babee algo verdoso")
    r"|(?<=que) (la|el|los|las|mi|su) (herida|cicatriz|incision|puntos|costura|cortada|sutura)\b"
    r"(?=.*\b(pus|supur\w*|verdos\w*|amarillent\w*|babe\w*|chorre\w*|huele (mal|feo|raro))\b)"
    # round 23: the sign as a noun, of one's own life ("¿es normal un dolor de cabeza que ...
    # es el peor que he sentido?")
    r"|.*\b(he|hemos) (sentido|tenido)\b"
    # round 27: fever and a stiff neck together, after one's operation ("¿es normal tener
    # temperatura alta y la nuca dura después de la descompresión?"): a combination this
    # specific is a report, not a general question
    # (round 28: words between, "y no poder doblar bien el cuello")
    r"|.*\b(fiebre|calentura|temperatura( alta| elevada)?)\b( \w+){0,4} y( \w+){0,6} (nuca|cuello)\b( \w+){0,4} "
    # (round 30: dated on one's recovery, "a la semana de la descompresión", "a los tres
    # días de la cirugía")
    r"(despues de|desde|tras|a la semana de|a las \w+ semanas de|a los \w+ dias de|al \w+ dia de|a \w+ dias de) "
    r"(la|el|mi|su) (operacion|cirugia|descompresion|mvd|intervencion)\b"
    r"|.*\b(nuca|cuello)\b( \w+){0,4} y( \w+){0,3} (fiebre|calentura|temperatura)\b( \w+){0,4} "
    r"(despues de|desde|tras|a la semana de|a las \w+ semanas de|a los \w+ dias de|al \w+ dia de|a \w+ dias de) "
    r"(la|el|mi|su) (operacion|cirugia|descompresion|mvd|intervencion)\b)"
)
#: A fear asked about is not a report ("¿es normal que me dé miedo quedarme con la cara
#: caída?", "¿es normal que mi mamá tenga miedo de que le falte el aire?") (round 14).
_FEAR_Q = re.compile(
    r"\b(miedo|preocup\w*|temor|nervios\w*|angusti\w*|ansiedad|asust\w*|me imagino|pensar)\b"
)
#: Someone who was seen and found well ("se desmayó por los nervios pero lo revisaron y
#: todo bien"): an event over, checked, with nothing in the present (round 14).
_CHECKED_FINE = re.compile(
    r"\b(lo|la|me|le|los|nos) (revisaron|checaron|chequearon|revisaron todo|atendieron|vieron|examinaron)\b"
    r"( \w+){0,4} (todo )?(bien|normal|salio bien|en orden)\b|"
    # round 26: "lo revisaron y era por cansancio", "la checaron y resultó ser una migraña"
    r"\b(lo|la|me|le|los|nos) (revisaron|checaron|chequearon|atendieron|vieron|examinaron|estudiaron)\b"
    r"( \w+){0,4} (y )?(era|fue|resulto|resulto ser|dijeron que (era|fue)) (por|de|solo|nada|cansancio|estres|"
    r"una migrana|un virus|la presion|los nervios|ansiedad|el cansancio)\b"
)
#: Round 15: a question asked to know beforehand ("es para saber antes de operarme",
#: "nomás para saber la diferencia"): nothing happening, nothing to add.
_JUST_ASKING = re.compile(
    r"\b((nomas|nada mas|solo|solamente|es|era|pregunto) (para|por) saber|(para|quiero|quisiera) estar "
    r"preparad\w*|(lo )?(lei|vi|venia|viene|dice) en (el|la) (folleto|prospecto|hoja|papel\w*|instructivo)|"
    r"antes de (operarme|operarlo|operarla|operarse|que me operen|que lo operen|que la operen|"
    r"la operacion|la cirugia|la inyeccion|ponerme|la aplicacion))\b"
)
#: A message that opens on "what if" ("y si...", "¿qué pasa si...?").
_IF_OPENER = re.compile(r"^(y si|si|que pasa si|que hago si|en caso de que)\b")
#: "algún día", "en el futuro": a what-if about later, even with "de golpe" in it (round 16).
_SOMEDAY = re.compile(r"\b(algun dia|alguna vez|en el futuro|mas adelante|el dia de manana)\b")
#: Pills too big to swallow: the pill, not the throat (round 16; not with food or water).
_BIG_PILLS = re.compile(
    r"( \w+)? (las |la |los |el |esas |estas )?(pastillas|pastilla|tabletas|tableta|capsulas|capsula|"
    r"comprimidos|pildoras)\b"
)
_FOOD_OR_WATER = re.compile(r"\b(comida|agua|liquidos|saliva|bocado|sopa|leche|comer|beber)\b")
_HYPOTHETICAL = re.compile(r"\b(si|en caso de que|que pasa si|que hago si|y si)\b")
_DISTANT = re.compile(
    r"\bhace (\w+ ){0,2}(anos|meses|mucho tiempo)\b|\bhace (un|1) ano\b|\b(de viej[oa]|por la edad|con la edad)\b|\bhace (ya )?(mucho|tiempo|bastante)\b"
    r"(?! (calor|frio|sol|viento|dano|ruido|rato|que))|\bel ano pasado\b|\bde (nino|nina|joven)\b|"
    # round 13: "de chiquito", "cuando era niña", "de adolescente"
    # (round 16: "paciente de 70 años" is an age, not a time)
    r"(?<!paciente )(?<!mujer )(?<!hombre )(?<!varon )(?<!senora )(?<!senor )(?<!nino )(?<!nina )"
    r"\b(de|cuando (era|eramos|estaba|tenia))( muy)? (chiquit[oa]s?|chic[oa]s?|pequen[oa]s?|bebe|nin[oa]s?|"
    r"joven|jovenes|adolescente|chaval\w*|chamac[oa]|escuincl[ea]|morr[oa]|(\d+|un|dos|tres|cuatro|cinco|"
    r"seis|siete|ocho|nueve|diez) anos)\b|"
    # "murió de un derrame en 1990" (round 9)
    r"\ben (el )?(ano )?(19\d\d|200\d|201\d)\b|\b(murio|fallecio|se murio|murieron)\b|"
    # round 17: a decade ("en los ochenta", "allá por los 90")
    r"\b(en|por) los (anos )?(cincuenta|sesenta|setenta|ochenta|noventa|50s?|60s?|70s?|80s?|90s?)\b"
)
#: Round 17: an old story retold or dated ("me volvió a contar que...", "eso fue en los
#: ochenta"): with a time long past, nothing now, whatever "hoy" the retelling happens on.
_RETOLD_ES = re.compile(
    r"\b(me|nos|le|les) (conto|cuenta|contaba|platico|platica|platicaba|volvio a contar|repite|"
    r"repitio|recuerda|recordo) (que|como|cuando|lo de)\b|"
    r"\b(eso|esto|aquello|todo eso|lo suyo) (fue|paso|ocurrio|sucedio) (en|hace|cuando|por)\b"
)
#: Round 17: the treatment not had yet, and only reading or asking ("todavía no me opero,
#: solo estoy leyendo"; "aún no me lo ponen, nomás pregunto").
_NOT_YET_ES = re.compile(
    r"\b(todavia|aun) no (me|lo|la|le|nos) (\w+ )?(opero|operan|opera|operaron|han operado|ponen|pone|"
    r"pusieron|han puesto|inyectan|aplican|han aplicado|hacen|toca)\b"
)
_ONLY_ASKING_ES = re.compile(
    r"\b(solo|nomas|nada mas|solamente|unicamente) (estoy leyendo|estaba leyendo|lei|pregunto|"
    r"preguntaba|estoy preguntando|queria (saber|confirmar|preguntar)|quiero (saber|confirmar)|"
    r"es (una )?duda|por curiosidad)\b"
)
#: Round 17: what to do if a sign came, as told by the team ("la enfermera me dijo que si
#: me sale..., vaya a urgencias"), with nothing come yet ("no me ha salido nada").
_TOLD_IF_ES = re.compile(
    # round 18: the clitic may be left out ("la farmacia dijo que si...")
    r"\b((me|nos|le|les) )?(dijo|dijeron|explico|explicaron|indico|indicaron|recomendo|recomendaron|"
    r"advirtio|advirtieron|aviso|avisaron) que (si|en caso de que)\b|"
    # round 19: a sheet quoted ("en el papel dice 'llame si...'"), the team's "watch for"
    # in either language ("they told me to watch for pus en la herida")
    r"\b(papel|hoja|folleto|instructivo|instrucciones|receta|indicaciones)\b( \w+){0,5} (dice|dicen|decia|pone)"
    r"( que)? (llame|llamar|vaya|ir|acuda|acudir|busque|venga|vigile|vigilar)\b|"
    r"\b(told|tell|said|asked)( me| us)? to (watch|look|check) (for|out for)\b|"
    # round 20: a document quoted or the signs explained ("en el informe de alta pone
    # «vigilar...»", "el folleto habla de «dificultad para tragar»", "la enfermera me
    # explicó las señales de la herida"), counted only with the writer well
    r"\b(papel|hoja|folleto|informe|instructivo|instrucciones|receta|indicaciones|prospecto)\b( \w+){0,5} "
    r"(dice|dicen|decia|pone|habla de|hablan de|menciona|explica)\b|"
    r"\b(me|nos|le) (explico|explicaron|dijo|dijeron|enseno|ensenaron) (las senales|los signos|los sintomas)\b|"
    r"\b(me|nos|le) (dijo|dijeron|pidio|pidieron) (que )?(vigilar|vigilara|estar pendiente|estuviera "
    r"pendiente|me fijara|fijarme|revisar|revisara)\b"
)
_NOTHING_YET_ES = re.compile(
    # round 29: the sign itself denied after the quote ("yo estoy sin fiebre y bien", "sigo
    # sin nada de eso"), and all told dry or clean in either order ("por ahora está todo
    # seco", "la herida sigue limpia")
    r"\b(yo )?(estoy|sigo|ando|me siento|me encuentro|continuo) sin (fiebre|calentura|temperatura|dolor|nada|"
    r"sintomas|molestias|pus|liquido|problemas?)\b(?! (pero|aunque|excepto|salvo|menos)\b)|"
    r"\b(esta|sigue|se ve|luce|se mira|va) (todo )?(limpi[oa]|sec[oa]|sequit[oa]|perfect[oa])\b(?! (pero|aunque|"
    r"excepto|salvo|menos)\b)|"
    r"\bno (me|le|nos) (ha|han) (salido|pasado|dado|venido|aparecido) nada\b|"
    r"\b(no|nunca) (he|ha) tenido nada( de eso)?\b|\bno tengo nada de eso\b|"
    r"\b(no|nada) (me|le) ha (pasado|salido)\b|"
    # round 18: the speaker well, only noting the instruction down ("pero estoy bien, solo
    # lo anoto"); "pues me está costando respirar" after a quote is no such thing
    r"\b(pero|y|ahorita|por ahora|hasta ahora|de momento) (ahorita |por ahora |hasta ahora |de momento )?"
    r"(estoy|ando|me siento|sigo|me encuentro|esta|anda|se siente|sigue) (bien|perfecto|perfectamente|"
    r"normal|tranquil[oa]|sin nada)\b(?! (pero|aunque|excepto|salvo|menos|hinchad\w*|inflamad\w*|"
    r"colorad\w*|roj[oa]|caliente|fe[oa]|mal|rar[oa]|dificil|dur[oa]|fuerte|debil|caid[oa]|chuec[oa])\b)|"
    r"\b(solo|nomas|nada mas) (lo )?(estoy )?(anot\w*|apunt\w*)\b|"
    # round 20: "estoy perfectamente", "yo no tengo nada", "todo está limpio y seco", "el
    # mío es la molestia leve ..., igual desde el alta"
    r"\b(estoy|me siento|me encuentro) perfectamente\b(?! (mal|fatal))|\byo no tengo nada\b(?! (de fuerza|de aire))|"
    r"\btodo (esta )?(limpio y seco|seco y limpio)\b|\bel mio es\b( \w+){0,3} (leve|normal|suave)\b|"
    # round 19: "yo respiro bien", "todo se ve limpio"
    r"\b(yo )?(respiro|trago|oigo|veo|hablo|camino|respira|traga|oye|ve|habla) (bien|normal|perfecto|"
    r"perfectamente|sin problema)\b(?! (pero|aunque|excepto|salvo|menos)\b)|"
    # round 26: "pero no me sale nada", "y a mí no me pasa nada" (not "no me sale nada de voz")
    r"\b(pero|y|yo|a mi|hasta ahora|ahorita|por ahora|de momento)( \w+)? no (me|le|nos) (sale|salio|pasa|paso|da|dio|"
    r"viene|ha pasado|ha dado|esta saliendo|esta pasando|duele|ha dolido|molesta) nada\b(?! (de (voz|aire|fuerza|orina|saliva)|"
    r"por (el|la) (oido|ojo|boca)))|"
    r"\b((todo )?(se ve|luce|se mira)|todo esta) (limpi[oa]|sequit[oa]|sec[oa]|bien|normal|bonit[oa])\b(?! (pero|"
    r"aunque|excepto|salvo|menos|\w+ad[oa]|\w+id[oa]|roj[oa]|colorad[oa]|caliente|fe[oa])\b)"
)
#: Round 17: one's own state told as the tic only, after a scene ("yo solo tengo el tic",
#: "a mí solo me brinca el ojo").
_ONLY_TIC_ES = re.compile(
    r"\b(solo|nomas|nada mas|unicamente)( \w+){0,3} (tic|espasmo|brinca|salta|tiembla|temblor|"
    r"parpade\w*|tirita|jala)\b"
)
#: A known effect of the toxin, mild or expected, weeks after it ("el botox me dejó la
#: sonrisa un poco chueca, como me avisó el doctor, hace 3 semanas"): a mention (round 9,
#: as in English).
_TOXIN = re.compile(r"\b(botox|toxina|inyecc\w*|inyectad[oa]|aplicacion)\b")
#: Round 21: the effect foretold by the team ("mi doctor me avisó que podía quedar con la cara
#: un poco caída unas semanas"), read as the toxin's expected effect is.
_FORETOLD_ES = re.compile(
    r"\b(me|nos|le) (aviso|avisaron|dijo|dijeron|advirtio|advirtieron|explico|explicaron) que (podia|podria|"
    r"iba a|puede|va a|podiamos|iban a) (quedar|tener|estar|salir|notar|sentir)\b"
)
_MILD_OR_WEEKS = re.compile(
    r"\b(un poco|poquito|algo|leve|levemente|ligera\w*|tantito|como (me )?(avis\w*|dijo|dijeron|"
    r"explic\w*)|hace (\d+|dos|tres|cuatro|cinco|seis|unas|varias) semanas|hace (un|\d+) mes(es)?|"
    # round 13: "ya me avisaron que dura unas semanas"
    r"(ya )?(me|nos|le) (avisaron|aviso|dijeron|dijo|explicaron|explico|advirtieron|advirtio))\b"
)
_NEW_OR_SPREADING = re.compile(
    r"\b(de repente|de golpe|de la nada|hoy|esta manana|anoche|ahora|ahorita|peor|empeor\w*|"
    # round 16: "se pasa en unas semanas" is it going away; "se pasó al cuello" spreads
    r"se (extiende|esta extendiendo)|se (paso|pasa|esta pasando) (a|al|hacia|para)|todo el cuerpo|"
    r"brazo|brazos|pierna|piernas|tragar|"
    r"respirar|aire|hablar)\b"
)
_DURING_SPASM = re.compile(
    r"\b(solo |nada mas )?(durante|con|cuando (me da|tengo|viene|hay)) (el|los|un) (espasmo|espasmos|tic)\b"
)
_SHAPE = re.compile(r"\b(torcid[oa]|torcio|chuec[oa]|ladead[oa])\b")
#: A foot or hand "asleep" from the way one sat or lay ("se me durmió el pie de tanto
#: estar sentada"): pins and needles, not a stroke (a whole side of the body still is).
_POSTURE = re.compile(
    r"\b(de|por)( tanto)?( estar| haber estado)?( tanto (rato|tiempo))? (sentad|parad|cruzad|"
    r"acostad|arrodillad|agachad|recargad|apoyad)\w*|\b(piernas|brazos) cruzad\w*|\bmala postura\b|"
    r"\bdormi(r|do)? (encima|sobre)\b|"
    # round 29: the sitting itself as the time ("cuando me siento así", "al sentarme en el
    # piso", "si me siento mucho rato"; not "cuando me siento mal": a feeling)
    r"\b(cuando|al|si|siempre que|cada vez que|en cuanto) (me|se|te|nos) (siento|sienta|sientan|sentamos|"
    r"acuesto|acuesta|cruzo|cruza|hinco|hinca|agacho|agacha)\b(?! (mal|triste|cansad\w*|rar[oa]|debil|peor|"
    r"maread\w*|mejor|bien|sol[oa]|confundid\w*|agotad\w*))|"
    r"\b(al|de|por|despues de) (sentarme|sentarse|estar sentad[oa]|cruzar (la|las) piernas?)\b|"
    r"\b(sentad[oa]|en cuclillas|hincad[oa]) (mucho|tanto|largo|un buen) (rato|tiempo)\b|"
    # round 26: lain on ("se durmió encima", "se recostó sobre el brazo", "el brazo debajo del cuerpo")
    r"\b(durmio|dormi|dormia|dormiste|acosto|acoste|recosto|recoste|recargo|recargue|echo|eche|sento|sente|"
    r"apoyo|apoye)( \w+){0,3} "
    r"(encima|sobre)\b|\b(el|la|su|mi) (brazo|pierna|mano) (debajo|abajo) (de|del)\b|"
    # round 18: from driving long, and gone when one moves ("se me duerme la pierna cuando
    # manejo muchas horas, se me quita al caminar")
    r"\b(cuando|de tanto|por|despues de|al) (manej\w*|conduc\w*|viaj\w*)\b|"
    r"\bse (me |le )?(quita|pasa|va|despierta)( sol[oa])? (al|cuando|en cuanto|con|si) (camin\w*|mov\w*|"
    r"par\w*|estir\w*|sacud\w*|levant\w*|sob\w*|me (muevo|paro|levanto))\b"
)
_WHOLE_SIDE = re.compile(r"\b(lado|mitad|medio cuerpo)\b")
#: Round 29: another's snoring likened to choking ("ronca tanto que parece que se ahoga,
#: jaja", "ronca como si se estuviera asfixiando"): a figure of sleep noise, not a sign. A
#: snorer who stops breathing or cannot be woken is no figure ("dejó de respirar").
_SNORE_FIGURE_ES = re.compile(
    r"^(?!.*\b(dejo de respirar|deja de respirar|no respira|no despierta|no reacciona|se puso (morad|azul))"
    r")(?=.*\b(ronc\w*|ronquid\w*)\b)(?=.*\b(parece que|como si|como que|cual si|hasta parece|ni que)( \w+){0,2} "
    r"(se|le|me)( \w+)? (ahog|asfix)\w*)"
)
#: Round 18: a state told as long-standing, "as always" ("tengo EPOC y me falta el aire
#: al subir escaleras como siempre"), with nothing new or worse about it ("no como
#: siempre", "peor que siempre", "desde el botox" are new): not a sign of today.
_LONGSTANDING_ES = re.compile(
    r"(?<!no )(?<!ni )\b(como siempre|de siempre|lo de siempre|igual que siempre|como de costumbre|"
    r"lo normal en mi|toda (la|mi|su) vida|desde (nin[oa]|chic[oa]|chiquit[oa]|joven|que naci|que nacio)|"
    # round 19: "lo tengo desde la parálisis de Bell de hace 10 años", "igualito"
    r"desde (la|el|que|lo de)( \w+){0,5} hace (\w+ ){0,2}anos|igualit[oa]( que (siempre|antes))?|"
    # round 20: "llevo 20 años con la boca un poco torcida ..., nada nuevo"
    r"llev(o|a|amos) (\w+ ){0,2}anos con|nada nuevo)\b"
)
_NEW_OR_WORSE_ES = re.compile(
    r"\b(peor|mas (que|de lo) (nunca|antes|siempre|normal|de costumbre)|(?<!no es )(?<!no son )(?<!nada )nuev[oa]|diferente|distint[oa]|"
    r"de repente|de golpe|de la nada|hoy|ahorita|esta (manana|tarde|noche)|anoche|ayer|ya no es como siempre|"
    r"(desde )?hace (un|una|unos|unas|\d+|dos|tres|media) (hora|horas|minutos|rato|ratito)|"
    r"(desde|despues) (de |del |de la |que me )?(el |la )?(botox|toxina|inyecc\w*|pusieron|inyectaron|"
    r"operacion|cirugia|operaron))\b"
)
_CHRONIC_SIGNS = frozenset(
    ["trouble breathing", "trouble swallowing", "limb weakness", "sudden hearing loss",
     "sudden vision loss", "facial droop or weakness", "spreading weakness"]
)  # fmt: skip
#: Round 18: a sign said of an animal ("mi perro tiene la cara chueca desde que lo picó
#: una abeja"): not a patient's, when the sentence names no person.
_ANIMAL_ES = re.compile(
    r"\b(perr[oa]s?|perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascota|mascotas|caball[oa]|yegua|vaca|becerr[oa]|"
    r"chiv[oa]|borreg[oa]|puerc[oa]|cochin[oa]|pajar[oa]|pajarit[oa]|perico|loro|gallina|gallo|conejo|"
    r"hamster|cachorr[oa]|firulais)\b"
)
_PERSON_ES = re.compile(
    r"\b(yo|me|se me|tengo|estoy|mi (papa|mama|espos[oa]|hij[oa]|abuel[oa]|herman[oa]|ti[oa]|padre|"
    r"madre|marido|mujer|novi[oa]|suegr[oa]|niet[oa])|mis (hijos|papas|padres))\b"
)


def _long_standing(text: str, norm: str, words: str) -> bool:
    """Whether the clause that tells the sign ``words`` says it is as always, and nothing
    in the message makes it new or worse ("tengo la presión alta como siempre, pero desde
    hace una hora se me cayó la boca" is a sign: the "always" is the pressure's)."""
    if _NEW_OR_WORSE_ES.search(norm):
        return False
    parts = [normalise(p) for p in _CLAUSES.split(text) if p and p.strip()]
    for i, part in enumerate(parts):
        if words in part:
            # the clause of the sign, or a "como siempre" said right after it on its own
            after = parts[i + 1] if i + 1 < len(parts) else ""
            return bool(_LONGSTANDING_ES.search(part) or _LONGSTANDING_ES.match(after))
    return bool(_LONGSTANDING_ES.search(norm))


def _said_of_an_animal(text: str, words: str) -> bool:
    """Whether the sentence that tells the sign ``words`` is about an animal and names
    no person (round 18)."""
    parts = [p for p in _SENTENCES.split(text) if p.strip()] or [text]
    for part in parts:
        norm = normalise(part)
        if words in norm:
            return bool(_ANIMAL_ES.search(norm)) and not _PERSON_ES.search(norm)
    return False


_INNER_DENIAL = re.compile(
    r"\b(no|nunca) (la |lo |me |se )?(tengo|tiene|esta|estan|noto|nota|veo|ve|parece|queda|"
    r"quedo)\b(?! (como )?(muert|paraliz|dormid))|"
    # round 16: "la cara no se me cae para nada"
    r"\b(no|nunca) (se )?(me |le )?(cae|cayo|caen|cuelga|tuerce|torcio)\b|"
    # round 19: "la cara no se me ha caído ni nada"
    r"\b(no|nunca) (se )?(me |le )?(ha|han|he) (caido|colgado|torcido|paralizado|dormido)\b|"
    # round 20: "no se me ha caído la cara ni tengo debilidad"
    r"\bni (tengo|tiene|siento|siente|noto|nota)\b"
)
#: Round 19: breath lost at a sight or a piece of news ("me quedé sin aire cuando vi la
#: factura 😂", "se quedó sin aliento al ver el precio"): a figure of speech.
_BREATH_FIGURE_ES = re.compile(
    r"\b(me|se|nos) (quede|quedo|quedamos|quedaron) sin (el )?(aire|aliento) (cuando|al|de) (vi|vio|ver|"
    r"escuche|escucho|escuchar|oi|oyo|oir|lei|leyo|leer|supe|supo|saber|me (dijeron|dieron|llego)|le "
    r"(dijeron|dieron|llego)|la (risa|emocion|sorpresa)|tanto reir|ver)\b"
)


#: Short of breath from exertion ("me falta el aire cuando subo escaleras porque no hago
#: ejercicio"), with no treatment in the message: not the toxin's warning sign (round 9).
_EXERTION_ES = re.compile(
    r"\b(escaleras|subo|subir|subiendo|camin\w*|corr(o|er|iendo)|ejercicio|gimnasio|gym|"
    r"esfuerzo|carg(o|ar|ando)|cuesta arriba|bicicleta|bailar|bailando|fuera de forma)\b"
)
_TREATED_ES = re.compile(
    r"\b(botox|toxina|inyecc\w*|aplicacion|operacion|operaron|cirugia|descompresion|"
    r"de repente|de golpe|de la nada|subit\w*)\b"
)
#: A treatment denied ("no me han puesto botox"): no treatment (round 15).
_NO_TREATMENT_ES = re.compile(
    r"\b(no|nunca|sin|todavia no|aun no) (me |le |nos |les )?(han |ha |he |hemos )?(puesto|aplicado|"
    r"inyectado|hecho|operado)( \w+){0,2} (botox|toxina|inyecc\w*|aplicacion|operacion|cirugia)\b|"
    r"\bsin (botox|toxina|operacion|cirugia)\b"
)
#: A sign seen in a film or a book, happening to a stranger or a character ("vi una
#: película donde alguien tuvo un derrame").
_SCENE_ES = re.compile(
    r"\b(pelicula|peliculas|serie|novela|telenovela|libro|documental|programa|tele|television|"
    r"noticias|video|youtube|obra|foro|foros|internet|facebook|tiktok|grupo de (apoyo|facebook|whatsapp)|"
    # round 21: read or heard of ("leí que a un actor le salía líquido por la nariz")
    r"redes|lei|escuche|oi decir)\b"
)
_STRANGER_ES = re.compile(
    r"\b(alguien|un senor|una senora|un hombre|una mujer|un personaje|el personaje|"
    r"(el|la) protagonista|un actor|una actriz|un paciente|una paciente)\b"
)
_CLOSE_ES = re.compile(r"\b(mi|mis|me|yo|nuestro|nuestra)\b")
#: Round 21: whether another's sign can happen to the writer, or to anyone ("¿a mí me puede
#: pasar?", "¿a uno con espasmo le puede pasar eso?").
_ME_TOO_Q_ES = re.compile(
    r"\b(a mi )?me (puede|podria|pueda|va a) (pasar|dar|ocurrir|suceder)( lo mismo| eso| algo (asi|parecido))?\b|"
    r"\ba (uno|una|alguien|cualquiera)( \w+){0,3} (le )?(puede|podria|pueda) (pasar|dar|ocurrir|suceder)\b|"
    r"\b(le )?(puede|podria) (pasar|dar|ocurrir|suceder)(le)? a (uno|cualquiera|todos|mi)\b"
)
#: Round 19: how often it happens, anywhere in the message ("leí de un señor en un foro
#: que se quedó sordo tras la MVD, ¿qué tan común es eso?").
_HOW_COMMON_ES = re.compile(
    # round 21: why it happens ("¿por qué ocurre eso?")
    r"\bpor que (ocurre|pasa|sucede|se da|le pasa|le paso|paso|ocurrio)( eso| esto| algo asi)?\b|"
    r"\b(que tan (comun|frecuente|seguido|probable|raro)|(eso|esto) es (frecuente|comun|raro)|"
    r"(es|sera) (frecuente|comun|raro) (eso|esto)|pasa (mucho|seguido|a menudo)|le pasa a (muchos|mucha gente))\b"
)


#: A question about a risk or how often something happens, or about something read or
#: heard of ("¿es posible perder el oído con la cirugía?", "leí que el bótox puede dar
#: problemas para tragar, ¿es frecuente?"): answered, with no safety line (round 13).
_RISK_Q = re.compile(
    r"^(es posible|se puede|hay riesgo|existe (el )?riesgo|que tan (comun|frecuente|seguido|"
    r"probable))\b|\b(riesgos?|probabilidad\w*|posibilidad\w*|(eso|esto) es (frecuente|comun)|"
    r"cuantas personas|cuanta gente|a cuantos|a cuantas|que porcentaje|que tan seguido|pasa seguido)\b|"
    # round 31: where the spasm or the treatment can lead ("¿el espasmo puede acabar en un
    # derrame?", "¿la cirugía puede dejarme ciego?")
    r"\b(puede|pueden|podria|podrian) (acabar|terminar|derivar|evolucionar|convertirse|llevar|dejarme|dejarle|"
    r"dejarte|dejar a alguien)\b|"
    r"\b(lei|leo|vi|escuche|oi|me contaron|dicen|he leido|he oido)( en internet| por ahi| en un folleto)? "
    r"que\b"
)
#: Parts of a message: sentences, and their clauses (a comma, "pero", "y ahora").
_CLAUSES = re.compile(r"[,.;:!?¿¡]+|\b(?:pero|aunque)\b")


#: Round 22: another's story: someone outside the home named first ("una señora de mi
#: iglesia", "mi vecino", "a mi compañera de cuarto"), the event in the past tense, and
#: the writer's part only a contrast ("a mí no", "yo solo tengo el tic"), a fear of one's
#: own operation or how to avoid it. Family is left out: their event may be now.
_OTHER_FIRST_ES = re.compile(
    r"^(\w+ ){0,2}(a )?(una|un|mi|la|el) (senora|senor|vecin[oa]|companer[oa]|conocid[oa]|amig[oa]|colega|"
    r"paciente|muchacha|muchacho|chica|chico|persona|hermana de la iglesia|hermano de la iglesia)\b"
)
_OTHERS_PAST_ES = re.compile(
    r"\b(tuvo|quedo|le quedo|le salio|le dio|se quedo|le dieron|le paso|sufrio|le broto|le dejo|"
    # round 24: "perdió la audición"
    r"perdio)\b"
)
_ME_CONTRAST_ES = re.compile(
    # (not "yo no sé qué hacer": the writer at a loss is no contrast)
    r"\b(a mi no|en mi caso no)\b(?! (me|se|le|lo|la|sabemos)\b)|\byo no (tengo|he tenido|tuve)( nada| eso)\b|"
    # round 24: the writer not operated yet ("yo todavía no me opero, ¿pasa mucho?")
    r"\b(yo|a mi) (todavia|aun) no (me )?(opero|operan|han operado|ponen|pongo|inyectan)\b|"
    r"\byo no (pero|y|gracias|por suerte|gracias a dios)\b|\b(yo|a mi) (solo|nomas|nada mas)\b|"
    r"\b(por eso|y) (me da|tengo|me dio) (miedo|panico|temor)( de)? (operarme|la operacion|la cirugia|"
    r"que me (pase|operen)|el botox|inyectarme)\b|"
    r"\bcomo (evito|evitar|prevengo|prevenir|hago para|le hago para) que (no )?(me|a mi me) (pase|de|ocurra)\b|"
    # round 23: the writer only frightened by it ("..., me dio miedo")
    r"\b(me|nos) (asuste|asusto|asustamos|espante|preocupe|impresiono|impacto)( mucho| bastante)?\b"
    r"(?! (porque|pues|ya que) (me|a mi|yo)\b)|"
    r"\b(me|nos) (dio|da|entro|entra|dejo) (mucho |un poco de |algo de )?(miedo|panico|temor|cosa|susto)\b"
    r"(?! (de )?que (me|se me|a mi) (este|esta|haya|hayan|este pasando)\b)"
)
#: Round 22: a stroke or a heart attack foretold of anger or exasperation, with whom or
#: what causes it ("me va a dar un derrame con ella", "a mi mamá le va a dar un infarto
#: con tanto coraje"): a figure of speech, not a sign (a stroke is told, not foretold).
_STROKE_FIGURE_ES = re.compile(
    r"\b(me|le|nos|te) (va|van|iba|ibas|vas) a dar (un|el) (derrame|infarto|ataque|patatus|soponcio|"
    r"embolia)( cerebral)?\b( \w+){0,2} (con|de|por) (ella|el|ellos|ellas|este|esta|estos|estas|ese|esa|"
    r"tanto|tanta|tantos|tantas|coraje|corajes|rabia|el coraje|la rabia|el enojo|la risa|los nervios|mi|tu|su|"
    r"sus|mis|tus)\b|"
    r"\b(me|le|nos|te) (va|van|iba|vas) a dar (un|el) (derrame|infarto|ataque|patatus|soponcio)\b"
    r"(?=.*\b(jaja\w*|jeje\w*|jiji\w*|xd|lol)\b)"
)


#: Round 23: blind or deaf "from so much" reading or hearing ("me quedé ciego de tanto leer
#: foros ... jaja", "voy a quedar sorda de tanto oír a mi suegra"): a figure of speech.
_SENSE_FIGURE_ES = re.compile(
    r"\b(cieg[oa]s?|sord[oa]s?|bizc[oa]s?|bizqu\w+)( \w+){0,2} (de|con|por) (tanto|tanta|tantos|tantas|leer|ver|"
    r"mirar|oir|escuchar|estar)\b|"
    # round 25: blind from searching the web ("me quedé ciego buscando en internet")
    r"\b(cieg[oa]s?|bizc[oa]s?)( \w+){0,2} (buscando|leyendo|mirando|revisando|googleando|navegando|viendo)"
    r"( \w+){0,3} (internet|google|foros?|paginas|la red|el celular|la pantalla|articulos|informacion)\b|"
    # round 24: deaf when not minding ("dicen que estoy sorda cuando no les hago caso"),
    # deaf for convenience
    r"\b(cieg[oa]s?|sord[oa]s?)( \w+){0,2} (cuando|porque|si) (no )?(les |le |te |me |nos )?(hago|hace|hacemos|"
    r"hacen|haces|hice|hizo) caso\b|\b(sord[oa]s?|cieg[oa]s?) (de conveniencia|a conveniencia|para lo que no "
    r"(me|le|les|te) conviene|selectiv[oa]s?)\b|"
    # round 28: blind or deaf with a passion ("me quedé ciego de rabia", "sorda de coraje")
    r"\b(cieg[oa]s?|sord[oa]s?)( \w+){0,2} (de|por) (la |el )?(rabia|coraje|ira|furia|celos|enojo|colera|odio|"
    r"amor|envidia|ambicion|orgullo|bronca|muina|emocion|felicidad)\b"
)
#: Round 28: a headache blamed on an ordinary cause, with no onset ("esta película de
#: terror me dio un dolor de cabeza espantoso, jaja", "el ruido de la fiesta me dejó una
#: jaqueca horrible"): a severity word is no thunderclap without its suddenness.
_ORDINARY_CAUSE_ES = (
    r"(pelicula|peli|serie|novela|telenovela|musica|ruido|fiesta|reunion|junta|trafico|tarea|tareas|examen|examenes|"
    r"partido|cruda|resaca|suegra|jefe|jefa|clase|clases|ninos|chamacos|escandalo|desvelo|vino|tequila|cerveza|"
    r"pantalla|celular|videojuego|concierto|boda|discusion|pleito|papeleo|tramites?|gritos|bulla|pachanga|reggaeton|"
    r"cumbia|karaoke|"
    # round 31: a bill or a paper chase ("la cuenta del hospital me dio un dolor de cabeza")
    r"cuenta|cuentas|factura|facturas|recibo|recibos|deuda|deudas|hipoteca|impuestos|banco|aseguradora|burocracia|"
    r"politica|noticias|vecinos|mudanza|obra|obras)"
)
_TRIVIAL_HEADACHE_ES = re.compile(
    rf"\b(la|esta|esa|una|el|este|ese|tanta|tanto|tantas|tantos|mi|su|los|las|tu)( \w+)? {_ORDINARY_CAUSE_ES}\b"
    r"( \w+){0,4} (me|le|nos|les) (dio|da|dejo|deja|provoco|causo|puso|trae|saco)( \w+){0,2} "
    r"(un |una |el |la )?(dolor de cabeza|jaqueca|migrana)\b|"
    r"\b(dolor de cabeza|jaqueca|migrana)\b( \w+){0,4} (de tanto|(por|con) (la|el|los|las|tanto|tanta|tantas|"
    rf"tantos|mi|su|tanto)( \w+)?) {_ORDINARY_CAUSE_ES}\b"
)
_ONSET_RE_ES = re.compile(rf"\b({_ONSET}|peor)\b")
#: Round 23: a sign of a character in a story ("en la serie al protagonista le dio un
#: derrame"), not the writer's (the sign's own words name no "me").
_FIRST_IN_SIGN_ES = re.compile(r"\b(me|mi|mis|yo|tengo|estoy|siento)\b")
_FAMILY_ES = re.compile(
    r"\b(mi|mis|a mi) (papa|mama|espos[oa]|hij[oa]s?|abuel[oa]|herman[oa]|ti[oa]|padre|madre|marido|mujer|"
    r"novi[oa]|suegr[oa]|niet[oa]|pareja|papas|padres)\b"
)
#: Round 23: how many people it happens to ("¿cuánta gente se queda con la cara débil
#: después de la cirugía?"): a risk asked, when the sign is nobody's and nothing is now.
_HOW_MANY_ES = re.compile(
    r"\b(cuanta gente|cuantas personas|cuantos pacientes|cuantas pacientes|que porcentaje|a cuantos|"
    # round 33: "q tan común es ...", texting
    r"a cuantas|(que|q|k) tan (comun|frecuente|seguido|probable)|con que frecuencia)\b"
)


def _covered(pattern: re.Pattern[str], norm: str, at: int) -> bool:
    """Whether a match of ``pattern`` in ``norm`` spans the position ``at``."""
    return any(m.start() <= at < m.end() for m in pattern.finditer(norm))


def _clause_of(text: str, words: str) -> str | None:
    """The normalised clause of ``text`` that holds the sign's ``words`` (None when no
    one clause holds them all)."""
    for part in _CLAUSES.split(text):
        if part and words in (norm := normalise(part)):
            return norm
    return None


def _is_question(text: str, norm: str) -> bool:
    return "?" in text or "¿" in text or bool(_QUESTION_OPENER.search(norm))


#: A message of several sentences: "¿cuándo me quitan los puntos? Otra cosa, de la oreja
#: sale un líquido" asks one thing and reports another (round 12).
_SENTENCES = re.compile(r"(?<=[.!?;])\s+|¿")


def _asked_where(text: str, norm: str, words: str) -> bool:
    """Whether the sentence of ``text`` that holds the sign's ``words`` is a question
    (the whole message when no one sentence holds them)."""
    parts = [p for p in _SENTENCES.split(text) if p.strip()]
    if len(parts) > 1:
        for part in parts:
            if words in normalise(part):
                return _is_question(part, normalise(part))
    return _is_question(text, norm)


#: Signs whose pattern may end on the sign itself ("desde la operación tengo fiebre").
_SIGN_LAST = frozenset(["warning sign after the operation", "fever with stiff neck or headache"])


#: The face moving while one sleeps ("¿es normal que se me mueva la cara dormido?"): the
#: person asleep, not a face "asleep" (numb); "no se me mueve" stays a sign (round 13).
_ASLEEP = re.compile(
    r"\b((?<!no )se (me|le|te) (mueve|mueva|movia|moviera|brinca|brinque|brincaba|salta|salte|"
    r"saltaba|tiembla|tiemble|temblaba|jala|jale|contrae)|(estando|cuando (estoy|esta|estaba)|"
    r"mientras (estoy|esta|duermo|duerme)|aun|incluso|hasta)( \w+)? dormid[oa]s?)\b|"
    # round 23: the twitch seen in one's sleep, "se" left out ("me tiembla la cara dormido")
    r"\b(me|le|te) (tiembla|brinca|salta|mueve|jala|da el tic)( \w+){0,2} (cara|ojo|boca|mejilla|parpado|"
    r"cachete) dormid[oa]s?\b(?! (desde|todo el dia|todavia|aun|y no)\b)"
)

#: Words a denial of the face reaches across: "no tengo la cara caída ni la boca chueca".
_FACE_FILLER = _NEG_FILLER | frozenset(
    ["cara", "rostro", "boca", "labio", "labios", "mejilla", "sonrisa", "cachete", "ni"]
)


#: Round 23: verbs whose "nada" closes their own clause ("ese lado no se mueve nada, se me
#: paralizó la cara"): that "nada" denies the verb before it, not the sign after it.
_NADA_CLOSES = frozenset(
    ["mueve", "muevo", "movia", "siento", "siente", "sentia", "oigo", "oye", "veo", "ve", "responde",
     "sirve", "funciona", "hace", "sale", "cierra", "sube", "levanta", "puedo", "puede"]
)  # fmt: skip


def _negated_face(norm: str, start: int) -> bool:
    """Whether a denial reaches a facial sign across face words (round 13)."""
    words = norm[:start].split()
    for k in range(len(words) - 1, max(len(words) - 7, -1), -1):
        w = words[k]
        if w == "nada" and k > 0 and words[k - 1] in _NADA_CLOSES:
            return False  # round 23: "no se mueve nada, se me paralizó la cara"
        if w in _NEGATION:
            return True
        if w not in _FACE_FILLER:
            return False
    return False


def _negated(norm: str, start: int) -> bool:
    words = norm[:start].split()
    before = words[-4:]
    for i in range(len(before) - 1, -1, -1):
        w = before[i]
        prev = words[len(words) - len(before) + i - 1] if len(words) - len(before) + i > 0 else ""
        if w == "nada" and prev in _NADA_CLOSES:
            return False
        if w in _NEGATION and not (w == "nada" and i > 0 and before[i - 1] == "la"):
            return True  # "de la nada" is "out of nowhere", not a negation
        if w not in _NEG_FILLER:
            return False
    return False


#: Round 15, the bilingual screen: U.S. patients mix the two languages in one sign ("the
#: wound detrás de la oreja ... tiene pus", "after the botox shot ... se le dificulta
#: respirar"). In a message that holds Spanish (two of its function words or more), the
#: English words that carry a sign's context are read as their Spanish ones, so a sign
#: told half in each language is read whole. A message in English alone is left as it
#: is (the English screen reads it). Spellings of context words too ("cirujia", "oydo").
_EN_CONTEXT_ES = {
    "after": "despues de", "since": "desde", "shot": "inyeccion", "shots": "inyecciones",
    "injection": "inyeccion", "injections": "inyecciones", "surgery": "cirugia",
    "operation": "operacion", "wound": "herida", "incision": "incision", "scar": "cicatriz",
    "stitches": "puntos", "today": "hoy", "yesterday": "ayer", "ear": "oido", "nose": "nariz",
    "eye": "ojo", "face": "cara", "mouth": "boca", "neck": "cuello", "fever": "fiebre",
    "headache": "dolor de cabeza", "my": "mi", "his": "su", "her": "su", "mom": "mama",
    "dad": "papa", "husband": "esposo", "wife": "esposa", "suddenly": "de repente",
    "fluid": "liquido", "clear": "claro", "water": "agua", "red": "roja", "swollen": "hinchada",
    "infected": "infectada",
    # round 22: "post-op mi cara está droopy"
    "droopy": "caida", "post-op": "despues de la operacion",
    "postop": "despues de la operacion",
}  # fmt: skip
_SPELLINGS_ES = {
    "cirujia": "cirugia", "sirugia": "cirugia", "oydo": "oido", "oydos": "oidos",
    "operasion": "operacion", "inyecion": "inyeccion", "injeccion": "inyeccion",
    "herrida": "herida", "infestada": "infectada",
    # round 22: regional words for the neck ("el pescuezo duro", "el cogote tieso")
    "pescuezo": "cuello", "cogote": "cuello",
}  # fmt: skip
_SPANISH_GLUE = frozenset(
    ["que", "de", "la", "el", "los", "las", "mi", "se", "le", "esta", "tiene", "del", "por", "con",
     "una", "es", "muy", "dice", "y", "pero", "para", "su"]
)  # fmt: skip
_EN_CONTEXT_RE = re.compile(r"\b(" + "|".join(_EN_CONTEXT_ES) + r")\b")
_SPELLINGS_RE = re.compile(r"\b(" + "|".join(_SPELLINGS_ES) + r")\b")


_X_FOR_POR = re.compile(r"(?<=[a-z] )x(?= (el|la|los|las|mi|su|un|una|la|ese|esa|este|esta)\b)")


#: Round 21: a report wrapped in "¿es normal que ...?" tells its sign in the present
#: subjunctive ("que se me atore la comida", "que la herida supure y huela feo"), and the
#: sign patterns are written in the indicative. After such a wrapper the commonest
#: subjunctive forms of the signs' verbs are read as the indicative (not "este", "sangre"
#: or "entre", which are also a demonstrative, blood and "between").
_SUBJUNCTIVE_ES = {
    "vaya": "va", "vayan": "van", "caiga": "cae", "caigan": "caen", "salga": "sale", "salgan": "salen",
    "duela": "duele", "duelan": "duelen", "atore": "atora", "atoren": "atoran", "oiga": "oye",
    "oigan": "oyen", "vea": "ve", "vean": "ven", "pueda": "puede", "puedan": "pueden", "falte": "falta",
    "cueste": "cuesta", "supure": "supura", "huela": "huele", "tenga": "tiene", "tengan": "tienen",
    "sienta": "siente", "quede": "queda", "queden": "quedan", "haga": "hace", "hagan": "hacen",
    "mueva": "mueve", "cierre": "cierra", "escurra": "escurre", "gotee": "gotea", "ponga": "pone",
    "baje": "baja", "pase": "pasa", "abra": "abre", "tape": "tapa", "nuble": "nubla", "duerma": "duerme",
    "trague": "traga", "respire": "respira", "atasque": "atasca", "ahogue": "ahoga",
    "atragante": "atraganta", "vuelva": "vuelve", "hinche": "hincha", "arda": "arde",
    # round 28: the perfect ("que se me haya nublado la vista") and the hearing, bursting and
    # doubling verbs ("que no escuche nada por un oído", "que se me desdoblen las cosas")
    "haya": "ha", "hayan": "han", "escuche": "escucha", "escuchen": "escuchan", "nublen": "nublan",
    "reviente": "revienta", "estalle": "estalla", "explote": "explota", "desdoble": "desdobla",
    "desdoblen": "desdoblan", "tuerza": "tuerce", "paralice": "paraliza", "entumezca": "entumece",
}  # fmt: skip
_WRAPPER_ES = re.compile(
    r"\b(es normal|sera normal|es de esperar|es grave|sera grave|es preocupante|es malo|sera malo|"
    r"esta bien|debo preocuparme( de| por)?|es de preocupar(se|me)?) (que|q)\b"
)
_SUBJUNCTIVE_RE = re.compile(r"\b(" + "|".join(_SUBJUNCTIVE_ES) + r")\b")


def _read_subjunctive_es(plain: str) -> str:
    """``plain`` with the sign verbs after "es normal que" read in the indicative
    (:data:`_SUBJUNCTIVE_ES`)."""
    m = _WRAPPER_ES.search(plain)
    if m is None:
        return plain
    rest = _SUBJUNCTIVE_RE.sub(lambda w: _SUBJUNCTIVE_ES[w.group(0)], plain[m.end() :])
    return plain[: m.end()] + rest


_JUST_NOW_ES = re.compile(r"\b(hai|hace) nada\b")
#: Round 25: a reply's opening "No," answers the question asked before; it denies nothing
#: in what follows ("No, puedo cerrar bien el ojo": the comma, lost in the normal form,
#: would make it "no puedo cerrar"). A second "no" ("No, no puedo ...") is kept.
_ANSWER_NO_ES = re.compile(r"^\s*(no|nop|nel|nah)\s*[,.!;:]+\s*(?!no\b|ni\b|nada\b|nunca\b)")


@functools.cache
def _screen_words_es() -> frozenset[str]:
    """The words this screen's patterns and the chart reader's spell out ("paresia" 1.68,
    "rinorrea" 1.62 in wordfreq's Spanish): read as written, never respelled by sound
    (:func:`hfs.assistant.shorthand_es.read_sounds_es`, round 31)."""
    sources: list[str] = []

    def collect(value, depth: int = 0) -> None:
        if isinstance(value, re.Pattern):
            sources.append(value.pattern)
        elif isinstance(value, str) and depth:
            sources.append(value)
        elif isinstance(value, (list, tuple, frozenset, set)) and depth < 3:
            for item in value:
                collect(item, depth + 1)
        elif isinstance(value, dict) and depth < 3:
            for key, item in value.items():
                collect(key, depth + 1)
                collect(item, depth + 1)

    for module in (sys.modules[__name__], shorthand_es):
        for value in list(vars(module).values()):
            collect(value)
    return frozenset(re.findall(r"[a-zñ]{4,}", " ".join(sources).lower()))


def _holds_spanish(text: str) -> bool:
    """Whether ``text`` has two or more Spanish glue words (:data:`_SPANISH_GLUE`)."""
    return len(_SPANISH_GLUE.intersection(normalise(text).split())) >= 2


def warm_up_es() -> None:
    """Build the index of Spanish words by sound and the screen's own words now (about a
    second; the web app's background warm-up), not on the first Spanish message."""
    _screen_words_es()
    shorthand_es.warm_up_sounds_es()


def standard_es(text: str) -> str:
    """``text`` in lower case without accents (punctuation kept), with the spellings of
    context words mended and, when it holds Spanish, its English context words read as
    Spanish (the bilingual screen, round 15)."""
    plain = unicodedata.normalize("NFKD", read_elisions_es(text))  # round 17: "ta' enredao"
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    plain = _SPELLINGS_RE.sub(lambda m: _SPELLINGS_ES[m.group(0)], plain)
    # round 17: "erida", "caveza", "e tenido"; round 31: other rare words of a message that
    # holds Spanish, as the commonest word of their sound ("fievre", "voca", "sierro")
    plain = read_sounds_es(plain, _screen_words_es() if _holds_spanish(plain) else None)
    # round 19: the texting "x" for "por" ("le sale agua x el oído")
    plain = _X_FOR_POR.sub("por", plain)
    # round 24: "hace nada" / Galician "hai nada" is "just now", no denial of what follows
    plain = _JUST_NOW_ES.sub("hace poco", plain)
    plain = _ANSWER_NO_ES.sub("", plain)
    plain = read_chart_es(plain)  # round 16: "rinorrea", "eritema", "POP día 4", "T 38,5"
    plain = _read_subjunctive_es(plain)  # round 21: "¿es normal que se me atore ...?"
    if _holds_spanish(plain):
        plain = _EN_CONTEXT_RE.sub(lambda m: _EN_CONTEXT_ES[m.group(0)], plain)
    return plain


#: Round 20: the sign explained away by the speaker, first ("Seguro es cera, pero ...",
#: "Seguramente es un resfriado, pero ...", "Capaz que son los nervios, pero ...") or in a
#: last sentence ("... Probablemente sea cansancio."). The guess is the speaker's, not
#: the screen's: its words ("resfriado", "cansancio", "nervios") must not excuse or
#: weaken the sign told beside them, so they are read without it.
_GUESS_ES = (
    r"(seguro|seguramente|probablemente|capaz|a lo mejor|quiz[aá]s?|tal vez|igual|debe|deben|"
    r"ser[aá]|supongo|me imagino|creo)( que)?( no)?( (es|sea|son|sean|ser[aá]|ser[aá]n|de ser|ser|est[eé]|"
    r"tenga|venga))?"
)
_EXPLAINED_FIRST_ES = re.compile(
    rf"^\s*{_GUESS_ES}( [\w\-]+){{0,4}}\s*,?\s*(pero|aunque)\s+", re.IGNORECASE
)
_EXPLAINED_LAST_ES = re.compile(
    rf"(?<=[.!;])\s*{_GUESS_ES}( [\w\-]+){{1,4}}\s*[.!…]*\s*$", re.IGNORECASE
)


_HEADACHE_GUESS_ES = re.compile(r"\b(jaqueca|migran\w*|dolor\w* de cabeza|cefalea)\b")


def drop_explained_away_es(text: str) -> str:
    """``text`` without the speaker's own explanation of the sign told (round 20,
    :data:`_EXPLAINED_FIRST_ES`); the text unchanged when little would be left, or when
    the guess is itself a sign or crisis talk ("Creo que es un derrame, pero ...")."""
    first = _EXPLAINED_FIRST_ES.match(text)
    last = _EXPLAINED_LAST_ES.search(text)
    if first is None and last is None:
        return text
    guess = " ".join(m.group(0) for m in (first, last) if m is not None)
    if screen_es(guess).flag is not None or find_crisis_es(guess) is not None:
        return text
    kept = _EXPLAINED_LAST_ES.sub("", _EXPLAINED_FIRST_ES.sub("", text)).strip()
    # round 24: the guess names the headache itself ("seguro que es jaqueca pero me vino de
    # un segundo a otro y es algo bestial"): its noun is the sign's, kept with a sudden,
    # severe onset told
    kept_norm = normalise(kept)
    if (
        _HEADACHE_GUESS_ES.search(normalise(guess))
        and re.search(rf"\b{_ONSET}\b", kept_norm)
        and re.search(rf"\b{_SEVERE}\b", kept_norm)
    ):
        return text
    return kept if len(kept.split()) >= 3 else text


#: Round 21: ONE structural reader of a warning quoted with the writer fine (ES v13 and
#: v14 brought eight wordings that the word-keyed rules of rounds 17-20 did not know: the
#: discharge sheet, the leaflet, a daughter-in-law's WhatsApp, the hospital paper, the
#: surgeon, the internet). The message is read in two parts: what a document or another
#: person says, lists, warns of or asks (a quoted span, or the sentence that holds the
#: saying verb, with the sentence right after its colon), and the writer's own part
#: (everything else). When the sign is in the quote only, and the writer's own part says
#: the writer is fine ("yo estoy bien", "no me ha pasado", "hasta ahora nada", "veo
#: normal") and, screened alone, holds no sign, the sign is the warning's, not the
#: writer's: nothing now. A sign in the writer's own part ("... pero desde ayer me
#: atraganto con el agua"), or a report passed on by another ("mi mamá dice que no ve
#: nada") is no quoted warning.
_QUOTE_SPAN_ES = re.compile(r"'[^']{3,}'|\"[^\"]{3,}\"|«[^»]{3,}»|“[^”]{3,}”|‘[^’]{3,}’")
#: A document or a medium: what it says is a warning or a list, never the writer's state.
_DOCUMENT_ES = re.compile(
    r"\b(hoja|hojita|papel|papelito|papeles|folleto|prospecto|informe|instructivo|instrucciones|"
    r"indicaciones|receta|consentimiento|alta|internet|google|pagina|articulo|foro|grupo|facebook|"
    r"whatsapp|wasap|mensaje|video|youtube|tele|television|libro|revista|cartel|letrero|panfleto|"
    r"tiktok|chat)\b"
)
#: Saying, writing, listing, warning, explaining or asking (third person, or the writer
#: reading or hearing it: "leí en internet", "escuché en la radio").
_SAYS_ES = re.compile(
    # not the writer's own "le pregunto si...", "le aviso que...": the writer telling, not a
    # warning told to the writer
    r"(?<!\ble )(?<!\bles )(?<!\bte )(?<!\bos )"
    r"\b(dice|dicen|decia|decian|dijo|dijeron|pone|ponen|ponia|puso|pusieron|escribio|escribieron|"
    r"escribe|mando|mandaron|manda|envio|enviaron|advierte|advierten|advirtio|advirtieron|avisa|avisan|"
    r"aviso|avisaron|explica|explican|explico|explicaron|menciona|mencionan|menciono|mencionaron|"
    r"habla de|hablan de|hablaba de|lista|listan|enumera|recomienda|recomendo|recomendaron|indica|"
    r"indican|indico|indicaron|pregunta|preguntan|pregunto|preguntaron|insiste|insistio|repite|repitio|"
    r"enseno|ensenaron|aparece|aparecen|viene en|sale en|trae|viene escrito|esta escrito|pone aqui|"
    r"leyo|leyeron|anoto|anotaron|dejo anotado|dejo escrito|recalco|recalcaron|remarco|subrayo|aclaro|"
    r"marco|segun (el|la|los|las|mi|su))\b|"
    r"\b(lei|leo|vi|escuche|oi)( \w+){0,2} (en|que)\b(?! (el|la|mi|su) (espejo|cara|ojo|boca))"
)
#: What makes the quoted part a warning, not a report passed on: a condition, an
#: instruction, a list or a question put to the writer ("si se le cae la cara váyase",
#: "hay que llamar", "¿tienes la cara caída?"), or a document's words.
_WARNING_ES = re.compile(
    r"\b(si|en caso de|cuando|ante|hay que|tiene que|debe|llame|llamar|llamen|vaya|vayase|ir|acuda|acudir|"
    r"busque|buscar|venga|vigile|vigilar|no espere|avise|avisar|senales|signos|sintomas|efectos|"
    r"riesgos|complicaciones|alarma|urgencias|911|emergencia|ojo con|cuidado con|pendiente de|"
    # round 22: a risk stated ("el bótox puede dar problemas para tragar")
    r"atent[oa] a|(puede|pueden|podria|podrian) (dar|causar|provocar|producir|dejar|traer)|"
    # round 24: a command passed on ("me dijo que vigilara la fiebre", "que fuera a urgencias")
    r"vigilara|vigilaras|vigilaramos|estuviera pendiente|tuviera cuidado|acudiera|llamara|avisara|"
    r"fuera a urgencias|fuera al hospital|"
    # a sign called grave ("leí que un dolor de cabeza repentino es grave")
    r"es (grave|peligros[oa]|serio|de cuidado)|"
    # round 25: a sign called urgent ("el peor dolor de cabeza de la vida es de urgencia"),
    # or the spasm called a warning of a stroke ("el tic es 'aviso de embolia'")
    r"es (de urgencia|una urgencia|urgente|de emergencia|una emergencia)|(es )?(un )?(aviso|senal|presagio|"
    r"anuncio) de)\b"
)
#: A time of the last hours in the "quoted" part: a report ("le pregunto porque desde ayer
#: no oigo"), never a warning, which is timeless.
_NOW_IN_QUOTE_ES = re.compile(
    r"\b(hoy|ahora|ahorita|anoche|ayer|antier|esta (manana|tarde|noche)|hace (un|una|unos|unas|\d+|dos|"
    r"tres) (rato|ratito|minutos?|horas?|dias?)|desde (ayer|anoche|hoy|esta|el (lunes|martes|miercoles|"
    r"jueves|viernes|sabado|domingo)))\b"
)
#: Round 23: another's claim about the writer disputed: the doctor saw the writer and it is
#: the usual spasm ("pero el médico ya me vio y es el espasmo de siempre", "lo revisó el
#: neurólogo"), or the claim called a tale ("pero eso es un cuento").
_DISPUTED_ES = (
    r"\b(el|la|mi) (medic[oa]|doctor|doctora|neurolog[oa]|neurocirujan[oa]|especialista) ya me (vio|reviso|"
    r"checo|examino|dijo)\b|\b(me|lo|la) (reviso|revisaron|vio|checo|examino) (el|la|mi) (medic[oa]|doctor|"
    r"doctora|neurolog[oa]|neurocirujan[oa]|especialista)\b|"
    r"\b(es|era) (solo |nomas |nada mas )?(el|mi) (espasmo|tic)( de siempre)?\b(?! (pero|aunque|y ahora)\b)|"
    r"\beso (es|son) (un cuento|puro cuento|cuentos|mentira|un mito|mitos|chisme|exageracion|"
    r"habladuria\w*)\b|\b(puro cuento|pura mentira|puras mentiras|puros cuentos)\b|"
    r"\b(el|la|mi) (medic[oa]|doctor|doctora|neurolog[oa]|neurocirujan[oa]|especialista) (dice|dijo) que (es|era) "
    r"(normal|el espasmo|el tic|solo el espasmo|solo el tic|nada)\b"
)
_DISPUTED_RE = re.compile(_DISPUTED_ES)
#: The writer fine, in the writer's own part.
_WRITER_FINE_ES = re.compile(
    r"\b(yo |ahorita |por ahora |hasta ahora |de momento |por suerte |gracias a dios )?(estoy|me siento|"
    r"me encuentro|ando|sigo|vengo|quede) (bien|perfect[oa]|perfectamente|normal|tranquil[oa]|"
    r"estupend[oa]|de maravilla|como siempre)\b|"
    r"\bno (me|le|nos) (ha|han) (pasado|dado|salido|venido|aparecido|ocurrido)\b|"
    r"\bno (me|le|nos) (pasa|da|sale|ocurre)( \w+)? (nada|eso)\b|\bnada de eso\b|"
    r"\b(hasta ahora|por ahora|de momento|por suerte|gracias a dios|hasta hoy|yo),? nada\b|"
    r"\b(a mi|yo) no (me ha|me han|he tenido|tengo|me pasa)\b|\bno (tengo|he tenido) nada\b|"
    r"\b(veo|oigo|escucho|respiro|trago|hablo|camino|me muevo) (bien|normal|perfecto|perfectamente|"
    r"sin problema)\b|\btodo (bien|normal|tranquilo|en orden)\b|"
    r"\bsin (fiebre|dolor|sintomas|molestias|nada raro|problemas)\b|"
    # round 22: one's own wound told fine ("hasta ahora está seca y limpia"), one's own
    # state only the tic ("a mí solo se me jala cuando me da el tic")
    r"\b(hasta ahora|por ahora|de momento|ahorita|yo la tengo|la tengo)?,? ?(esta|se ve|sigue|luce) (sec[oa]|"
    r"limpi[oa]|cerrad[oa]|san[oa])( y (sec[oa]|limpi[oa]|cerrad[oa]|san[oa]|sin nada))?\b(?! (pero|aunque)\b)|"
    r"\b(a mi|yo) (solo|nomas|nada mas)\b( \w+){0,8} (tic|espasmo)\b|"
    # round 24: one's own ache the usual one ("el mío es el dolorcito de siempre")
    r"\b(el|la|lo) mi[oa] (es|son) (el|la|lo|un|una)( \w+){0,2} de siempre\b|"
    # round 23: one's own wound told fine in the diminutive ("la mía está sequita y bien"),
    # one's own ache mild and as usual ("a mí solo me duele un poco como siempre"), only the
    # tic for now ("por ahora solo el tic de siempre"), or the claim disputed
    r"\b(esta|se ve|sigue|luce|va|la tengo) (muy |bien |super |toda )?(sequit[oa]|limpiecit[oa]|limpit[oa]|"
    r"cerradit[oa]|sanit[oa]|bonit[oa]|perfect[oa])\b(?! (pero|aunque)\b)|"
    r"\b(a mi|yo) (solo|nomas|nada mas) (me )?(duele|molesta|pica|tengo|siento|noto)( \w+){0,3} (un poco|"
    r"poquito|un poquito|leve|lo normal|como siempre|lo de siempre)\b|"
    r"\b(por ahora|hasta ahora|de momento|por el momento|ahorita|hoy) (solo|nomas|nada mas)( \w+){0,4} "
    r"(tic|espasmo)\b|"
    # round 25: the writer doing the thing fine ("yo estoy tragando normal"), one's own ache
    # called ordinary ("yo solo tengo un dolorcito normal de la operación")
    r"\b(estoy|sigo|ando) (tragando|respirando|hablando|viendo|oyendo|escuchando|caminando|comiendo) (normal|"
    r"bien|perfecto|perfectamente|sin problema)\b|"
    r"\b(yo )?(solo|nomas|nada mas) (tengo|siento|noto) (un|una|el|la|lo)( \w+)? (normal|leve|de siempre|"
    r"esperad[oa]|de la (operacion|cirugia))\b|"
    rf"(?:{_DISPUTED_ES})"
)


#: Round 21: a sign told as over: had then ("tuve un poco de fiebre el segundo día", "se me
#: infectó un poquito al principio", "hace dos meses sentí de repente el oído tapado") and
#: well since or now ("hace un mes que estoy perfecta", "ya está cerrada y sin nada desde
#: hace semanas", "era cerumen y ya oigo bien"), with nothing of the last hours. The onset
#: of the old episode ("de repente") tells how it began, not that it is now.
_HAD_THEN_ES = re.compile(
    r"\b(tuve|tuvo|tenia|tuvimos|me dio|le dio|me dieron|le dieron|senti|sintio|se me infecto|se le infecto|"
    r"se infecto|me salio|le salio|supuro|me supuro|le supuro|al principio|los primeros dias|"
    r"la primera semana|el (primer|segundo|tercer|cuarto) dia|"
    r"en el hospital|estando internad[oa])\b"
)
_SINCE_WEEKS_ES = r"(( y)?( sin nada)? desde hace (\w+ )?(dias|semanas|meses|un mes|tiempo)\b)?"
_WELL_SINCE_ES = re.compile(
    r"\bhace (\w+ ){1,2}que (estoy|me siento|ando|esta|se siente|anda|sigo|sigue|me encuentro) (bien|"
    r"perfect[oa]|perfectamente|normal|como nuev[oa]|de maravilla)\b|"
    r"\bllevo (\w+ ){1,2}(bien|perfect[oa]|sin nada|normal|como nuev[oa])\b|"
    # round 24: home and well ("ya estoy en casa estupendamente", "ya está en casa y de maravilla")
    r"\bya (estoy|esta|me siento|se siente|ando|anda)( en (casa|mi casa|su casa)( y)?)? (estupend\w*|de maravilla|"
    r"fenomenal|genial|perfect[oa]|perfectamente|muy bien|como nuev[oa]|requetebien)\b|"
    r"\bya (oigo|veo|escucho|hablo|camino|respiro|trago|estoy|me siento|esta|se siente|oye|ve|habla) "
    rf"(bien|normal|perfect[oa]|perfectamente)\b{_SINCE_WEEKS_ES}|"
    # round 22: "ya está bien cerradita", "ya quedó toda sanita"
    rf"\bya (esta|estoy|quedo|quede)( bien| muy| toda| todo)? (cerrad[oa]|cerradit[oa]|curad[oa]|curadit[oa]|"
    rf"san[oa]|sanit[oa]|limpi[oa]|limpiecit[oa]|bien)\b{_SINCE_WEEKS_ES}|"
    r"\b(sin nada|bien|perfect[oa]) desde hace (\w+ )?(dias|semanas|meses|un mes)\b|"
    # "ya cerró perfecta hace un mes"
    r"\bya (se )?(cerro|sano|cicatrizo|curo)( (perfect[oa]|bien|del todo))?( hace (\w+ )?(dias|semanas|mes|"
    r"meses|un mes))?\b|"
    # round 25: discharged weeks ago and all well now ("me dieron el alta hace un mes. Todo
    # bien ahora")
    r"\b(me|le|nos|la|lo) (dieron|dio) (de )?(el )?alta hace (\w+ )?(semanas|meses|un mes|una semana|mes)\b"
    r"( \w+){0,3} (todo|ya todo|estoy|esta) (bien|perfect[oa]|normal|en orden)( ahora| ya| desde entonces)?\b|"
    # round 28: another's event long ago, and what it took back told as done well now ("tuvo
    # un derrame el año pasado, ahora camina y habla bien"), or a talk today found all normal
    # ("hoy hablé con él y todo normal")
    r"\b(ahora|hoy|hoy en dia|ya) (camina|habla|anda|come|ve|oye|se mueve|maneja|trabaja)( y (camina|habla|anda|"
    r"come|ve|oye|se mueve|maneja|trabaja))? (bien|normal|perfect[oa]|perfectamente|sin problemas?)\b|"
    r"\b(hoy|ayer|esta manana|anoche) (hable|platique|me comunique|lo vi|la vi|fui a verl[oa]|lo visite|la visite)"
    r"( con (el|ella))?( \w+){0,3} y (todo|esta|lo vi|la vi) (normal|bien|perfect[oa])\b"
)
_ONSET_WORDS_ES = re.compile(r"\b(de repente|de golpe|de pronto|de la nada|de un momento a otro)\b")


#: Round 24: whether to worry about what one has ("¿debo preocuparme si tengo fiebre ...?"),
#: told with a day of one's own recovery (:data:`_DAYS_AFTER_ES`).
_WORRY_IF_HAVE_ES = re.compile(
    r"\b(debo|deberia|tengo que|hay que|es para) (preocuparme|preocuparse|alarmarme|ir a urgencias) si "
    r"(tengo|me duele|me sale|estoy|siento|veo|oigo|ya tengo|todavia tengo|sigo)\b"
)
_DAYS_AFTER_ES = re.compile(
    r"\b(a los|al) \w+ (dias|dia|semanas) (de|despues de|tras) (la|mi) (cirugia|operacion|descompresion|"
    r"intervencion)\b|\b(llevo|van|voy) \w+ dias (de operad[oa]|desde la (cirugia|operacion))\b"
)
_OWN_WORDS_ES = re.compile(r"\b(me|mi|mis|yo|tengo|siento)\b")


def how_many_asked_es(text: str) -> bool:
    """Whether a Spanish message asks how many people a sign happens to, with nothing now
    and no "me" ("¿cuánta gente se queda con la cara débil después de la cirugía?")."""
    norm = normalise(standard_es(text))
    return bool(
        _HOW_MANY_ES.search(norm) and not _PRESENT.search(norm) and not _OWN_WORDS_ES.search(norm)
    )


_SUDDENLY_ES = re.compile(r"\bde (golpe|repente|pronto|un momento a otro|un segundo a otro)\b")


#: Round 30: the frame of a plan ahead, read anywhere in the message: a condition ("si",
#: "en caso de que", "por si", English "what should I do if") AND a what-to-do or
#: where-to-go ask ("¿qué hago?", "¿a quién le hablo?", "¿a dónde la llevo?", "¿qué
#: señales debo vigilar?") AND a word that places it later (some day, not yet had, "por si
#: acaso", "nomás pregunto", "para estar preparada", "cuando me manden a casa", another who
#: "va a cuidar" someone, the subjunctive of "en caso de que me quede sordo").
_IF_FRAME_ES = re.compile(
    r"^(y )?si\b|\b(que|a donde|adonde|donde|a quien|con quien|a que numero|who|where|what)( \w+){0,3} si\b|"
    r"\b(en caso de que|en caso de|por si|what if|and if|if)\b|\b(pregunto|preguntar)( \w+)? si\b"
)
_WHAT_TO_DO_ASK_ES = re.compile(
    r"\b(que|a donde|adonde|donde|a quien|con quien|a que numero|a que telefono) (\w+ ){0,2}(hago|hace|hacemos|hacer|"
    r"tengo que hacer|tiene que hacer|debo hacer|deberia hacer|debe hacer|le hablo|le hablamos|hablo|llamo|llamamos|"
    r"le marco|marco|voy|vamos|va|acudo|acudimos|lo llevo|la llevo|los llevo|las llevo|tendria que ir|tengo que ir|"
    r"hay que ir|ir|recurro|le aviso|aviso)\b|"
    r"\b(que|cuales) (senales|sintomas|signos|datos de alarma|cosas)( de \w+)?( \w+){0,3} (debo|tengo que|hay que|debe|"
    r"tiene que) (vigilar|cuidar|revisar|checar|observar|estar pendiente)\b|"
    r"\b(what (should|do|can) (i|we|she|he) do|who do i call|where do i go|what do i do)\b"
)
_LATER_ES = re.compile(
    r"\b(algun dia|alguna vez|un dia|en el futuro|mas adelante|el dia de manana|por si acaso|por si las dudas|"
    r"nomas pregunto|nada mas pregunto|solo pregunto|pregunto por si|para (estar|ir) preparad[oa]s?|para tenerlo|"
    r"para saber|(todavia|aun) no\b|cuando (ya )?(este|estemos|este en casa|me manden|lo manden|la manden|me den|le den|"
    r"regrese|regresemos|llegue|me lo pongan|me operen|lo operen|la operen)|va a (cuidar|quedarse|operar\w*|ir)|"
    r"vamos a (cuidar|operar\w*)|me van a (operar|poner|inyectar)|es (el|este) (lunes|martes|miercoles|jueves|viernes|"
    r"sabado|domingo)|en caso de que|me (quedara|diera|diese|saliera|costara|doliera)|le (diera|saliera|costara)|"
    r"(se|me|le) (vuelve|vuelven) a)\b"
)
#: "ahorita estoy bien", "yo estoy bien": the writer's present told fine, not a now of the sign.
_FINE_NOW_SAID_ES = re.compile(
    r"\b(ahorita|ahora|hoy|yo|pero)( \w+)? (estoy|me siento|ando|me encuentro) (bien|tranquil[oa]|perfect[oa]|sano|sana)\b"
)

#: Round 30: a wound placed on a part of the body other than the operation's ("una herida
#: en la rodilla", "la cortada del dedo"), and the operation named anywhere.
_WOUND_ELSEWHERE_ES = re.compile(
    r"\b(herida|heridas|cortada|corte|raspon|raspadura|llaga|rozadura|ampolla)( \w+){0,3} (en|de|del) (la |el |mi |su |los |las )?"
    r"(rodilla|rodillas|mano|manos|dedo|dedos|pie|pies|brazo|brazos|pierna|piernas|codo|codos|tobillo|espalda|"
    r"barbilla|labio|nalga|muslo|talon|una|rodillita|manita|dedito|patita)\b|"
    r"\b(me|se|le) (raspe|raspo|raspo|corte|corto|lastime|lastimo|golpee|golpeo|queme|quemo|pegue|pego|"
    r"hice una herida|hizo una herida)( \w+){0,2} (en )?(el|la|mi|su|los|las) (rodilla|mano|dedo|pie|brazo|pierna|"
    r"codo|tobillo|espalda|barbilla|labio|muslo|talon)\b"
)
_OPERATION_NAMED_ES = re.compile(
    r"\b(operacion|cirugia|operaron|operad[oa]|opero|operar\w*|descompresion|mvd|intervencion|craneotomia|oreja|"
    r"cabeza|nuca|incision)\b"
)
#: Round 30: one's own twitch set against a warning ("mi tic no es eso", "lo mío no es así").
_MINE_NOT_THAT_ES = re.compile(
    r"\b(mi tic|mi espasmo|lo mio|lo que yo tengo|mi caso|el mio|la mia|lo de mi cara|mi brinco|mi temblor)"
    r"( \w+)? no (es|son|se parece a) (eso|asi|igual|lo mismo|nada de eso|nada asi)\b|"
    r"\b(eso|esto) no es (lo mio|mi caso|lo que yo tengo|lo que me pasa)\b"
)
#: Round 30: whether the spasm leads to a sign, asked ("¿el espasmo puede acabar en eso?").
_SPASM_LEADS_Q_ES = re.compile(
    r"\b(el espasmo|esto|lo mio|lo del tic|el tic|mi enfermedad|la enfermedad|mi espasmo|lo de la cara)( \w+)? "
    r"(puede|podria|suele|va a|llega a) (acabar en|terminar en|llevar a|causar|provocar|dar|convertirse en|volverse|"
    r"pasar a|ser)( \w+)? (eso|esto|un \w+|una \w+|algo asi|lo mismo)\b"
)
_THIRD_PARTY_ES = re.compile(
    r"\b(su|sus) (padre|madre|papa|mama|abuel[oa]s?|herman[oa]s?|hij[oa]s?|espos[oa]|marido|mujer|ti[oa]s?|suegr[oa]s?|"
    r"vecin[oa]s?|amig[oa]s?|prim[oa]s?)\b|\b(mi|una|un) (companer[oa]|colega|conocid[oa]|vecin[oa]|amig[oa]|jefe|"
    r"jefa)\b(?=.*\b(dice|dijo|conto|cuenta|comento) que\b)"
)

#: Round 30: a worry tag closing a message ("¿debo preocuparme?", "¿es grave?", "¿qué hago?").
_WORRY_TAG_ES = re.compile(
    r"\b((y )?(debo|deberia|tengo que|hay que|es para|sera para) (preocuparme|preocuparnos|alarmarme|asustarme|"
    r"ir a urgencias|ir al doctor|ir al medico)|(es|sera|esta) (grave|normal|malo|peligroso|de cuidado|preocupante)|"
    r"(que|q) (hago|hacemos|le hago|sera|puede ser))( o (no|que|es normal|es grave))?$"
)
#: A report of now told by a pronoun and a tense of now: "se me ha puesto", "se le está
#: cayendo", "se me acaba de ir", "tengo", "está con".
_NOW_REPORT_ES = re.compile(
    r"\bse (me|le|nos|les) (ha|han|acaba de|acaban de|esta|estan|puso|pusieron|hizo|hicieron|empezo a|empezaron a)\b|"
    r"\b(tengo|tiene|estoy con|esta con|me sale|le sale|me salio|le salio|me esta|le esta)\b"
)
#: "todavía no me lo ponen": a not-yet, not a "todavía" of now.
_NOT_YET_WORDS_ES = re.compile(r"\b(todavia|aun) no\b")


def asked_beforehand_es(text: str) -> bool:
    """Whether a Spanish message asks "what if, some day" to be ready beforehand ("¿y si
    algún día se me duerme medio cuerpo de golpe? quiero estar preparado"): an "if"
    question about later (:data:`_IF_OPENER`, :data:`_SOMEDAY`) with the reason for
    asking (:data:`_JUST_ASKING`) and no word of now. Its answer names the signs; the
    learned signal's safety line would be a second answer (round 25).

    Round 30: a plan ahead is read by its frame wherever it stands, "?" or none: a
    condition, a what-to-do ask and a word that places it later (:data:`_IF_FRAME_ES`,
    :data:`_WHAT_TO_DO_ASK_ES`, :data:`_LATER_ES`: "si algún día se me cae la cara de
    repente qué tengo que hacer", "EN CASO DE QUE ME QUEDE SORDO ... A QUIEN LE HABLO",
    "mi hijo va a cuidar a su abuelo operado, ¿qué hace si le da un dolor de cabeza de
    golpe?"), with no word of now beyond how the sign would come."""
    norm = normalise(standard_es(text))
    plain = _NOT_YET_WORDS_ES.sub(" ", _SUDDENLY_ES.sub(" ", _FINE_NOW_SAID_ES.sub(" ", norm)))
    quiet_now = _PRESENT.search(plain) is None
    if (
        ("?" in text or "¿" in text)
        and _IF_OPENER.search(norm) is not None
        and _SOMEDAY.search(norm) is not None
        and _JUST_ASKING.search(norm) is not None
        # "de golpe" is how the sign would come, not a time of now
        and _PRESENT.search(_SUDDENLY_ES.sub(" ", norm)) is None
    ):
        return True
    if (
        ("?" in text or "¿" in text)
        and _AHEAD_32_ES.search(norm) is not None
        and _PRESENT.search(_AHEAD_32_ES.sub(" ", plain)) is None
        and _TREATMENT_HAD_32_ES.search(norm) is None
        and _POTENTIAL_32_ES.search(norm) is not None
    ):
        # round 32: a sign asked about with the treatment still to come or only weighed
        # ("¿se me puede quedar la cara paralizada después de la MVD? lo estoy pensando
        # todavía"), or the signs asked for to watch out ("¿cuáles serían las señales de
        # un derrame para estar atenta?"): a question, no word of now
        return True
    return bool(
        _IF_FRAME_ES.search(norm)
        and _WHAT_TO_DO_ASK_ES.search(norm)
        and _LATER_ES.search(norm)
        and quiet_now
    )


#: Round 32: the treatment still to come or only weighed, or the signs asked for ahead.
_AHEAD_32_ES = re.compile(
    r"\b(todavia |aun )?(lo|la|me lo|me la) estoy (pensando|decidiendo|considerando|pensando todavia)( todavia| aun)?\b|"
    r"\bme (lo|la|los|las) van a (hacer|poner|aplicar|inyectar)\b|\bme van a operar\b|"
    r"\bme (opero|operan|lo ponen|la ponen|los ponen|las ponen) (en|el|la|dentro de|pasado|este|esta|para)\b|"
    r"\b(es )?para (estar atent[oa]s?|prevenir|saber (que|a que) vigilar|tenerlo (en cuenta|anotado|presente))\b|"
    r"\bcuales (serian|son|podrian ser) (las|los) (senales|sintomas|signos) (de|para|a vigilar)\b|"
    r"\bque (deberia|debo|tengo que|tendria que) vigilar\b"
)
#: the sign told as a possibility, not as one's own now ("¿se me puede ...?", "a uno")
_POTENTIAL_32_ES = re.compile(
    r"\b(puede|pueden|podria|podrian|suele|suelen|serian|seria|a uno|a la gente|si|en caso|cuales|que pasa|"
    r"es posible|hay riesgo)\b"
)
_TREATMENT_HAD_32_ES = re.compile(
    r"\b(me|le|nos) (operaron|pusieron|inyectaron|aplicaron|hicieron la (operacion|cirugia|descompresion))\b|"
    r"\b(recien )?(operad[oa]|inyectad[oa])\b"
)


# Round 31 (issue 18): the message's FRAME read once, wherever its sign stands.
#: A time the writer places the sign in, past: a year, "hace N años/meses/semanas",
#: "el mes pasado", a month named, "una vez", "de joven", "la vez pasada".
_PAST_ANCHOR_ES = re.compile(
    r"\b(en |el |del )(ano )?(19\d\d|20[0-2]\d)\b|\bhace (ya )?(\w+ ){0,2}(anos|ano|meses|mes|semanas|tiempo)\b|"
    r"\bhace (ya )?(mucho|bastante)\b|\b(el|la) (mes|ano|semana|vez) pasad[oa]\b|\bla otra vez\b|\buna vez\b|"
    r"\ben (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|"
    r"\b(de|cuando era|cuando estaba) (joven|adolescente|nin[oa]|chic[oa]|pequen[oa])\b|"
    r"\bcuando (me|le|lo|la) (operaron|pusieron|inyectaron)\b|\ben su momento\b|"
    # round 33: the end dated months after ("... pero volvió la fuerza a los 3 meses")
    r"\b(a los|al cabo de) (\w+ ){0,2}(meses|anos)\b"
)
#: The sign's end told: recovered, passed, treated and closed, discharged, never again.
_RESOLVED_ES = re.compile(
    r"\b(me|se|nos|lo|la|le) (recupere|recupero|recuperaron|recuperamos)\b|\brecupere\b|\brecupero (la|el)\b|"
    r"\bse (me |le |nos )?(paso|pasaron|quito|quitaron|fue|fueron|curo|resolvio|arreglo|normalizo|"
    r"compuso|alivio|cerro|sano)( sol[oa]| solit[oa]| del todo| por completo| bien)?\b|"
    r"\b(lo|la|los|las|me|le|nos) (resolvieron|arreglaron|curaron|solucionaron|limpiaron|trataron|"
    r"controlaron|sacaron adelante)\b|\b(ya )?(controlad[oa]|resuelt[oa]|superad[oa])\b|"
    r"\b(quede|quedo|quedamos) (perfect[oa]|bien|como nuev[oa]|sin secuelas|san[oa]|estupend\w*)\b|"
    r"\bsin secuelas\b|\bal cien por cien\b|\bcerro bien\b|\bnunca mas\b|"
    r"\b(paro|se detuvo|se seco|desaparecio|dejo de (salir|doler|sangrar|supurar|gotear))\b|"
    r"\bno (me|le|nos) (ha|han) (vuelto|vuelve) a (pasar|dar|salir|ocurrir)\b|\bya no (me|le) (paso|pasa|ha pasado)\b|"
    r"\b(me|le|nos) (dieron|dio) (de )?(el )?alta\b|\b(ya )?lo tengo asumido\b|"
    r"\b(ya|ahora) (esta|estoy|esta todo|todo) (normal|bien|perfect[oa])\b|\b(estoy|esta) (bien|perfect[oa])\b|"
    r"\b(a los|al cabo de) (\w+ ){0,2}(meses|mes|semanas|dias) ya (lo |la )?\w+ bien\b|"
    r"\btodo bien desde entonces\b|\bdesde entonces (todo )?bien\b|"
    # round 33: what was lost came back, nothing found, never again ("volvió toda la fuerza
    # a los 3 meses", "me revisaron y no era nada", "nunca volvió", "ya veo perfecto")
    r"\b(volvio|regreso|recupere|recupero)( \w+)? (la|mi|su) (fuerza|vista|vision|audicion|oido|movimiento|movilidad|"
    r"sensibilidad|sonrisa|cara)\b|\bno (era|fue) nada\b|\bnunca (mas )?(volvio|regreso|me volvio|le volvio|me ha vuelto)\b|"
    r"\b(veo|oigo|escucho|trago|respiro|muevo la cara) (perfecto|perfectamente|bien|normal)\b"
)
#: Round 33: the writer's own state of today told well ("hoy estoy perfecta", "hoy vivo
#: tranquilo"): no sign of now.
_WELL_TODAY_ES = re.compile(
    r"\b(hoy|ahora|ahorita|hoy en dia|hoy por hoy)( \w+)? (estoy|me siento|me encuentro|ando|vivo|esta|estamos) "
    r"(muy )?(bien|perfect[oa]s?|de maravilla|tranquil[oa]s?|estupend[oa]s?|san[oa]s?|feliz|contenta?o?)\b"
)
#: A sign of NOW beside the told-over one: a return, today, "since yesterday", still.
_NEW_NOW_ES = re.compile(
    r"\b(hoy|ayer|anoche|esta manana|esta tarde|esta noche|ahorita|ahora mismo|otra vez|de nuevo|desde ayer|"
    r"desde (hace )?(\w+ )?(horas|rato|dias)|hace (un|una|unos|unas|\d+) (horas?|minutos|rato|dias)|"
    r"(?<!no )(?<!nunca )(me|le|se me|se le) (volvio|volvieron|ha vuelto|han vuelto|esta volviendo|vuelve|vuelven) a\b(?! operar)|"
    r"(ha|han) vuelto (el|la|los|las)|volvio (el|la|los|las) (dolor|fiebre|liquido|pus|debilidad)|"
    r"sigo|sigue|siguen|todavia (tengo|me|le|no)|aun (tengo|me|le|no)|ahora (tengo|me|le|noto|siento|veo|oigo|"
    r"otra|vuelvo|esta|estoy)|pero (ahora|hoy|desde))\b"
)


#: "¿me lo pongo otra vez?": the treatment again, not the sign again.
_TREATMENT_AGAIN_ES = re.compile(
    r"\b(me|le|lo|la|nos)( lo| la)? (pongo|ponen|pongan|pone|opero|operan|operen|inyectan|aplican|vuelvo a poner|"
    r"vuelven a poner)( \w+){0,2} (otra vez|de nuevo)\b"
)


def resolved_past_es(text: str) -> bool:
    """Whether a Spanish message tells its sign in the past AND resolved, with nothing of
    now: the frame "then, and over since" whatever the sign ("en 2019 me salió líquido
    por la nariz, me volvieron a operar y todo bien", "una vez el bótox me dio problemas
    para tragar, hace dos años, lo resolvieron bajando la dosis", "en marzo me quedé sordo
    de golpe, recuperé la audición y me dieron el alta"). Round 31: the burned ES v24 and
    the training author tr31es-a told a third of their near-misses this way; each sign's
    rule read them one wording at a time (:func:`told_over_es` needs "well since" words).
    A past anchor, a resolution AFTER the first sign word, and no word of now
    (:data:`_NEW_NOW_ES`; how it came, "de golpe", is no now)."""
    norm = normalise(standard_es(text))
    anchor = _PAST_ANCHOR_ES.search(norm)
    resolved = list(_RESOLVED_ES.finditer(norm))
    if anchor is None or not resolved:
        return False
    now = _WELL_TODAY_ES.sub(" ", _TREATMENT_AGAIN_ES.sub(" ", _SUDDENLY_ES.sub(" ", norm)))
    return _NEW_NOW_ES.search(now) is None


#: Round 31: a condition that can only be a what-if: the past subjunctive ("si tuviera",
#: "si me saliera"), "hipotéticamente", "en caso de", "supongamos"; and a conditional ask
#: ("¿cómo sabría ...?", "¿qué pasaría?", "¿a partir de cuántos grados me preocupo?").
_ONLY_IF_ES = re.compile(
    r"\b(hipoteticamente|en teoria|supongamos|suponiendo|imaginemos|imaginate|en caso de|por si (algun dia|acaso|"
    r"las dudas))\b|\bsi (me |le |se me |se le |yo |el |ella )?(\w+ )?(tuviera|tuviese|diera|diese|saliera|saliese|"
    r"quedara|quedase|pasara|pasase|cayera|cayese|doliera|costara|hinchara|infectara|fuera|viera|oyera|"
    r"notara|empezara|pusiera|volviera)\b|"
    # the treatment itself the condition ("y si me opero y me quedo sordo, ¿...?")
    r"\bsi (me|le|lo|la) (opero|operan|opera|pongo|ponen|pone|inyectan|aplican)\b"
)
_IF_ASK_ES = re.compile(
    r"\b(como|cuando|en que) (lo |la |me |le )?(sabria|sabre|sabriamos|reconoceria|reconozco|distinguiria|distingo|"
    r"notaria|daria cuenta|doy cuenta)\b|\b(que|como) (pasaria|haria|hago|hacemos|deberia|debo)\b|"
    r"\ba partir de (cuant[oa]s|que)\b|\bcomo (se|sabre|sabria|saber|distingo) (si|que|cuando)\b|"
    r"\b(es|seria|sera) (una )?(urgencia|emergencia)\b|\b(a quien|a donde|adonde|a que numero) (le )?(llamo|hablo|acudo|aviso|"
    r"marco|voy|llamamos|vamos)\b|\b(cuando|en que momento) (me )?(preocupo|preocuparme|debo preocuparme|voy|"
    r"llamo|acudo)\b|\b(llamo|voy|acudo|marco)( \w+){0,4} o (voy|llamo|espero|acudo|marco)\b"
)
#: Round 31: the treatment still to come, on a day named ("a mí me lo ponen el lunes", "me
#: operan la semana que viene"): a sign read of it cannot be had yet.
_TREATMENT_AHEAD_ES = re.compile(
    r"\b(me|le|lo|la|nos) (lo |la )?(ponen|pondran|van a poner|aplican|van a aplicar|inyectan|van a inyectar|operan|"
    r"van a operar|opera|toca|operare|pongo|voy a poner)( \w+){0,2} (el (lunes|martes|miercoles|jueves|viernes|sabado|"
    r"domingo)|manana|pasado manana|la (otra |proxima )?semana( que viene)?|el (otro |proximo )?mes( que viene)?|"
    r"en (\w+ )?(dias|semanas|meses)|pronto|proximamente|por primera vez)\b"
)
_READ_OR_ASKED_ES = re.compile(
    r"\b(lei|leo|vi|escuche|oi|dice|dicen|dijo|dijeron|puede|pueden|podria|suele)\b"
)
_IF_HERE_ES = re.compile(
    r"^(y )?(si|en caso de|hipoteticamente|supongamos|imaginemos)\b"
    # "sí, me quedé sordo": a yes and a report, not an "if"
    r"(?! (me |le |se me |se le |se )?(quede|dio|salio|cayo|fue|puso|hizo|empezo|vino|perdi|perdio)\b)"
)


def only_if_es(text: str) -> bool:
    """Whether a Spanish message asks about a sign only as a what-if (round 31): a
    condition that cannot be a report (:data:`_ONLY_IF_ES`), or an opening "si" with a
    conditional ask (:data:`_IF_ASK_ES`: "SI ME DA UN ICTUS COMO SABRIA QUE ES ESO"), and
    no word of now beyond how the sign would come."""
    norm = normalise(standard_es(text))
    quiet = _NEW_NOW_ES.search(_SUDDENLY_ES.sub(" ", norm)) is None and not re.search(
        r"\b(tengo|tiene|estoy|esta) (con )?(fiebre|dolor|pus|liquido)\b", norm
    )
    if not quiet:
        return False
    if _ONLY_IF_ES.search(norm) and (_IF_ASK_ES.search(norm) or "?" in text or "¿" in text):
        return True
    # a risk read or asked about, the treatment still to come on a day named
    if (
        _TREATMENT_AHEAD_ES.search(norm)
        and _READ_OR_ASKED_ES.search(norm)
        and ("?" in text or "¿" in text)
    ):
        return True
    # an opening "si" with a conditional ask, or with "some day" asked
    return bool(
        _IF_HERE_ES.search(norm)
        and (_IF_ASK_ES.search(norm) or (_LATER_ES.search(norm) and ("?" in text or "¿" in text)))
    )


def told_over_es(text: str) -> bool:
    """Whether a Spanish message tells its sign as had then and well since (see
    :data:`_HAD_THEN_ES`), with no word of now."""
    norm = normalise(standard_es(text))
    if not (_HAD_THEN_ES.search(norm) and _WELL_SINCE_ES.search(norm)):
        return False
    rest = _ONSET_WORDS_ES.sub(" ", _WELL_SINCE_ES.sub(" ", norm))
    # round 22: a "pero" that brings the good news ("estuvo un poquito roja al principio
    # pero el doctor la revisó y ya está bien cerradita") undoes nothing; one after it does
    last_well = max(m.end() for m in _WELL_SINCE_ES.finditer(norm))
    return (
        _PRESENT.search(rest) is None
        and re.search(r"\b(pero|aunque|sin embargo)\b", norm[last_well:]) is None
        and re.search(
            r"\b(pero|aunque|sin embargo)\b(?!.*(?:" + _WELL_SINCE_ES.pattern + "))", norm
        )
        is None
    )


#: Round 21: someone else's event already in care days ago ("mi tía tuvo un derrame la
#: semana pasada y ya está internada y atendida"): the emergency reply's call is made;
#: the safety line only.
_IN_CARE_ES = re.compile(
    r"\bya (esta|estan|lo|la|los|las|le) (internad[oa]s?|hospitalizad[oa]s?|atendid[oa]s?|ingresad[oa]s?|"
    r"operad[oa]s?|en (el hospital|urgencias|terapia|cuidados intensivos|observacion|rehabilitacion|"
    r"recuperacion|la clinica))\b|"
    r"\b(lo|la|los|las) (estan|tienen) (atendiendo|internad[oa]s?|hospitalizad[oa]s?|en observacion)\b|"
    # round 23: treated already ("mi padre tuvo visión doble el mes pasado ... ya está tratado")
    r"\bya (esta|estan) (tratad[oa]s?|controlad[oa]s?|medicad[oa]s?|en tratamiento)\b"
)
_DAYS_AGO_ES = re.compile(
    r"\b(la semana pasada|el mes pasado|antier|anteayer|antes de ayer|hace (\w+ )?(dias|semanas|mes)|"
    r"el (lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado)\b"
)
#: Round 21: a story passed on of a stranger's relative ("una vecina me contó que a su
#: prima en Caracas le salió pus de la herida"), over or asked how common.
_HEARSAY_ES = re.compile(
    r"\b(me|nos) (conto|contaron|dijo|dijeron|platico|platicaron|comento|comentaron|escribio)( \w+){0,3} "
    r"que (a )?(su|sus) (prim[oa]s?|herman[oa]s?|hij[oa]s?|mama|papa|madre|padre|espos[oa]|marido|ti[oa]s?|"
    r"amig[oa]s?|vecin[oa]s?|conocid[oa]s?|abuel[oa]s?|suegr[oa]s?|cunad[oa]s?|sobrin[oa]s?|compadre|comadre)\b"
)
_CURED_ES = re.compile(
    r"\bya (se )?(curo|recupero|sano|mejoro|alivio|compuso|esta bien|esta sano|esta sana|esta curad[oa])\b"
)


_OWN_TAIL_ES = re.compile(
    r",? (pero|y|aunque) (a mi|yo|en mi caso)\b|"
    # round 23: the writer's part disputing the claim ("..., pero el médico ya me vio")
    rf",? (pero |aunque )?(?={_DISPUTED_ES})|"
    # the writer's own state for now after a comma ("..., por ahora nada de eso")
    r", (por ahora|hasta ahora|de momento|por el momento|por suerte|gracias a dios|ahorita|hasta hoy)\b|"
    # round 24: the writer's own state after ", pero" ("..., pero estoy perfecta, sin fiebre")
    r",? (pero|aunque) (yo )?(estoy|me siento|me encuentro|ando|sigo) (bien|perfect[oa]|perfectamente|"
    r"estupend[oa]|de maravilla|normal|tranquil[oa])\b|"
    # round 25: the writer's own part after a comma, "yo" doing the thing fine ("..., yo
    # estoy tragando normal")
    r", (pero |aunque |y )?yo (estoy|sigo|ando) (tragando|respirando|hablando|viendo|oyendo|escuchando|"
    r"caminando|comiendo) (normal|bien|perfecto|perfectamente|sin problema)\b|"
    # round 31: the writer's own state of now after a comma, "sin ..." included ("la
    # enfermera me explicó que fiebre con cuello rígido es una urgencia, estoy sin fiebre
    # y bien"; "..., yo me encuentro perfecta")
    r", (y |pero |aunque )?(yo )?(estoy|me siento|me encuentro|ando|sigo) (bien|perfect[oa]|perfectamente|"
    r"normal|tranquil[oa]|sin (fiebre|dolor|sintomas|molestias|nada))\b"
)


def _quoted_and_own_es(text: str) -> tuple[str, str]:
    """``text`` (its standard form) split into what a document or another person says,
    warns of or asks, and the writer's own part (:data:`_SAYS_ES`, :data:`_QUOTE_SPAN_ES`)."""
    plain = standard_es(text)
    quoted = [m.group(0) for m in _QUOTE_SPAN_ES.finditer(plain)]
    rest = _QUOTE_SPAN_ES.sub(" . ", plain)
    own = []
    follows = False  # a sentence right after a saying verb's colon is still the quote
    for sentence, stop in re.findall(r"([^.;!?¿¡:\n]+)([.;!?¿¡:\n]*)", rest):
        says = _SAYS_ES.search(sentence) is not None
        # round 22: the writer's own part after the quote in one sentence ("mi suegra dice
        # que si la boca se tuerce es derrame, pero a mí solo se me jala cuando ...")
        tail = _OWN_TAIL_ES.search(sentence) if says else None
        if tail is not None:
            quoted.append(sentence[: tail.start()])
            own.append(sentence[tail.start() :])
            follows = False
            continue
        if says or follows:
            quoted.append(sentence)
        else:
            own.append(sentence)
        follows = (says or follows) and ":" in stop
    return " ".join(quoted), ". ".join(s.strip() for s in own if s.strip())


def quoted_warning_es(text: str) -> bool:
    """Whether ``text`` quotes a warning (a document's or another person's, told or
    asked) with the writer fine, and tells no sign of the writer's own (see
    :data:`_QUOTE_SPAN_ES`)."""
    quoted, own = _quoted_and_own_es(text)
    if not quoted or not own:
        return False
    if _NOW_IN_QUOTE_ES.search(normalise(quoted)) or _WRAPPER_ES.search(normalise(quoted)):
        # a report passed on, or the writer's own "me pregunto si es normal que ...": not a
        # timeless warning
        return False
    warning = (
        "?" in quoted
        or _WARNING_ES.search(normalise(quoted))
        or _DISPUTED_RE.search(normalise(own))  # round 23: another's claim disputed
    )
    if not (warning or _DOCUMENT_ES.search(standard_es(text))):
        return False
    own_norm = normalise(own)
    if not (_WRITER_FINE_ES.search(own_norm) or _NOTHING_YET_ES.search(own_norm)):
        return False
    return not _own_sign_es(quoted, own)


def _own_sign_es(quoted: str, own: str) -> bool:
    """Whether the writer's own part of a message (:func:`_quoted_and_own_es`) tells a
    sign or crisis talk of its own (False when nothing was told apart as quoted)."""
    if not quoted:
        return False
    return screen_es(own, read_quotes=False).flag is not None or find_crisis_es(own) is not None


#: Round 26 (issue 18): a sign named as a definition heard or read ("en la tele dijeron que
#: la cara caída es señal de derrame, ¿el espasmo es igual?"): knowledge, nobody's sign.
_DEFINED_BEFORE_ES = re.compile(
    r"\b(dijeron|dicen|dice|decian|dijo|lei|leo|leyo|vi|vio|vimos|vieron|escuche|escucho|oi|oyo|explicaron|explico|"
    r"sabia|sale|salio|pone)( \w+){0,4} que "
    r"(la |el |las |los |una |un |tener |sentir )?$"
)
_DEFINED_AFTER_ES = re.compile(
    r"( \w+){0,2} (es|son|era|seria|puede ser|pueden ser|significa|significan|indica|indican) (una |un |la |el )?"
    r"(senal|senales|sintoma|sintomas|signo|signos|aviso|indicio|indicios) de\b|"
    r"( \w+){0,2} (significa|significan|indica|indican|quiere decir) (derrame|embolia|infarto|meningitis|"
    r"infeccion|trombosis|ictus|que)\b"
)


_DEFINED_OBJECT_ES = re.compile(
    r"\b((es|son|era|seria|puede ser|pueden ser)( una| un| la| el)? (senal|senales|sintoma|sintomas|signo|signos|"
    r"aviso|indicio|indicios) de|significa|significan|indica|indican|quiere decir)( un| una)? $"
)


def _defined_es(norm: str, m: re.Match[str]) -> bool:
    """Whether the sign ``m`` is the subject of a definition heard or read, or the illness
    it is said to mean ("... es señal de derrame") (round 26)."""
    if _DEFINED_BEFORE_ES.search(norm, 0, m.start()) and _DEFINED_AFTER_ES.match(norm, m.end()):
        return True
    return bool(
        re.fullmatch(r"(derrame|embolia|infarto|ictus|trombosis)( \w+)?", m.group(0))
        and _DEFINED_OBJECT_ES.search(norm[: m.start()])
        and _DEFINED_BEFORE_ES.search(norm[: m.start()].rsplit(" que ", 1)[0] + " que ")
    )


#: Round 26: a mild sign the team has seen and called normal ("la herida está un poco roja
#: pero la enfermera dijo que es normal"): the safety line, not the alarm.
_STAFF_NORMAL_ES = re.compile(
    r"\b(enfermer[oa]s?|doctor|doctora|doctores|medic[oa]s?|cirujan[oa]|neurocirujan[oa]|neurolog[oa]|doc|dra|dr|"
    r"equipo|especialista|residente|hospital|clinica)\b( \w+){0,3} (dijo|dijeron|dice|dicen|comento|comentaron|"
    r"explico|explicaron|aseguro|aseguraron|confirmo|reviso y dijo)( que)? (es|era|esta|estaba|todo|eso es|se ve|"
    r"todo esta|todo va)( \w+)? (normal|bien|esperable|de esperar|parte de)\b"
)
_MILD_SIGN_ES = re.compile(
    r"\b(un poco|un poquito|poquito|poquita|leve|levemente|ligera|ligero|ligeramente|algo|medio|un pelin|"
    r"tantito|apenas)\b"
)
_SERIOUS_ES = re.compile(
    r"\b(pus|fiebre|calentura|supura\w*|abiert[oa]|chorre\w*|hinchad\w* y|mucho|mucha|muy|cada vez|peor)\b"
)
#: Round 26: a risk asked ("¿puede pasar que después de la cirugía se me debilite la cara?",
#: "leí que el bótox puede dar problemas para tragar, ¿es cierto?").
_RISK_ASK_ES = re.compile(
    r"^(y |oiga |doctor |doctora |oye |pregunta )?(puede|podria|pudiera|se puede|suele) (pasar|ocurrir|suceder|"
    r"darse) que\b|^(y |oiga |doctor |doctora |oye |pregunta )?(es posible|cabe la posibilidad de) que\b"
    r"(?=.*\b(despues de|tras|con|por) (la|el|una|un) (cirugia|operacion|botox|inyeccion|toxina|descompresion)\b)|"
    r"\b(lei|leo|vi|escuche|oi|me dijeron|me contaron|dicen|dijeron|he leido|he oido|sale|salia|decia)( \w+){0,5} "
    r"que\b.*\b(puede|pueden|podria|podrian|suele|suelen) (dar|causar|provocar|dejar|producir|traer|generar)\b"
    r".*\b(es cierto|es verdad|sera cierto|sera verdad|es asi|en serio|cierto|verdad)\b"
)
#: Round 26: the fear of what happened to another ("me da miedo que me pase lo de mi prima,
#: que quedó con la cara paralizada"): no sign of one's own.
_FEAR_LIKE_OTHER_ES = re.compile(
    r"\b(miedo|temor|me preocupa|me asusta|me aterra|panico|no quiero|ojala no)( de)? que (me|le|nos|a mi me) "
    r"(pase|suceda|ocurra|toque|quede|vaya a pasar)( \w+)? (lo (mismo )?(de|que a|que le paso a|que a|que)|como a|"
    r"igual que a|lo que a)\b"
)
#: Round 26: a question about how dangerous or common a thing is, not what to do now.
_DANGER_Q_ES = re.compile(
    r"\b((es|sera|eso es|esto es) (peligroso|grave|normal|comun|frecuente|malo|de cuidado|raro)|pasa (mucho|seguido|"
    r"a menudo)|que tan (comun|frecuente|grave|peligroso)|es de preocupar\w*)\b"
)
_WHAT_TO_DO_ES = re.compile(
    r"\b(que (hago|hacemos|debo hacer|hacer)|ayuda|auxilio|urgente|ambulancia)\b"
)
_TOLD_NOW_ES = re.compile(
    r"\b(tengo|tiene|siento|siente|estoy|me esta|le esta|ya me|ya se me|ya se le)\b(?! (miedo|temor|panico|"
    r"dudas|una duda|una pregunta|curiosidad|entendido|preocupad[oa]|asustad[oa]|nervios[oa]))"
)
_OWN_ES = re.compile(r"\b(yo|me|mi|mis|tengo|estoy|siento|conmigo)\b")


#: Round 27 (issue 18): signs the blind run ES v20 left to the nets. After the operation,
#: parts of the face that will not answer ("la ceja y el párpado no me responden"); after
#: the toxin, the whole body limp ("no puede ni levantarse, está toda aguada") or the arms
#: or the head that cannot be lifted ("no pueda subir los brazos").
_FACE_PART_ES = r"(ceja|cejas|parpado|parpados|frente|ojo|cachete|mejilla|labio|labios|boca|cara|comisura|nariz)"
GATED_ES = (
    *GATED_ES,
    (
        "facial droop or weakness",
        re.compile(
            rf"\b{_FACE_PART_ES}( (y|ni) (el|la|los|las|mi|mis) {_FACE_PART_ES})?( ya)? no (me|le) (responde|responden|"
            r"obedece|obedecen|hace caso|hacen caso|quiere mover|quieren mover)\b(?! (igual|como|al tic|al espasmo)\b)"
        ),
        _AFTER_OP_ES,
    ),
    (
        "spreading weakness",
        re.compile(
            r"\bno (puedo|pueda|puede|pudo|logro|logra|alcanzo a|alcanza a|consigo|consigue) (ni )?(subir|levantar|"
            r"alzar|sostener) (los|mis|sus|el|la|un) (brazos?|piernas?|cabeza)\b(?!( \w+){0,3} (por|del|de) "
            r"(el |la )?(dolor|hombro|artritis|tendinitis|golpe|caida|lesion)\b)|"
            r"\bno (puede|puedo|pueda|pudo) ni (levantarse|levantarme|pararse|pararme|caminar|sentarse|sentarme)\b"
            r"(?! (temprano|de la flojera|de flojera|de la cama por|del sillon por)\b)|"
            r"\b(esta|estoy|anda|ando|quedo|se puso|me puse|siento|siente) (toda |todo )?(aguad[oa]|floj[oa] todo el "
            r"cuerpo|como de trapo|sin fuerza en todo el cuerpo|desmadejad[oa]|desguanzad[oa])\b"
        ),
        _AFTER_TOXIN_ES,
    ),
)
#: Round 31 (issue 18): signs of now told in few words, as a question, or by someone
#: beside. After the toxin, weakness told by the limb before its adjective or by where it
#: goes ("se me pongan flojas las piernas y todo el cuerpo", "la debilidad le sube", "casi
#: no se puede parar", "se me cae el cuello"); after the operation, the eye that will not
#: close ("tras la cirugía no cierro el ojo"; not a sleepless night); a pain that came in a
#: second, the head named anywhere ("SE AGARRA LA CABEZA, DICE QUE LE DIO UN DOLOR HORRIBLE
#: DE UN SEGUNDO A OTRO").
GATED_ES = (
    *GATED_ES,
    (
        "spreading weakness",
        re.compile(
            r"\b(flojas?|flojos?|debiles|aguad[oa]s|sin fuerza|de trapo)( \w+){0,2} (las piernas|los brazos|las rodillas|"
            r"el cuello|todo el cuerpo)\b(?!( \w+){0,3} (de tanto|por (el|la) (ejercicio|caminata|gimnasio)))|"
            r"\b(la )?debilidad( \w+){0,2} (le |me |se le |se me )?(sube|esta subiendo|va subiendo|baja|avanza|"
            r"se extiende|se esta extendiendo|se riega|crece|va a mas)\b|"
            r"\b(casi )?no (se|me) (puede|puedo|pudo|pude) (parar|poner de pie|levantar|sostener|tener en pie)\b"
            r"(?! (de (la )?(risa|flojera|sueno|cansancio))\b)|"
            r"\bse (me|le) (cae|cayo|caia|vence|vencio|va|fue) el cuello\b"
        ),
        _AFTER_TOXIN_ES,
    ),
    (
        "facial droop or weakness",
        re.compile(
            r"\bno (me |le )?(cierro|cierra|puedo cerrar|puede cerrar|logro cerrar|logra cerrar)( bien| del todo)? "
            r"(el|mi|su) ojo\b(?!( \w+){0,4} (en toda la noche|para dormir|de (la )?(preocupacion|nervios|angustia)|"
            r"por el (tic|espasmo)))"
        ),
        _AFTER_OP_ES,
    ),
    (
        "sudden severe headache",
        re.compile(
            rf"\b(me|le|nos) (dio|vino|entro|agarro|pego|empezo) un dolor( \w+){{0,2}} ({_SEVERE}( \w+){{0,2}} )?"
            rf"{_ONSET}"
        ),
        re.compile(r"\b(cabeza|nuca|craneo)\b"),
    ),
)
#: Round 28 (issue 18): after the operation, a fever played down and a head that bursts
#: ("algo de temperatura y la cabeza me revienta desde ayer, me operaron el lunes"), and a
#: drip from the nose or the ear that will not stop ("desde la MVD tengo un goteo acuoso
#: por la nariz que no para"), however modestly told.
_HEAD_BURSTS_ES = (
    r"(la cabeza (me|le) (revienta|explota|estalla|parte|mata)|(me|le) (revienta|explota|estalla|parte|mata) la "
    r"cabeza|dolor de cabeza (tremendo|brutal|horrible|espantoso|insoportable|fortisimo|fuertisimo))"
)
GATED_ES = (
    *GATED_ES,
    (
        "fever with stiff neck or headache",
        re.compile(rf"\b{_FEVER}\b.*\b{_HEAD_BURSTS_ES}\b|\b{_HEAD_BURSTS_ES}\b.*\b{_FEVER}\b"),
        _AFTER_OP_ES,
    ),
    (
        "fluid leak after the operation",
        re.compile(
            r"\b(goteo|moqueo|escurrimiento|gotea|escurre|moquea|chorrea|me sale agua|le sale agua)( \w+){0,4} "
            r"(por|de|del) (la|el|mi|su) (nariz|oido)( \w+){0,3} (que )?no (para|deja de|se detiene|se quita|"
            r"se corta)\b"
        ),
        _AFTER_OP_ES,
    ),
)
#: Round 33 (issue 18): warning signs of now told in plain words, no medical term. Sight
#: covered or darkened all at once ("una sombra me tapa la parte de arriba de lo que veo",
#: "se me nubló todo de golpe", "como una cortina en el ojo"); after the toxin, food or
#: drink that sticks, will not go down or comes back ("la comida se me queda trabada y no
#: me baja"), air that will not come in ("el aire no me entra", "respira con mucho
#: esfuerzo"); a headache like never before or "en trueno"; after the operation, the face
#: side that will not move and clear water from the nose.
_VEIL_ES = r"(sombra|cortina|telon|velo|mancha (negra|oscura|gris)|nube|manchon)"
_SIGHT_ES = (
    r"(lo que veo|la vista|mi vista|su vista|la vision|mi vision|el ojo|mi ojo|un ojo|del ojo|de mi ojo|el campo|lo que ve|"
    r"la mitad de lo que|la parte de (arriba|abajo) de lo que)"
)
#: the toxin's session named as an "aplicación" too ("después de la aplicación de la semana
#: pasada")
_AFTER_TOXIN33_ES = re.compile(
    _AFTER_TOXIN_ES.pattern + r"|\b(aplicacion|aplicaron|aplicada|aplicado)\b"
)
_NEW_SIGN33_ES = re.compile(
    r"\b(debilidad|paralisis|hipoacusia|sordera|perdida|caida|adormecimiento|ceguera|vision doble)( \w+){0,2} "
    r"(nuev[oa]|repentin[oa]|subit[oa]|de golpe|aguda)( \w+){0,2} (tras|despues de|desde|del lado operado|post)\b"
)
#: a head that will burst of too much of something ("la cabeza me va a explotar con tanta
#: información"): a figure
_HEAD_FIGURE33_ES = re.compile(
    r"\b(va|van) a (explotar|estallar|reventar)\b( \w+){0,3} (con|de|por) (tant[oa]s?|tanta|todo est[oa]|esta|este)\b|"
    r"\b(explota|estalla|revienta)\b( \w+){0,3} (con|de|por) tant[oa]s? (informacion|datos|cosas|tareas|trabajo|"
    r"estudio|numeros|papeles|tramites|ruido|gente)\b"
)
_SUDDEN33_ES = r"(de golpe|de repente|derrepente|de pronto|de la nada|subit\w*|repentin\w*|de un (momento|segundo) a otro)"
RED_FLAGS_ES = (
    *RED_FLAGS_ES,
    (
        "sudden vision loss",
        re.compile(
            rf"\b(una |un |como una |como un )?{_VEIL_ES}( \w+){{0,3}} (que )?(me |le )?(tapa|tapo|cubre|cubrio|"
            rf"bloquea|tapando|cubriendo|tape|baja|bajo|cae|cayo)( \w+){{0,5}} {_SIGHT_ES}\b|"
            rf"\b(me|le) (bajaron|bajo|cayo|pusieron) (una|un|como una|como un) {_VEIL_ES}( \w+){{0,2}} (en|sobre) "
            rf"(el|mi|su|un) ojo\b|"
            rf"\bse (me|le) (nublo|oscurecio|apago|borro|puso negro|puso negra|fue) (todo|la vista|el ojo|la vision)"
            rf"( \w+){{0,3}} {_SUDDEN33_ES}|"
            rf"\b{_SUDDEN33_ES} se (me|le) (nublo|oscurecio|apago|borro|fue) (todo|la vista|el ojo|la vision)\b|"
            rf"\b(perdida|perdi|perdio) (de )?(la )?(vision|vista)( \w+){{0,2}} {_SUDDEN33_ES}|"
            rf"\b{_SUDDEN33_ES} no (veo|ve) (nada|nadita|ni madres)( \w+){{0,1}} (por|de|con) (el|mi|su|un) ojo\b|"
            rf"\b(veo|ve) (todo )?(nublado|negro|oscuro|borroso) {_SUDDEN33_ES}"
        ),
    ),
    (
        "sudden severe headache",
        re.compile(
            r"\bdolor de cabeza (en|de|como un) trueno\b|"
            r"\b(cabeza|craneo)\b( \w+){0,8} nunca (he |habia |en mi vida he |en mi vida habia )?"
            r"(sentido|senti|tenido|tuve|me (ha|habia) dolido|me dolio) (nada |algo )?(asi|igual|parecido)\b|"
            r"\bnunca (me |le )?(habia |ha )?dolido (asi|tanto) la cabeza\b"
        ),
    ),
)
GATED_ES = (
    *GATED_ES,
    (
        "trouble swallowing",
        re.compile(
            r"\b(la comida|lo que como|lo que come|el bocado|cada bocado|la bebida|el agua|los liquidos|la comidita)"
            r"( \w+){0,2} (se me|se le|me|le)( \w+)? (queda|quedo|quedan|atora|atoro|atasca|atasco|traba|trabo|pega|"
            r"regresa|regreso|devuelve|sale por la nariz)\b|"
            r"\b(queda|quedo) (trabad[oa]|atorad[oa]|atascad[oa]|pegad[oa]) en la garganta\b|"
            r"\b(la comida|el agua|nada|lo que como|el bocado|ni el agua) no (me|le) (baja|pasa|quiere bajar|quiere pasar)\b|"
            r"\bno (me|le) (baja|pasa) (ni )?(la comida|el agua|nada|bocado)\b|"
            r"\b(me|se me|le|se le) (atraganto|atraganta|ahogo|ahoga)( \w+){0,2} con (cada|todo|toda) (bocado|comida|"
            r"trago|sorbo|lo que)\b|"
            r"\b(atorad[oa]|trabad[oa]|atascad[oa]) y (lo|la) (devuelvo|devuelve|regreso|vomito)\b"
        ),
        _AFTER_TOXIN33_ES,
    ),
    (
        "trouble breathing",
        re.compile(
            r"\b(el aire|aire) no (me|le) (entra|llega|pasa|alcanza)\b|\bno (me|le) (entra|llega) (el )?aire\b|"
            r"\brespir(a|o|ando) con (mucho |tanto )?(esfuerzo|trabajo|dificultad)\b|"
            r"\bno (puedo|puede|logro|logra) (jalar|agarrar|tomar|meter) (aire|el aire)\b"
        ),
        _AFTER_TOXIN_ES,
    ),
    # after the operation, pus coming out as it happens ("me está saliendo pus de donde me
    # operaron, ¿es normal?")
    (
        "wound infection after the operation",
        re.compile(
            r"\b(me|le|se me|se le) (esta|estan|empezo a|empieza a) (saliendo|salir|brotando|brotar|supurando) "
            r"(pus|materia)\b|"
            r"\b(sale|saliendo|brota|brotando|chorrea) (pus|materia) (de|por) (donde (me|le) (operaron|cortaron)|"
            r"la herida|la cicatriz|los puntos|la incision)\b"
        ),
        _AFTER_OP_ES,
    ),
)
#: Round 27 (issue 18): a what-if question (with :data:`_NOT_YET_ES`: nothing had yet).
_WHAT_IF_Q_ES = re.compile(
    r"\b(que (hago|hacer|debo hacer|tengo que hacer|pasa|pasaria|significa|significaria)|y|como se) si\b"
)
#: How a sign looks or is told, asked ("¿cómo se ve una herida infectada?").
_HOW_LOOKS_ES = re.compile(
    r"\bcomo (se ve|se ven|es|son|luce|lucen|se reconoce|se reconocen|se sabe|se nota|se notan|reconozco|"
    r"identifico|distingo|saber)\b( \w+){0,3} (una|un|la|el|las|los|si)\b"
)
#: The writer's own one fine ("la mía se ve limpia", "mi herida está bien").
_MINE_FINE_ES = re.compile(
    r"\b(la mia|el mio|las mias|los mios|mi herida|mi cicatriz|mis puntos|mi ojo|mi cara)( \w+){0,2} (se ve|se ven|"
    r"esta|estan|luce|lucen|sigue|siguen|se siente)( muy| bien| todo)? (limpi[oa]s?|bien|normal|sec[oa]s?|"
    r"perfect[oa]s?|cerrad[oa]s?|san[oa]s?)\b(?! (pero|aunque|excepto|salvo|menos) (me|le|esta|se|tiene|sale|"
    r"huele|un poco|algo)\b)"
)
#: People in general ("a la gente con derrame", "a las personas que ...").
_PEOPLE_ES = re.compile(
    r"\b(a )?(la gente|las personas|los pacientes|quienes|los que|las que|cualquiera|todo el mundo)\b"
)
_TRUE_Q_ES = re.compile(r"\b(es|sera|seria) (cierto|verdad|real)\b|\bes asi\b")


def screen_es(text: str, read_quotes: bool = True) -> Screen:
    """Look for Spanish warning signs in ``text`` (see the module docstring).
    ``read_quotes``: whether a warning quoted with the writer fine is read as such (off
    when the writer's own part of a message is screened alone)."""
    text = standard_es(text)
    norm = normalise(text)
    found = []
    gated = [
        (name, sign)
        for name, sign, context in GATED_ES
        if context.search(norm) and not (context is _AFTER_OP_ES and _NO_OP_ES.search(norm))
    ]
    for name, pattern in [*RED_FLAGS_ES, *gated]:
        for m in pattern.finditer(norm):
            found.append((name, m))
    if not found:
        return Screen()
    found.sort(key=lambda f: f[1].start())
    live = [
        (name, m)
        for name, m in found
        if not _negated(norm, m.start())
        # "desde la operación ... sin fiebre": the sign at the end is the one negated (round 12)
        and not (name in _SIGN_LAST and _negated(norm, m.start() + m.group(0).rfind(" ") + 1))
        and not (name == "wound infection after the operation" and _NO_SIGN.search(m.group(0)))
        and not (
            name == "limb weakness" and _POSTURE.search(norm) and not _WHOLE_SIDE.search(m.group(0))
        )
        and not (re.search(r"ahog|asfix", m.group(0)) and _SNORE_FIGURE_ES.search(norm))
        and not (
            name == "facial droop or weakness"
            and _SHAPE.search(m.group(0))
            and _DURING_SPASM.search(norm)
        )
        and not (name == "facial droop or weakness" and _SHAME.search(norm))
        and not (name == "facial droop or weakness" and _negated_face(norm, m.start()))
        and not (
            name == "facial droop or weakness"
            and re.search(r"\bdormid[oa]s?\b", m.group(0))
            and _ASLEEP.search(norm)
        )
        # "la cara no la tengo débil ni caída": the negation inside the words (round 12)
        and not (name == "facial droop or weakness" and _INNER_DENIAL.search(m.group(0)))
        # a runny nose with a cold and no operation (round 10)
        and not (
            name == "fluid leak after the operation"
            and _COLD_ES.search(norm)
            and (
                not (_AFTER_OP_ES.search(norm) or _DISCHARGED_ES.search(norm))
                or _NO_OP_ES.search(norm)
            )
        )
        and not (name == "facial droop or weakness" and _NOT_THE_FACE.search(m.group(0)))
        # "me cuesta tragar las pastillas grandes": the size of the pill (round 16)
        and not (
            name == "trouble swallowing"
            and _BIG_PILLS.match(norm, m.end())
            and not _FOOD_OR_WATER.search(norm)
        )
        # round 18: long-standing, "como siempre", with nothing new or worse
        and not (name in _CHRONIC_SIGNS and _long_standing(text, norm, m.group(0)))
        and not _said_of_an_animal(text, m.group(0))
        and not (name == "trouble breathing" and _BREATH_FIGURE_ES.search(norm))
        # round 28: "esta película me dio un dolor de cabeza espantoso", no onset told
        and not (
            name == "sudden severe headache"
            and _TRIVIAL_HEADACHE_ES.search(norm)
            and not _ONSET_RE_ES.search(norm)
        )
        # round 22: a stroke foretold of exasperation ("me va a dar un derrame con ella jaja")
        and not (name == "stroke" and _covered(_STROKE_FIGURE_ES, norm, m.start()))
        # round 23: "ciego de tanto leer foros"; a story's character's sign
        and not any(
            f.start() < m.end() and m.start() < f.end() for f in _SENSE_FIGURE_ES.finditer(norm)
        )
        and not (
            _FICTION_ES.search(norm)
            and not _FIRST_IN_SIGN_ES.search(m.group(0))
            and not _FAMILY_ES.search(norm)
        )
        and not (
            name == "trouble breathing"
            and _EXERTION_ES.search(norm)
            and not _TREATED_ES.search(_NO_TREATMENT_ES.sub(" ", norm))
        )
        and not _defined_es(norm, m)
        # round 33: "la cabeza me va a explotar con tanta información"
        and not (name == "sudden severe headache" and _HEAD_FIGURE33_ES.search(norm))
        # round 30: a wound placed elsewhere on the body, no operation named ("mi hijo se
        # hizo una herida en la rodilla que está roja")
        and not (
            name == "wound infection after the operation"
            and _WOUND_ELSEWHERE_ES.search(norm)
            and not _OPERATION_NAMED_ES.search(norm)
        )
    ]
    if not live:
        # every sign named is denied ("sin pus ni enrojecimiento", "no se me cae la
        # cara"), an idiom or explained: nothing to add (round 13: no safety line either)
        return Screen()
    sign = RedFlag(live[0][0], live[0][1].group(0))
    # round 21: a warning quoted (a document, another person) with the writer fine
    # (round 23: or words in quotation marks, "leí 'el peor dolor de cabeza ...'")
    if (
        read_quotes
        and (_SAYS_ES.search(norm) or _QUOTE_SPAN_ES.search(text))
        and quoted_warning_es(text)
    ):
        return Screen()
    # round 30: a warning heard at a talk or read, set against one's own twitch ("en la
    # charla dijeron que si la cara se cae de golpe es urgencia, mi tic no es eso, ¿no?")
    if (
        _SAYS_ES.search(norm)
        and _HYPOTHETICAL.search(norm)
        and _MINE_NOT_THAT_ES.search(norm)
        and not _PRESENT.search(_SUDDENLY_ES.sub(" ", norm))
    ):
        return Screen()
    # round 30: another's sign (a colleague's father's stroke) and whether the spasm leads
    # to it: a risk question, its answer says it
    if (
        ("?" in text or "¿" in text)
        and _SPASM_LEADS_Q_ES.search(norm)
        and _THIRD_PARTY_ES.search(norm)
        and not _FIRST_IN_SIGN_ES.search(sign.matched)
        and not _PRESENT.search(norm)
    ):
        return Screen()
    # round 17: the treatment not had yet and only reading or asking, or the team's "if
    # this comes, go to the emergency room" with nothing come: nothing now
    if _ONLY_ASKING_ES.search(norm) and (_NOT_YET_ES.search(norm) or _NOTHING_YET_ES.search(norm)):
        return Screen()
    # round 30: a plan ahead, read by its frame ("si algún día ... ¿qué tengo que hacer?")
    # (round 31: or a what-if only, "hipotéticamente si tuviera ..."; a sign told as then
    # and over, "en 2020 ... se pasó solo")
    if asked_beforehand_es(text) or only_if_es(text) or resolved_past_es(text):
        return Screen()
    # round 27: "what do I do if ... after the operation?" with the operation still to come
    # ("¿qué hago si después de la operación me sale líquido por la nariz? todavía no me
    # opero"); how a sign looks, asked, the writer's own fine ("¿cómo se ve una herida
    # infectada? la mía se ve limpia"); a saying about people in general asked whether true
    # ("dice mi suegra que a la gente con derrame se le paraliza la cara, ¿es cierto?")
    if _is_question(text, norm) and not _own_sign_es(*_quoted_and_own_es(text)):
        if _WHAT_IF_Q_ES.search(norm) and _NOT_YET_ES.search(norm):
            return Screen()
        if _HOW_LOOKS_ES.search(norm) and _MINE_FINE_ES.search(norm):
            return Screen()
        if _SAYS_ES.search(norm) and _PEOPLE_ES.search(norm) and _TRUE_Q_ES.search(norm):
            return Screen()
    # (round 21: not when the writer's own part, the quote left out, tells a sign:
    # "no me ha pasado eso, pero ahora tengo 39 de fiebre y el cuello tieso")
    if (
        read_quotes
        and _TOLD_IF_ES.search(norm)
        and _NOTHING_YET_ES.search(norm)
        and not _own_sign_es(*_quoted_and_own_es(text))
    ):
        return Screen()
    # round 17: an old story retold or dated ("eso fue en los ochenta")
    if _RETOLD_ES.search(norm) and _DISTANT.search(norm):
        return Screen()
    # round 17: a scene about a stranger, and one's own state only the tic
    if _SCENE_ES.search(norm) and _STRANGER_ES.search(norm) and _ONLY_TIC_ES.search(norm):
        return Screen()
    # round 21: another's sign, and whether it can happen to the writer ("una vecina se
    # quedó sorda ..., ¿a mí me puede pasar?"): a risk question, answered
    if (m := _ME_TOO_Q_ES.search(norm)) is not None:
        rest = norm[: m.start()] + " " + norm[m.end() :]
        if not (_CLOSE_ES.search(rest) or _FIRST_PERSON_ES.search(rest) or _PRESENT.search(rest)):
            return Screen()
    # round 22: another's past event (someone outside the home) and the writer's own part
    # only a contrast, a fear of one's operation or how to avoid it ("a mi compañera de
    # cuarto le salió pus en la herida, a mí no, ¿cómo evito que me pase?")
    if (
        # (round 23: or a stranger in a scene read or heard of: "en el grupo de facebook una
        # señora contó que se quedó sorda tras la mvd, me asusté mucho")
        (_OTHER_FIRST_ES.search(norm) or (_SCENE_ES.search(norm) and _STRANGER_ES.search(norm)))
        and _OTHERS_PAST_ES.search(norm)
        and _ME_CONTRAST_ES.search(norm)
        # round 24: the contrast's own words are no sign now ("yo todavía no me opero")
        and not _PRESENT.search(_ME_CONTRAST_ES.sub(" ", norm))
    ):
        return Screen()
    # round 21: a sign told as over (had then, well since), a relative's event already
    # in care days ago, a story passed on of a stranger's relative, over or asked how common
    if told_over_es(text):
        return Screen()
    if _IN_CARE_ES.search(norm) and _DAYS_AGO_ES.search(norm) and not _PRESENT.search(norm):
        return Screen(mention=sign)
    if _HEARSAY_ES.search(norm) and (_HOW_COMMON_ES.search(norm) or _CURED_ES.search(norm)):
        return Screen()
    present = _PRESENT.search(norm) is not None
    # round 23: how many people it happens to, the sign nobody's: a risk question
    if _HOW_MANY_ES.search(norm) and not present and not _FIRST_IN_SIGN_ES.search(sign.matched):
        return Screen()
    if _DISTANT.search(norm) and not present:
        # long past ("soy medio sorda desde hace años por la edad, ¿me pueden hacer la
        # resonancia?"): nothing, asked or not (round 15; told, it was nothing already)
        return Screen()
    asked = _asked_where(text, norm, sign.matched) and not present
    if (
        ("?" in text or "¿" in text)
        and _IF_OPENER.search(norm)
        and (not present or _SOMEDAY.search(norm))
    ):
        asked = True  # "y si después de la operación me da fiebre, ¿es normal?" (round 14)
    # round 30: a report of now with only a worry tag asked after it ("se me ha puesto la
    # herida colorada y abultada..., ¿debo preocuparme?", "a mi papá se le está cayendo la
    # boca, ¿es grave?"): the report is the message, the tag is no what-if
    if asked and (tag := _WORRY_TAG_ES.search(norm)) is not None:
        told = norm[: tag.start()]
        if (
            _NOW_REPORT_ES.search(told)
            and not _HYPOTHETICAL.search(told)
            and not _RISK_Q.search(told)
        ):
            asked = False
    if asked and _JUST_ASKING.search(norm):
        return Screen()  # asked to know beforehand: its answer says it (round 15)
    # round 24: "¿debo preocuparme si tengo fiebre ... a los diez días de la cirugía?": what
    # one has, dated on one's own recovery, is a report, not an "if"
    if asked and _WORRY_IF_HAVE_ES.search(norm) and _DAYS_AFTER_ES.search(norm):
        asked = False
    # round 22: "¿es de preocuparse que ...?" is the wrapper of a report, not a fear
    if asked and _FEAR_Q.search(_WRAPPER_ES.sub(" ", norm)):
        if not _HYPOTHETICAL.search(norm) and (_RISK_Q.search(norm) or _EFFECTS_Q.search(norm)):
            return Screen()  # a risk feared ("¿puede dejar la cara chueca? me da miedo")
        return Screen(mention=sign)  # a fear asked about: answered, with the safety line
    if asked and _IS_NORMAL_REPORT.search(norm) and not _HYPOTHETICAL.search(norm):
        asked = False
    # round 33: a sign named new or sudden and placed after one's own treatment ("debilidad
    # facial nueva tras la cirugía, ¿es normal?", "hipoacusia repentina del lado operado"):
    # a report in a chart's words, not a what-if
    if asked and _NEW_SIGN33_ES.search(norm) and not _HYPOTHETICAL.search(norm):
        asked = False
    # round 26: a sign asked about, then guessed at as one's own ("... ¿es normal? seguro es una gripa")
    if (
        asked
        and _OWN_GUESS_ES.search(norm)
        and not _HYPOTHETICAL.search(norm)
        and not _RISK_Q.search(norm)
    ):
        asked = False  # "¿es normal que se me haya ido la vista?": a report (round 14)
    if asked and (
        _HYPOTHETICAL.search(norm) or not _REPORT.search(norm) or _EFFECTS_Q.search(norm)
    ):
        if not _HYPOTHETICAL.search(norm) and (_RISK_Q.search(norm) or _EFFECTS_Q.search(norm)):
            return Screen()  # a question about a risk: its answer says it (round 13)
        return Screen(mention=sign)
    # long past, for the whole message or for the clause that tells the sign ("de niño
    # me quedé sordo de un oído por las paperas, ahora tengo el tic"): nothing (round 13)
    clause = _clause_of(text, sign.matched)
    if (_DISTANT.search(norm) and not present) or (
        clause is not None and _DISTANT.search(clause) and not _PRESENT.search(clause)
    ):
        return Screen()
    if _SCENE_ES.search(norm) and _STRANGER_ES.search(norm) and not _CLOSE_ES.search(norm):
        if _HOW_COMMON_ES.search(norm):
            return Screen()  # a stranger's story read, and how common: a risk question (round 19)
        return Screen(mention=sign)
    if _CHECKED_FINE.search(norm) and not present:
        return Screen(mention=sign)  # over, and seen to: the safety line only (round 14)
    if (
        all(name == "facial droop or weakness" for name, _ in live)
        and (_TOXIN.search(norm) or _FORETOLD_ES.search(norm))
        and _MILD_OR_WEEKS.search(norm)
        and not _NEW_OR_SPREADING.search(norm)
    ):
        return Screen()  # an effect of the toxin one was told of (round 13: no line)
    asked_at_all = "?" in text or "¿" in text
    # round 26: a risk asked, nothing told now; the fear of another's fate
    if asked_at_all and _RISK_ASK_ES.search(norm) and not present and not _TOLD_NOW_ES.search(norm):
        return Screen()
    if _FEAR_LIKE_OTHER_ES.search(norm) and not present and not _TOLD_NOW_ES.search(norm):
        return Screen()
    # round 26: another's past event (outside the home) asked about, nothing of the writer's
    if (
        asked_at_all
        and _DANGER_Q_ES.search(norm)
        and not _WHAT_TO_DO_ES.search(norm)
        and (o := _OTHER_FIRST_ES.search(norm)) is not None
        and _OTHERS_PAST_ES.search(norm)
        and not present
        and not _OWN_ES.search(norm[o.end() :])
    ):
        return Screen(mention=sign)
    # round 26: a mild sign the team saw and called normal: the safety line
    if (
        _STAFF_NORMAL_ES.search(norm)
        and _MILD_SIGN_ES.search(norm)
        and not _SERIOUS_ES.search(norm)
        and not _NEW_OR_WORSE_ES.search(norm)
    ):
        return Screen(mention=sign)
    return Screen(flag=sign)
