-- One friendly row per current article: the latest content of every file still present.
-- Start here; the other views build on it.
--
-- Columns:
-- doc_id: Document (documents.doc_id).
-- title: Headline; NULL if none was found.
-- subtitle: Standfirst under the headline; NULL if none.
-- author: Author from the byline; NULL if none.
-- published_at: Publication time from the dateline; NULL if undated.
-- published_month: First day of the publication month; NULL if undated.
-- source: Outlet: the name of the folder the file is in (one folder per outlet).
-- source_domain: Host of the original article's URL for translated pieces; NULL if none.
-- language: ISO 639-1 language of the text ('und' when unsure).
-- is_translated: True when translation signals point to a translation.
-- source_language: Likely language it was translated from; NULL if unknown.
-- translation_score: Sum of translation signal weights.
-- word_count: Words in clean_text (whitespace-separated, so low for Chinese).
-- char_count: Characters in clean_text.
-- source_path: The file (the first path, if the same content is at several).
-- source_count: How many current files hold this content.
-- run_id: Run that loaded the content.
-- clean_text: The cleaned article body.
CREATE OR REPLACE VIEW v_articles AS
WITH document_sources AS (
    SELECT * FROM document_sources
),
documents AS (
    SELECT * FROM documents
),
current_files AS (
    SELECT
        doc_id,
        min(source_path) AS source_path,
        count(*) AS source_count
    FROM document_sources
    WHERE status = 'current'
    GROUP BY doc_id
),
final AS (
    SELECT
        d.doc_id,
        d.title,
        d.subtitle,
        d.author,
        d.published_at,
        date_trunc('month', d.published_at)::DATE AS published_month,
        regexp_extract(f.source_path, '([^/]+)/[^/]+$', 1) AS source,
        d.source_domain,
        d.language,
        d.is_translated,
        d.source_language,
        d.translation_score,
        d.word_count,
        d.char_count,
        f.source_path,
        f.source_count,
        d.run_id,
        d.clean_text
    FROM documents AS d
    JOIN current_files AS f USING (doc_id)
)
SELECT * FROM final
