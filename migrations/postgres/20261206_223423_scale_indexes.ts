import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "authority_status_createdAt_idx" ON "cases" USING btree ("authority_id","status","created_at");
  CREATE INDEX "authority_status_expectedDecisionDate_idx" ON "cases" USING btree ("authority_id","status","expected_decision_date");
  CREATE INDEX "authority_permitType_status_createdAt_idx" ON "cases" USING btree ("authority_id","permit_type_id","status","created_at");
  CREATE INDEX "authority_status_case_idx" ON "supplement_requests" USING btree ("authority_id","status","case_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "authority_status_createdAt_idx";
  DROP INDEX "authority_status_expectedDecisionDate_idx";
  DROP INDEX "authority_permitType_status_createdAt_idx";
  DROP INDEX "authority_status_case_idx";`)
}
