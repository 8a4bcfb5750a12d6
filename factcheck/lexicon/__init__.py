"""Every Arabic word list of factcheck, as data: one literal-only module per kind.

Words are written naturally (with hamzas and ة); nothing here is normalised, and nothing
here imports from the rest of the package. The consumers (extract/, analyse/) build their
normalised indexes and patterns from these lists once, at import. Nothing knows a story.

    months       month names of every system, era marks, ambiguous month names
    weekdays     weekday names and the words that make one something else
    time_words   day/month/year nouns, relative words, shifts, year words and cues
    numbers      cardinals, scale words, vague amounts, fractions, ordinal parts
    qualifiers   «نحو», «أكثر من», «على الأقل», comparing verbs (تجاوز …), ranges
    units        counted nouns (lemma → category, forms)
    measures     what a figure measures (dead, injured …): counted-noun lemmas and cues
    labels       words that make a number a name or a clock reading
    events       event words: what a date is the date of
    markers      words that change what a nearby date or figure is about
    places       countries and their adjectives, place prepositions
    attribution  words that introduce a figure's source
    publication  words an article uses about its own publication day
    stopwords    function words ignored when comparing sentences
    clitics      attached conjunctions, prepositions, article, possessives
    letters      letter variants merged by normalisation

tests/lexicon/ holds the data's integrity and checks that every entry reaches its grammar;
tests/architecture/test_lexicon.py fails on an Arabic word list anywhere else.
"""
