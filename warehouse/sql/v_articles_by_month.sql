-- How many articles did each outlet publish, month by month?
-- One row per outlet and publication month; undated articles have month NULL.
--
-- Columns:
-- source: Outlet (folder name, as in v_articles.source).
-- month: First day of the publication month; NULL for undated articles.
-- articles: Current articles from the outlet that month.
-- translated: How many of them are translations.
-- words: Total words in those articles.
CREATE OR REPLACE VIEW v_articles_by_month AS
WITH articles AS (
    SELECT * FROM v_articles
),
monthly AS (
    SELECT
        source,
        published_month AS month,
        count(*) AS articles,
        count(*) FILTER (WHERE is_translated) AS translated,
        sum(word_count) AS words
    FROM articles
    GROUP BY source, published_month
),
final AS (
    SELECT * FROM monthly
)
SELECT * FROM final
ORDER BY month NULLS LAST, source
