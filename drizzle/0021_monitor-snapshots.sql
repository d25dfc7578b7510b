CREATE TABLE "backlink_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"snapshot_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"type" text NOT NULL,
	"date" text,
	"refdomain" text NOT NULL,
	"source_url" text,
	"target_url" text,
	"anchor_text" text,
	"nofollow" boolean,
	"authority" integer,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "backlink_snapshot_links" (
	"snapshot_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"link_key" text NOT NULL,
	"source_url" text NOT NULL,
	"target_url" text NOT NULL,
	"anchor_text" text NOT NULL,
	"nofollow" boolean NOT NULL,
	"authority" integer,
	"first_seen" text,
	CONSTRAINT "backlink_snapshot_links_snapshot_id_link_key_pk" PRIMARY KEY("snapshot_id","link_key")
);
--> statement-breakpoint
CREATE TABLE "backlink_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"monitor_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"status" text NOT NULL,
	"dialect" text NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"as_of" text NOT NULL,
	"backlinks" integer,
	"referring_domains" integer,
	"dofollow_backlinks" integer,
	"new_backlinks" integer,
	"lost_backlinks" integer,
	"new_refdomains" integer,
	"lost_refdomains" integer,
	"error" text,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "lost_link_follow_ups" (
	"change_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitored_domains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"interval_days" integer DEFAULT 7 NOT NULL,
	"schedule_enabled" boolean DEFAULT true NOT NULL,
	"next_snapshot_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "backlink_changes" ADD CONSTRAINT "backlink_changes_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_changes" ADD CONSTRAINT "backlink_changes_snapshot_id_backlink_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."backlink_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_snapshot_links" ADD CONSTRAINT "backlink_snapshot_links_snapshot_id_backlink_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."backlink_snapshots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_snapshot_links" ADD CONSTRAINT "backlink_snapshot_links_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_snapshots" ADD CONSTRAINT "backlink_snapshots_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_snapshots" ADD CONSTRAINT "backlink_snapshots_monitor_id_monitored_domains_id_fk" FOREIGN KEY ("monitor_id") REFERENCES "public"."monitored_domains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lost_link_follow_ups" ADD CONSTRAINT "lost_link_follow_ups_change_id_backlink_changes_id_fk" FOREIGN KEY ("change_id") REFERENCES "public"."backlink_changes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lost_link_follow_ups" ADD CONSTRAINT "lost_link_follow_ups_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lost_link_follow_ups" ADD CONSTRAINT "lost_link_follow_ups_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monitored_domains" ADD CONSTRAINT "monitored_domains_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "backlink_changes_snapshot_idx" ON "backlink_changes" USING btree ("tenant_id","snapshot_id","kind","type");--> statement-breakpoint
CREATE INDEX "backlink_snapshots_monitor_idx" ON "backlink_snapshots" USING btree ("tenant_id","monitor_id","taken_at");--> statement-breakpoint
CREATE UNIQUE INDEX "backlink_snapshots_one_running_idx" ON "backlink_snapshots" USING btree ("monitor_id") WHERE "backlink_snapshots"."status" = 'running';--> statement-breakpoint
CREATE UNIQUE INDEX "monitored_domains_tenant_domain_idx" ON "monitored_domains" USING btree ("tenant_id","domain");--> statement-breakpoint
CREATE INDEX "monitored_domains_due_idx" ON "monitored_domains" USING btree ("next_snapshot_at");