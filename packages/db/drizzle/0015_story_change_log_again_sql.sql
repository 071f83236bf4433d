-- 0014 again, for a database made at 0013: drizzle's migrator runs only the migrations dated
-- after the newest it applied, and 0014's date (2026-12-02 22:46) is before 0013's
-- (2026-12-03 15:01), so such a database never got the story change log and the explorer
-- failed on it. On every other database this finds it all there and changes nothing.
-- (packages/db/src/migrations.test.ts upgrades a database made by every migration.)
CREATE TABLE IF NOT EXISTS `story_change_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`story_rowid` integer NOT NULL,
	`reread` integer NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `stories_change_log_update` AFTER UPDATE OF `status`, `collection_id`, `answers` ON `stories`
WHEN new.`status` IS NOT old.`status` OR new.`collection_id` IS NOT old.`collection_id`
	OR new.`answers` IS NOT old.`answers` BEGIN
	INSERT INTO `story_change_log` (`story_rowid`, `reread`)
		VALUES (new.rowid, new.`collection_id` IS NOT old.`collection_id` OR new.`answers` IS NOT old.`answers`);
END;
--> statement-breakpoint
CREATE TRIGGER IF NOT EXISTS `stories_change_log_delete` AFTER DELETE ON `stories` BEGIN
	INSERT INTO `story_change_log` (`story_rowid`, `reread`) VALUES (old.rowid, 1);
END;
