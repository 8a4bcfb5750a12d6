"""What a date is the date of: the event word nearest it, in any of its written forms."""

import pytest

from factcheck.extract import extract_article
from factcheck.model import Article


def event_of(text: str) -> str | None:
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2024-05-24")
    [date] = [c for c in extract_article(article).claims if c.kind == "date"]
    return date.event


@pytest.mark.parametrize("text, event", [
    ("وتعقد اللجنة اجتماعها المقبل يوم 27 حزيران/يونيو.", "meeting"),  # a possessive pronoun
    ("ويبدأ الرئيس زيارته الرسمية في 3 تموز.", "visit"),  # «زيارة» + ه is written «زيارته»
    ("وأعلنت اللجنة قرارها في 5 أيار.", "decision"),
    # «وزارة» is not «و» + «زار» + «ه»: the ministry's words date no visit
    ("قالت وزارة الصحة في 5 أيار إن الوضع مستقر.", None),
])
def test_the_event_a_date_is_of(text, event):
    assert event_of(text) == event


def test_a_day_word_borrows_no_weekday_from_its_sentence():
    # «اليوم» is the article's Thursday; «ليل الثلاثاء» is another day
    text = ("وقالت الهيئة إن عدد الشكاوى ارتفع إلى 27 ألف شكوى حتى ظهر اليوم، مقارنة بـ12 ألفا "
            "و400 شكوى حتى منتصف ليل الثلاثاء.")
    article = Article(id="a", path="a.txt", text=text + "\n", title="", published="2024-07-18")
    today = [c for c in extract_article(article).claims if c.kind == "date" and c.text == "اليوم"]
    assert today and today[0].value.weekday is None
