CREATE TABLE `interpretations` (
	`id` text PRIMARY KEY NOT NULL,
	`observation_id` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`theme_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`author_user_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `interpretations_observation_idx` ON `interpretations` (`observation_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `interpretations_theme_idx` ON `interpretations` (`theme_id`,`position`);--> statement-breakpoint
CREATE TABLE `observations` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`framework_id` text,
	`pattern_key` text,
	`collection_id` text,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`strength` text NOT NULL,
	`author_user_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`framework_id`) REFERENCES `frameworks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "observations_strength_check" CHECK("observations"."strength" in ('weak', 'medium', 'strong')),
	CONSTRAINT "observations_subject_check" CHECK(("observations"."pattern_key" is not null and "observations"."framework_id" is not null and "observations"."collection_id" is null) or ("observations"."pattern_key" is null and "observations"."framework_id" is null and "observations"."collection_id" is not null))
);
--> statement-breakpoint
CREATE INDEX `observations_project_idx` ON `observations` (`project_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `observations_pattern_idx` ON `observations` (`framework_id`,`pattern_key`);--> statement-breakpoint
CREATE INDEX `observations_collection_idx` ON `observations` (`collection_id`);--> statement-breakpoint
CREATE TABLE `pattern_marks` (
	`project_id` text NOT NULL,
	`framework_id` text NOT NULL,
	`pattern_key` text NOT NULL,
	`remarkable` integer NOT NULL,
	`description` text NOT NULL,
	`marked_by_user_id` text,
	`marked_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `framework_id`, `pattern_key`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`framework_id`) REFERENCES `frameworks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`marked_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `pattern_marks_framework_idx` ON `pattern_marks` (`framework_id`);--> statement-breakpoint
CREATE TABLE `report_publications` (
	`report_id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`public_token` text NOT NULL,
	`snapshot` text NOT NULL,
	`published_by_user_id` text,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_publications_public_token_unique` ON `report_publications` (`public_token`);--> statement-breakpoint
CREATE TABLE `report_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`report_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`heading` text DEFAULT '' NOT NULL,
	`spec` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`report_id`) REFERENCES `reports`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "report_sections_kind_check" CHECK("report_sections"."kind" in ('text', 'chart', 'quote', 'observation', 'themes', 'municipalities'))
);
--> statement-breakpoint
CREATE INDEX `report_sections_report_idx` ON `report_sections` (`report_id`,`position`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`title` text NOT NULL,
	`created_by_user_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `reports_project_idx` ON `reports` (`project_id`,`updated_at`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `themes_project_idx` ON `themes` (`project_id`,`position`);