CREATE TABLE "keyword_glance_marks" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"last_check_id" bigint,
	"keyword_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "keyword_glance_points" (
	"tenant_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"totals" bigint[] NOT NULL,
	CONSTRAINT "keyword_glance_points_project_id_at_pk" PRIMARY KEY("project_id","at")
);
--> statement-breakpoint
ALTER TABLE "keyword_glance_marks" ADD CONSTRAINT "keyword_glance_marks_project_id_keyword_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."keyword_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_glance_marks" ADD CONSTRAINT "keyword_glance_marks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_glance_points" ADD CONSTRAINT "keyword_glance_points_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keyword_glance_points" ADD CONSTRAINT "keyword_glance_points_project_id_keyword_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."keyword_projects"("id") ON DELETE cascade ON UPDATE no action;