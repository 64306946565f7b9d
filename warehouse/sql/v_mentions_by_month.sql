-- How often is each person, place and organisation mentioned, month by month?
-- One row per entity and publication month; undated articles have month NULL.
--
-- Columns:
-- entity_id: Entity (entities.entity_id).
-- canonical_name: Canonical spelling (variants such as Kiev/Kyiv are merged).
-- entity_type: person | place | organisation.
-- month: First day of the publication month; NULL for undated articles.
-- mentions: Occurrences in current articles that month.
-- articles: Current articles mentioning the entity that month.
CREATE OR REPLACE VIEW v_mentions_by_month AS
WITH articles AS (
    SELECT doc_id, published_month FROM v_articles
),
mentions AS (
    SELECT doc_id, entity_id FROM mentions
),
entities AS (
    SELECT entity_id, canonical_name, entity_type FROM entities
),
monthly AS (
    SELECT
        m.entity_id,
        a.published_month AS month,
        count(*) AS mentions,
        count(DISTINCT m.doc_id) AS articles
    FROM mentions AS m
    JOIN articles AS a USING (doc_id)
    GROUP BY m.entity_id, a.published_month
),
final AS (
    SELECT
        e.entity_id,
        e.canonical_name,
        e.entity_type,
        mo.month,
        mo.mentions,
        mo.articles
    FROM monthly AS mo
    JOIN entities AS e USING (entity_id)
)
SELECT * FROM final
ORDER BY month NULLS LAST, mentions DESC, canonical_name
