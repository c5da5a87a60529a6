"""Ceasefire status in French, Spanish and German news wordings found by a probe of natural reporting.

A truce that took effect ("a pris effet", "trat … in Kraft") is in effect, so calm told in the next
sentence says it holds; an attack told against expectation in the next sentence ("Pourtant, …",
"No obstante, …", "Dennoch …") is a breach; a phase of the truce ("la première phase") stands for it
in a contrasting clause; a truce dated to last year, a labour or patent "truce", a city abandoned or
injured people evacuated are not truce events. All sentences are our own.
"""

from __future__ import annotations

import pytest
from test_ceasefire_long import status

CASES = [
    # took effect, then calm without the truce's name
    ("fr", "holding", "Une trêve a pris effet dimanche à minuit. Depuis, le calme règne dans la capitale."),
    ("de", "holding", "Am Montag trat eine Feuerpause in Kraft. Seitdem ist es in der Region ruhig."),
    # in effect, then an attack told against expectation
    ("fr", "violated", "Un cessez-le-feu est en vigueur depuis mercredi. Pourtant, l'artillerie a de "
                       "nouveau pilonné les faubourgs vendredi."),
    ("es", "violated", "Una tregua rige desde el viernes en la provincia de Tamar. No obstante, drones "
                       "enemigos atacaron un cuartel el domingo."),
    ("de", "violated", "Seit Sonntag gilt eine Waffenruhe. Dennoch wurden am Dienstag Dörfer im Norden "
                       "beschossen."),
    # undermined by clashes; in effect with an adverb; seems to hold
    ("fr", "violated", "Le cessez-le-feu signé la semaine dernière est mis à mal par des tirs nourris "
                       "près de la frontière."),
    ("es", "holding", "El alto el fuego rige plenamente en toda la región, según la ONU."),
    ("de", "holding", "Trotz einiger Zwischenfälle scheint die von vielen als brüchig eingeschätzte "
                      "Feuerpause seit Tagen zu halten."),
    # a phase of the truce in a contrasting clause
    ("fr", "holding", "Les discussions sur la deuxième phase de la trêve piétinent, tandis que la "
                      "première phase est respectée depuis dix jours."),
    ("es", "holding", "Las conversaciones sobre la segunda fase del alto el fuego siguen estancadas, "
                      "mientras la primera fase se respeta desde hace diez días."),
    ("de", "holding", "Über die zweite Phase der Waffenruhe wird noch verhandelt, während die erste Phase "
                      "seit zwei Wochen eingehalten wird."),
    # undermined by clashes, in each language's wording
    ("es", "violated", "La tregua firmada hace dos semanas se ve empañada por enfrentamientos esporádicos "
                       "en el sur."),
    ("de", "violated", "Die vor zwei Wochen unterzeichnete Waffenruhe wird von sporadischen Gefechten "
                       "überschattet."),
    # no shots reported, told in the next sentence without the truce's name
    ("fr", "holding", "Une trêve est entrée en vigueur samedi. Depuis, aucun tir n'a été signalé "
                      "dans la zone."),
    ("es", "holding", "Una tregua entró en vigor el sábado. Desde entonces no se ha registrado "
                      "ningún disparo en la zona."),
    ("de", "holding", "Am Samstag trat eine Waffenruhe in Kraft. Seitdem wurden keine Schüsse mehr "
                      "gemeldet."),
    ("fr", "collapsed", "Depuis l'échec de la trêve négociée par Doha, les deux camps s'accusent "
                        "mutuellement."),
    # fighting resumed: in the next sentence, or after the failure of a truce named further on
    ("es", "collapsed", "Las partes habían acordado una tregua el lunes. Pero el miércoles los bombardeos se "
                        "reanudaron en el norte."),
    ("de", "collapsed", "Seit dem Scheitern der von Katar vermittelten Waffenruhe wird wieder gekämpft."),
    # hopes and conditions are no agreement
    ("es", "proposed", "Los negociadores confían en alcanzar una tregua esta semana."),
    ("fr", "proposed", "Les médiateurs ont bon espoir d'obtenir un cessez-le-feu d'ici dimanche."),
    ("de", "proposed", "Die Vermittler sind zuversichtlich, bis Sonntag eine Waffenruhe zu erreichen."),
    ("fr", "proposed", "Les rebelles ont proposé une trêve si l'armée abandonne ses positions."),
    ("es", "proposed", "Las milicias ofrecieron una tregua si el ejército abandona las colinas."),
    ("de", "agreed", "Eine Waffenruhe wurde vereinbart, damit Helfer Verletzte bergen können."),
    # last year's truce elsewhere, labour and business truces
    ("fr", "none", "Des heurts ont fait trois morts jeudi à Lorun. Le cessez-le-feu signé l'an dernier en "
                   "Ossarie voisine reste une référence pour les médiateurs."),
    ("es", "none", "La tregua firmada el año pasado en Belara sigue citándose como modelo."),
    ("de", "none", "Die im vorigen Jahr geschlossene Waffenruhe in Norland gilt als Vorbild."),
    ("fr", "none", "Le patronat et les syndicats ont signé une trêve jusqu'au printemps."),
    ("es", "none", "Sindicatos y Gobierno pactaron una tregua hasta las elecciones."),
    ("de", "none", "Im Patentstreit schlossen die Konzerne einen Waffenstillstand."),
]


@pytest.mark.parametrize(("language", "expected", "text"), CASES)
def test_probe_wordings(language: str, expected: str, text: str) -> None:
    assert status(text, language) == expected
