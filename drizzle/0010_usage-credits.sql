ALTER TABLE "seranking_usage" ADD COLUMN "feature" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "seranking_usage" ADD COLUMN "credits" integer DEFAULT 0 NOT NULL;