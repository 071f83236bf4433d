-- Story search: full text (FTS5) and answer facets, kept in step with `stories` by triggers.
-- A withdrawn story has neither: it vanishes from the table and from search.
--
-- Stories have text ids and no INTEGER PRIMARY KEY, so their rowid may change on VACUUM;
-- the search keys below give every story an integer that does not. They also hold the
-- story's short columns, so that filtering, sorting and counting 100 000 stories never
-- reads a story's text and answers (which lie before `created_on` in its row).
CREATE TABLE `story_search_keys` (
	`key` integer PRIMARY KEY,
	`story_id` text NOT NULL UNIQUE REFERENCES `stories`(`id`) ON DELETE CASCADE,
	`collection_id` text NOT NULL,
	`status` text NOT NULL,
	`channel` text NOT NULL,
	`created_on` text NOT NULL,
	`title` text NOT NULL COLLATE NOCASE
);
--> statement-breakpoint
-- Contentless: the text stays in `stories` only (no second copy to redact or delete).
-- remove_diacritics 2: "ruimte" finds "ruímte", "een" finds "één"; unicode61 folds case.
-- The team searches the story as told; anyone outside it searches the moderator's approved
-- redaction only, so a search cannot tell them which story names someone.
CREATE VIRTUAL TABLE `story_fts` USING fts5(
	title,
	text,
	redacted_title,
	redacted_text,
	content = '',
	contentless_delete = 1,
	tokenize = "unicode61 remove_diacritics 2"
);
--> statement-breakpoint
-- One row per answer part a filter can ask for: an option id (also 'na', 'dk'), a triad's
-- zone, a stone's quadrant ('stone:q', q as in analytics' describeStones), or a number.
CREATE TABLE `story_answer_facets` (
	`story_key` integer NOT NULL REFERENCES `story_search_keys`(`key`) ON DELETE CASCADE,
	`source` text NOT NULL CHECK (`source` IN ('story', 'participant')),
	`question_id` text NOT NULL,
	`facet` text,
	`value` real
);
--> statement-breakpoint
CREATE INDEX `story_answer_facets_facet_idx` ON `story_answer_facets` (`question_id`, `facet`, `source`, `story_key`) WHERE `facet` IS NOT NULL;
--> statement-breakpoint
CREATE INDEX `story_answer_facets_value_idx` ON `story_answer_facets` (`question_id`, `value`, `source`, `story_key`) WHERE `value` IS NOT NULL;
--> statement-breakpoint
CREATE INDEX `story_answer_facets_story_idx` ON `story_answer_facets` (`story_key`);
--> statement-breakpoint
-- Sorting the table on the server, each with the key as the tie-breaker of the keyset.
CREATE INDEX `story_search_keys_created_idx` ON `story_search_keys` (`created_on`, `key`);
--> statement-breakpoint
CREATE INDEX `story_search_keys_title_idx` ON `story_search_keys` (`title`, `key`);
--> statement-breakpoint
CREATE INDEX `story_search_keys_status_idx` ON `story_search_keys` (`status`, `key`);
--> statement-breakpoint
CREATE INDEX `story_search_keys_channel_idx` ON `story_search_keys` (`channel`, `key`);
--> statement-breakpoint
CREATE INDEX `story_search_keys_collection_idx` ON `story_search_keys` (`collection_id`, `created_on`, `key`);
--> statement-breakpoint
-- Each story's answers and its participant's answers, as (story, source, answers).
CREATE VIEW `story_answer_sets` AS
	SELECT `id` AS `story_id`, 'story' AS `source`, `answers` FROM `stories`
	UNION ALL
	SELECT `s`.`id`, 'participant', `p`.`answers`
	FROM `stories` `s` JOIN `participants` `p` ON `p`.`id` = `s`.`participant_id`;
--> statement-breakpoint
-- The facets of every answer, read from the canonical encoding (DESIGN.md). The triad zone
-- is analytics' triadZone (SenseMaker's seven zones, 1e-9 for rounding); a test checks
-- that both agree.
CREATE VIEW `story_answer_facet_rows` AS
	-- One option id (or 'na' / 'dk'; free text is not id-shaped, so no facet), a triad's
	-- zone, or a dyad, scale or number.
	SELECT `story_id`, `source`, `question_id`, `facet`, `value` FROM (
		SELECT `a`.`story_id`, `a`.`source`, `j`.`key` AS `question_id`,
			CASE
				WHEN `j`.`type` = 'text' THEN
					CASE WHEN length(`j`.`value`) <= 64 AND `j`.`value` GLOB '[a-z]*'
						AND `j`.`value` NOT GLOB '*[^a-z0-9_]*' THEN `j`.`value` END
				WHEN `j`.`type` = 'object' AND json_type(`j`.`value`, '$.a') IN ('integer', 'real')
					AND json_type(`j`.`value`, '$.b') IN ('integer', 'real')
					AND json_type(`j`.`value`, '$.c') IN ('integer', 'real') THEN
					CASE
						WHEN json_extract(`j`.`value`, '$.a') >= 0.599999999 THEN 'corner-a'
						WHEN json_extract(`j`.`value`, '$.b') >= 0.599999999 THEN 'corner-b'
						WHEN json_extract(`j`.`value`, '$.c') >= 0.599999999 THEN 'corner-c'
						WHEN json_extract(`j`.`value`, '$.c') < 0.199999999 THEN 'edge-ab'
						WHEN json_extract(`j`.`value`, '$.a') < 0.199999999 THEN 'edge-bc'
						WHEN json_extract(`j`.`value`, '$.b') < 0.199999999 THEN 'edge-ca'
						ELSE 'centre'
					END
			END AS `facet`,
			CASE WHEN `j`.`type` IN ('integer', 'real') THEN `j`.`value` END AS `value`
		FROM `story_answer_sets` `a`, json_each(`a`.`answers`) `j`
	) WHERE `facet` IS NOT NULL OR `value` IS NOT NULL
	UNION ALL
	-- Inside an array or object: several options, the options of { selected, other }, and
	-- each placed stone's quadrant, (x >= 0.5) + 2 (y >= 0.5) as in analytics.
	SELECT `story_id`, `source`, `question_id`, `facet`, NULL FROM (
		SELECT `a`.`story_id`, `a`.`source`, `j`.`key` AS `question_id`,
			CASE
				WHEN `e`.`type` = 'text' THEN `e`.`value`
				WHEN `e`.`type` = 'object' AND json_type(`e`.`value`, '$.x') IN ('integer', 'real')
					AND json_type(`e`.`value`, '$.y') IN ('integer', 'real') THEN
					`e`.`key` || ':' || ((json_extract(`e`.`value`, '$.x') >= 0.5)
						+ 2 * (json_extract(`e`.`value`, '$.y') >= 0.5))
			END AS `facet`
		FROM `story_answer_sets` `a`, json_each(`a`.`answers`) `j`,
			json_each(`j`.`value`, CASE WHEN `j`.`type` = 'object'
				AND json_type(`j`.`value`, '$.selected') IS NOT NULL THEN '$.selected' ELSE '$' END) `e`
		WHERE `j`.`type` IN ('array', 'object')
	) WHERE `facet` IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `stories_search_insert` AFTER INSERT ON `stories` BEGIN
	INSERT INTO `story_search_keys` (`story_id`, `collection_id`, `status`, `channel`, `created_on`, `title`)
		VALUES (new.`id`, new.`collection_id`, new.`status`, new.`channel`, new.`created_on`, new.`title`);
	INSERT INTO `story_fts` (rowid, title, text, redacted_title, redacted_text)
		SELECT `k`.`key`, `s`.`title`, `s`.`text`, coalesce(`r`.`title`, ''), coalesce(`r`.`text`, '')
		FROM `stories` `s` JOIN `story_search_keys` `k` ON `k`.`story_id` = `s`.`id`
		LEFT JOIN `story_redactions` `r` ON `r`.`story_id` = `s`.`id`
		WHERE `s`.`id` = new.`id` AND `s`.`status` <> 'withdrawn';
	INSERT INTO `story_answer_facets` (`story_key`, `source`, `question_id`, `facet`, `value`)
		SELECT `k`.`key`, `f`.`source`, `f`.`question_id`, `f`.`facet`, `f`.`value`
		FROM `story_answer_facet_rows` `f` JOIN `story_search_keys` `k` ON `k`.`story_id` = `f`.`story_id`
		WHERE `f`.`story_id` = new.`id` AND new.`status` <> 'withdrawn';
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_columns` AFTER UPDATE OF `collection_id`, `status`, `channel`, `created_on`, `title` ON `stories` BEGIN
	UPDATE `story_search_keys` SET `collection_id` = new.`collection_id`, `status` = new.`status`,
		`channel` = new.`channel`, `created_on` = new.`created_on`, `title` = new.`title`
	WHERE `story_id` = new.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_text` AFTER UPDATE OF `title`, `text` ON `stories`
WHEN new.`status` <> 'withdrawn' BEGIN
	DELETE FROM `story_fts` WHERE rowid = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = new.`id`);
	INSERT INTO `story_fts` (rowid, title, text, redacted_title, redacted_text)
		SELECT `k`.`key`, `s`.`title`, `s`.`text`, coalesce(`r`.`title`, ''), coalesce(`r`.`text`, '')
		FROM `stories` `s` JOIN `story_search_keys` `k` ON `k`.`story_id` = `s`.`id`
		LEFT JOIN `story_redactions` `r` ON `r`.`story_id` = `s`.`id`
		WHERE `s`.`id` = new.`id` AND `s`.`status` <> 'withdrawn';
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_answers` AFTER UPDATE OF `answers` ON `stories`
WHEN new.`status` <> 'withdrawn' BEGIN
	DELETE FROM `story_answer_facets` WHERE `story_key` = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = new.`id`);
	INSERT INTO `story_answer_facets` (`story_key`, `source`, `question_id`, `facet`, `value`)
		SELECT `k`.`key`, `f`.`source`, `f`.`question_id`, `f`.`facet`, `f`.`value`
		FROM `story_answer_facet_rows` `f` JOIN `story_search_keys` `k` ON `k`.`story_id` = `f`.`story_id`
		WHERE `f`.`story_id` = new.`id`;
END;
--> statement-breakpoint
-- Withdrawal: the story leaves the index, text and answers alike.
CREATE TRIGGER `stories_search_withdraw` AFTER UPDATE OF `status` ON `stories`
WHEN new.`status` = 'withdrawn' AND old.`status` <> 'withdrawn' BEGIN
	DELETE FROM `story_fts` WHERE rowid = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = new.`id`);
	DELETE FROM `story_answer_facets` WHERE `story_key` = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stories_search_delete` BEFORE DELETE ON `stories` BEGIN
	DELETE FROM `story_fts` WHERE rowid = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = old.`id`);
	DELETE FROM `story_answer_facets` WHERE `story_key` = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = old.`id`);
	DELETE FROM `story_search_keys` WHERE `story_id` = old.`id`;
END;
--> statement-breakpoint
-- A moderator's redaction changes what outside viewers search.
CREATE TRIGGER `story_redactions_search_insert` AFTER INSERT ON `story_redactions` BEGIN
	DELETE FROM `story_fts` WHERE rowid = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = new.`story_id`);
	INSERT INTO `story_fts` (rowid, title, text, redacted_title, redacted_text)
		SELECT `k`.`key`, `s`.`title`, `s`.`text`, coalesce(`r`.`title`, ''), coalesce(`r`.`text`, '')
		FROM `stories` `s` JOIN `story_search_keys` `k` ON `k`.`story_id` = `s`.`id`
		LEFT JOIN `story_redactions` `r` ON `r`.`story_id` = `s`.`id`
		WHERE `s`.`id` = new.`story_id` AND `s`.`status` <> 'withdrawn';
END;
--> statement-breakpoint
-- A moderator's redaction changes what outside viewers search.
CREATE TRIGGER `story_redactions_search_update` AFTER UPDATE ON `story_redactions` BEGIN
	DELETE FROM `story_fts` WHERE rowid = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = new.`story_id`);
	INSERT INTO `story_fts` (rowid, title, text, redacted_title, redacted_text)
		SELECT `k`.`key`, `s`.`title`, `s`.`text`, coalesce(`r`.`title`, ''), coalesce(`r`.`text`, '')
		FROM `stories` `s` JOIN `story_search_keys` `k` ON `k`.`story_id` = `s`.`id`
		LEFT JOIN `story_redactions` `r` ON `r`.`story_id` = `s`.`id`
		WHERE `s`.`id` = new.`story_id` AND `s`.`status` <> 'withdrawn';
END;
--> statement-breakpoint
-- A moderator's redaction changes what outside viewers search.
CREATE TRIGGER `story_redactions_search_delete` AFTER DELETE ON `story_redactions` BEGIN
	DELETE FROM `story_fts` WHERE rowid = (SELECT `key` FROM `story_search_keys` WHERE `story_id` = old.`story_id`);
	INSERT INTO `story_fts` (rowid, title, text, redacted_title, redacted_text)
		SELECT `k`.`key`, `s`.`title`, `s`.`text`, coalesce(`r`.`title`, ''), coalesce(`r`.`text`, '')
		FROM `stories` `s` JOIN `story_search_keys` `k` ON `k`.`story_id` = `s`.`id`
		LEFT JOIN `story_redactions` `r` ON `r`.`story_id` = `s`.`id`
		WHERE `s`.`id` = old.`story_id` AND `s`.`status` <> 'withdrawn';
END;
--> statement-breakpoint
-- The stories stored before this migration.
INSERT INTO `story_search_keys` (`story_id`, `collection_id`, `status`, `channel`, `created_on`, `title`)
	SELECT `id`, `collection_id`, `status`, `channel`, `created_on`, `title` FROM `stories`;
--> statement-breakpoint
INSERT INTO `story_fts` (rowid, title, text, redacted_title, redacted_text)
	SELECT `k`.`key`, `s`.`title`, `s`.`text`, coalesce(`r`.`title`, ''), coalesce(`r`.`text`, '')
	FROM `stories` `s` JOIN `story_search_keys` `k` ON `k`.`story_id` = `s`.`id`
	LEFT JOIN `story_redactions` `r` ON `r`.`story_id` = `s`.`id`
	WHERE `s`.`status` <> 'withdrawn';
--> statement-breakpoint
INSERT INTO `story_answer_facets` (`story_key`, `source`, `question_id`, `facet`, `value`)
	SELECT `k`.`key`, `f`.`source`, `f`.`question_id`, `f`.`facet`, `f`.`value`
	FROM `story_answer_facet_rows` `f`
	JOIN `story_search_keys` `k` ON `k`.`story_id` = `f`.`story_id`
	JOIN `stories` `s` ON `s`.`id` = `f`.`story_id`
	WHERE `s`.`status` <> 'withdrawn';
