ALTER TABLE `participants` ADD `code_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `participants_code_hash_unique` ON `participants` (`code_hash`);