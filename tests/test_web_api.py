"""The /ask endpoint through gradio_client, against `python app.py` started on loopback."""


def test_ask_api(web_server):
    from gradio_client import Client
    client = Client(web_server, verbose=False)
    result = client.predict("how much is budgeted for overlap and cross-boundary mining surveys?", "",
                            api_name="/ask")
    assert result["kind"] == "number" and result["facts"][0]["value"] == "173.43"
    assert result["citations"][0]["page"] == 17 and len(result["citations"][0]["rows"]) == 8
    zh = client.predict("政府购买服务指导性目录中自然资源有哪些目录代码？", "", api_name="/ask")
    assert zh["kind"] == "list" and any(i["code"] == "A010101" for i in zh["items"])


def test_json_api_beside_the_page(web_server):
    """`python app.py` serves /api/... in the same process as the chat page."""
    import json
    import urllib.parse
    import urllib.request
    url = web_server + "api/ask?" + urllib.parse.urlencode({"q": "超层越界检查测绘的预算一共是多少？"})
    with urllib.request.urlopen(url, timeout=60) as r:
        body = json.loads(r.read())
    assert r.status == 200 and body["facts"][0]["value"] == "173.43"
    with urllib.request.urlopen(web_server + "api/openapi.json", timeout=30) as r:
        assert "/api/audit/{doc}" in json.loads(r.read())["paths"]
    with urllib.request.urlopen(web_server, timeout=30) as r:
        assert r.status == 200 and b"gradio" in r.read().lower()
