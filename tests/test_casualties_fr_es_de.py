"""Killed figures in French, Spanish and German: natural phrasings (our own sentences, events invented)."""

from __future__ import annotations

import pytest
from test_casualties_long import of_text


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # died later of wounds, told as others in a sentence of their own: added, never the toll itself
        ("fr", "Un gendarme a été tué lors de l'assaut. "
               "Deux autres ont succombé à leurs blessures mardi.", 3),
        ("fr", "Deux civils ont été tués dans la frappe. Trois autres sont morts plus tard à l'hôpital.", 5),
        ("es", "Un soldado murió en la emboscada. Otros dos sucumbieron a sus heridas en el hospital.", 3),
        ("de", "Ein Polizist wurde bei dem Angriff getötet. "
               "Zwei weitere erlagen am Abend ihren Verletzungen.", 3),
        # a part told in an aside
        ("fr", "Au moins 25 personnes, parmi lesquelles six enfants, ont perdu la vie dans le bombardement.",
         25),
        # a running total brought up after the day's toll
        ("fr", "Une frappe a tué trois personnes jeudi, portant à 250 le nombre de morts dans la région "
               "depuis le début de l'année.", 3),
        ("es", "El ataque dejó seis muertos, lo que eleva a 340 el número de víctimas mortales "
               "en lo que va de mes.", 6),
        ("es", "Los enfrentamientos del martes dejaron cinco muertos, con lo que ya son 900 los fallecidos "
               "desde que comenzó la ofensiva.", 5),
        ("de", "Bei dem Angriff wurden drei Menschen getötet, womit die Zahl der Toten seit Beginn der "
               "Offensive auf 800 steigt.", 3),
        ("fr", "Depuis novembre, plus de 2 000 personnes ont été tuées dans la province. "
               "Jeudi, une embuscade a fait sept morts.", 7),
        ("de", "Seit März wurden in der Provinz mehr als 2000 Menschen getötet. "
               "Am Donnerstag kamen bei einem Hinterhalt sieben Menschen ums Leben.", 7),
        ("es", "La cifra oficial de fallecidos asciende ya a 87, según Protección Civil.", 87),
        # another side's report of its own losses, an adjectival participle before the noun
        ("de", "Die Armee gab an, 20 Rebellen getötet zu haben. "
               "Die Rebellen ihrerseits meldeten fünf getötete Soldaten.", 25),
        # cue words and inflections
        ("es", "Al menos 14 civiles han fallecido en los bombardeos.", 14),
        ("es", "El ejército dijo haber abatido a una treintena de insurgentes.", 30),
        ("es", "Las tropas abatieron a 11 guerrilleros cerca de la frontera.", 11),
        ("es", "Doce campesinos fueron masacrados en una vereda del Cauca.", 12),
        ("fr", "Une vingtaine de civils ont été massacrés dans un village du centre.", 20),
        ("de", "Mindestens 15 Dorfbewohner wurden von Milizionären massakriert.", 15),
        ("es", "El bombardeo causó la muerte de once personas en Alepo.", 11),
        ("de", "Der Angriff kostete 14 Soldaten das Leben.", 14),
        ("de", "Die Behörden sprechen von mindestens 20 Getöteten.", 20),
        ("de", "Unter den mindestens 18 Todesopfern sind sechs Kinder.", 18),
        ("de", "Ein Israeli wurde bei einem Anschlag im Westjordanland getötet.", 1),
        ("de", "Zwei Ukrainer kamen bei dem Beschuss ums Leben.", 2),
        ("de", "Ein Bundeswehrsoldat ist bei einem Anschlag im Norden ums Leben gekommen.", 1),
        # reported speech is no hypothetical
        ("es", "Decenas de personas habrían muerto en el ataque, según testigos.", 24),
        ("de", "Mehr als 40 Menschen sollen bei dem Angriff ums Leben gekommen sein.", 40),
        # German verb-second order: the verb before its subject and number, but no "and" between them
        ("de", "Bei dem Angriff starben neun Menschen.", 9),
        ("de", "Am Morgen töteten Drohnen in Gaza fünf Menschen.", 5),
        ("de", "Am Abend starben bei einem Drohnenangriff auf Sumy vier Menschen.", 4),
        ("de", "Der Anschlag forderte zwölf Tote und Dutzende Verletzte.", 12),
        ("de", "Bei dem Beschuss wurden zwei Menschen getötet und 17 verletzt.", 2),
        # a cue that only qualifies the toll's subject does not name its kind
        ("es", "La cifra de muertos por el bombardeo del campo de refugiados ascendió a 52.", 52),
        # the attacker killed, in a sentence of its own, is added to the victims
        ("fr", "Un policier a été tué lors de l'attaque de la préfecture. "
               "L'assaillant a été abattu par ses collègues.", 2),
        ("fr", "Trois passants ont été tués dans l'attaque au couteau. "
               "L'agresseur a été abattu par la police.", 4),
        ("es", "Un guardia murió en el asalto al cuartel. El agresor fue abatido por los militares.", 2),
        ("es", "La explosión mató a nueve soldados. El terrorista también murió en el lugar.", 10),
        ("de", "Ein Polizist wurde bei dem Angriff getötet. "
               "Der Attentäter wurde von Soldaten erschossen.", 2),
        ("de", "Bei dem Anschlag starben sechs Soldaten, außerdem wurden zwei der Angreifer getötet.", 8),
        # an article after a figure is no group of one
        ("es", "El ejército dijo haber matado a 25 milicianos, una cifra que los rebeldes niegan.", 25),
        # a definite article with a person noun counts one, a name after the noun read through
        ("fr", "Le journaliste Marc Dubois a été tué par une frappe de drone.", 1),
        ("es", "El periodista Andrés Ruiz fue asesinado en Sinaloa.", 1),
        ("es", "La cifra de muertos en el ataque del general rebelde ascendió a 21.", 21),
        ("de", "Der Soldat Max Berger ist bei einem Gefecht im Osten getötet worden.", 1),
        # a similar attack is another, earlier event
        ("es", "El mes pasado, un atentado similar mató a 30 personas en el mercado. "
               "Esta vez no hubo víctimas.", None),
        ("fr", "Le mois dernier, une attaque similaire a tué 12 personnes près de Gao. "
               "Mardi, seuls deux soldats ont été blessés.", None),
        ("de", "Bei einem ähnlichen Anschlag wurden vor drei Wochen 20 Menschen getötet. "
               "Diesmal wurden nur zwei Wachleute verletzt.", None),
        # no deaths
        ("fr", "Deux personnes ont été blessées, aucun mort n'est à déplorer.", None),
        ("es", "No hubo víctimas mortales, aunque tres agentes resultaron heridos.", None),
        ("de", "Tote gab es nach Angaben der Polizei nicht, vier Menschen wurden verletzt.", None),
    ],
)
def test_killed_fr_es_de(language: str, text: str, expected: int | None) -> None:
    assert of_text(language, text) == expected
