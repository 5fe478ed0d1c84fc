import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "data_subject_requests" ADD COLUMN "corrections_name" varchar;
  ALTER TABLE "data_subject_requests" ADD COLUMN "corrections_email" varchar;
  ALTER TABLE "data_subject_requests" ADD COLUMN "corrections_phone" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "data_subject_requests" DROP COLUMN "corrections_name";
  ALTER TABLE "data_subject_requests" DROP COLUMN "corrections_email";
  ALTER TABLE "data_subject_requests" DROP COLUMN "corrections_phone";`)
}
