import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { carryOverCatalogueKeys, readLegacyCatalogueKeys } from '../../src/catalogue/carryOverCatalogueKeys'
import { rewriteSqliteTable } from '../../src/db/rewriteSqliteTable'

/** The added columns' `REFERENCES table(id)` with the action Payload's schema gives relationships. */
const setNullOnDelete = (definition: string, references: string[]) =>
  references.reduce(
    (changed, reference) =>
      changed.replaceAll(`REFERENCES ${reference}`, `REFERENCES ${reference} ON UPDATE no action ON DELETE set null`),
    definition,
  )

export async function up({ db, req }: MigrateUpArgs): Promise<void> {
  // The typed keys the relationships replace, read before their columns go.
  const legacy = await readLegacyCatalogueKeys(async (text) => db.all(sql.raw(text)))
  await db.run(sql`CREATE TABLE \`authority_kinds\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`authority_kinds_key_idx\` ON \`authority_kinds\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`authority_kinds_updated_at_idx\` ON \`authority_kinds\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`authority_kinds_created_at_idx\` ON \`authority_kinds\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`authority_kinds_locales\` (
  	\`name\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`authority_kinds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`authority_kinds_locales_locale_parent_id_unique\` ON \`authority_kinds_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`DROP INDEX \`authorities_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`authorities\` ADD \`kind_id\` integer REFERENCES authority_kinds(id);`)
  await db.run(sql`CREATE INDEX \`authorities_kind_idx\` ON \`authorities\` (\`kind_id\`);`)
  await db.run(sql`ALTER TABLE \`authorities\` DROP COLUMN \`kind\`;`)
  // Not the generated rebuild of the table: see rewriteSqliteTable.
  await rewriteSqliteTable(db, 'data_elements', (definition) =>
    definition.replace('`step` text NOT NULL', '`step` text'),
  )
  await db.run(sql`ALTER TABLE \`permit_types\` ADD \`authority_kind_id\` integer REFERENCES authority_kinds(id);`)
  await db.run(sql`ALTER TABLE \`permit_types\` ADD \`municipality_element_id\` integer REFERENCES data_elements(id);`)
  await db.run(sql`CREATE INDEX \`permit_types_authority_kind_idx\` ON \`permit_types\` (\`authority_kind_id\`);`)
  await db.run(sql`CREATE INDEX \`permit_types_municipality_element_idx\` ON \`permit_types\` (\`municipality_element_id\`);`)
  await db.run(sql`ALTER TABLE \`permit_types\` DROP COLUMN \`authority_kind\`;`)
  await db.run(sql`ALTER TABLE \`permit_types\` DROP COLUMN \`municipality_element\`;`)
  await db.run(sql`ALTER TABLE \`permit_bundles\` ADD \`title_element_id\` integer REFERENCES data_elements(id);`)
  await db.run(sql`ALTER TABLE \`permit_bundles\` ADD \`start_date_element_id\` integer REFERENCES data_elements(id);`)
  await db.run(sql`ALTER TABLE \`permit_bundles\` ADD \`is_repeat_offered\` integer DEFAULT true;`)
  await db.run(sql`CREATE INDEX \`permit_bundles_title_element_idx\` ON \`permit_bundles\` (\`title_element_id\`);`)
  await db.run(sql`CREATE INDEX \`permit_bundles_start_date_element_idx\` ON \`permit_bundles\` (\`start_date_element_id\`);`)
  await db.run(sql`ALTER TABLE \`permit_bundles_locales\` ADD \`keywords\` text;`)
  await db.run(sql`ALTER TABLE \`permit_bundles_locales\` ADD \`texts_analysis_heading\` text;`)
  await db.run(sql`ALTER TABLE \`permit_bundles_locales\` ADD \`texts_analysis_intro\` text;`)
  await db.run(sql`ALTER TABLE \`permit_bundles_locales\` ADD \`texts_place_question\` text;`)
  await db.run(sql`ALTER TABLE \`permit_bundles_locales\` ADD \`texts_deadline_subject\` text;`)
  await db.run(sql`ALTER TABLE \`permit_bundles_locales\` ADD \`texts_applicant_label\` text;`)
  await db.run(sql`ALTER TABLE \`permit_bundles_locales\` ADD \`texts_repeat_heading\` text;`)
  // SQLite's ADD COLUMN takes no ON DELETE: the keys get the schema's "set null" in place.
  await rewriteSqliteTable(db, 'permit_types', (definition) =>
    setNullOnDelete(definition, ['authority_kinds(id)', 'data_elements(id)']),
  )
  await rewriteSqliteTable(db, 'permit_bundles', (definition) =>
    setNullOnDelete(definition, ['data_elements(id)']),
  )
  await carryOverCatalogueKeys({ req, legacy })
  // Every authority has its kind now: the column becomes required as the schema says.
  await rewriteSqliteTable(db, 'authorities', (definition) =>
    setNullOnDelete(definition, ['authority_kinds(id)']).replace(
      '`kind_id` integer REFERENCES',
      '`kind_id` integer NOT NULL REFERENCES',
    ),
  )
}

/**
 * Not reversible: the typed keys were dropped. Restore the backup taken before migrating.
 */
export async function down(_args: MigrateDownArgs): Promise<void> {
  throw new Error('The catalogue relationships migration cannot be undone: restore the backup taken before it')
}
