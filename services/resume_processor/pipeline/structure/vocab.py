"""Word lists that tell a job title from an employer and a degree from a school.

Each list names what a class of words *is* (role nouns, legal forms, kinds of organisation),
never particular employers, so it carries over to resumes the rules have not seen.
"""

from __future__ import annotations

import re

from resume_processor.pipeline.structure.fuzzy import alternation, lower, words


def _phrases(text: str) -> frozenset[str]:
    return frozenset(" ".join(item.split()) for item in text.split(",") if item.strip())


# Labels both a label column (`labels`) and a job's or a school's labelled rows (`records`)
# read: the employer, the field of study, the position held and the qualification awarded.
EMPLOYER_LABEL_WORDS = _phrases(
    """employeur, datore di lavoro, arbeitgeber, angajator, εργοδότης, werkgever, pracodawca,
    zaměstnavatel, zamestnávateľ, munkáltató, işveren, poslodavac, delodajalec, työnantaja,
    arbetsgivare, arbejdsgiver, arbeidsgiver, работодатель, роботодавець, angajatorul"""
)
SUBJECT_LABEL_WORDS = _phrases(
    """especialidad, spécialité, specializare, специальность, спеціальність, специалност, smjer,
    kierunek, kierunek studiów, obor, studijní obor, szak, studiengang, studienfach,
    fachrichtung, filière, corso di laurea, studijski program"""
)
POSITION_LABEL_WORDS = _phrases(
    """cargo, должность, stanowisko, beosztás, pozisyon, görev, radno mjesto, tehtävä,
    befattning, stilling, funcția, funcţia, funcția ocupată, funcţia ocupată, postul ocupat,
    албан тушаал"""
)
QUALIFICATION_LABEL_WORDS = _phrases(
    """získaný titul, zvanje, stečeno zvanje, квалификация, кваліфікація, calificarea obținută,
    calificarea obţinută"""
)
# A job written as labelled rows ("Client: Acme Water", "Role: Backend Developer",
# "Location: Leeds"): the label says which field the value is.
LABELLED_FIELD = re.compile(r"^(?P<label>[^\W\d_][\w &/-]{0,30}?)\s*:[\s|]*(?P<value>[^\s|].*)?$")
# Also the Portuguese, Spanish, French, Italian and German labels ("Empresa:", "Cargo:").
EMPLOYER_LABELS = frozenset(
    {"client", "end client", "employer", "company", "organisation", "organization", "customer"}
    | {"empresa", "entreprise", "azienda", "numele angajatorului", "firma", "perusahaan"}
    | {"instansi", "εταιρεία", "bedrijf", "cég", "şirket", "tvrtka", "компания", "организация"}
    | {"компанія", "structure", "organisme", "société", "structure d'accueil"}
    | {"công ty", "đơn vị", "nơi làm việc", "empregador", "entidade", "syarikat", "majikan"}
    | {"şirkət", "müəssisə", "işəgötürən", "компания", "мекеме", "ұйым", "жұмыс орны"}
    | {"арганізацыя", "кампанія", "месца працы", "наймальнік", "байгууллага"}
    | {"კომპანია", "ორგანიზაცია", "დამსაქმებელი", "ընկերություն", "կազմակերպություն"}
    | EMPLOYER_LABEL_WORDS
)
POSITION_LABELS = frozenset(
    {"role", "position", "job title", "title", "designation"}
    | {"função", "funcao", "puesto", "poste", "fonction", "ruolo", "mansione", "postul"}
    | {"poziția", "posisi", "jabatan"}
    | {"позиция", "посада", "длъжност", "позиција", "работна позиција", "θέση", "ρόλος"}
    | {"functie", "pozice", "pozícia", "unvan", "pozicija", "delovno mesto", "tjänst"}
    | {"stelle", "funktion", "posizione", "puesto de trabajo"}
    | {"vị trí", "chức vụ", "cargo", "jawatan", "პოზიცია", "თანამდებობა", "պաշտոն"}
    | {"vəzifə", "лауазымы", "лауазым", "қызметі", "пасада", "албан тушаал"}
    | {"poste occupé", "fonction occupée", "emploi occupé", "cargo ocupado", "puesto ocupado"}
    | POSITION_LABEL_WORDS
)
PLACE_LABELS = frozenset(
    {"location", "place of work", "based", "local", "localidad", "lieu", "luogo", "ort"}
    | {"localitate", "localitatea", "oraș", "ciudad", "city"}
    | {"lokasi", "kota", "lugar", "ubicación", "sede"}
    | {"τοποθεσία", "πόλη", "duty station", "plaats", "miejsce", "místo", "miesto", "şehir"}
    | {"ქალაქი", "քաղաք", "şəhər", "қала", "қаласы", "горад", "хот"}
)
# Nouns and modifiers of job titles. Titles usually end in one of the nouns.
ROLE_NOUNS = words(
    """engineer developer designer scientist manager analyst consultant architect director leader
    lead specialist researcher administrator officer student intern internship writer
    accountant nurse teacher programmer technician coordinator founder co-founder cofounder
    cto ceo cfo coo cio cmo vp head president associate assistant advisor adviser editor
    owner partner principal sre devops fellow postdoc professor lecturer tutor recruiter
    strategist producer marketer representative executive supervisor trainee apprentice
    werkstudent volunteer contractor freelancer freelance chief paralegal chef cook barista
    cashier clerk agent attorney lawyer solicitor barrister counsel physician therapist
    pharmacist electrician mechanic secretary receptionist auditor economist planner buyer
    trader broker banker operator inspector surveyor estimator paramedic midwife dentist
    pilot chemist biologist physicist mathematician statistician journalist reporter
    translator interpreter illustrator animator photographer bartender waiter caregiver
    counselor counsellor librarian curator artist musician instructor coach trainer
    evangelist advocate foreman superintendent dispatcher controller treasurer bookkeeper
    underwriter actuary copywriter tester steward aide hygienist optometrist veterinarian
    scrum mlops sergeant commander lieutenant captain corporal colonel ensign educator
    analista responsabile ingegnere ingeniero ingeniera engenheiro engenheira ingénieur
    ingénieure desarrollador desarrolladora sviluppatore développeur développeuse
    programmatore programador programadora entwickler entwicklerin softwareentwickler
    softwareentwicklerin berater beraterin consulente consultor consultora gerente direttore
    directeur directrice leiter leiterin projektleiter projektleiterin jefe jefa tecnico
    técnico técnica technicien technicienne coordinatore coordinatrice coordinador
    coordinadora coordenador coordenadora progettista referent referentin sachbearbeiter
    sachbearbeiterin assistente asistente especialista specialista stagiaire tirocinante
    becario becaria praktikant praktikantin diseñador diseñadora ricercatore ricercatrice
    investigador investigadora chercheur chercheuse docente professeur profesor profesora
    insegnante enseignant contable comptable contabile buchhalter buchhalterin programista
    kierownik specjalista inżynier analityk księgowa księgowy projektant konsultant inženýr
    inženýrka technolog technoložka konstruktér konstruktérka mistr manažer manažerka ředitel
    ředitelka analytik analytička účetní asistent asistentka programátor vývojář inginer
    analist programator dezvoltator contabil juht arendaja insener analüütik spetsialist
    raamatupidaja analitikas analitikė buhalteris buhalterė vadovas vadovė specialistas
    specialistė inžinierius inžinierė programuotojas programuotoja referent referentica
    voditelj voditeljica koordinator koordinatorica specijalist specijalistica savjetnik
    savjetnica menadžer menadžerica direktor direktorica inženjer inženjerka
    менеджер аналітик бізнес-аналітик розробник розробниця інженер бухгалтер директор
    керівник спеціаліст фахівець консультант програміст тестувальник адміністратор
    разработчик мениджър анализатор счетоводител ръководител специалист инженер
    аналитик bi-аналитик руководитель программист тестировщик администратор дизайнер
    маркетолог бухгалтер"""
) | words(
    lower(
        """uzman uzmanı mühendis mühendisi müdür müdürü sorumlusu yöneticisi asistanı şefi
        danışmanı temsilcisi analisti"""
    )
)
# French, Spanish, Portuguese and Italian role nouns the list above lacks, in both genders.
ROLE_NOUNS |= words(
    """chargé chargée responsable coordinateur coordinatrice gestionnaire commerciale commercial
    conseiller conseillère vendeur vendeuse employé employée consultante analyste apprenti
    apprentie alternant alternante opérateur opératrice préparateur préparatrice magasinier
    magasinière cariste infirmier infirmière formateur formatrice animateur animatrice
    rédacteur rédactrice acheteur acheteuse approvisionneur approvisionneuse planificateur
    planificatrice contrôleur contrôleuse auditeur auditrice assistante directrice
    administrateur administratrice auxiliar contador contadora vendedor vendedora supervisora
    encargado encargada operario operaria cajero cajera mesero mesera administrador
    administradora asesor asesora ejecutivo ejecutiva abogado abogada enfermero enfermera
    docente auxiliare impiegato impiegata addetto addetta commessa commesso operaio operaia
    venditore venditrice assistente tecnica gerente diretor diretora supervisor vendedora
    auxiliar atendente estagiário estagiária advogado advogada enfermeiro enfermeira"""
)
# Words that link a role noun set first to what it covers: "Chargée d'approvisionnement",
# "Jefa de Contabilidad", "Responsabile della produzione".
ROLE_LINKS = words("de d' del della dei degli des du do da em en di of")
ROLE_MODIFIERS = words(
    """senior junior staff lead principal chief head assistant associate deputy graduate
    trainee intern sous registered certified старший ведущий младший главный старши
    младши водещ старший провідний молодший"""
)
ROLE_WORDS = ROLE_NOUNS | ROLE_MODIFIERS
# Legal forms written before the name (a Russian limited company's, "PT Sinar Niaga").
# Russian, Ukrainian, Kazakh, Indonesian and Georgian legal forms set before the name.
LEGAL_PREFIXES = words("ооо оао зао пао ао ип тов прат пат ат pt тоо შპს სს")
LEGAL_SUFFIXES = words(
    """inc inc. incorporated ltd ltd. limited llc l.l.c. llp lp gmbh ag sa s.a. plc corp
    corp. corporation co co. company bv b.v. nv oy oyj ab as a/s asa sp. s.r.l. srl spa s.p.a.
    kg kft pty pte sas sarl co-op coop cooperative o.o. s.c. a.s. s.r.o. d.o.o. s.l. sl s.l.u.
    slu pvt pvt. private kft kft. zrt zrt. nyrt nyrt. bt bt. a.ş. a.ş şti şti. c.v. s.a.p.i.
    uab ab všį доо дооел ehf ehf. hf hf. sh.a. sh.p.k. cjsc ojsc jsc λτδ λτδ. αε α.ε. επε ε.π.ε.
    οε ο.ε. ικε ι.κ.ε. ltda ltda. lda lda. s.a.s. sas. cía cía. eirl e.i.r.l. s.r.l. s.a.c. sac r.l.
    ххк хк սպը բբը փբը жшс ақ"""
)
ORGANISATION_WORDS = LEGAL_SUFFIXES | words(
    """labs lab technologies technology systems group bank solutions software health
    healthcare studio studios partners consulting capital ventures media games foods
    logistics analytics networks industries holdings agency foundation institute university
    hospital clinic research pharma energy motors airlines insurance financial council
    ministry department authority school college academy trust hotels hotel restaurant
    publishing press retail stores store traders trading architects associates advisory
    services international global biotech therapeutics dairy transit bureau office center
    centre society association federation church museum library union credit"""
)
# Words naming a school, as regular expressions; grouped by their first letter below, so a
# search tries a couple of them at each word, not all.
_SCHOOL_WORDS = r"""
    universit\w* universidad\w* universidade universit[aà] college institut\w* facult[eé]
    facultad faculdade facoltà
    school academy polytechnic politecnico ecole école escuela escola conservato\w* hogeschool
    universiteit högskola uniwersytet politechnika egyetem üniversitesi lisesi fakültesi
    yüksekokulu univerzit\w* vysoká\sškola škola akademia szkoła wyższa scoil col[aá]iste
    gaelcholáiste gaelscoil kõrgkool gümnaasium universitetas kolegija gimnazija politeknik
    sekolah fakultet\w* sveučiliš\w* veleučiliš\w* університет\w* інститут\w* академі\w*
    коледж\w* політехнік\w* ліце\w* университет\w* колеж\w* гимназия академия\w*
    институт\w* seminary gymnasium lyc[eé]e sciences\spo insead eth epfl
    kth mit ucl tu iit campus colegio liceo liceu cpge univerz\w* факултет\w* факультет\w*
    универзитет\w* acad[eé]mie háskól\w*
    πανεπιστήμιο\w* πανεπιστημιο\w* πολυτεχνείο\w* πολυτεχνειο\w* ακαδημία\w*
    უნივერსიტეტ\w* ინსტიტუტ\w* აკადემი\w* համալսարան\w* ինստիտուտ\w* ակադեմիա\w*
    akademiyas\w* institutu\w* főiskola\w* prifysgol coleg kolej unibertsitate\w*
    універсітэт\w* інстытут\w* đại\shọc học\sviện chuo\skikuu сургууль\w*"""


INSTITUTION = re.compile(
    rf"(?:\b(?:{alternation(_SCHOOL_WORDS.split())}|(?-i:SM[AKP]N?))"
    # the last part of a compound: "Fachhochschule", "Ammattikorkeakoulu", "Tartu Ülikool"
    r"|(?:schule|korkeakoulu|yliopisto|lukio|ülikool|skóli|skólinn|skole|skolen|skola|skolan))\b",
    re.IGNORECASE,
)
_DEGREE_FORMS = (
    # French masters and licences by their kind or year first ("Master professionnel",
    # "Mastère spécialisé", "Licence professionnelle").
    r"(?:Mast[eè]re?\s+(?:professionnel|recherche|sp[ée]cialis[ée])|Master\s+(?:[12]|I{1,2})|"
    r"Licence\s+(?:professionnelle|fondamentale|appliqu[ée]e)|"
    r"(?:associate|bachelor|master|doctor)(?:'s|\u2019s)?(?:\s+degree)?"
    r"(?:\s+of\s+(?:[A-Z][\w]*)(?:\s+(?:and\s+)?(?!in\b)[A-Z][\w]*)?)?"
    r"(?:(?<=Honours)|(?<=Honors)|\s+\(?Hon(?:ou)?rs\)?)?(?:\s+Degree)?"  # "… Honours Degree"
    r"|(?:Advanced|Ordinary|A|O)[\s-]Levels?(?:\s+Certificate)?"
    r"|[BM]\.?\s?(?:Sc|S|A|Eng|Ed|Tech|Des|Arch|Phil|FA|BA|Com|Mus|Res|Math)\.?"
    r"|Ph\.?\s?D\.?|D\.?Phil\.?|E?M\.?B\.?A\.?|M\.?P\.?[HA]\.?|MD|J\.?D\.?|LL\.?[BM]\.?|A\.?A\.?S?\.?|A\.S\.|"
    r"Diplom\w*|"
    # Luxembourg's and Belgium's school-leaving diplomas
    r"Dipl[ôo]me\s+de\s+fin\s+d['\u2019][ée]tudes\s+secondaires"
    r"(?:\s+(?:classiques|g[ée]n[ée]rales|techniques|sup[ée]rieures))?|"
    r"Licence|Licenciatura|Licen[țţ][ăa]|Doctorat|Abitur|A-Levels?|GCSEs?|High School Diploma|"
    r"GED|HND|"
    # school-leaving certificates by their initials: Botswana's, Kenya's, West Africa's, …
    r"(?-i:[BI]GCSE|KCSE|KCPE|MSCE|UACE|UCE|WASSCE|SSCE|BECE|ACSEE|CSEE|JCE)|"
    # and francophone Africa's lower-secondary and vocational ones
    r"(?-i:BEPC|BFEM|CEPE|CFEE|CAP|BEP|DEF)|"
    r"Mag[ií]ster(?:\s+in[zż]ynier)?|"
    r"Mestrado|Laurea(?:\s+(?:Magistrale|Triennale|Specialistica))?|"
    r"(?:Postgraduate|Graduate|Higher|Advanced|National|Higher National)\s+Diploma|"
    r"(?:Postgraduate|Graduate|Higher|National(?:\s+Senior)?|Senior)\s+Certificate|"
    r"(?:West African\s+)?(?:Senior|Secondary|Primary)\s+School\s+(?:Leaving\s+)?Certificate|"
    r"(?:Higher|Cambridge)\s+School\s+Certificate|(?:[^\W\d_]+\s+){1,3}School\s+Certificate(?!\s+of\b)|"
    r"(?:[^\W\d_]+\s+){0,3}Form\s+(?:Seven|Six|Five|Four|[4-7])\s+Certificate|"
    r"Certificate\s+(?:IV|I{1,3})(?![\w])|"  # the Australian and Pacific levels
    # "Vanuatu Senior Secondary Certificate", "Pacific Senior Secondary Certificate"
    r"(?:[^\W\d_]+\s+){1,2}(?:Senior\s+|Junior\s+)?Secondary\s+(?:Leaving\s+)?Certificate|"
    # national school-leaving certificates: "Kenya Certificate of Secondary Education",
    # "Malawi School Certificate of Education", "Fiji Year 13 Certificate"
    r"(?:[^\W\d_]+\s+){1,2}(?:(?:Advanced|School|Junior|Senior|Primary|Secondary)\s+)?"
    r"Certificate\s+of\s+(?:(?:Secondary|Primary)\s+)?Education|"
    r"(?:[^\W\d_]+\s+)?(?:Year|Form|Grade)\s+\d{1,2}\s+Certificate|"
    r"Foundation Degree|Bacharelado|Bacharel|Tecn[oó]logo|Baccalaur[ée]at|"
    r"(?:Leaving|Junior)\s+Cert(?:ificate)?|"
    r"(?:Bachelor|Master|Doktorats|Magister)studium|Reife- und Diplomprüfung|Reifeprüfung|Matura|"
    r"Especializaci[oó]n|Especialista|Maestr[ií]a|Doctorado|Profesional|T[eé]cnico|"
    r"Magistrikraad|Bakalaureusekraad|Doktorikraad|Rakenduskõrgharidus|"
    r"(?:Magistro|Bakalauro|Daktaro|Profesinio bakalauro)\s+laipsnis|"
    r"Certificate|Doctorate|[BM]\.?A\.?Sc\.?|B\.E\.|M\.E\.|HSC|SSC|Grado|Grau|Licenciad[oa]|"
    r"M[aàá]ster(?:\s+universitari[oa]?)?|"
    r"Bachiller|Ingenier[oa]|Contador(?:a)?\s+P[úu]blic[oa]|Enseñanza\s+Media|Educación\s+Media|"
    r"SLC|SEE|\+2(?=\s|$)|Intermediate|Matriculation|"
    r"G\.?\s?C\.?\s?E\.?\s+(?:Advanced|Ordinary)\s+Level(?:\s+Examination)?|"
    r"(?:Professionele|Academische)\s+bachelor|Secundair\s+onderwijs|"
    # a Swiss apprenticeship: "Kaufmännische Grundbildung EFZ"
    r"(?:[^\W\d_]+\s+){1,2}(?-i:EFZ|EBA)|"
    r"Staatsexamen|HBO(?:[-\s](?:bachelor|master))?|MBO|licencjat|in[zż]ynier|"
    r"Civilingenj[oö]r|H[oö]gskoleingenj[oö]r|\w+examen|Bc\.|Ing\.|Mgr\.|"
    r"\w+\s+(?:maisteri|kandidaatti)|Insinööri|Tradenomi|Ylioppilas(?:tutkinto)?|"
    r"(?:Yüksek\s+|Ön\s+)?Lisans|Doktora|"
    r"(?-i:[SD][1-4])(?!\.\w)|"  # Indonesian "S1" (bachelor), "D3" (diploma); not "D3.js"
    # Croatian, with the subject's genitive that names the degree: "magistar ekonomije"
    r"(?:sveučilišn[ia]\s+|stručn[ia]\s+)?(?:prvostupni(?:k|ca)|magist(?:ar|ra))"
    r"(?:\s+(?-i:[a-zčćđšž]+[ae]))?|"
    r"Магістр|Бакалавр|Молодший\s+бакалавр|Спеціаліст|Доктор\s+філософії|"
    r"Бакалавър|Магистър|Професионален\s+бакалавър|Доктор|Магистр|Специалист|"
    # Slovenian, Macedonian and Icelandic degrees and school-leaving exams
    r"(?:univerzitetn[aio]\s+)?diplomiran[aio]?(?:\s+\w+)?|magist(?:er|rica)|"
    # "Univerzitetni študijski program 1. stopnje": a Slovenian programme by its cycle
    r"(?:univerzitetni|visokošolski\s+strokovni|magistrski|doktorski)\s+(?:študijski\s+)?program"
    r"(?:\s+[123]\.\s+stopnje)?|"
    r"(?:splošna|poklicna)\s+matura|Магистер|Дипломиран[аои]?(?:\s+инженер)?|\w+próf|"
    # Greek, Georgian, Armenian, Azerbaijani, Belarusian, Latvian, Albanian, Danish, Norwegian,
    # Dutch, Hungarian, Czech, French, Québec, Italian, Spanish, Portuguese, Malay, Swahili and
    # Vietnamese degrees and school-leaving exams
    r"Πτυχίο|Μεταπτυχιακό(?:\s+Δίπλωμα(?:\s+Ειδίκευσης)?)?|Διδακτορικό(?:\s+Δίπλωμα)?|"
    r"Δίπλωμα|ბაკალავრ\w*|მაგისტრ\w*|დოქტორ\w*|բակալավր\w*|մագիստրոս\w*|"
    r"bakalavr\w*(?:\s+pill[əe]si)?|magistr\w*(?:\s+pill[əe]si)?|fəlsəfə\s+doktoru|Бакалаўр|Магістр|"
    r"(?:profesionāl(?:ā|ais)\s+)?(?:bakalaura|maģistra)\s+grāds|Bakalaurs|Maģistrs|"
    r"Master\s+(?:Shkencor|Profesional)|Diplomë|bachelorgrad|mastergrad|"
    r"cand\.\s?\w+\.?|Kandidat(?:grad)?|VWO|HAVO|VMBO|(?:WO|HBO)[-\s](?:bachelor|master)|"
    r"(?:főiskolai|egyetemi)\s+(?:diploma|oklevél)|érettségi|Maturit[aà]|"
    r"BTS|DUT|DEUG|DESS|DEA|Ma[îi]trise|Baccalauréat|"
    r"Dottorato(?:\s+di\s+ricerca)?|Master\s+di\s+[I]+\s+livello|"
    r"Bachillerato|T[eé]cnico\s+Superior|Doutorado|Doutoramento|P[óo]s[-\s]gradua[çc][ãa]o|"
    r"Ensino\s+(?:M[ée]dio|Secund[áa]rio)|Ijazah(?:\s+Sarjana(?:\s+Muda)?)?|"
    r"SPM|STPM|Shahada(?:\s+ya\s+\w+)?|Stashahada|Cử\s+nhân|Kỹ\s+sư|Thạc\s+sĩ|Tiến\s+sĩ|"
    # Indian school-leaving levels ("Class XII", "12th", "Std. X") and postgraduate diplomas
    r"(?:Class|Std\.?|Standard)\s+(?:XII|X|10|12)(?:th)?|(?:10|12)th(?:\s+Standard)?|"
    # Mozambican and Angolan school years: "12ª Classe", "10.ª classe"
    r"1[0-3]\.?\s?ª\s+[Cc]lasse|1[0-2]\.?\s?º\s+[Aa]no(?:\s+de\s+[Ee]scolaridade)?|"
    r"PGDM|PGDBA|PG\s?Diploma)"
    r"(?![\w])"
)
# A degree, or two a portal joins with a slash ("B.Tech/B.E. Computers").
DEGREE = re.compile(
    rf"^{_DEGREE_FORMS}(?:\s*/\s*{_DEGREE_FORMS})?",
    re.IGNORECASE,
)
# A grade and its figure: "GPA: 3.8/4.0", "Grade: 9,1", "Voto: 110".
SCORE = re.compile(
    r"\b(?:c?gpa|grade|score|note|mark|voto|nota|ipk|m[ée]dia(?:\s+final)?"
    r"|classifica[çc][ãa]o(?:\s+final)?)\s*:?\s*"
    r"(\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?)",
    re.IGNORECASE,
)
# A grade in words under its label: "Mention : Assez Bien", "Xếp loại: Khá".
GRADE_IN_WORDS = re.compile(
    r"^(?:mention|appréciation|xếp\s+loại)\s*:\s*(?P<grade>[^\W\d_][^\d:]{0,30})$", re.IGNORECASE
)
# Endings of one-word titles: English role nouns ("Physiotherapist"), and the role nouns
# Scandinavian titles are compounds of ("Prosjektleder", "Inköpschef").
ROLE_ENDINGS: tuple[str, ...] = (
    "ist",
    "ician",
    "ologist",
    "grapher",
    "smith",
    "leder",
    "ledare",
    "ingeniør",
    "ingenjör",
    "rådgiver",
    "rådgivare",
    "konsulent",
    "utvikler",
    "utvecklare",
    "sjef",
    "chef",
    "ansvarig",
    "ansvarlig",
    "analytiker",
    "vezető",
    "mérnök",
    "szakértő",
    "munkatárs",
    "elemző",
    "arendaja",
    "juht",
)
# A grade after a title: "Engineer II", "Analyst 3", "Nurse I".
GRADE_MARKS = frozenset({"i", "ii", "iii", "iv", "v", "1", "2", "3", "4"})
# Where the work is done, when a resume names no city.
WORK_MODES = re.compile(r"^(?:remote|hybrid|on-?site|remote \(.*\)|various)$", re.IGNORECASE)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w&.'/-]+", lower(text))


def role_score(text: str) -> float:
    """How much a fragment reads as a job title: role words, most of all a closing role noun."""
    tokens = [token.strip(".") for token in _tokens(text)]
    if len(tokens) > 1 and tokens[-1] in GRADE_MARKS:
        tokens.pop()  # "Software Engineer II": the grade after the title's noun
    if not tokens:
        return 0.0
    score = sum(token in ROLE_WORDS for token in tokens) * 1.0
    if tokens[-1] in ROLE_NOUNS or tokens[0] in {"head", "chief", "director", "vp", "vedoucí"}:
        score += 1.0
    elif len(tokens) > 1 and tokens[0] in ROLE_NOUNS and _linked(tokens[1]):
        score += 1.0  # the Romance order, the role noun first
    elif len(tokens) <= 3 and tokens[-1].endswith(ROLE_ENDINGS):
        score += 1.0  # "Physiotherapist", "Radiologist", "Dietician"
    return score


def _linked(token: str) -> bool:
    return token in ROLE_LINKS or token.startswith(("d'", "d\u2019", "l'"))


def organisation_score(text: str) -> float:
    """How much a fragment reads as an employer: legal forms, kinds of organisation, "&"."""
    tokens = _tokens(text)
    if not tokens:
        return 0.0
    score = sum(token in ORGANISATION_WORDS for token in tokens) * 1.0
    score += 1.5 if tokens[-1] in LEGAL_SUFFIXES or tokens[0] in LEGAL_PREFIXES else 0.0
    score += 0.5 if "&" in text else 0.0
    score += 1.0 if INSTITUTION.search(text) else 0.0
    return score
