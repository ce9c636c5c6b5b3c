"""framing: compare how outlets framed the same news event (stance, sources, omissions)."""

__version__ = "0.1.0"

# Public names, imported on first use so that `import framing` is fast and has no side effects.
_EXPORTS = {
    "load_corpus": "corpus", "Article": "corpus", "Corpus": "corpus", "Event": "corpus",
    "Problem": "corpus", "score_corpus": "score", "write_scores": "score",
    "find_copies": "copies", "group_events": "events", "load_registry": "registry",
    "load_layout": "layout", "split_layout": "layout", "split_sentences": "text",
    "tokenize_words": "text", "find_quotations": "text", "write_reports": "report",
    "event_articles": "compare", "select_articles": "compare", "event_summary": "compare", "side_by_side_html": "display", "article_html": "display",
    "extract_quotes": "quotes", "source_profile": "quotes", "source_reliance": "quotes",
    "quote_highlights": "quotes", "quotes_in_text": "quotes", "quote_lines": "quotes", "load_cues": "cues",
    "find_markers": "markers", "marker_rates": "markers", "marker_highlights": "markers",
    "load_lexicon": "lexicon", "article_tone": "tone", "sentence_tone": "tone",
    "actor_tone": "tone", "distinctive_terms": "vocabulary",
    "load_taxonomy": "taxonomy", "Taxonomy": "taxonomy", "detect_topics": "topics",
    "summarize_topics": "topics", "topic_highlights": "topics", "train_topic_model": "topics",
    "find_emergent_topics": "emergent", "describe_emergent_topics": "emergent",
    "find_omissions": "omissions", "compare_topics": "omissions", "compare_blocs": "omissions",
    "event_tables": "summary", "EventTables": "summary", "summarize_event": "summary",
    "summary_markdown": "summary", "index_line": "summary", "write_event_summary": "summary",
    "article_overview": "summary", "topic_coverage": "summary", "omission_table": "summary",
    "source_shares": "summary", "top_sources": "summary", "marker_examples": "summary",
    "marker_rate_table": "summary", "naming_variants": "summary",
    "actor_tone_table": "summary", "event_vocabulary": "summary",
    "event_highlights": "summary", "side_by_side": "summary", "method_note": "summary",
    "events_overview": "summary", "outlets_over_time": "summary",
    "sources_over_time": "summary", "topics_over_time": "summary",
    "compare_lexicons": "summary", "topic_evidence": "summary",
}
# Modules reachable as attributes (``framing.plots.coverage_heatmap``), imported on first use.
_MODULES = {"plots", "lesson", "summary", "display"}
__all__ = sorted(_EXPORTS) + sorted(_MODULES)


def __getattr__(name):
    import importlib

    if name in _MODULES:
        return importlib.import_module(f"framing.{name}")
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    return getattr(importlib.import_module(f"framing.{module}"), name)


def __dir__():
    return sorted(list(globals()) + __all__)
