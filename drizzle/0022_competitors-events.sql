CREATE TABLE "competitor_checks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"competitor_id" uuid NOT NULL,
	"keyword_id" uuid NOT NULL,
	"run_id" uuid,
	"position" integer,
	"url" text,
	"status" text NOT NULL,
	"error" text,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keyword_competitors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"se_competitor_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keyword_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"keyword_id" uuid,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_id" uuid
);
--> statement-breakpoint
ALTER TABLE "competitor_checks" ADD CONSTRAINT "competitor_checks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitor_checks" ADD CONSTRAINT "competitor_checks_project_id_keyword_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."keyword_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitor_checks" ADD CONSTRAINT "competitor_checks_competitor_id_keyword_competitors_id_fk" FOREIGN KEY ("competitor_id") REFERENCES "public"."keyword_competitors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitor_checks" ADD CONSTRAINT "competitor_checks_keyword_id_tracked_keywords_id_fk" FOREIGN KEY ("keyword_id") REFERENCES "public"."tracked_keywords"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competitor_checks" ADD CONSTRAINT "competitor_checks_run_id_keyword_check_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."keyword_check_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_competitors" ADD CONSTRAINT "keyword_competitors_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_competitors" ADD CONSTRAINT "keyword_competitors_project_id_keyword_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."keyword_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_events" ADD CONSTRAINT "keyword_events_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_events" ADD CONSTRAINT "keyword_events_project_id_keyword_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."keyword_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_events" ADD CONSTRAINT "keyword_events_keyword_id_tracked_keywords_id_fk" FOREIGN KEY ("keyword_id") REFERENCES "public"."tracked_keywords"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_events" ADD CONSTRAINT "keyword_events_run_id_keyword_check_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."keyword_check_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competitor_checks_keyword_time_idx" ON "competitor_checks" USING btree ("keyword_id","competitor_id","checked_at");--> statement-breakpoint
CREATE INDEX "competitor_checks_project_time_idx" ON "competitor_checks" USING btree ("tenant_id","project_id","checked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "competitor_checks_run_idx" ON "competitor_checks" USING btree ("run_id","competitor_id","keyword_id");--> statement-breakpoint
CREATE UNIQUE INDEX "keyword_competitors_project_domain_idx" ON "keyword_competitors" USING btree ("project_id","domain");--> statement-breakpoint
CREATE INDEX "keyword_events_project_time_idx" ON "keyword_events" USING btree ("tenant_id","project_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "keyword_events_run_once_idx" ON "keyword_events" USING btree ("run_id","keyword_id","kind",("details"->>'competitorId')) WHERE "keyword_events"."run_id" is not null;