"""Reads an -o html page with html5lib (a parser nobody here wrote) and says
what a mail client would care about: that it parses without a single error,
that it fetches and runs nothing (no script, no style sheet, no frame, no
external reference of any kind), how many charts it draws, and which columns
it right-aligns.

    /usr/bin/python3 check_html.py PAGE.html
"""
import sys

import html5lib

NS = "{http://www.w3.org/1999/xhtml}"
SVG = "{http://www.w3.org/2000/svg}"


def main(path):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=True)
    with open(path, "rb") as f:
        try:
            doc = parser.parse(f)
        except html5lib.html5parser.ParseError as e:
            print(f"not well-formed: {e}")
            return 1
    problems = []
    for el in doc.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        name = tag.replace(NS, "").replace(SVG, "svg:")
        if name in ("script", "style", "link", "iframe", "object", "embed", "img", "base", "form"):
            problems.append(f"<{name}>")
        for attr, value in el.attrib.items():
            if attr in ("src", "href", "action", "background", "xlink:href") or attr.startswith("on"):
                problems.append(f"{name} {attr}={value!r}")
            if "url(" in value or "@import" in value or "javascript:" in value:
                problems.append(f"{name} {attr} refers to {value!r}")
    if problems:
        print("fetches or runs something:", ", ".join(sorted(set(problems))))
        return 1
    svgs = sum(1 for el in doc.iter() if el.tag == SVG + "svg")
    right = [th.text or "" for th in doc.iter(NS + "th") if "text-align:right" in th.get("style", "")]
    lang = doc.get("lang")
    title = doc.find(f"{NS}head/{NS}title").text
    print(f"well-formed, lang {lang}, title {title!r}; no script, style sheet or external reference; "
          f"{svgs} chart(s); right-aligned: {', '.join(right) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
