DROP INDEX "keyword_checks_keyword_time_idx";--> statement-breakpoint
CREATE INDEX "keyword_checks_keyword_best_idx" ON "keyword_checks" USING btree ("keyword_id","position") WHERE "keyword_checks"."status" = 'ok' and "keyword_checks"."position" is not null;--> statement-breakpoint
CREATE INDEX "keyword_checks_keyword_time_idx" ON "keyword_checks" USING btree ("keyword_id","checked_at","id");