"""Pages load only from our own origin (no CDN, web font or tracker) and log no console error (CSP included)."""

from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/ar/", "/mentions-legales/"])
def test_no_third_party_request_and_no_console_error(page, server_url, path):
    requests = []
    console_errors = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: console_errors.append(f"uncaught: {error}"))

    response = page.goto(path, wait_until="networkidle")
    assert response.status == 200

    origin = urlsplit(server_url)
    foreign = [
        url for url in requests if (urlsplit(url).scheme, urlsplit(url).netloc) != (origin.scheme, origin.netloc)
    ]
    assert requests, "No request recorded"
    assert not foreign, "Requests to other origins:\n" + "\n".join(foreign)
    assert not console_errors, "Console errors:\n" + "\n".join(console_errors)
