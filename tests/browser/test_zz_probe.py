def test_probe(page):
    msgs=[]; reqs=[]
    page.on("console", lambda m: msgs.append((m.type, m.text)))
    page.on("request", lambda r: reqs.append(r.url))
    page.goto("/", wait_until="networkidle")
    page.evaluate("() => document.body.insertAdjacentHTML('beforeend', '<p style=\"color:red\">x</p><img src=\"https://example.invalid/a.png\" alt=\"\">')")
    page.wait_for_timeout(500)
    print(msgs); print(reqs)
