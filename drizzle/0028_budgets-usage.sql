CREATE TABLE "budget_skips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"month" text NOT NULL,
	"feature" text NOT NULL,
	"subject" text NOT NULL,
	"estimated_credits" integer NOT NULL,
	"credits_left" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "seranking_usage" ADD COLUMN "actor" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "seranking_usage" DROP CONSTRAINT "seranking_usage_tenant_id_month_endpoint_pk";--> statement-breakpoint
ALTER TABLE "seranking_usage" ADD CONSTRAINT "seranking_usage_tenant_id_month_endpoint_feature_actor_pk" PRIMARY KEY("tenant_id","month","endpoint","feature","actor");--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "monthly_credit_budget" integer;--> statement-breakpoint
ALTER TABLE "budget_skips" ADD CONSTRAINT "budget_skips_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "budget_skips_tenant_month_idx" ON "budget_skips" USING btree ("tenant_id","month");