-- The story table's count and page within a collection and status (the moderator's queue:
-- "pending in 2026") read this index alone, not every story of the collection.
CREATE INDEX `story_search_keys_scope_idx` ON `story_search_keys` (`collection_id`, `status`, `created_on`, `key`);
--> statement-breakpoint
-- A page walks the stories in sort order and tests each one's answers: one seek per test
-- here, where the index on the key alone read every answer of the story.
CREATE INDEX `story_answer_facets_story_question_idx` ON `story_answer_facets` (`story_key`, `question_id`, `source`, `facet`, `value`);
--> statement-breakpoint
DROP INDEX `story_answer_facets_story_idx`;
