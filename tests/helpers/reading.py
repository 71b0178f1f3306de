"""What a reader made of a file: the stand-in words of a document and what they stand for."""


def stand_ins(document) -> list[tuple[str, str]]:
    """(stand-in word, the source it stands for) of each stand-in, in order."""
    found = []
    for paragraph in document.paragraphs:
        start = paragraph.start
        for run_start, run_end in [*document.offsets.runs(paragraph.start, paragraph.end), (paragraph.end, 0)]:
            if start < run_start:
                word = document.text[start:run_start].strip()
                if word:
                    begin, end = document.to_source(start, run_start)
                    found.append((word, document.source[begin:end].strip()))
            start = run_end
    return found
