"""Reading articles: finding the files of a corpus, decoding them, their front matter.
The only stage that opens article files; a file that cannot be read is an InputError."""

from factcheck.read.sources import (MissingPathError, Source, article_ids, find_sources,
                                    read_article)

__all__ = ["MissingPathError", "Source", "article_ids", "find_sources", "read_article"]
