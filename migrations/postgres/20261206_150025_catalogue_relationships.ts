import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { carryOverCatalogueKeys, readLegacyCatalogueKeys } from '../../src/catalogue/carryOverCatalogueKeys'

export async function up({ db, req }: MigrateUpArgs): Promise<void> {
  // The typed keys the relationships replace, read before their columns go.
  const legacy = await readLegacyCatalogueKeys(async (text) => (await db.execute(sql.raw(text))).rows)
  await db.execute(sql`
   CREATE TABLE "authority_kinds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "authority_kinds_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  DROP INDEX "authorities_kind_idx";
  ALTER TABLE "data_elements" ALTER COLUMN "step" DROP NOT NULL;
  ALTER TABLE "authorities" ADD COLUMN "kind_id" integer;
  ALTER TABLE "permit_types" ADD COLUMN "authority_kind_id" integer;
  ALTER TABLE "permit_types" ADD COLUMN "municipality_element_id" integer;
  ALTER TABLE "permit_bundles" ADD COLUMN "title_element_id" integer;
  ALTER TABLE "permit_bundles" ADD COLUMN "start_date_element_id" integer;
  ALTER TABLE "permit_bundles" ADD COLUMN "is_repeat_offered" boolean DEFAULT true;
  ALTER TABLE "permit_bundles_locales" ADD COLUMN "keywords" varchar;
  ALTER TABLE "permit_bundles_locales" ADD COLUMN "texts_analysis_heading" varchar;
  ALTER TABLE "permit_bundles_locales" ADD COLUMN "texts_analysis_intro" varchar;
  ALTER TABLE "permit_bundles_locales" ADD COLUMN "texts_place_question" varchar;
  ALTER TABLE "permit_bundles_locales" ADD COLUMN "texts_deadline_subject" varchar;
  ALTER TABLE "permit_bundles_locales" ADD COLUMN "texts_applicant_label" varchar;
  ALTER TABLE "permit_bundles_locales" ADD COLUMN "texts_repeat_heading" varchar;
  ALTER TABLE "authority_kinds_locales" ADD CONSTRAINT "authority_kinds_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authority_kinds"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "authority_kinds_key_idx" ON "authority_kinds" USING btree ("key");
  CREATE INDEX "authority_kinds_updated_at_idx" ON "authority_kinds" USING btree ("updated_at");
  CREATE INDEX "authority_kinds_created_at_idx" ON "authority_kinds" USING btree ("created_at");
  CREATE UNIQUE INDEX "authority_kinds_locales_locale_parent_id_unique" ON "authority_kinds_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "authorities" ADD CONSTRAINT "authorities_kind_id_authority_kinds_id_fk" FOREIGN KEY ("kind_id") REFERENCES "public"."authority_kinds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "permit_types" ADD CONSTRAINT "permit_types_authority_kind_id_authority_kinds_id_fk" FOREIGN KEY ("authority_kind_id") REFERENCES "public"."authority_kinds"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "permit_types" ADD CONSTRAINT "permit_types_municipality_element_id_data_elements_id_fk" FOREIGN KEY ("municipality_element_id") REFERENCES "public"."data_elements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "permit_bundles" ADD CONSTRAINT "permit_bundles_title_element_id_data_elements_id_fk" FOREIGN KEY ("title_element_id") REFERENCES "public"."data_elements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "permit_bundles" ADD CONSTRAINT "permit_bundles_start_date_element_id_data_elements_id_fk" FOREIGN KEY ("start_date_element_id") REFERENCES "public"."data_elements"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "permit_types_authority_kind_idx" ON "permit_types" USING btree ("authority_kind_id");
  CREATE INDEX "permit_types_municipality_element_idx" ON "permit_types" USING btree ("municipality_element_id");
  CREATE INDEX "permit_bundles_title_element_idx" ON "permit_bundles" USING btree ("title_element_id");
  CREATE INDEX "permit_bundles_start_date_element_idx" ON "permit_bundles" USING btree ("start_date_element_id");
  CREATE INDEX "authorities_kind_idx" ON "authorities" USING btree ("kind_id");
  ALTER TABLE "authorities" DROP COLUMN "kind";
  ALTER TABLE "permit_types" DROP COLUMN "authority_kind";
  ALTER TABLE "permit_types" DROP COLUMN "municipality_element";`)
  await carryOverCatalogueKeys({ req, legacy })
  // Every authority has its kind now: the column becomes required as the schema says.
  await db.execute(sql`ALTER TABLE "authorities" ALTER COLUMN "kind_id" SET NOT NULL;`)
}

/**
 * Not reversible: the typed keys were dropped. Restore the backup taken before migrating.
 */
export async function down(_args: MigrateDownArgs): Promise<void> {
  throw new Error('The catalogue relationships migration cannot be undone: restore the backup taken before it')
}
