-- Which articles are translations, from which language, and on what evidence?
-- One row per current article, strongest translation evidence first.
--
-- Columns:
-- doc_id: Document (documents.doc_id).
-- title: Headline; NULL if none.
-- source: Outlet (folder name, as in v_articles.source).
-- language: Language of the text as loaded.
-- is_translated: The verdict: true when the signals point to a translation.
-- source_language: Likely language translated from; NULL if unknown.
-- translation_score: Sum of the signal weights behind the verdict.
-- signals: Number of translation signals seen.
-- evidence: The signals as 'signal=value', heaviest first.
CREATE OR REPLACE VIEW v_translation_report AS
WITH articles AS (
    SELECT doc_id, title, source, language, is_translated, source_language,
           translation_score
    FROM v_articles
),
translation_signals AS (
    SELECT doc_id, signal, value, weight FROM translation_signals
),
evidence AS (
    SELECT
        doc_id,
        count(*) AS signals,
        string_agg(signal || '=' || coalesce(value, ''), '; '
                   ORDER BY weight DESC, signal, value) AS evidence
    FROM translation_signals
    GROUP BY doc_id
),
final AS (
    SELECT
        a.doc_id,
        a.title,
        a.source,
        a.language,
        a.is_translated,
        a.source_language,
        a.translation_score,
        coalesce(e.signals, 0) AS signals,
        e.evidence
    FROM articles AS a
    LEFT JOIN evidence AS e USING (doc_id)
)
SELECT * FROM final
ORDER BY translation_score DESC NULLS LAST, doc_id
