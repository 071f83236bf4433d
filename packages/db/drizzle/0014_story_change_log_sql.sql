-- Every change to a stored story that the explorer's kept dataset depends on, by the story's
-- rowid, in the order made: a new status, and (`reread`) a change of its collection or its
-- answers, or its deletion. The explorer reads the entries after the last it saw and updates
-- only those stories' flags, where it read every story's status again (100 ms at 100 000
-- stories); an entry with `reread` makes it read the stories again. Inserts are not logged: a
-- new story has a rowid above every one read, so the largest rowid says that one came. The
-- entries are a few bytes each, about one per moderation decision, and are kept.
CREATE TABLE `story_change_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`story_rowid` integer NOT NULL,
	`reread` integer NOT NULL
);
--> statement-breakpoint
CREATE TRIGGER `stories_change_log_update` AFTER UPDATE OF `status`, `collection_id`, `answers` ON `stories`
WHEN new.`status` IS NOT old.`status` OR new.`collection_id` IS NOT old.`collection_id`
	OR new.`answers` IS NOT old.`answers` BEGIN
	INSERT INTO `story_change_log` (`story_rowid`, `reread`)
		VALUES (new.rowid, new.`collection_id` IS NOT old.`collection_id` OR new.`answers` IS NOT old.`answers`);
END;
--> statement-breakpoint
CREATE TRIGGER `stories_change_log_delete` AFTER DELETE ON `stories` BEGIN
	INSERT INTO `story_change_log` (`story_rowid`, `reread`) VALUES (old.rowid, 1);
END;
