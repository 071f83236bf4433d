-- Panel answers and spent tokens WITHOUT ROWID: a rowid table keeps rows in order of
-- arrival, which an attacker holding the file could set beside the order in which
-- members were seen answering. These rows sit in the order of their random keys.
-- Both tables are new in 0004 and still empty here.
DROP INDEX `panel_answers_collection_idx`;--> statement-breakpoint
DROP TABLE `panel_answers`;--> statement-breakpoint
CREATE TABLE `panel_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`collection_id` text NOT NULL,
	`answers` text NOT NULL,
	`received_on` text NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;--> statement-breakpoint
CREATE INDEX `panel_answers_collection_idx` ON `panel_answers` (`collection_id`);--> statement-breakpoint
DROP TABLE `panel_spent_tokens`;--> statement-breakpoint
CREATE TABLE `panel_spent_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`collection_id` text NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
