CREATE TABLE `spent_proofs_of_work` (
	`signature` text PRIMARY KEY NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `spent_proofs_of_work_expires_idx` ON `spent_proofs_of_work` (`expires_at`);