CREATE TABLE "prospect_run_domains" (
	"run_id" uuid NOT NULL,
	"tenant_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"position" integer NOT NULL,
	"settled" boolean DEFAULT false NOT NULL,
	"error_kind" text,
	CONSTRAINT "prospect_run_domains_run_id_domain_pk" PRIMARY KEY("run_id","domain")
);
--> statement-breakpoint
ALTER TABLE "prospect_run_domains" ADD CONSTRAINT "prospect_run_domains_run_id_prospect_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."prospect_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prospect_run_domains" ADD CONSTRAINT "prospect_run_domains_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "keyword_checks_run_keyword_idx" ON "keyword_checks" USING btree ("run_id","keyword_id");--> statement-breakpoint
ALTER TABLE "prospect_runs" DROP COLUMN "owner";--> statement-breakpoint
ALTER TABLE "prospect_runs" DROP COLUMN "heartbeat_at";