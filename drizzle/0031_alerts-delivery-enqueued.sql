ALTER TABLE "alert_deliveries" ADD COLUMN "enqueued_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "alert_deliveries_stranded_idx" ON "alert_deliveries" USING btree ("created_at") WHERE "alert_deliveries"."status" = 'pending' and "alert_deliveries"."enqueued_at" is null;--> statement-breakpoint
-- Rows from before this column were enqueued when they were made: only new rows can be stranded.
UPDATE "alert_deliveries" SET "enqueued_at" = "created_at";
