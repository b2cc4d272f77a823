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
