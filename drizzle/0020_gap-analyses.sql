CREATE TABLE "backlink_gap_lists" (
	"gap_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"target" text NOT NULL,
	"position" integer NOT NULL,
	"settled" boolean DEFAULT false NOT NULL,
	"rows" jsonb,
	"complete" boolean,
	"fetched_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "backlink_gap_lists_gap_id_position_pk" PRIMARY KEY("gap_id","position")
);
--> statement-breakpoint
CREATE TABLE "backlink_gaps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"competitors" text[] NOT NULL,
	"dialect" text NOT NULL,
	"status" text NOT NULL,
	"total" integer NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"cached" integer DEFAULT 0 NOT NULL,
	"estimated_credits" integer,
	"error" text,
	"started_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "prospects" ADD COLUMN "origin" text;--> statement-breakpoint
ALTER TABLE "backlink_gap_lists" ADD CONSTRAINT "backlink_gap_lists_gap_id_backlink_gaps_id_fk" FOREIGN KEY ("gap_id") REFERENCES "public"."backlink_gaps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_gap_lists" ADD CONSTRAINT "backlink_gap_lists_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_gaps" ADD CONSTRAINT "backlink_gaps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_gaps" ADD CONSTRAINT "backlink_gaps_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "backlink_gaps_tenant_idx" ON "backlink_gaps" USING btree ("tenant_id","created_at");