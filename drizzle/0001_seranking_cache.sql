CREATE TABLE "seranking_cache" (
	"tenant_id" uuid NOT NULL,
	"endpoint" text NOT NULL,
	"params_hash" text NOT NULL,
	"params" jsonb NOT NULL,
	"response" jsonb NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "seranking_cache_tenant_id_endpoint_params_hash_pk" PRIMARY KEY("tenant_id","endpoint","params_hash")
);
--> statement-breakpoint
CREATE TABLE "seranking_usage" (
	"tenant_id" uuid NOT NULL,
	"month" text NOT NULL,
	"endpoint" text NOT NULL,
	"calls" integer DEFAULT 0 NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "seranking_usage_tenant_id_month_endpoint_pk" PRIMARY KEY("tenant_id","month","endpoint")
);
--> statement-breakpoint
ALTER TABLE "seranking_cache" ADD CONSTRAINT "seranking_cache_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seranking_usage" ADD CONSTRAINT "seranking_usage_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;