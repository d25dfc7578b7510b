CREATE TABLE "backlink_rows" (
	"tenant_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"order_by" text NOT NULL,
	"position" integer NOT NULL,
	"nofollow" boolean NOT NULL,
	"domain_inlink_rank" integer,
	"inlink_rank" integer,
	"first_seen" text NOT NULL,
	"row" jsonb NOT NULL,
	CONSTRAINT "backlink_rows_tenant_id_domain_order_by_position_pk" PRIMARY KEY("tenant_id","domain","order_by","position")
);
--> statement-breakpoint
CREATE TABLE "backlink_walks" (
	"tenant_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"order_by" text NOT NULL,
	"cursor" text,
	"complete" boolean DEFAULT false NOT NULL,
	"row_count" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "backlink_walks_tenant_id_domain_order_by_pk" PRIMARY KEY("tenant_id","domain","order_by")
);
--> statement-breakpoint
ALTER TABLE "backlink_rows" ADD CONSTRAINT "backlink_rows_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlink_walks" ADD CONSTRAINT "backlink_walks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;