CREATE TABLE "backlink_searches" (
	"tenant_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"searched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "backlink_searches_tenant_id_domain_pk" PRIMARY KEY("tenant_id","domain")
);
--> statement-breakpoint
ALTER TABLE "backlink_searches" ADD CONSTRAINT "backlink_searches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "backlink_searches_recent_idx" ON "backlink_searches" USING btree ("tenant_id","searched_at");