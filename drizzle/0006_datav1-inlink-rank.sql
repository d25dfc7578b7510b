ALTER TABLE "prospects" ADD COLUMN "domain_inlink_rank" integer;--> statement-breakpoint
ALTER TABLE "prospects" ADD COLUMN "inlink_rank" integer;