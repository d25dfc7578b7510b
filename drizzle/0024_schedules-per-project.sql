ALTER TABLE "keyword_projects" ADD COLUMN "schedule_frequency" text DEFAULT 'daily' NOT NULL;--> statement-breakpoint
ALTER TABLE "keyword_projects" ADD COLUMN "schedule_day" integer;--> statement-breakpoint
ALTER TABLE "keyword_projects" ADD COLUMN "schedule_time" text DEFAULT '09:00' NOT NULL;