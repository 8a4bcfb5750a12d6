"""A figure that names no place takes the one country its story places that measure in —
unless nothing ties its article to that country."""

from factcheck.analyse.group import place_unplaced
from factcheck.extract import extract_article
from factcheck.model import Article


def claims_of(**texts: str):
    claims = []
    for name, text in texts.items():
        article = Article(id=name, path=f"{name}.txt", text=text + "\n", title="")
        claims += [c for c in extract_article(article).claims if c.kind == "quantity"]
    return claims


def places_of(claims, text: str):
    (claim,) = [c for c in place_unplaced(claims) if c.text == text]
    return claim.places


def test_an_unplaced_toll_is_the_country_its_story_places_the_toll_in():
    claims = claims_of(placed="ارتفع عدد القتلى جراء الزلزال إلى 2012 قتيلا في المغرب.",
                       unplaced="وارتفع عدد القتلى جراء الزلزال إلى 2100 قتيل.")
    assert places_of(claims, "2100 قتيل") == ("المغرب",)


def test_another_countrys_figure_is_not_lent_to_an_article_that_names_it_nowhere():
    # Morocco's story; only Iraq's own cut is placed: the ministry's «up to 57%» is not Iraq's
    claims = claims_of(
        ministry="أعلنت وزارة الصحة خفض أسعار 612 دواء بنسب تصل إلى 57 في المائة.",
        checks="وزارت فرق الرقابة 2740 صيدلية في المغرب.",
        fines="وسجلت فرق الرقابة 58 مخالفة في المغرب.",
        iraq="وفي العراق، خفضت وزارة الصحة أسعار 216 دواء بنسب تصل إلى 40%.")
    assert places_of(claims, "57 في المائة") == ()
