ALTER TABLE "prospect_runs" ADD COLUMN "requests_total" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "prospect_runs" ADD COLUMN "requests_done" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "prospect_runs" ADD COLUMN "estimated_credits" integer;