CREATE TABLE "keyword_check_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"status" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"checked_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keyword_checks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"keyword_id" uuid NOT NULL,
	"run_id" uuid,
	"position" integer,
	"url" text,
	"volume" integer,
	"status" text NOT NULL,
	"error" text,
	"checked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keyword_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"domain" text NOT NULL,
	"search_engine" text NOT NULL,
	"location" text NOT NULL,
	"schedule_enabled" boolean DEFAULT true NOT NULL,
	"interval_hours" integer DEFAULT 24 NOT NULL,
	"next_check_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tracked_keywords" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"keyword" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "keyword_check_runs" ADD CONSTRAINT "keyword_check_runs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_check_runs" ADD CONSTRAINT "keyword_check_runs_project_id_keyword_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."keyword_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_checks" ADD CONSTRAINT "keyword_checks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_checks" ADD CONSTRAINT "keyword_checks_project_id_keyword_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."keyword_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_checks" ADD CONSTRAINT "keyword_checks_keyword_id_tracked_keywords_id_fk" FOREIGN KEY ("keyword_id") REFERENCES "public"."tracked_keywords"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_checks" ADD CONSTRAINT "keyword_checks_run_id_keyword_check_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."keyword_check_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_projects" ADD CONSTRAINT "keyword_projects_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracked_keywords" ADD CONSTRAINT "tracked_keywords_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tracked_keywords" ADD CONSTRAINT "tracked_keywords_project_id_keyword_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."keyword_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "keyword_check_runs_project_idx" ON "keyword_check_runs" USING btree ("tenant_id","project_id","checked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "keyword_check_runs_one_running_idx" ON "keyword_check_runs" USING btree ("project_id") WHERE "keyword_check_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "keyword_checks_keyword_time_idx" ON "keyword_checks" USING btree ("keyword_id","checked_at");--> statement-breakpoint
CREATE INDEX "keyword_checks_project_time_idx" ON "keyword_checks" USING btree ("tenant_id","project_id","checked_at");--> statement-breakpoint
CREATE UNIQUE INDEX "keyword_projects_tenant_target_idx" ON "keyword_projects" USING btree ("tenant_id","domain","search_engine",lower("location"));--> statement-breakpoint
CREATE INDEX "keyword_projects_due_idx" ON "keyword_projects" USING btree ("next_check_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tracked_keywords_project_keyword_idx" ON "tracked_keywords" USING btree ("project_id",lower("keyword"));