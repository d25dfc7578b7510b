CREATE TABLE "seranking_rate_slots" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"slots" bigint[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
