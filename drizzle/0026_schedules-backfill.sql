-- Projects from before schedules were checked every 24 hours from their creation time: they
-- become daily checks at the time of day their next check was due, in the workspace's zone.
UPDATE "keyword_projects" p
SET "schedule_frequency" = 'daily',
    "schedule_day" = NULL,
    "schedule_time" = to_char(p."next_check_at" AT TIME ZONE t."time_zone", 'HH24:MI')
FROM "tenants" t
WHERE t."id" = p."tenant_id";
