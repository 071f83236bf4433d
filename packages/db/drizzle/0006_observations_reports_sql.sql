-- A published report is immutable in the database too, not only in api: its frozen
-- snapshot never changes, its row cannot be retitled or unpublished, and its sections
-- take no new or changed rows. (Deletes are left to cascades from the project.)
CREATE TRIGGER report_publications_immutable
BEFORE UPDATE ON report_publications
BEGIN
  SELECT RAISE(ABORT, 'report_published');
END;
--> statement-breakpoint
CREATE TRIGGER reports_published_immutable
BEFORE UPDATE ON reports
WHEN OLD.published_at IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'report_published');
END;
--> statement-breakpoint
CREATE TRIGGER report_sections_insert_published
BEFORE INSERT ON report_sections
WHEN (SELECT published_at FROM reports WHERE id = NEW.report_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'report_published');
END;
--> statement-breakpoint
CREATE TRIGGER report_sections_update_published
BEFORE UPDATE ON report_sections
WHEN (SELECT published_at FROM reports WHERE id = OLD.report_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'report_published');
END;
