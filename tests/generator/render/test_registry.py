from generator.render import RENDERERS, Renderer, load_renderer


def test_registry_names_the_three_renderers() -> None:
    assert set(RENDERERS) == {"client", "docs", "mock"}
    assert [RENDERERS[n].subdir for n in ("client", "docs", "mock")] == [
        "client",
        "docs",
        "mock_server",
    ]


def test_a_renderer_not_written_yet_is_none() -> None:
    missing = Renderer("later", "generator.render.not_written_yet", "later", lambda m, g, o: None)
    assert load_renderer(missing) is None
    assert load_renderer(RENDERERS["client"]) is not None
