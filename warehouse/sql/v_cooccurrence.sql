-- Which entities are mentioned together, and how often?
-- One row per pair of entities mentioned in the same current article (each pair once,
-- entity_a_id < entity_b_id), with the number of articles that mention both.
--
-- Columns:
-- entity_a_id: First entity of the pair (the smaller entity_id).
-- entity_a_name: Its canonical name.
-- entity_a_type: Its type.
-- entity_b_id: Second entity of the pair.
-- entity_b_name: Its canonical name.
-- entity_b_type: Its type.
-- articles: Current articles mentioning both.
-- first_published_at: Earliest publication time among those articles (NULL if all undated).
-- last_published_at: Latest publication time among those articles.
CREATE OR REPLACE VIEW v_cooccurrence AS
WITH articles AS (
    SELECT doc_id, published_at FROM v_articles
),
mentions AS (
    SELECT doc_id, entity_id FROM mentions
),
entities AS (
    SELECT entity_id, canonical_name, entity_type FROM entities
),
article_entities AS (
    SELECT DISTINCT m.doc_id, m.entity_id, a.published_at
    FROM mentions AS m
    JOIN articles AS a USING (doc_id)
),
pairs AS (
    SELECT
        a.entity_id AS entity_a_id,
        b.entity_id AS entity_b_id,
        count(*) AS articles,
        min(a.published_at) AS first_published_at,
        max(a.published_at) AS last_published_at
    FROM article_entities AS a
    JOIN article_entities AS b
        ON a.doc_id = b.doc_id AND a.entity_id < b.entity_id
    GROUP BY a.entity_id, b.entity_id
),
final AS (
    SELECT
        p.entity_a_id,
        ea.canonical_name AS entity_a_name,
        ea.entity_type AS entity_a_type,
        p.entity_b_id,
        eb.canonical_name AS entity_b_name,
        eb.entity_type AS entity_b_type,
        p.articles,
        p.first_published_at,
        p.last_published_at
    FROM pairs AS p
    JOIN entities AS ea ON ea.entity_id = p.entity_a_id
    JOIN entities AS eb ON eb.entity_id = p.entity_b_id
)
SELECT * FROM final
ORDER BY articles DESC, entity_a_name, entity_b_name
