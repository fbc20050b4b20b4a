from generator.diagnostics import Diagnostic, error, has_errors, sort_diagnostics, warning


def test_format_is_file_line_level_message() -> None:
    assert str(error("a.yaml", 3, "boom")) == "a.yaml:3: error: boom"
    assert str(warning("a.yaml", 0, "meh")) == "a.yaml: warning: meh"
    assert str(Diagnostic("warning", "", 0, "free")) == "warning: free"


def test_sorted_by_file_then_line_without_duplicates() -> None:
    found = [
        error("b.yaml", 1, "x"),
        error("a.yaml", 9, "y"),
        error("a.yaml", 2, "z"),
        error("a.yaml", 2, "z"),
    ]
    assert [str(d) for d in sort_diagnostics(found)] == [
        "a.yaml:2: error: z",
        "a.yaml:9: error: y",
        "b.yaml:1: error: x",
    ]


def test_only_errors_fail() -> None:
    assert not has_errors([warning("a", 1, "w")])
    assert has_errors([warning("a", 1, "w"), error("a", 1, "e")])
