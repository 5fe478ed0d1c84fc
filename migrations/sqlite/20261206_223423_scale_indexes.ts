import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`authority_status_createdAt_idx\` ON \`cases\` (\`authority_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authority_status_expectedDecisionDate_idx\` ON \`cases\` (\`authority_id\`,\`status\`,\`expected_decision_date\`);`)
  await db.run(sql`CREATE INDEX \`authority_permitType_status_createdAt_idx\` ON \`cases\` (\`authority_id\`,\`permit_type_id\`,\`status\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`authority_status_case_idx\` ON \`supplement_requests\` (\`authority_id\`,\`status\`,\`case_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`authority_status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`authority_status_expectedDecisionDate_idx\`;`)
  await db.run(sql`DROP INDEX \`authority_permitType_status_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`authority_status_case_idx\`;`)
}
