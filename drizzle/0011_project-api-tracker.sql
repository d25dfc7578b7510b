ALTER TABLE "keyword_check_runs" ADD COLUMN "awaiting_recheck_since" text;--> statement-breakpoint
ALTER TABLE "keyword_check_runs" ADD COLUMN "recheck_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "keyword_projects" ADD COLUMN "se_site_id" integer;--> statement-breakpoint
ALTER TABLE "keyword_projects" ADD COLUMN "se_site_engine_id" integer;--> statement-breakpoint
ALTER TABLE "keyword_projects" ADD COLUMN "tracker_note" text;--> statement-breakpoint
ALTER TABLE "tracked_keywords" ADD COLUMN "se_keyword_id" integer;