-- Which outlets send the dirtiest text, and what kind of dirt?
-- One row per outlet and artefact kind, over current articles.
--
-- Columns:
-- source: Outlet (folder name, as in v_articles.source).
-- kind: Artefact kind (artefacts.kind).
-- artefacts: Changes of this kind cleaning made.
-- articles_affected: Articles with at least one such change.
-- source_articles: Current articles from the outlet.
-- share_of_articles: articles_affected / source_articles (0-1).
-- per_10k_chars: Changes of this kind per 10,000 characters of the outlet's clean text
--   (characters, not words, so outlets in every script compare).
CREATE OR REPLACE VIEW v_artefacts_by_source AS
WITH articles AS (
    SELECT doc_id, source, char_count FROM v_articles
),
artefacts AS (
    SELECT doc_id, kind FROM artefacts
),
per_source AS (
    SELECT source, count(*) AS source_articles, sum(char_count) AS source_chars
    FROM articles
    GROUP BY source
),
per_kind AS (
    SELECT
        a.source,
        x.kind,
        count(*) AS artefacts,
        count(DISTINCT x.doc_id) AS articles_affected
    FROM artefacts AS x
    JOIN articles AS a USING (doc_id)
    GROUP BY a.source, x.kind
),
final AS (
    SELECT
        k.source,
        k.kind,
        k.artefacts,
        k.articles_affected,
        s.source_articles,
        round(k.articles_affected / s.source_articles, 3) AS share_of_articles,
        round(10000.0 * k.artefacts / nullif(s.source_chars, 0), 2) AS per_10k_chars
    FROM per_kind AS k
    JOIN per_source AS s USING (source)
)
SELECT * FROM final
ORDER BY source, artefacts DESC, kind
