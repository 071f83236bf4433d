ALTER TABLE `collections` ADD `landing` text;--> statement-breakpoint
ALTER TABLE `collections` ADD `theme` text;