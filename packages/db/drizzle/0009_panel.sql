CREATE TABLE `mail_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`member_id` text,
	`collection_id` text,
	`kind` text NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`unsubscribe_url` text,
	`status` text DEFAULT 'queued' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `panel_members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mail_outbox_kind_check" CHECK("mail_outbox"."kind" in ('invitation', 'reminder', 'thanks', 'welcome')),
	CONSTRAINT "mail_outbox_status_check" CHECK("mail_outbox"."status" in ('queued', 'sent', 'failed', 'bounced'))
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `mail_outbox_project_idx` ON `mail_outbox` (`project_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `mail_outbox_member_idx` ON `mail_outbox` (`member_id`);--> statement-breakpoint
CREATE TABLE `panel_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`collection_id` text NOT NULL,
	`answers` text NOT NULL,
	`received_on` text NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `panel_answers_collection_idx` ON `panel_answers` (`collection_id`);--> statement-breakpoint
CREATE TABLE `panel_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`collection_id` text NOT NULL,
	`member_id` text NOT NULL,
	`state` text DEFAULT 'invited' NOT NULL,
	`token_issued` integer DEFAULT false NOT NULL,
	`reminders` integer DEFAULT 0 NOT NULL,
	`invited_at` integer NOT NULL,
	`last_mail_at` integer NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `panel_members`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "panel_invitations_state_check" CHECK("panel_invitations"."state" in ('invited', 'reminded', 'answered'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `panel_invitations_wave_member_idx` ON `panel_invitations` (`collection_id`,`member_id`);--> statement-breakpoint
CREATE INDEX `panel_invitations_member_idx` ON `panel_invitations` (`member_id`);--> statement-breakpoint
CREATE TABLE `panel_members` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`name` text,
	`email` text,
	`organisation` text,
	`municipality` text,
	`role` text,
	`status` text DEFAULT 'active' NOT NULL,
	`consent_at` integer,
	`consent_text` text,
	`consent_source` text,
	`consent_recorded_by_user_id` text,
	`link_generation` integer DEFAULT 1 NOT NULL,
	`link_token_hash` text,
	`created_at` integer NOT NULL,
	`left_at` integer,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`consent_recorded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "panel_members_status_check" CHECK("panel_members"."status" in ('active', 'paused', 'left'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `panel_members_link_token_hash_unique` ON `panel_members` (`link_token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `panel_members_project_email_idx` ON `panel_members` (`project_id`,`email`);--> statement-breakpoint
CREATE INDEX `panel_members_project_idx` ON `panel_members` (`project_id`,`status`);--> statement-breakpoint
CREATE TABLE `panel_spent_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`collection_id` text NOT NULL,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `panel_waves` (
	`collection_id` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`private_key` text NOT NULL,
	`reminder_after_days` integer NOT NULL,
	`max_reminders` integer NOT NULL,
	`opened_at` integer NOT NULL,
	`thanks_written_at` integer,
	FOREIGN KEY (`collection_id`) REFERENCES `collections`(`id`) ON UPDATE no action ON DELETE cascade
);
