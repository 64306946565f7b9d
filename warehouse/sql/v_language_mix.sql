-- Which languages does each outlet publish in, and how many articles mix languages?
-- One row per outlet and article language, over current articles.
--
-- Columns:
-- source: Outlet (folder name, as in v_articles.source).
-- language: Article language (ISO 639-1, 'und' when unsure).
-- articles: Current articles from the outlet in that language.
-- share_of_source: articles / all current articles of the outlet (0-1).
-- translated: How many of them are translations.
-- mixed_language_articles: Articles with a paragraph detected in another language.
CREATE OR REPLACE VIEW v_language_mix AS
WITH articles AS (
    SELECT doc_id, source, language, is_translated FROM v_articles
),
paragraphs AS (
    SELECT doc_id, language FROM paragraphs
),
mixed AS (
    SELECT DISTINCT a.doc_id
    FROM articles AS a
    JOIN paragraphs AS p USING (doc_id)
    WHERE p.language <> 'und' AND a.language <> 'und' AND p.language <> a.language
),
per_language AS (
    SELECT
        a.source,
        a.language,
        count(*) AS articles,
        count(*) FILTER (WHERE a.is_translated) AS translated,
        count(m.doc_id) AS mixed_language_articles
    FROM articles AS a
    LEFT JOIN mixed AS m USING (doc_id)
    GROUP BY a.source, a.language
),
final AS (
    SELECT
        source,
        language,
        articles,
        round(articles / sum(articles) OVER (PARTITION BY source), 3) AS share_of_source,
        translated,
        mixed_language_articles
    FROM per_language
)
SELECT * FROM final
ORDER BY source, articles DESC, language
