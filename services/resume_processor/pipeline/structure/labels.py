"""Label-column layouts (Europass and its kin): a narrow left column of field labels.

Each row pairs a short label ("WORK EXPERIENCE", "Mother tongue(s)", "Dates", "Name and
address of employer") with content to its right; extraction often glues the two into one line.
A label is a section title, a field of the basics (name, wanted job), a hint for the content
(a date, an employer, a native language), or noise ("Nationality", "Business or sector").
`read_label_column` takes the labels off and rewrites the rows the rest of the parser reads.
"""

from __future__ import annotations

import re
from collections import Counter
from enum import StrEnum
from itertools import accumulate

from resume_processor.pipeline.layout import CELL_GAP, Box, Line
from resume_processor.pipeline.structure.sections import (
    MAX_HEADING_WORDS,
    OUTLINE_NUMBER,
    Kind,
    ends_open,
    heading_key,
    heading_kind,
    key_words,
)
from resume_processor.pipeline.structure.vocab import (
    EMPLOYER_LABEL_WORDS,
    POSITION_LABEL_WORDS,
    QUALIFICATION_LABEL_WORDS,
    SUBJECT_LABEL_WORDS,
)


class Role(StrEnum):
    NAME = "name"  # the candidate's name
    WANTED = "wanted"  # the job applied for → basics.label
    KEEP = "keep"  # the content stands on its own once the label is off
    EMPLOYER = "employer"  # belongs with the entry's title rows, wherever it was printed
    NATIVE = "native"  # mother tongue(s)
    GRADE = "grade"
    SUBJECT = "subject"  # an education entry's field of study
    DROP = "drop"  # the whole row is noise for a resume


def _keys(text: str) -> frozenset[str]:
    """Labels as `heading_key` gives them: "Nachname(n) / Vorname(n)" is "nachname n vorname n"."""
    return frozenset(heading_key(item) for item in text.split(",") if item.strip())


# The labels of the old Europass form (2004-2012) in the languages it was published in, and in
# Bosnian and Serbian, by role. Dates and the position or qualification held are in
# EUROPASS_DATES and EUROPASS_TITLES below.
_EUROPASS: dict[Role, str] = {
    Role.NAME: """nachname(n) / vorname(n), vorname(n) / nachname(n), nom(s) / prénom(s), nom et
        prénom, apellido(s) / nombre(s), nombre y apellidos, nombre completo, cognome(i) /
        nome(i), nome e cognome, apelido(s) / nome(s) próprio(s), nome completo, achternaam /
        voornaam, naam / voornaam, ime i prezime, prezime / ime, prezime(na) / ime(na),
        nazwisko(a) / imię (imiona), imię i nazwisko, příjmení / jméno, jméno a příjmení,
        nume / prenume, vezetéknév / utónév, priimek / ime, efternamn / förnamn, efternavn(e) /
        fornavn(e), etternavn / fornavn, sukunimi / etunimi, επώνυμο(-α) / όνομα(-τα),
        ονοματεπώνυμο, vardas / pavardė, uzvārds / vārds, vārds / uzvārds, perekonnanimi /
        eesnimi, soyadı / adı, adı soyadı, ad soyad, фамилия имя, фио, прізвище ім'я""",
    Role.WANTED: """gewünschte beschäftigung / berufsfeld, emploi recherché / domaine de
        compétence, empleo deseado / familia profesional, occupazione desiderata / settore
        professionale, occupazione desiderata, emprego pretendido / área funcional, emprego
        pretendido, željeno zaposlenje, pożądane zatrudnienie, požadované zaměstnání, locul de
        muncă vizat, kívánt munkakör, önskad anställning, ønsket stilling, haettu tehtävä,
        επιθυμητή θέση εργασίας, pageidaujamas darbas, vēlamā nodarbošanās, soovitud töökoht,
        başvurulan pozisyon, желаемая должность, желаемая должность и зарплата, funcția
        solicitată, funcţia solicitată""",
    Role.KEEP: """wichtigste tätigkeiten und zuständigkeiten, principales activités et
        responsabilités, funciones y responsabilidades principales, principali attività e
        responsabilità, principali mansioni e responsabilità, principais actividades e
        responsabilidades, principais atividades e responsabilidades, principais atividades,
        belangrijkste activiteiten en verantwoordelijkheden, glavni poslovi i odgovornosti,
        główne zadania i obowiązki, hlavní pracovní náplň a oblasti odpovědnosti, activităţi
        şi responsabilităţi principale, activități și responsabilități principale, főbb
        tevékenységek és feladatkörök, glavne naloge in pristojnosti, huvudsakliga
        arbetsuppgifter och ansvarsområden, vigtigste arbejdsopgaver og ansvarsområder,
        viktigste arbeidsoppgaver og ansvarsområder, tärkeimmät tehtävät ja vastuualueet,
        κύριες δραστηριότητες και αρμοδιότητες, pagrindinės veiklos ir atsakomybės, galvenie
        darba pienākumi, peamised tegevusalad ja kohustused, başlıca faaliyetler ve
        sorumluluklar, hauptfächer / berufliche fähigkeiten, principales matières /
        compétences professionnelles couvertes, principales materias o capacidades
        profesionales estudiadas, principali tematiche / competenze professionali acquisite,
        principali materie / abilità professionali oggetto dello studio, principais
        disciplinas / competências profissionais, belangrijkste vakken / vaardigheden, glavni
        predmeti / stečene profesionalne vještine, podstawowe przedmioty / kwalifikacje
        zawodowe, hlavní předměty / profesní dovednosti, főbb tárgyak / készségek, huvudämnen /
        yrkesfärdigheter, pääaineet / ammatilliset taidot, κύρια θέματα / επαγγελματικές
        δεξιότητες, adresse(n), adresse(s), dirección(es), indirizzo(i), morada(s), endereço,
        adres(sen), adresa(e), adres(y), adresă(e), cím(ek), adress, adresse(r), osoite,
        διεύθυνση(-εις), adresas, adrese, aadress, téléphone(s), teléfono(s), telefono(i),
        telefone(s), telefoonnummer(s), telefonski broj(evi), telefon(y), telefon(oane),
        telefonszám(ok), puhelin, τηλέφωνο(-α), telefonas, tālrunis, courrier électronique,
        correo(s) electrónico(s), correio(s) electrónico(s), e-post, sähköposti,
        ηλεκτρονικό ταχυδρομείο, el. paštas, e-pasts, e-posta, mobitel, mobilni, handy,
        cellulare, móvil, celular, телефон, адрес, адреса, електронна пошта, электронная
        почта""",
    Role.EMPLOYER: """name und adresse des arbeitgebers, nom et adresse de l'employeur, nombre y
        dirección de la empresa o empleador, nombre y dirección del empleador, nome e indirizzo
        del datore di lavoro, nome e morada do empregador, nome e endereço do empregador, naam
        en adres van de werkgever, naziv i adresa poslodavca, nazwa i adres pracodawcy, jméno a
        adresa zaměstnavatele, numele şi adresa angajatorului, numele și adresa angajatorului,
        munkáltató neve és címe, naziv in naslov delodajalca, arbetsgivarens namn och adress,
        arbejdsgiverens navn og adresse, arbeidsgiverens navn og adresse, työnantajan nimi ja
        osoite, όνομα και διεύθυνση του εργοδότη, darbovietės pavadinimas ir adresas, darba
        devēja vārds / nosaukums un adrese, tööandja nimi ja aadress, işverenin adı ve adresi,
        empleador, empregador, darbdavys, tööandja, name und art der bildungs- oder
        ausbildungseinrichtung, nom et type de
        l'établissement, nombre y tipo del centro de estudios, nome e tipo di istituto di
        istruzione o formazione, nome e tipo da organização de ensino ou formação, naam en type
        van de instelling, naziv i vrsta ustanove, naziv i vrsta ustanove pružatelja
        obrazovanja, nazwa i typ instytucji, název a typ organizace, numele şi tipul
        instituţiei de învăţământ, numele și tipul instituției de învățământ, naziv in vrsta
        organizacije, utbildningsanordnarens namn och typ, uddannelsesinstitutionens navn og
        type, oppilaitoksen nimi ja tyyppi, όνομα και είδος του οργανισμού, mācību iestādes
        nosaukums un veids, haridusasutuse nimi ja liik, eğitim ve öğretim kurumunun adı ve
        türü, instituția de învățământ, instituţia de învăţământ""",
    Role.NATIVE: """muttersprache(n), langue(s) maternelle(s), lengua(s) materna(s),
        madrelingua(e), língua(s) materna(s), moedertaal(en), maternji jezik, materinji jezik,
        materinski jezik(ci), język(i) ojczysty(e), język ojczysty, mateřský jazyk, materský
        jazyk, limba(i) maternă(e), limba maternă, anyanyelv(ek), materni jezik, modersmål,
        morsmål, äidinkieli, μητρική(-ές) γλώσσα(-ες), μητρική γλώσσα, gimtoji kalba, dzimtā
        valoda, emakeel, ana dil(ler), ana dil, ana dili, родной язык, мајчин јазик, матерњи
        језик""",
    Role.GRADE: """prosjek ocjena, prosječna ocjena, voto finale, nota final, durchschnittsnote,
        abschlussnote, średnia ocen, ocena końcowa, eindcijfer, keskiarvo, vidurkis, vidējā
        atzīme, keskmine hinne, средний балл, середній бал""",
    Role.SUBJECT: """studijski smjer, pääaine, studieretning, studieinriktning,
        opleidingsrichting""",
    Role.DROP: """geburtsdatum, staatsangehörigkeit, geschlecht, tätigkeitsbereich oder branche,
        art des unternehmens oder branche, führerschein, familienstand, geburtsort, date de
        naissance, nationalité, sexe, type ou secteur d'activité, permis de conduire, lieu de
        naissance, fecha de nacimiento, nacionalidad, sexo, tipo de empresa o sector,
        permiso(s) de conducción, lugar de nacimiento, data di nascita, cittadinanza,
        nazionalità, sesso, tipo di attività o settore, tipo di azienda o settore, patente,
        patente di guida, stato civile, luogo di nascita, data de nascimento, nacionalidade,
        tipo de empresa ou sector, carta de condução, naturalidade, geboortedatum,
        nationaliteit, geslacht, soort onderneming of sector, rijbewijs, burgerlijke staat,
        geboorteplaats, datum rođenja, datum rodjenja, mjesto rođenja, spol, vrsta djelatnosti
        ili sektor, vozačka dozvola, bračno stanje, bračni status, data urodzenia, narodowość,
        obywatelstwo, płeć, typ działalności lub sektor, prawo jazdy, stan cywilny, miejsce
        urodzenia, datum narození, státní příslušnost, státní občanství, pohlaví, typ podnikání
        nebo odvětví, řidičský průkaz, rodinný stav, místo narození, data naşterii, data
        nașterii, naţionalitate, naționalitate, cetăţenie, cetățenie, permis de conducere, stare
        civilă, születési dátum, születési hely, állampolgárság, családi állapot, járművezetői
        engedély, jogosítvány, vozniško dovoljenje, födelsedatum, nationalitet, medborgarskap,
        kön, körkort, fødselsdato, køn, kørekort, civilstand, kjønn, førerkort, sivilstand,
        nasjonalitet, statsborgerskap, syntymäaika, kansalaisuus, sukupuoli, ajokortti,
        siviilisääty, ημερομηνία γέννησης, υπηκοότητα, εθνικότητα, φύλο, άδεια οδήγησης,
        οικογενειακή κατάσταση, gimimo data, pilietybė, lytis, vairuotojo pažymėjimas, šeiminė
        padėtis, dzimšanas datums, pilsonība, dzimums, autovadītāja apliecība, sünniaeg,
        kodakondsus, sugu, juhiluba, doğum tarihi, uyruğu, uyruk, cinsiyet, sürücü belgesi,
        ehliyet, medeni durum, cetățenia, cetăţenia, sexul, starea civilă, askerlik durumu,
        doğum yeri, дата рождения, пол, семейное положение, водительские права, дата народження,
        громадянство, стать, сімейний стан, doğum tarixi, vətəndaşlıq, ailə vəziyyəti,
        sürücülük vəsiqəsi""",
}
# "Other language(s)" in the languages of the form: its content is the languages.
EUROPASS_OTHER_LANGUAGES = """sonstige sprache(n), autre(s) langue(s), otro(s) idioma(s), altra(e)
    lingua(e), altre lingue, outra(s) língua(s), andere ta(a)l(en), andere talen, strani
    jezik(ci), strani jezik, drugi jezik(ci), inne języki, další jazyk(y), egyéb nyelv(ek), drugi
    jezik(i), övriga språk, andre sprog, andre språk, muut kielet, άλλη(-ες) γλώσσα(-ες), kitos
    kalbos, citas valodas, muud keeled, diğer dil(ler), limba(i) străină(e) cunoscută(e)"""
EUROPASS_DATES = """datumi, datum, datoer, datos, datas, daty, ημερομηνίες, időtartam, perioada,
    ajanjakso, kuupäevad, tarihler, obdobje, období, даты, periodo, período, date (da - a),
    periode"""
EUROPASS_TITLES = """beruf oder funktion, fonction ou poste occupé, profesión o cargo
    desempeñado, lavoro o posizione ricoperti, tipo di impiego, função ou cargo ocupado,
    functie of positie, zanimanje ili radno mjesto, zanimanje ili radno mesto, zajmowane
    stanowisko, povolání nebo pozice, funcţia sau postul ocupat, funcția sau postul ocupat,
    foglalkozás / beosztás, zaposlitev ali delovno mesto, yrke eller befattning, yrke eller
    stilling, ammatti tai tehtävä, απασχόληση ή θέση που κατείχατε, profesija arba pareigos,
    pareigos, profesija vai ieņemamais amats, amats, amet või ametikoht, ametikoht, meslek veya
    pozisyon, bezeichnung der erworbenen qualifikation, intitulé du certificat ou diplôme
    délivré, cualificación obtenida, titulación obtenida, titolo della qualifica rilasciata,
    qualifica conseguita, designação da qualificação atribuída, naam van het diploma /
    certificaat, naziv dodijeljene kvalifikacije, naziv stečene kvalifikacije, nazwa otrzymanego
    dyplomu, název dosažené kvalifikace, calificarea / diploma
    obţinută, calificarea / diploma obținută, tanúsítvány / oklevél megnevezése, naziv
    izobrazbe / usposobljenosti, utbildningsbevis, betegnelse for tildelt kvalifikation, tittel
    på tildelt kvalifikasjon, tutkintonimike, τίτλος του πιστοποιητικού ή διπλώματος, suteikta
    kvalifikacija, piešķirtās kvalifikācijas nosaukums, omandatud kvalifikatsioon, verilen
    belgenin adı"""


FIELD_LABELS: dict[Role, frozenset[str]] = {
    Role.NAME: _keys(
        """first name s surname s, surname s first name s, first name surname, surname first
        name, name, full name, full names, names, nom, noms, nom prénom, vorname nachname, nombre,
        naam, nome, navn, namn, nama, nama lengkap, име, име и фамилия, meno a priezvisko, ime
        in priimek"""
    ),
    Role.WANTED: _keys(
        """preferred job, job applied for, position, position applied for, desired employment
        occupational field, desired employment occupational, desired employment, occupational
        field, studies applied for, personal statement job applied for, gewünschte
        beschäftigung, emploi recherché, empleo deseado, gewenste functie, бажана посада, посада,
        željeno radno mjesto, желана позиция, желана длъжност"""
    ),
    Role.KEEP: _keys(
        """dates, date, occupation or position held, main activities and responsibilities,
        title of qualification awarded, principal subjects occupational skills covered,
        address, address es, telephone, telephone s, phone, mobile, e mail, e mail s, email,
        website, website s, instant messaging, zeitraum, période, fechas, дати от до, дати,
        заемана длъжност, основни дейности и отговорности, наименование на придобитата
        квалификация, наименование на придобитата, адрес, телефон, e mail,
        obdobie, pracovná pozícia, náplň práce, názov školy, získaný titul, dosiahnuté vzdelanie,
        adresa, telefón, e pošta, naslov, telefon"""
    ),
    Role.EMPLOYER: _keys(
        """name and address of employer, name and type of organisation, name and type of
        organisation providing education and training, name and type of organization, име и адрес
        на работодателя, име и вид на обучаващата организация, име и вид на обучаващата,
        zamestnávateľ, delodajalec"""
    ),
    Role.NATIVE: _keys(
        """mother tongue s, mother tongue, native language s, native language, materinski
        jezik, рідна мова, майчин език"""
    ),
    Role.GRADE: _keys("final grade, grade"),
    Role.SUBJECT: _keys("специалност, študijný odbor"),
    Role.DROP: _keys(
        """date of birth, nationality, sex, gender, business or sector, type of business or
        sector, level in national or international classification, level in national or
        international, other language s, other languages, driving licence, driving license,
        marital status, place of birth, гражданство, дата на раждане, други езици, вид на
        дейността или сферата на работа, свидетелство за управление на мпс, свидетелство за
        управление на, dátum narodenia, štátna príslušnosť, vodičský preukaz, datum rojstva,
        državljanstvo"""
    ),
}
# The words a label column shares with labelled rows (`vocab`), the position or qualification
# held among them, and the rows of dates and of other languages.
_TITLE_KEYS = _keys(EUROPASS_TITLES) | POSITION_LABEL_WORDS | QUALIFICATION_LABEL_WORDS
_MORE: dict[Role, frozenset[str]] = {
    Role.KEEP: _keys(EUROPASS_DATES) | _TITLE_KEYS,
    Role.EMPLOYER: EMPLOYER_LABEL_WORDS,
    Role.SUBJECT: SUBJECT_LABEL_WORDS,
    Role.DROP: _keys(EUROPASS_OTHER_LANGUAGES),
}
FIELD_LABELS = {
    role: keys | _keys(_EUROPASS.get(role, "")) | _MORE.get(role, frozenset())
    for role, keys in FIELD_LABELS.items()
}
ROLE_OF = {key: role for role, keys in FIELD_LABELS.items() for key in keys}
OTHER_LANGUAGES_LABELS = _keys("other language s, other languages, други езици") | _keys(
    EUROPASS_OTHER_LANGUAGES
)
# The rows an entry's employer row goes after, wherever the employer was printed: its dates,
# the position held and the qualification awarded.
DATE_ROW_LABELS = _keys(
    "dates, date, zeitraum, période, fechas, дати от до, дати, obdobie"
) | _keys(EUROPASS_DATES)
TITLE_ROW_LABELS = (
    _keys(
        """occupation or position held, title of qualification awarded, заемана длъжност,
    наименование на придобитата квалификация, наименование на придобитата, pracovná pozícia,
    získaný titul, dosiahnuté vzdelanie"""
    )
    | _TITLE_KEYS
)
ENTRY_ROW_LABELS = DATE_ROW_LABELS | TITLE_ROW_LABELS
SKILL_LABEL = re.compile(r"^(?:[a-z]+ ){0,3}(?:skills|competences?)(?: and competences)?$")
TITLE_OF = {
    Kind.SUMMARY: "Summary",
    Kind.WORK: "Work experience",
    Kind.EDUCATION: "Education",
    Kind.SKILLS: "Skills",
    Kind.PROJECTS: "Projects",
    Kind.CERTIFICATES: "Certifications",
    Kind.LANGUAGES: "Languages",
    Kind.CONTACT: "Contact",
    Kind.OTHER: "Additional information",
}
# The most words a section title (`heading_kind`) or a skills label (SKILL_LABEL) can have.
MAX_TITLE_WORDS = max(MAX_HEADING_WORDS, 6)
CELLED_ROLES = frozenset({Role.EMPLOYER, Role.SUBJECT})
WEAK_ROLES = frozenset({Role.KEEP, Role.GRADE})  # "Email …", "Grade: 3.8" are everywhere
MAX_LABEL_TOKENS = 9
MIN_LABEL_ROWS = 3
BULLET_MARKS = "\u2022\u25aa\u25e6\u25cf\u25a0\u27a2*"
LABEL_GAP = 10.0  # how far left of the content column a label row must start


def label_role(key: str) -> Role | Kind | None:
    """What a label names: a field role, a section kind, or None when it is no label."""
    if key in ROLE_OF:
        return ROLE_OF[key]
    kind = heading_kind(key)
    if kind is None and SKILL_LABEL.match(key):
        kind = Kind.SKILLS
    return kind


def split_label(text: str, *, roles_only: bool = False) -> tuple[str, Role | Kind, str] | None:
    """ "Mother tongue(s) Dutch" → ("Mother tongue(s)", Role.NATIVE, "Dutch").

    With `roles_only`, a line no field label opens gives None at once, without asking
    `heading_kind` about each of its prefixes: the caller only wants field labels.
    """
    every = text.split()
    tokens = every[:MAX_LABEL_TOKENS]
    singles = list(accumulate(len(token) == 1 for token in tokens))
    # A prefix running past a dash may end in a total `heading_key` takes off ("Опыт работы
    # — 5 лет", "Опыт работы —5 лет"): such prefixes are keyed whole.
    dash = next(
        (i for i, token in enumerate(tokens) if token.rstrip(_DIGITS) in _DASH_TOKENS),
        len(tokens),
    )
    # A title's outline number ("1.0 PERSONAL PARTICULARS") is one `heading_key` takes off.
    numbered = bool(tokens) and _OUTLINE_TOKEN.fullmatch(tokens[0]) is not None
    plain = not numbered and dash == len(tokens) and (len(tokens) < 3 or singles[-1] < 2)
    if roles_only and plain and not _opens_field_label(tokens):
        return None
    # Every line is tried with up to MAX_LABEL_TOKENS prefixes, so each token's key words are
    # found once and a prefix's key is a slice of them. The exception is a prefix of (nearly)
    # all one-character tokens, where `heading_key` may have letter-spacing to undo (it never
    # applies otherwise, so both give the same key). A key longer than any section title or
    # skills label can only be a field label.
    words: list[str] = []
    ends: list[int] = []  # ends[i]: how many key words the first i + 1 tokens make
    for token in tokens:
        words.extend(key_words(token))
        ends.append(len(words))
    for count in range(len(tokens), 0, -1):
        role: Role | Kind | None
        if numbered or (count >= 3 and singles[count - 1] >= count - 1) or count > dash + 1:
            role = label_role(heading_key(" ".join(tokens[:count])))
        elif not ends[count - 1]:
            continue
        elif ends[count - 1] > MAX_TITLE_WORDS:
            role = ROLE_OF.get(" ".join(words[: ends[count - 1]]))
        else:
            role = label_role(" ".join(words[: ends[count - 1]]))
        if role is not None:
            return " ".join(tokens[:count]), role, " ".join(every[count:])
    return None


def _opens_field_label(tokens: list[str]) -> bool:
    """Whether some prefix of the tokens keys a field label: key words are found token by
    token, and the walk stops once they begin no label."""
    words: list[str] = []
    for token in tokens:
        words.extend(key_words(token))
        if not words:
            continue
        key = " ".join(words)
        if key in ROLE_OF:
            return True
        if key not in _LABEL_PREFIXES:
            return False
    return False


_DASH_TOKENS = frozenset({"-", "\u2013", "\u2014"})  # alone, or with the total's number
_DIGITS = "0123456789"
_OUTLINE_TOKEN = re.compile(OUTLINE_NUMBER)
_CAPS_LABEL = re.compile(r"^((?:[^\W\d_a-z]{2,}[\s/&]+)+?)(?=[^\W\d_][^\W\d_A-Z])")


def _caps_label(text: str) -> tuple[str, str] | None:
    """ "PREFERRED JOB Communications Officer" → ("PREFERRED JOB", "Communications Officer")."""
    match = _CAPS_LABEL.match(text)
    if match is None:
        return None
    label = match.group(1).strip(" /&")
    return (label, text[match.end() :].strip()) if label else None


def content_x(lines: list[Line]) -> float:
    return Counter(round(line.box.x0) for line in lines).most_common(1)[0][0]


# The first key word of every field label: a row opening with another word has none.
_LABEL_FIRST_WORDS = frozenset(key.split()[0] for key in ROLE_OF if key)
# Every field label's first words, one, two, … up to all of them.
_LABEL_PREFIXES = frozenset(
    " ".join(key.split()[:count]) for key in ROLE_OF for count in range(1, len(key.split()) + 1)
)


def _completions() -> dict[str, str]:
    """The labels of an entry's employer or school and of its position or qualification, by
    each of their shorter beginnings of two words or more that begins no other label."""
    found: dict[str, set[str]] = {}
    for key in ROLE_OF:
        if ROLE_OF[key] is not Role.EMPLOYER and key not in TITLE_ROW_LABELS:
            continue
        words = key.split()
        for count in range(MIN_CUT_LABEL_WORDS, len(words)):
            found.setdefault(" ".join(words[:count]), set()).add(key)
    return {cut: next(iter(keys)) for cut, keys in found.items() if len(keys) == 1}


MIN_CUT_LABEL_WORDS = 2
# A label column's label cut where it wrapped ("Nome e tipo da organização de" over "ensino"):
# the label it begins (the rest of it, in lower case, is passed over as a label's end).
_CUT_LABELS = _completions()


def is_label_layout(lines: list[Line]) -> bool:
    """Several rows open with a field label that only label-column layouts print."""
    labelled = 0
    for line in lines:
        text = line.text.strip()
        first = text.split(maxsplit=1)[0] if text else ""
        if len(first) > 1 and not set(key_words(first)[:1]) & _LABEL_FIRST_WORDS:
            continue  # no field label starts so (letter-spaced ones start with one letter)
        if first in _DASH_TOKENS:
            continue  # "- Built the …": a dash bullet, no label
        found = split_label(text, roles_only=True)
        if found is None or not isinstance(found[1], Role) or found[1] in WEAK_ROLES:
            continue
        labelled += len(heading_key(found[0]).split()) >= 2 or found[1] is Role.DROP
    return labelled >= MIN_LABEL_ROWS


def _join_wrapped_titles(lines: list[Line], column: float) -> list[Line]:
    """A label column's title wrapped after a connecting word, its end on the next row."""
    out: list[Line] = []
    for line in lines:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.box.x1 <= column
            and previous.box.x0 < column - LABEL_GAP
            and line.box.x0 < column - LABEL_GAP
            and ends_open(previous.text)  # "EDUCATION AND" / "TRAINING"
        ):
            box = Box.around((previous.box, line.box))
            out[-1] = Line(
                f"{previous.text} {line.text.strip()}", box, previous.font_size, previous.bold
            )
        else:
            out.append(line)
    return out


def _with(line: Line, text: str) -> Line:
    return Line(text=text, box=line.box, font_size=line.font_size, bold=line.bold)


def read_label_column(lines: list[Line]) -> tuple[list[Line], dict[str, str]]:
    """Rows without their labels (sections opened where a label names one), and basics fields."""
    if not lines or not is_label_layout(lines):
        return lines, {}
    return _read_label_rows(_labels_over_values(lines))


def _labels_over_values(lines: list[Line]) -> list[Line]:
    """A label column whose rows lost their cells (a Word table's "Dates" over "2022 - 2024",
    "Заемана длъжност" over "Финансов анализатор"): each line that is an entry's label (its
    dates, position, qualification, employer or school) and nothing else, joined with the value
    on the line below it."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        text = line.text.strip().lstrip(BULLET_MARKS).strip()
        below = lines[index + 1] if index + 1 < len(lines) else None
        value = below.text.strip() if below is not None else ""
        found = split_label(text, roles_only=True) if value else None
        if (
            below is not None
            and found is not None
            and not found[2]
            and isinstance(found[1], Role)
            and (found[1] in CELLED_ROLES or heading_key(found[0]) in ENTRY_ROW_LABELS)
            and value[:1] not in BULLET_MARKS
            and split_label(value, roles_only=True) is None
        ):
            box = Box.around((line.box, below.box))
            out.append(Line(f"{text}{CELL_GAP}{value}", box, line.font_size, line.bold))
            index += 2
        else:
            out.append(line)
            index += 1
    return out if len(out) < len(lines) else lines


def _read_label_rows(lines: list[Line]) -> tuple[list[Line], dict[str, str]]:
    column = content_x(lines)
    lines = _join_wrapped_titles(lines, column)
    fields: dict[str, str] = {}
    out: list[Line] = []
    anchor: int | None = None  # where an entry's title rows end, for a late employer row
    dated: int | None = None  # where the entry's dates row ends
    awaiting_label = False  # the job applied for was labelled without its value: next row
    kind: Kind | None = None
    for line in lines:
        text = line.text.strip()
        in_label = line.box.x0 < column - LABEL_GAP
        if in_label and line.box.x1 <= column + 2 and text[:1].islower() and "@" not in text:
            continue  # the wrapped end of a label ("field", "classification"), no e-mail
        if in_label and text[:1] in BULLET_MARKS:
            text = text[1:].strip()  # "• Dates (from - to)": old Europass marks its labels
        found = split_label(text) if text[:1] not in BULLET_MARKS else None  # a bullet: content
        if found is not None and not in_label and len(heading_key(found[0]).split()) < 2:
            # A one-word label ("Position", "Dates") only in the label column, or in a cell of
            # its own when it names a field no table heads a column with ("Zamestnávateľ").
            celled = text[len(found[0]) :].startswith(CELL_GAP) and (
                found[1] in CELLED_ROLES or heading_key(found[0]) in ENTRY_ROW_LABELS
            )
            found = found if celled else None
        if in_label and (cut := text.partition(CELL_GAP))[1]:
            whole = _CUT_LABELS.get(heading_key(cut[0]))
            if whole is not None and (found is None or len(found[0]) < len(cut[0])):
                found = (whole, ROLE_OF[whole], cut[2].strip())  # not "Nome" for the name
        if found is None and in_label and line.box.x1 > column:
            caps = _caps_label(text)
            role = label_role(heading_key(caps[0])) if caps is not None else None
            if caps is not None and (role is not None or out):
                # Not the first row's unknown capitals: the document's title before the name
                # ("ŽIVOTOPIS Krešimir Grgić") stays with it.
                wanted = re.search(r"\b(?:job|position|occupation|objective)\b", caps[0], re.I)
                fallback = Role.WANTED if wanted else Role.KEEP
                found = (caps[0], role if role is not None else fallback, caps[1])
        if found is None and awaiting_label and not in_label:
            fields.setdefault("label", text)  # the job applied for, under its label
            awaiting_label = False
            continue
        awaiting_label = False
        if found is None:
            out.append(line)
            continue
        label, role, rest = found
        if isinstance(role, Kind) and rest and not in_label:
            out.append(line)  # "Education Manager at …" in the content column is content
            continue
        if isinstance(role, Kind):
            if role is Kind.CONTACT and rest and "name" not in fields:
                fields["name"] = rest
            kind = role
            out.append(_with(line, label if heading_kind(heading_key(label)) else TITLE_OF[role]))
            if rest:
                out.append(_with(line, rest))
            anchor = dated = None
            continue
        if role is Role.NAME and rest:
            fields.setdefault("name", rest)
        elif role is Role.WANTED:
            if rest:
                fields.setdefault("label", rest)
            awaiting_label = not rest
        elif role is Role.NATIVE and rest:
            if kind is not Kind.LANGUAGES:
                out.append(_with(line, TITLE_OF[Kind.LANGUAGES]))
                kind = Kind.LANGUAGES
            tongues = [f"{item.strip()} (Native)" for item in re.split(r",|/|\band\b", rest)]
            out.append(_with(line, ", ".join(t for t in tongues if t != " (Native)")))
        elif role is Role.GRADE and rest:
            out.append(_with(line, f"Grade: {rest}"))
        elif role is Role.SUBJECT and rest:
            out.append(_with(line, f"Specialisation: {rest}"))
        elif role is Role.EMPLOYER and rest:
            at = anchor if anchor is not None else len(out)
            out.insert(at, _with(line, rest))
            anchor = at + 1
        elif role is Role.KEEP and rest and heading_key(label) in DATE_ROW_LABELS:
            out.append(_with(line, rest))
            anchor = dated = len(out)
        elif role is Role.KEEP and rest and heading_key(label) in TITLE_ROW_LABELS:
            # The position or qualification goes right under the entry's dates, before the
            # employer or school however late it was printed (Bulgarian Europass puts it last).
            at = dated if dated is not None else len(out)
            out.insert(at, _with(line, rest))
            anchor = max(anchor or 0, at + 1)
            dated = at + 1 if dated is not None else None
        elif role is Role.KEEP and rest:
            out.append(_with(line, rest))
        elif role is Role.DROP and heading_key(label) in OTHER_LANGUAGES_LABELS:
            if kind != Kind.LANGUAGES:
                out.append(_with(line, TITLE_OF[Kind.LANGUAGES]))  # the CEFR grid follows
                kind = Kind.LANGUAGES
            if rest:
                out.append(_with(line, rest))  # the languages on the label's row
    return out, fields
