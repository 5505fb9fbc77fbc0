"""Section headings (with their common variants) and splitting a document's lines by them."""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from resume_processor.pipeline.layout import CELL_GAP, LayoutDocument, Line, Page
from resume_processor.pipeline.structure.dates import DURATION_UNITS, MONTH_UNITS
from resume_processor.pipeline.structure.fuzzy import TitleIndex, fold, lower, words


class Kind(StrEnum):
    SUMMARY = "summary"
    WORK = "work"
    EDUCATION = "education"
    SKILLS = "skills"
    PROJECTS = "projects"
    CERTIFICATES = "certificates"
    LANGUAGES = "languages"
    CONTACT = "contact"
    OTHER = "other"


def _titles(text: str) -> frozenset[str]:
    """Titles as `heading_key` gives them: "EDV-Kenntnisse" is "edv kenntnisse"."""
    return frozenset(
        " ".join(item.replace("-", " ").split()) for item in text.split(",") if item.strip()
    )


TITLES: dict[Kind, frozenset[str]] = {
    Kind.SUMMARY: _titles(
        """summary, profile, about, about me, objective, career objective, professional
        summary, professional profile, personal profile, career summary, executive summary,
        overview, introduction, personal statement, profil, profiili, perfil, profiel, profilo,
        kurzprofil, zusammenfassung, sammanfattning, resumen, o mnie, podsumowanie, hakkimda,
        özet, kariyer hedefi, obiectiv profesional, obiectiv, despre mine, lühitutvustus, apie
        mane, perfil profesional, job objective, job intention, self evaluation, self assessment,
        ringkasan diri, ringkasan, profil diri, tentang saya,
        o meni, o sebi, profil kandidata, про себе, мета, профіль, коротко про себе,
        за мен, профил, резюме на профила,
        обо мне, о себе, цель,
        kratka predstavitev, um mig, par mani, за мене,
        objetivo, objetivo profesional, objetivo profissional, resumo, resumo profissional,
        perfil profissional, sobre mim, sobre mí, acerca de mí, perfil personal, à propos,
        à propos de moi, profil professionnel, objectif, objectif professionnel, über mich,
        persönliches profil,
        obiettivo, obiettivo professionale, profilo professionale, profilo personale, chi sono,
        over mij, persoonlijk profiel, samenvatting, om meg, sammendrag, tietoa minusta,
        bemutatkozás, szakmai összefoglaló, rólam, célkitűzés, o mně, o mne, shrnutí, cel zawodowy,
        profil zawodowy, προφίλ, σχετικά με εμένα, περίληψη, επαγγελματικό προφίλ, στόχος, о мени,
        лични профил, haqqimda, peşəkar profil, xülasə, məqsəd, ჩემ შესახებ, პროფილი, შეჯამება,
        իմ մասին, ամփոփում, objektif, objektif kerjaya, mục tiêu nghề nghiệp, giới thiệu bản thân,
        oor my, profila, sobre min, sobre mi, objectiu, profiil, minust,
        пра сябе, өзім туралы, profili, rreth meje, përmbledhje, профиль"""
    ),
    Kind.WORK: _titles(
        """experience, work experience, professional experience, employment, employment
        history, work history, career history, career, relevant experience, experiences,
        professional background, industry experience, positions, work, appointments,
        academic appointments, professional appointments, academic positions, positions held,
        academic employment, employment and appointments, berufserfahrung,
        berufliche erfahrung, arbeitserfahrung, praxiserfahrung, expérience professionnelle,
        expériences professionnelles, expérience, expériences, experiencia, experiencia
        profesional, experiencia laboral, werkervaring, werkervaringen, arbetslivserfarenhet,
        arbetserfarenhet, yrkeserfarenhet, esperienza professionale, esperienze lavorative,
        experiência profissional, doświadczenie zawodowe, doświadczenie, przebieg pracy,
        historia zatrudnienia, contract history, contracts, contract roles, contract experience,
        engagements, selected engagements, assignments, arbeidserfaring, yrkeserfaring,
        erfaring, arbejdserfaring, erhvervserfaring, pracovní zkušenosti, pracovní praxe,
        profesní zkušenosti, praxe, zaměstnání, pracovné skúsenosti, työkokemus, työhistoria,
        szakmai tapasztalat, munkatapasztalat, iş deneyimi, iş deneyimleri, iş tecrübesi,
        deneyim, tecrübe, mesleki deneyim, profesyonel deneyim, experiență profesională,
        experiență, experiența profesională, töökogemus, töökogemused, darbo patirtis,
        pengalaman kerja, pengalaman, riwayat pekerjaan, pengalaman bekerja,
        radno iskustvo, iskustvo, profesionalno iskustvo, radno iskustvo i praksa, досвід роботи,
        досвід, трудова діяльність, професійний досвід, internship, internships, internship
        experience,
        трудов стаж, професионален опит, трудов опит, опит,
        опыт работы,
        delovne izkušnje, starfsreynsla, experiència professional, experiència laboral,
        experiència, darba pieredze, работно искуство, përvoja e punës, përvoja profesionale,
        esperienza lavorativa, esperienze professionali, esperienza, esperienze, percorso
        professionale, trayectoria profesional, historial laboral, antecedentes laborales,
        experiencia de trabajo, experiências profissionais, experiência, histórico profissional,
        trajetória profissional, parcours professionnel, emplois, expérience de travail,
        expériences de travail, beruflicher werdegang, werdegang, berufspraxis, praktische
        erfahrung, berufliche laufbahn, berufliche stationen, berufstätigkeit, loopbaan,
        beroepservaring, professionele ervaring, werkervaring en stages, erfarenhet, anställningar,
        tidigare anställningar, joberfaring, beskæftigelse, ansættelser, arbeidspraksis, työpaikat,
        munkahelyek, szakmai gyakorlat, tapasztalat, historia pracy, experiență de muncă,
        επαγγελματική εμπειρία, εργασιακή εμπειρία, εμπειρία, προϋπηρεσία, професионално
        искуство, искуство, iş təcrübəsi, təcrübə, peşəkar təcrübə, სამუშაო გამოცდილება,
        გამოცდილება, პროფესიული გამოცდილება, աշխատանքային փորձ, մասնագիտական փորձ, вопыт працы,
        жұмыс тәжірибесі, ish tajribasi, mehnat faoliyati, pengalaman pekerjaan, kinh nghiệm làm
        việc, kinh nghiệm, uzoefu wa kazi, werkservaring, esperjenza tax xogħol, profiad gwaith,
        lan esperientzia, profesinė patirtis, profesionālā pieredze, eksperienca e punës,
        eksperienca profesionale, përvoja, трудовая деятельность, профессиональный опыт, опыт"""
    ),
    Kind.EDUCATION: _titles(
        """education, academic background, academics, education and training, qualifications,
        academic qualifications, educational qualifications, educational qualification,
        academic qualification, educational background, studies, ausbildung, bildungsweg,
        schulbildung, studium, formation, formations, éducation, formation académique, études,
        educación, formación, formación académica, estudios, opleiding, opleidingen,
        utbildning, istruzione, istruzione e formazione, formação, formação académica, schooling,
        wykształcenie, edukacja, utdanning, utdannelse, uddannelse, vzdělání, vzdelanie, koulutus,
        tanulmányok, végzettség, eğitim, eğitim bilgileri, eğitim durumu, öğrenim, educație și
        formare, educație, studii, educație și formare profesională, haridus, išsilavinimas,
        pendidikan, pendidikan formal, riwayat pendidikan,
        obrazovanje, obrazovanje i osposobljavanje, освіта, навчання,
        aus und weiterbildung, ausbildung und weiterbildung,
        образование и обучение, образование,
        высшее образование,
        izobraževanje, menntun, formació acadèmica, formació, izglītība, arsimi dhe trajnimi,
        arsimi, arsimimi,
        formazione, titoli di studio, percorso formativo, studi, formazione accademica,
        estudios realizados, historial académico, educación y formación, formação acadêmica,
        educação, educação e formação, escolaridade, habilitações literárias, habilitações
        académicas, diplômes,
        diplômes et formations, formations et diplômes, parcours académique, cursus, scolarité,
        akademischer werdegang, schulische ausbildung, hochschulbildung, bildung, onderwijs,
        utbildningar, uddannelser, opinnot, koulutustausta, iskolai végzettség, képzettség,
        oktatás, εκπαίδευση, σπουδές, ακαδημαϊκή εκπαίδευση, εκπαίδευση και κατάρτιση, образовање,
        образовање и оспособљавање, təhsil, განათლება, կրթություն, адукацыя, білімі, білім,
        kelayakan akademik, latar belakang pendidikan, học vấn, trình độ học vấn, elimu,
        edukazzjoni, addysg, ikasketak, prestakuntza, estudos, estudis, educació, edukimi"""
    ),
    Kind.SKILLS: _titles(
        """skills, technical skills, key skills, core skills, core competencies, competencies,
        technologies, tools, tech stack, expertise, skills and tools, tools and technologies,
        technical expertise, areas of expertise, programming languages, skill set, skillset,
        kenntnisse, fähigkeiten, kompetenzen, fachkenntnisse, compétences, compétences
        techniques, competencias, habilidades, conocimientos, vaardigheden, competenties,
        kompetenser, färdigheter, kunskaper, competenze, personal skills, personal skills and
        competences, competências pessoais, competencias personales, compétences personnelles,
        competenze personali, persönliche fähigkeiten, persönliche kompetenzen, competențe
        personale, persoonlijke vaardigheden, competências digitais, compétences numériques,
        competenze digitali, job related skills, digital skills, computer skills, competenze
        informatiche, competenze tecniche, conoscenze informatiche, competencias técnicas,
        compétences informatiques, competências, competências técnicas, edv-kenntnisse,
        it-kenntnisse, umiejętności, kompetencje, umiejętności techniczne, informática,
        conocimientos informáticos, competencias digitales, herramientas, it-kunnskaper,
        kunnskaper, ferdigheter, kompetanse, nøkkelkompetanse, kompetencer, it-kompetencer,
        færdigheder, počítačové znalosti, dovednosti, znalosti, zručnosti, osaaminen, taidot,
        számítógépes ismeretek, készségek, conhecimentos, conhecimentos em informática,
        conhecimentos técnicos, habilidades técnicas, computer literacy, computer proficiency,
        bilgisayar bilgisi, bilgisayar becerileri, beceriler, yetenekler, yetkinlikler,
        teknik beceriler, skills competencies, skills and competencies, skills and abilities,
        strengths, key strengths, core strengths, competențe digitale, competențe, competențe
        tehnice, aptitudini, abilități, arvutioskused, oskused, įgūdžiai, kompiuteriniai
        įgūdžiai, keahlian, keterampilan, kemampuan, keahlian komputer,
        vještine, digitalne vještine, računalne vještine, kompetencije, računalne kompetencije,
        професійні навички, навички, ключові навички, комп ютерні навички, технічні навички,
        лични умения и компетенции, умения и компетенции, умения, компетенции, технически умения,
        технически умения и компетенции, компютърни умения и компетенции, компютърни умения,
        ключевые навыки, навыки, профессиональные навыки, компьютерные навыки,
        znanja in kompetence, znanja, tölvukunnátta, coneixements, coneixements informàtics,
        počítačové zručnosti, datorprasmes, prasmes, технички вештини, вештини, aftësitë
        personale, aftësitë, aftësi kompjuterike,
        capacità e competenze personali, competenze personali, aptitudes,
        destrezas, aptidões, savoir faire, connaissances, connaissances informatiques,
        informatique, qualifikationen, fachliche kompetenzen, besondere kenntnisse, sonstige
        kenntnisse, kennis, ict vaardigheden, computervaardigheden, tietotekniset taidot, ismeretek,
        képességek, kompetenciák, informatikai ismeretek, δεξιότητες, ικανότητες, γνώσεις,
        τεχνικές δεξιότητες, ψηφιακές δεξιότητες, компетенције, знања, рачунарске вештине,
        vještine i kompetencije, računarske vještine, informatička znanja, bacariqlar, kompüter
        bilikləri, biliklər, texniki bacariqlar, peşəkar bacariqlar, უნარები, უნარ ჩვევები,
        კომპიუტერული უნარები, ტექნიკური უნარები, კომპეტენციები, հմտություններ, համակարգչային
        հմտություններ, навыкі, дағдылар, kemahiran, kemahiran komputer, kỹ năng, kĩ năng, ujuzi,
        vaardighede, ħiliet, sgiliau, trebetasunak, gaitasunak, habilitats, competències"""
    ),
    Kind.PROJECTS: _titles(
        """projects, personal projects, selected projects, side projects, key projects,
        open source, open source projects, academic projects, project experience, projekte,
        projets, proyectos, projecten, projekt, projekty, projeler,
        projekti, проєкти, проекти,
        progetti, projetos, projekter, prosjekter, projektit, projektek, proiecte, έργα,
        пројекти, layihələr, პროექტები, նախագծեր, projek, dự án, projektai, projektid,
        projektet, projectes, проекты"""
    ),
    Kind.CERTIFICATES: _titles(
        """certifications, certificates, certification, licenses, licenses and
        certifications, certifications and licenses, licences, licences and certifications,
        professional certifications, courses and certifications, zertifikate,
        zertifizierungen, certificats, certificaciones, certificados, certificaten,
        certifikat, certifieringar, certificazioni, certyfikaty, kursy i certyfikaty,
        professional qualifications, sertifikalar, sertifikalar ve kurslar, licensure,
        licensure and certifications, certifications and licensure, sertifikasi, sertifikat,
        pelatihan, pelatihan and sertifikasi, pelatihan dan sertifikasi,
        tečajevi i certifikati, certifikati, tečajevi, сертифікати, курси, курси та сертифікати,
        курси і сертифікати,
        сертификати, курсове и сертификати,
        повышение квалификации курсы, повышение квалификации, курсы, дополнительное
        образование, дополнительное образование курсы, курсы и сертификаты, курсы и тренинги,
        қосымша білім, қосымша білім курстар, курстар, курстар мен сертификаттар,
        corsi, corsi e certificazioni, attestati, cursos, cursos y certificaciones,
        formación complementaria, certificações, cursos complementares, formação
        complementar, formações complementares, formations
        complémentaires, stages et formations complémentaires, stages et formations,
        formations et stages, formation continue, formations continues, formations et
        certificats, certificats et formations, formations et certifications, weiterbildung,
        weiterbildungen, fort und weiterbildung, fortbildungen,
        kurse, schulungen, cursussen, certificeringen, kurser, certificeringer, kurs,
        sertifiseringer, sertifikater, sertifikaatit, kurssit, lisäkoulutus, tanúsítványok,
        képesítések, tanfolyamok, továbbképzések, képzések, certifikáty, kurzy, školení, szkolenia,
        kursy, kursy i szkolenia, szkolenia i kursy, certificări, cursuri, πιστοποιήσεις,
        σεμινάρια, курсеви, sertifikati, kursevi, seminari i kursevi, sertifikatlar, təlimlər,
        სერტიფიკატები, ტრენინგები, კურსები, հավաստագրեր, դասընթացներ, sijil, sijil profesional,
        chứng chỉ, sertifikate, kursusse, certificacions, sertifikatai, kursai, sertifikāti,
        kursi, sertifikaadid, koolitused, kursused, certifikata, trajnime"""
    ),
    Kind.LANGUAGES: _titles(
        """languages, language skills, spoken languages, sprachen, sprachkenntnisse, langues,
        languages known, languages spoken, idiomas, talen, talenkennis, språk, språkkunskaper,
        lingue, línguas, competenze linguistiche, conoscenze linguistiche, competencias
        lingüísticas, compétences linguistiques, idiomi, języki obce, języki, znajomość języków,
        sprog, sprogkundskaber, jazykové znalosti, jazyky, znalost jazyků, kielitaito,
        nyelvismeret, nyelvtudás, yabanci dil, yabanci diller, diller, dil bilgisi, limbi
        cunoscute, limbi străine, competențe lingvistice, keeleoskus, kalbos, kalbų žinios,
        bahasa, kemampuan bahasa, penguasaan bahasa,
        strani jezici, jezici, poznavanje jezika, znanje jezika, знання мов, мови, іноземні мови,
        володіння мовами,
        езици, езикови умения, чужди езици,
        знание языков, языки, иностранные языки,
        jeziki, znanje jezikov, tungumál, tungumálakunnátta, idiomes, valodu prasmes, valodas,
        јазици,
        fremdsprachen, kielet, idegen nyelvek, γλώσσες, ξένες γλώσσες, γνώση ξένων γλωσσών,
        језици, страни језици, познавање језика, dillər, dil bilikləri, xarici dillər, ენები,
        უცხო ენები, ენების ცოდნა, լեզուներ, լեզուների իմացություն, мовы, тілдер,
        тілдерді меңгеруі, ngoại ngữ,
        ngôn ngữ, lugha, tale, lingwi, ieithoedd, hizkuntzak, linguas, gjuhët, gjuhë të huaja,
        lingue straniere, idiomes, línguas estrangeiras"""
    ),
    Kind.CONTACT: _titles(
        """contact, contact information, contact details, personal details, personal information,
        kontakt, persönliche daten, coordonnées, informations personnelles, contacto, datos
        personales, contactgegevens, personalia, kontaktuppgifter, dati personali, informazioni
        personali, contatti, dados pessoais, informação pessoal, informações pessoais,
        información personal, dane osobowe, dane kontaktowe, personuppgifter,
        kontaktinformasjon, personlige opplysninger, personlige oplysninger, osobní údaje,
        kontaktní údaje, osobné údaje, henkilötiedot, yhteystiedot,
        személyes adatok, kişisel bilgiler, iletişim, iletişim bilgileri, personal data,
        personal particulars, bio data, biodata, date personale, informații personale,
        isikuandmed, kontaktai, asmeninė informacija, data pribadi, data diri, kontak,
        osobni podaci, контакти, контактна інформація, особисті дані,
        особиста інформація,
        лична информация, лични данни,
        контактная информация, личная информация,
        osebni podatki, upplýsingar, persónuupplýsingar, dades personals, personas dati,
        лични податоци, informacioni personal, të dhëna personale,
        recapiti, información personal, datos de contacto, información de contacto, contato,
        contatos, informações pessoais, dados de contato, état civil, kontaktdaten, persönliche
        angaben, angaben zur person, zur person, persoonlijke gegevens, persoonsgegevens,
        personliga uppgifter, kontaktoplysninger, elérhetőség, elérhetőségek, kontaktné údaje,
        date de contact, προσωπικά στοιχεία, στοιχεία επικοινωνίας, επικοινωνία, лични подаци,
        контакт, lični podaci, kontakt podaci, lične informacije, şəxsi məlumatlar, əlaqə,
        əlaqə məlumatları, პირადი ინფორმაცია, საკონტაქტო ინფორმაცია, კონტაქტი, პირადი
        მონაცემები, անձնական տվյալներ, կոնտակտային տվյալներ, асабістая інфармацыя, кантакты,
        maklumat peribadi, butiran peribadi, maklumat diri, thông tin cá nhân, thông tin liên hệ,
        taarifa binafsi, persoonlike besonderhede, kontakbesonderhede, dettalji personali,
        manylion personol, datu pertsonalak, datos persoais, contacte, kontaktai, asmeniniai
        duomenys, kontaktinė informacija, kontaktinformācija, kontaktandmed, kontakti,
        të dhënat personale, личные данные, контакты"""
    ),
    Kind.OTHER: _titles(
        """other information, other informations, general information, other details, other
        info, interests, hobbies, publications, awards, honors, honours, achievements, references,
        volunteering, volunteer experience, patents, talks, invited talks, research, selected
        honors, awards and honors, honors and awards, activities, extracurricular activities,
        leadership, memberships, affiliations, courses, coursework, training, conferences,
        additional information, interessen, hobbys, centres d intérêt, intereses, intressen,
        zainteresowania, referanser, referencer, referenser, interesser, fritidsinteresser,
        referanslar, hobiler, ilgi alanlari, kurslar, referees, clinical rotations, rotations,
        advanced pharmacy practice experiences, pharmacy practice experiences,
        hobiji i interesi, hobiji, interesi, додаткова інформація, рекомендації, хобі, інтереси,
        дополнительная информация, личные качества,
        áhugamál, meðmælendur, félagsstörf, altres dades, ďalšie informácie, други информации,
        интереси,
        interessi, hobby, hobby e interessi, altre informazioni, ulteriori informazioni,
        pubblicazioni, volontariato, referenze, aficiones, pasatiempos, otros datos, información
        adicional, publicaciones, referencias, premios, interesses, informações adicionais,
        outras informações, publicações, referências, loisirs, intérêts, divers, informations
        complémentaires, bénévolat, références, distinctions, hobbies, freizeit, sonstiges,
        sonstige angaben, publikationen, veröffentlichungen, ehrenamt, ehrenamtliches engagement,
        referenzen, auszeichnungen, interesses, nevenactiviteiten, aanvullende informatie,
        publicaties, vrijwilligerswerk, referenties, övrigt, ideellt arbete, frivilligt arbejde,
        verv, tillitsverv, harrastukset, luottamustehtävät, muut tiedot, suosittelijat, julkaisut,
        lisätiedot, hobbi, érdeklődési kör, egyéb információk, referenciák, publikációk, zájmy,
        koníčky, další informace, publikace, záujmy, referencie, dodatkowe informacje,
        publikacje, wolontariat, referencje, osiągnięcia, nagrody, interese, alte informații,
        informații suplimentare, voluntariat, referințe, publicații, ενδιαφέροντα, χόμπι,
        πρόσθετες πληροφορίες, δημοσιεύσεις, συστάσεις, интересовања, хоби, додатне информације,
        interesovanja, dodatne informacije, preporuke, nagrade, maraqlar, hobbi, əlavə məlumat,
        nailiyyətlər, ინტერესები, ჰობი, დამატებითი ინფორმაცია, მიღწევები, ჯილდოები,
        հետաքրքրություններ, լրացուցիչ տեղեկություններ, minat, hobi, maklumat tambahan, rujukan,
        sở thích, belangstellings, stokperdjies, pomėgiai, papildoma informacija, intereses,
        vaļasprieki, huvid, hobid, lisainfo, interesat, informacione shtesë, interessos,
        aficions, zaletasunak, diddordebau"""
    ),
}
# Mongolian, in its Cyrillic script; and the titles of Central African French CVs.
_MORE_TITLES: dict[Kind, str] = {
    Kind.SUMMARY: "зорилго, миний тухай, товч танилцуулга, товч мэдээлэл",
    Kind.WORK: "ажлын туршлага, ажлын байр, ажилласан байдал, мэргэжлийн туршлага",
    Kind.EDUCATION: "боловсрол, боловсролын байдал, сургалт, études faites, études",
    Kind.SKILLS: "ур чадвар, компьютерийн ур чадвар, мэргэжлийн ур чадвар, чадвар",
    Kind.LANGUAGES: "гадаад хэлний мэдлэг, гадаад хэл, хэлний мэдлэг, connaissances linguistiques",
    Kind.CERTIFICATES: "сертификат, гэрчилгээ, сургалт семинар",
    Kind.CONTACT: "хувийн мэдээлэл, холбоо барих, identité",
    Kind.OTHER: "сонирхол, шагнал, нэмэлт мэдээлэл, тодорхойлогч",
}
TITLES = {kind: titles | _titles(_MORE_TITLES.get(kind, "")) for kind, titles in TITLES.items()}
SECTION_TITLES = frozenset(title for titles in TITLES.values() for title in titles)
_DESPACED = {title.replace(" ", ""): title for title in SECTION_TITLES}
# Titles as OCR may read them: without accents, a letter or two wrong on long titles.
_KNOWN_TITLES = TitleIndex(
    (form, kind)
    for kind, titles in TITLES.items()
    for title in titles
    for form in (title, title.replace(" ", ""))
)
# Folded titles in order, to find the ones a cut-off heading begins ("WORK. EXPER" → "work
# experience"): OCR may drop the tail of letter-spaced capitals.
_SORTED_TITLES = sorted((fold(title), kind) for kind, titles in TITLES.items() for title in titles)
_CAPITALS_MIN_LETTERS = 6
_HEADING_WORDS = sorted(
    {word for title in SECTION_TITLES for word in title.split()} | {"and", "my", "of"},
    key=len,
    reverse=True,
)
# Headings a writer made up ("Where I've worked") still give away their kind by one word.
KEYWORDS: tuple[tuple[str, Kind], ...] = (
    ("programming language", Kind.SKILLS),
    ("tools", Kind.SKILLS),
    ("experience", Kind.WORK),
    ("erfahrung", Kind.WORK),
    ("expérience", Kind.WORK),
    ("experiencia", Kind.WORK),
    ("ervaring", Kind.WORK),
    ("erfarenhet", Kind.WORK),
    ("erfaring", Kind.WORK),
    ("ausbildung", Kind.EDUCATION),
    ("formation", Kind.EDUCATION),
    ("formación", Kind.EDUCATION),
    ("utbildning", Kind.EDUCATION),
    ("utdanning", Kind.EDUCATION),
    ("uddannelse", Kind.EDUCATION),
    ("opleiding", Kind.EDUCATION),
    ("employment", Kind.WORK),
    ("career", Kind.WORK),
    ("appointment", Kind.WORK),
    ("education", Kind.EDUCATION),
    ("academic", Kind.EDUCATION),
    ("skill", Kind.SKILLS),
    ("competenc", Kind.SKILLS),
    ("technolog", Kind.SKILLS),
    ("project", Kind.PROJECTS),
    ("certif", Kind.CERTIFICATES),
    ("licen", Kind.CERTIFICATES),
    ("language", Kind.LANGUAGES),
    ("sprach", Kind.LANGUAGES),
    ("langue", Kind.LANGUAGES),
    ("idioma", Kind.LANGUAGES),
)
# "Page 2 of 3", "Página 1 de 2", "2/3", "Page 2", and in a page's margin a bare number in a
# cell of its own ("September 30, 2026   Dohyun Hwang · Résumé   1").
_PAGE_WORD = r"\b(?:page|p[aá]gina|seite|sayfa|strona|sivu|side|sida|oldal)"
PAGE_MARK = re.compile(
    rf"(?:(?:{_PAGE_WORD}\s*)?(?<![.,])\b\d+\s*(?:/|of|de|din|von|van|z|af|av)\s*\d+"
    rf"|{_PAGE_WORD}\s*\d+"
    r"|(?:^|\s{3})\d{1,3})\s*$",
    re.IGNORECASE,
)
INLINE_HEADING = re.compile(r"^([A-Za-z &/]{4,40}):\s+(\S.*)$")
MAX_HEADING_WORDS = 5
INLINE_KINDS = frozenset({Kind.SKILLS, Kind.CERTIFICATES, Kind.LANGUAGES})
ENTRY_KINDS = frozenset({Kind.WORK, Kind.EDUCATION})
# Inside these, "Technologies: …" or "Languages: …" is a detail line, not a new section.
DETAIL_KINDS = frozenset({Kind.SKILLS, Kind.WORK, Kind.PROJECTS, Kind.EDUCATION})


@dataclass(slots=True)
class Section:
    title: str
    kind: Kind
    lines: list[Line] = field(default_factory=list)


_NOT_KEY = re.compile(r"[^\w&\s]")
_LETTER_SPACED = re.compile(r"(?:[^\W\d_] ){2,}[^\W\d_](?:\s{2,}(?:[^\W\d_] )*[^\W\d_])*:?")
_WIDE_GAP = re.compile(r"\s{2,}")
_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_TITLE_TOTAL = re.compile(
    rf"\s+[\u2013\u2014-]\s*\d{{1,2}}\s+{DURATION_UNITS}(?:\s+\d{{1,2}}\s+{MONTH_UNITS})?\s*$",
    re.IGNORECASE,
)


# A title's number in an outline: "1.0 PERSONAL PARTICULARS", "3. Education", "2) Skills".
OUTLINE_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?|(?-i:[IVX]{1,4})[.)])"  # also "III. ÉTUDES"
_OUTLINE_NUMBER = re.compile(rf"^{OUTLINE_NUMBER}\s+(?=[^\W\d_])")


@lru_cache(maxsize=4096)  # asked of each line several times while sections are split
def heading_key(text: str) -> str:
    """Lower-case words of a heading: "W O R K  E X P E R I E N C E:" → "work experience"; a
    total after a dash goes ("Опыт работы — 5 лет 3 месяца", "Опыт работы —5 лет", as job
    sites export it)."""
    text = _unspace(text.strip())
    if _DIGIT.search(text):
        text = _OUTLINE_NUMBER.sub("", _TITLE_TOTAL.sub("", text))
    elif text[:1] in "IVX":
        text = _OUTLINE_NUMBER.sub("", text)
    return " ".join(_NOT_KEY.sub(" ", lower(text)).replace("&", "and").split())


def key_words(token: str) -> list[str]:
    """The words one whitespace-free token adds to a heading key. For text without one-letter
    tokens (so no letter-spacing to undo), `heading_key` is these words of each token in turn;
    callers keying many prefixes of one line build them from it instead."""
    return _NOT_KEY.sub(" ", lower(token)).replace("&", "and").split()


def _unspace(text: str) -> str:
    # Letter-spaced capitals: single letters separated by one space, words by two or more.
    if _LETTER_SPACED.fullmatch(text):
        return " ".join(segment_heading(w.replace(" ", "")) for w in _WIDE_GAP.split(text))
    tokens = [part for part in text.split() if part != ":"]
    if len(tokens) >= 4 and sum(len(token) == 1 for token in tokens) >= len(tokens) - 1:
        # Extraction collapsed the wider gaps between words: "W O R K E X P E R I E N C E".
        return segment_heading("".join(tokens))
    return text


def segment_heading(joined: str) -> str:
    """Words back into a run of letters: "WORKEXPERIENCE" → "WORK EXPERIENCE", when known."""
    folded = joined.lower().replace("&", "and")
    known = _DESPACED.get(folded)
    if known is not None:
        return known
    # Greedy longest match over the words headings are made of; give up on an unknown word.
    words: list[str] = []
    rest = folded
    while rest:
        word = next((w for w in _HEADING_WORDS if rest.startswith(w)), None)
        if word is None:
            return joined
        words.append(word)
        rest = rest[len(word) :]
    return " ".join(words)


def heading_kind(key: str) -> Kind | None:
    """The kind of section a heading key names, or None when it is not a heading at all."""
    if not key or len(key.split()) > MAX_HEADING_WORDS or _DIGIT.search(key):
        return None
    return _KNOWN_TITLES.find(key)


def capitals_kind(text: str, key: str) -> Kind | None:
    """The kind a title in capitals names as OCR reads letter-spaced capitals: split in the
    wrong places ("WORK EXPER FENCE") or cut off ("WORK. EXPER"). A cut-off title must stop
    inside a word, keep six letters or more and begin titles of one kind only ("PROFESS"
    could be three and is None)."""
    if not text.isupper() or sum(map(str.isalpha, text)) < _CAPITALS_MIN_LETTERS:
        return None
    if not key or len(key.split()) > MAX_HEADING_WORDS or _DIGIT.search(key):
        return None
    if " " in key and (kind := heading_kind(key.replace(" ", ""))) is not None:
        return kind
    folded = fold(key)
    start = bisect.bisect_left(_SORTED_TITLES, (folded,))
    kinds: set[Kind] = set()
    for title, kind in _SORTED_TITLES[start:]:
        if not title.startswith(folded):
            break
        if title != folded and title[len(folded)] != " ":
            kinds.add(kind)
    return kinds.pop() if len(kinds) == 1 else None


def section_kind(text: str, key: str) -> Kind:
    """The kind of the section a heading line opens."""
    return heading_kind(key) or capitals_kind(text, key) or slashed_kind(text) or guess_kind(key)


def slashed_kind(text: str) -> Kind | None:
    """Two titles joined by a slash ("INTERNSHIP / WORK EXPERIENCE", "Education / Training"):
    every part a known title, the kind of the first that names a section of entries or skills
    (else the first)."""
    if "/" not in text or len(text.split()) > MAX_HEADING_WORDS + 2:
        return None
    kinds = [heading_kind(heading_key(part)) for part in text.split("/")]
    if not all(kinds):
        return None
    return next((kind for kind in kinds if kind is not Kind.OTHER), kinds[0])


def guess_kind(key: str) -> Kind:
    folded = fold(key)
    return next((kind for word, kind in KEYWORDS if fold(word) in folded), Kind.OTHER)


@dataclass(frozen=True, slots=True)
class Style:
    """How a document dresses its headings, learnt from the ones whose words we know."""

    font_size: float | None
    bold: bool | None
    upper: bool

    @classmethod
    def of(cls, line: Line) -> Style:
        size = round(line.font_size * 2) / 2 if line.font_size else None
        letters = "".join(filter(str.isalpha, line.text))
        return cls(size, line.bold, bool(letters) and all(map(str.isupper, letters)))


MIN_ALIKE_TITLES = 4


def _styled(lines: list[Line]) -> tuple[list[tuple[Line, Style]], Style | None]:
    """Each line with its style, and the body's style (the commonest)."""
    styled = [(line, Style.of(line)) for line in lines]
    body = Counter(style for _, style in styled).most_common(1)[0][0] if styled else None
    return styled, body


MIN_TYPOGRAPHIC_TITLES = 3
MAX_TYPOGRAPHIC_WORDS = 4


def typographic_heading_styles(lines: list[Line]) -> frozenset[Style]:
    """For a resume with no title in a known language: the style of short plain lines set
    apart from the body ("Työkokemus" set larger, "KOKEMUS" in bold capitals of the body's
    size), the most marked one that at least MIN_TYPOGRAPHIC_TITLES of them share; and the
    styles of short plain lines set larger still, below the name (a main column's two titles
    over a sidebar's three)."""
    chosen = typographic_heading_style(lines)
    if chosen is None:
        return frozenset()
    styled, _ = _styled(lines)
    top = max((style.font_size or 0.0 for _, style in styled), default=0.0)
    larger = {
        style
        for line, style in styled
        if (chosen.font_size or 0.0) < (style.font_size or 0.0) < top
        and (style.upper or not chosen.upper)
        and _plain_title(line)
    }
    return frozenset({chosen, *larger})


def _plain_title(line: Line) -> bool:
    return (
        1 <= len(heading_key(line.text).split()) <= MAX_TYPOGRAPHIC_WORDS
        and line.text.strip()[:1].isalpha()
        and not any(ch.isdigit() or ch in "@,.:|" for ch in line.text)
    )


def typographic_heading_style(lines: list[Line]) -> Style | None:
    """The most marked style at least MIN_TYPOGRAPHIC_TITLES short plain lines share, apart
    from the body's; None where known titles are found (see `learn_heading_style`)."""
    if any(heading_kind(heading_key(line.text)) for line in lines):
        return None  # known titles there are, in no style of their own
    styled, body = _styled(lines)
    if body is None:
        return None
    shared = Counter(style for line, style in styled if _marked(style, body) and _plain_title(line))
    # The most marked type that enough short lines share: larger type first (titles outrank
    # the bold job titles, and a sidebar's titles in capitals are set a size smaller), then
    # capitals, then weight.
    alike = [style for style, count in shared.items() if count >= MIN_TYPOGRAPHIC_TITLES]
    return max(alike, key=lambda s: (s.font_size or 0.0, s.upper, bool(s.bold)), default=None)


def _marked(style: Style, body: Style) -> bool:
    """A style a title could stand out in: larger than the body, or of its size in capitals or
    in bold where the body is neither, or in bold small capitals a little smaller. A size left
    unset (Word's default) counts as smallest. Where the weight is unknown (OCR, whose sizes
    are measured from the ink), the size must stand well apart."""
    size, body_size = style.font_size or 0.0, body.font_size or 0.0
    if style.bold is None and body_size:
        return size >= OCR_TITLE_SCALE * body_size
    if size > body_size:
        return True
    if size < body_size:
        small_capitals = style.upper and bool(style.bold) and not body.upper
        return small_capitals and size >= SMALL_CAPITALS_SHARE * body_size
    return (style.upper and not body.upper) or (bool(style.bold) and not body.bold)


SMALL_CAPITALS_SHARE = 0.8
OCR_TITLE_SCALE = 1.2


def learn_heading_style(lines: list[Line]) -> Style | None:
    """The style most known headings share, if it stands apart from the body text."""
    return _learn_heading_style(lines)[0]


def _learn_heading_style(lines: list[Line]) -> tuple[Style | None, bool]:
    """The style `learn_heading_style` finds, and whether it was found by its type rather
    than by known titles: one known title and the short lines dressed like it."""
    learnt, by_type, _ = _heading_styles(lines)
    return learnt, by_type


# Where the known titles of a style other than the learnt one stand: the left edges and the
# middles of their lines.
TitlePlaces = dict[Style, tuple[tuple[float, float], ...]]


def _heading_styles(lines: list[Line]) -> tuple[Style | None, bool, TitlePlaces]:
    """`_learn_heading_style`'s answer, and the other styles titles are dressed in with where
    their known titles stand: styles besides the learnt one that two or more known titles
    share, in capitals or larger than the body (a main column's titles beside a sidebar's,
    each column dressing its own: "SUMMARY", "EXPERIENCE", then "SELECTED LAUNCHES" in the
    main column's). An other style marks titles only where its known titles stand (a
    sidebar's "Skills" in the type of the main column's job titles)."""
    styled, body = _styled(lines)
    titled = [(ln, style) for ln, style in styled if heading_kind(heading_key(ln.text))]
    styles = Counter(style for _, style in titled)
    if not styles or body is None:
        return None, False, {}
    learnt, by_type = _learnt(styled, body, styles)
    if learnt is None:
        return None, False, {}
    body_size = body.font_size or 0.0
    others = {
        style
        for style, count in styles.items()
        if count >= 2
        and style not in (learnt, body)
        and (style.upper or (style.font_size or 0.0) > body_size)
        and _marked(style, body)
    }
    places = {
        style: tuple((ln.box.x0, ln.box.center_x) for ln, each in titled if each == style)
        for style in others
    }
    return learnt, by_type, places


def _learnt(
    styled: list[tuple[Line, Style]], body: Style, styles: Counter[Style]
) -> tuple[Style | None, bool]:
    """The style most known titles share (`styles`) if it stands apart from the body, and
    whether its type alone marks titles."""
    style, count = styles.most_common(1)[0]
    # Capitals alone are too weak a mark ("HTML/CSS", "NVIDIA"): a size or weight must differ.
    distinct = style.font_size != body.font_size or (style.bold and not body.bold)
    if not distinct:
        return None, False
    # Known titles vouch for the short lines dressed like them (the rest of the titles, in a
    # language the lists do not hold, the first one included) when they recur in a size of
    # their own; one known title is enough then.
    larger = style.font_size is not None and style.font_size > (body.font_size or 0.0)
    alike = sum(
        1 for ln, each in styled if each == style and len(ln.text.split()) <= MAX_HEADING_WORDS
    )
    by_type = larger and alike > count and alike >= MIN_ALIKE_TITLES
    if count >= 2:
        return style, by_type
    return (style, True) if by_type else (None, False)


TITLE_PLACE_EMS = 1.5  # how far from a known title of its style an unknown one may stand


def is_heading(
    line: Line,
    styles: frozenset[Style] = frozenset(),
    *,
    before_sections: bool = False,
    places: TitlePlaces | None = None,
) -> bool:
    key = heading_key(line.text)
    if heading_kind(key) is not None or capitals_kind(line.text, key) is not None:
        return True
    if slashed_kind(line.text) is not None:
        return True
    style = Style.of(line)
    if style not in styles:
        return False
    near = TITLE_PLACE_EMS * (line.font_size or 10.0)
    spots = (places or {}).get(style)
    if spots is not None and not any(
        abs(line.box.x0 - x0) <= near or abs(line.box.center_x - middle) <= near
        for x0, middle in spots
    ):
        return False  # dressed like another column's titles, away from them
    if before_sections and guess_kind(key) is Kind.OTHER:
        return False  # in the header, only a title naming a known kind ("Career Timeline")
    # An unknown title dressed like the known ones ("Selected Honors", "Welcome to X").
    words = key.split()
    plain = not any(ch.isdigit() or ch in "/,+#@|" for ch in line.text)
    return 1 <= len(words) <= MAX_HEADING_WORDS and plain


# Closing formulas that are no part of any section: references on request, consent to data
# processing (Italian CVs close with it), the declaration many CVs end with.
BOILERPLATE = re.compile(
    r"^\s*(?:references?\s*:?\s*(?:are\s+)?(?:available\s+)?(?:up)?on\s+request"
    r"|referenzen\s+auf\s+anfrage|r[ée]f[ée]rences\s+sur\s+demande"
    r"|autorizzo\s+il\s+trattamento|wyra[zż]am\s+zgod[eę]|i\s+hereby\s+declare\s+that)",
    re.IGNORECASE,
)


# Lines that mark a fax cover sheet or a cover letter: "To:", "From:", "Pages:", "Re:",
# "Dear …", "Sincerely".
COVER_MARK = re.compile(
    r"^\s*(?:(?:to|from|pages?|re|subject|attn|fax|date)\s*:|fax\b|dear\s|sincerely|"
    r"kind\s+regards|best\s+regards|yours\s+(?:sincerely|faithfully)|cover\s+(?:letter|sheet))",
    re.IGNORECASE,
)
MIN_COVER_MARKS = 3


def without_cover_pages(document: LayoutDocument) -> LayoutDocument:
    """The document without the pages in front of the resume: a fax cover sheet or a cover
    letter (several cover marks and no section title) when a later page has section titles."""
    pages = document.pages
    first = 0
    while first < len(pages) - 1 and _is_cover(pages[first]) and _has_sections(pages[first + 1 :]):
        first += 1
    if first == 0:
        return document
    return LayoutDocument(pages=pages[first:], engine=document.engine)


def _is_cover(page: Page) -> bool:
    marks = sum(COVER_MARK.match(line.text) is not None for line in page.lines)
    return marks >= MIN_COVER_MARKS and not _has_sections([page])


def _has_sections(pages: list[Page]) -> bool:
    return any(heading_kind(heading_key(line.text)) for page in pages for line in page.lines)


# A photo's empty frame labelled in a cell of its own beside the header's lines ("Business
# Analyst Finance   Foto", "Agama   : Katolik   Pas foto 3x4").
PHOTO_CELL = re.compile(
    rf"{CELL_GAP}\s*(?:photo|foto|фото|passfoto|pas\s+foto(?:\s+\d\s*x\s*\d)?)\s*$",
    re.IGNORECASE,
)


def content_lines(document: LayoutDocument) -> list[Line]:
    """Every line except running headers and footers (page numbers, repeated margin lines)
    and closing boilerplate ("References available on request"), without photo frames."""
    repeats = Counter(
        _DIGITS.sub("#", line.text)
        for page in document.pages
        for line in page.lines
        if _in_margin(line, page)
    )
    return [
        _without_photo(line)
        for page in document.pages
        for line in page.lines
        if line.text.strip()
        and not BOILERPLATE.match(line.text)
        and not (
            _in_margin(line, page)
            and (PAGE_MARK.search(line.text) or repeats[_DIGITS.sub("#", line.text)] > 1)
        )
    ]


def _without_photo(line: Line) -> Line:
    if line.text[-1:].lower() not in ("o", "\u043e", "4"):
        return line  # the cheap test first: most lines end otherwise
    photo = PHOTO_CELL.search(line.text)
    return _with_text(line, line.text[: photo.start()]) if photo else line


RULE = re.compile(r"^\s*([=\-_~])\1{2,}\s*$")
UNDERLINE_SHARE = 0.6  # a rule under a title is about as long as the title


def drop_rules(lines: list[Line]) -> tuple[list[Line], set[int]]:
    """Lines without "=====" / "-----" rules, and the ids of the lines those rules underlined."""
    kept: list[Line] = []
    underlined: set[int] = set()
    for line in lines:
        if RULE.match(line.text):
            title = kept[-1].text.strip() if kept else ""
            fits = len(line.text.strip()) >= UNDERLINE_SHARE * len(title)
            if title and fits and len(title.split()) <= MAX_HEADING_WORDS + 1:
                underlined.add(id(kept[-1]))
            continue
        kept.append(line)
    return kept, underlined


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_STRONG = re.compile(r"(\*\*|__)(.+?)\1")


def unmark(text: str) -> str:
    # Plain-text resumes are often Markdown: "# Name", "## Skills", "**Acme** - Engineer".
    text = text.strip()
    if "#" not in text and "**" not in text and "__" not in text:
        return text  # most lines: nothing to take off
    text = _MARKDOWN_HEADING.sub("", text)
    return _MARKDOWN_STRONG.sub(r"\2", text).strip()


def _in_margin(line: Line, page: Page) -> bool:
    return line.box.y0 > page.height * 0.92 or line.box.y1 < page.height * 0.06


def split_sections(
    lines: list[Line], underlined: set[int] | None = None
) -> tuple[list[Line], list[Section]]:
    """Lines before the first heading (the header block), then one Section per heading.

    An underlined line (see `drop_rules`) is a heading, except the first one (the name).
    """
    learnt, by_type, places = _heading_styles(lines)
    # Titles in no known language: their type alone marks them, the first one included (one
    # known title, "Interesi" at the end, vouches for no title before it).
    styles = frozenset({learnt, *places}) if learnt else typographic_heading_styles(lines)
    typographic = by_type or (learnt is None and bool(styles))
    header: list[Line] = []
    sections: list[Section] = []
    ruled = {key for key in underlined or set() if not lines or key != id(lines[0])}
    opened_by_cell = False
    unwrapped: set[int] = set()  # first lines that lost the end of their section's title
    for line in lines:
        title, gap, rest = line.text.strip().partition(CELL_GAP)
        # Exactly a title: a fuzzy match would take "Project   Dec 2013 - Oct 2016" for one.
        cell_kind = _KNOWN_TITLES.find_exact(heading_key(title)) if gap and rest.strip() else None
        current = sections[-1].kind if sections else None
        if cell_kind is not None and _KNOWN_TITLES.find_exact(heading_key(rest)) is cell_kind:
            # The title in two languages ("EXPERIENCE   EXPÉRIENCE"): one heading.
            sections.append(Section(title=heading_key(title), kind=cell_kind))
            opened_by_cell = False
            continue
        if _detail_of(current, cell_kind):
            cell_kind = None
        if cell_kind is not None and (sections or cell_kind in ENTRY_KINDS):
            # A table's first cell naming the section beside its first row ("Employment   Acme
            # Ltd, Leicester"): the title opens the section, the rest is its first line. A
            # title wrapped in its cell ("WORK" / "EXPERIENCE") goes on with the same section.
            wrapped = opened_by_cell and sections[-1].kind is cell_kind
            if not wrapped:
                sections.append(Section(title=heading_key(title), kind=cell_kind))
            sections[-1].lines.append(_with_text(line, rest.strip()))
            opened_by_cell = True
            continue
        opened_by_cell = False
        previous = sections[-1].lines[-1] if sections and sections[-1].lines else None
        inline = INLINE_HEADING.match(line.text.strip())
        inline_kind = heading_kind(heading_key(inline.group(1))) if inline else None
        detail = current in DETAIL_KINDS or _detail_of(current, inline_kind)
        if inline and inline_kind in INLINE_KINDS and not detail:
            # "Skills: Python, Go" opens a section and carries its first content line.
            sections.append(Section(title=heading_key(inline.group(1)), kind=inline_kind))
            sections[-1].lines.append(_with_text(line, inline.group(2)))
        elif id(line) in ruled or (
            # The first line is the name even when it is dressed like the titles.
            is_heading(
                line,
                styles,
                before_sections=not sections and not (typographic and header),
                places=places,
            )
            and not _label_within(current, line.text)
            and not _wrapped_onto(previous, line)
        ):
            key = heading_key(line.text)
            sections.append(Section(title=key, kind=section_kind(line.text, key)))
        elif sections:
            if not sections[-1].lines and (rest_of := _without_title_tail(sections[-1], line)):
                line = rest_of
                unwrapped.add(id(line))
            sections[-1].lines.append(line)
        else:
            header.append(line)
    for section in sections:
        if section.lines and id(section.lines[0]) in unwrapped:
            _align_first_line(section)
    return header, _with_subheadings(sections)


def _with_subheadings(sections: list[Section]) -> list[Section]:
    """A title of no known kind right under an entry section's own ("Жұмыс тәжірибесі" over
    "Жұмыс кезеңі", a table's first column heading in bold): that section's sub-heading, its
    lines the section's."""
    out: list[Section] = []
    for section in sections:
        above = out[-1] if out else None
        if (
            above is not None
            and not above.lines
            and above.kind in ENTRY_KINDS
            and section.kind is Kind.OTHER
            and heading_kind(section.title) is None
        ):
            above.lines.extend(section.lines)
            continue
        out.append(section)
    return out


def _align_first_line(section: Section) -> None:
    """A first line that lost the end of its title (the label column's cell) starts, like the
    lines under it, at the content column."""
    first = section.lines[0]
    starts = [ln.box.x0 for ln in section.lines[1:] if ln.box.x0 > first.box.x0]
    if starts:
        box = dataclasses.replace(first.box, x0=min(starts))
        section.lines[0] = dataclasses.replace(first, box=box)


# Words a line left open ends on, linking it to the next: "… Gestió de la Cadena de", a label
# column's "EDUCATION AND" over "TRAINING".
CONNECTING_WORDS = words(
    """of and & or for the in de del la i en und oder für et ou e y o do da na za ja és
    и или на за та имени им."""
)


def ends_open(text: str) -> bool:
    """The text's last word links it to the next line."""
    words = text.split()
    return bool(words) and words[-1].casefold() in CONNECTING_WORDS


def _wrapped_onto(previous: Line | None, line: Line) -> bool:
    """A line dressed like a title that ends the sentence the line before it left open
    ("Màster universitari en Logística i Gestió de la Cadena de" / "Subministrament"), or the
    rest of a line of cells in the same type, set in under its last cell right below it (a
    school's name wrapped beside its dates). A known title stays a title, unless it is the
    lower-case end of the bullet above, in its type right under it ("… saving 2 days of
    manual" / "work")."""
    if previous is None:
        return False
    if heading_kind(heading_key(line.text)) is not None:
        return (
            line.text.strip()[:1].islower()
            and not previous.text.rstrip().endswith((".", ":", ";", "!", "?"))
            and same_type_below(previous, line)
        )
    return ends_open(previous.text) or _wrapped_cell(previous, line)


WRAPPED_LEADING = 0.6  # the most space between a line and its wrapped rest, in ems


def same_type_below(previous: Line, line: Line) -> bool:
    """The line is set in the type of the one before it (a known size), right under it: no
    more space between them than a wrapped line leaves."""
    size = line.font_size or 0.0
    return (
        bool(size)
        and previous.font_size == line.font_size
        and previous.bold == line.bold
        and line.box.y0 - previous.box.y1 <= WRAPPED_LEADING * size
    )


def _wrapped_cell(previous: Line, line: Line) -> bool:
    return (
        CELL_GAP in previous.text
        and same_type_below(previous, line)
        and line.box.x0 > previous.box.x0 + (line.font_size or 0.0)
    )


def _without_title_tail(section: Section, line: Line) -> Line | None:
    """A section's first line without the end of its title, where a label column wrapped
    the title into the row's first cell ("Formació" over "acadèmica   Grau en …"); None when
    the line holds no such cell."""
    cell, gap, rest = line.text.strip().partition(CELL_GAP)
    if not gap or not cell[:1].islower() or len(cell.split()) > 2:
        return None
    whole = heading_key(f"{section.title} {cell}")
    if heading_kind(whole) is not section.kind or section.kind is None:
        return None
    return _with_text(line, rest.strip())


def _label_within(current: Kind | None, text: str) -> bool:
    """ "Selected Engagements:" under a job: a title of the current section's own kind, ending
    in a colon, labels the lines after it inside the section."""
    return (
        current is not None
        and text.rstrip().endswith(":")
        and section_kind(text, heading_key(text)) is current
    )


def _detail_of(current: Kind | None, kind: Kind | None) -> bool:
    """A line titled like a section that is one of the current section's details: a skills
    table's "Languages   Java 17, Kotlin", personal details' "Languages Known: English"."""
    return (current is Kind.SKILLS and kind in INLINE_KINDS) or (
        current is Kind.CONTACT and kind is Kind.LANGUAGES
    )


def _with_text(line: Line, text: str) -> Line:
    return Line(text=text, box=line.box, font_size=line.font_size, bold=line.bold)
