CREATE TABLE `codes` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`parent_id` text,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE restrict,
	CONSTRAINT "codes_sort_order_check" CHECK("codes"."sort_order" >= 0)
);
--> statement-breakpoint
CREATE INDEX `codes_project_parent_idx` ON `codes` (`project_id`,`parent_id`,`sort_order`);--> statement-breakpoint
CREATE TABLE `moderation_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`story_id` text NOT NULL,
	`decided_by_user_id` text,
	`decided_at` integer NOT NULL,
	`decision` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "moderation_decisions_decision_check" CHECK("moderation_decisions"."decision" in ('approve', 'reject'))
);
--> statement-breakpoint
CREATE INDEX `moderation_decisions_story_idx` ON `moderation_decisions` (`story_id`,`decided_at`);--> statement-breakpoint
CREATE TABLE `retention_policies` (
	`project_id` text PRIMARY KEY NOT NULL,
	`after_months` integer NOT NULL,
	`mode` text NOT NULL,
	`updated_by_user_id` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "retention_policies_months_check" CHECK("retention_policies"."after_months" between 1 and 1200),
	CONSTRAINT "retention_policies_mode_check" CHECK("retention_policies"."mode" in ('delete', 'reduce'))
);
--> statement-breakpoint
CREATE TABLE `story_codings` (
	`id` text PRIMARY KEY NOT NULL,
	`story_id` text NOT NULL,
	`code_id` text NOT NULL,
	`coder_user_id` text NOT NULL,
	`passage_start` integer,
	`passage_end` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`code_id`) REFERENCES `codes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coder_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "story_codings_passage_check" CHECK(("story_codings"."passage_start" is null and "story_codings"."passage_end" is null) or ("story_codings"."passage_start" >= 0 and "story_codings"."passage_end" > "story_codings"."passage_start"))
);
--> statement-breakpoint
CREATE INDEX `story_codings_story_idx` ON `story_codings` (`story_id`);--> statement-breakpoint
CREATE INDEX `story_codings_code_idx` ON `story_codings` (`code_id`,`story_id`);--> statement-breakpoint
CREATE INDEX `story_codings_coder_idx` ON `story_codings` (`coder_user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `story_codings_whole_unique` ON `story_codings` (`story_id`,`code_id`,`coder_user_id`) WHERE passage_start is null;--> statement-breakpoint
CREATE UNIQUE INDEX `story_codings_passage_unique` ON `story_codings` (`story_id`,`code_id`,`coder_user_id`,`passage_start`,`passage_end`) WHERE passage_start is not null;--> statement-breakpoint
CREATE TABLE `story_redactions` (
	`story_id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`text` text NOT NULL,
	`spans` text NOT NULL,
	`approved_by_user_id` text,
	`approved_at` integer NOT NULL,
	FOREIGN KEY (`story_id`) REFERENCES `stories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`approved_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
