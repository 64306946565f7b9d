-- One friendly row per current article (latest version of every file still present).
CREATE OR REPLACE VIEW v_articles AS
WITH sources AS (
    SELECT doc_id, min(source_path) AS source_path, count(*) AS source_count
    FROM document_sources
    WHERE status = 'current'
    GROUP BY doc_id
),
docs AS (
    SELECT * FROM documents
),
final AS (
    SELECT
        d.doc_id,
        d.title,
        d.author,
        d.published_at,
        d.source_domain,
        d.language,
        d.is_translated,
        d.source_language,
        d.word_count,
        s.source_path,
        s.source_count,
        d.clean_text
    FROM docs d
    JOIN sources s USING (doc_id)
)
SELECT * FROM final
