"""Golden cases for transforms/mojibake.py (rule `mojibake`)."""

from __future__ import annotations

import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs used to damage text)
import pytest

from tests.transforms._golden import apply
from transforms.mojibake import fix_mojibake

TEXTS = ["It’s “quoted” — fine", "Zelenskyy’s “peace formula” in Kyiv — café",
         "Привіт, світ! Київ", "Министр иностранных дел России", "Ирина Иванова сказала",
         "Poznań and Düsseldorf", "«НАТО» і ЄС", "The Greek word αλήθεια"]


def _damage(text: str, codec: str) -> str:
    b = text.encode("utf-8")
    if codec == "double":
        return b.decode("sloppy-windows-1252").encode("utf-8").decode("sloppy-windows-1252")
    return b.decode(codec)


IN_THE_WILD = [
    ("A regional court in DÃ¼sseldorf", "A regional court in Düsseldorf"),
    ("Р’РёС€РЅРµРІРµ village", "Вишневе village"),
    ("midfielder NiccolÃƒÂ² Ferri", "midfielder Niccolò Ferri"),
    ("FÃ©dÃ©ration dÃ©partementale", "Fédération départementale"),
]


@pytest.mark.parametrize("codec", ["sloppy-windows-1252", "double", "latin-1",
                                   "sloppy-windows-1251"])
@pytest.mark.parametrize("text", TEXTS)
def test_repairs_layers_of_damage(text, codec):
    bad = _damage(text, codec)
    assert apply(fix_mojibake, bad) == text


@pytest.mark.parametrize(("raw", "expected"), IN_THE_WILD)
def test_in_the_wild(raw, expected):
    assert apply(fix_mojibake, raw) == expected


@pytest.mark.parametrize("text", TEXTS + [
    "ГУР» і ФСБ", "Ті, що прийшли", "Москва — столица", "plain ascii", "naïve café",
    "ЦЕРН», «Ямал»", "Şanlıurfa, Łódź, Dvůr Králové"])
def test_leaves_correct_text_alone(text):
    assert fix_mojibake(text) == []


@pytest.mark.xfail(reason="one cp1251-damaged letter whose continuation is itself a letter "
                          "(Cyrillic 'ј') in an otherwise Cyrillic-looking word is ambiguous")
def test_known_failure_single_cyrillic_pair():
    assert apply(fix_mojibake, _damage("ҳ", "sloppy-windows-1251")) == "ҳ"
