import * as migration_20261130_070300_initial from './20261130_070300_initial';
import * as migration_20261206_114707_delivery_queued_at from './20261206_114707_delivery_queued_at';
import * as migration_20261206_150025_catalogue_relationships from './20261206_150025_catalogue_relationships';
import * as migration_20261206_223423_scale_indexes from './20261206_223423_scale_indexes';
import * as migration_20261207_022239_worker_outbox_rate_limits from './20261207_022239_worker_outbox_rate_limits';
import * as migration_20261207_032111_retention_availability_samples from './20261207_032111_retention_availability_samples';
import * as migration_20261207_094114_case_search_text from './20261207_094114_case_search_text';
import * as migration_20261207_124316_handlers_notes_prefill from './20261207_124316_handlers_notes_prefill';
import * as migration_20261207_131934_decision_records_contacts_inbox from './20261207_131934_decision_records_contacts_inbox';
import * as migration_20261207_163047_supplement_batches from './20261207_163047_supplement_batches';
import * as migration_20261207_171034_security_records from './20261207_171034_security_records';
import * as migration_20261207_171808_data_subject_requests from './20261207_171808_data_subject_requests';
import * as migration_20261207_202435_rectification_corrections from './20261207_202435_rectification_corrections';
import * as migration_20261207_235150_supervision from './20261207_235150_supervision';

export const migrations = [
  {
    up: migration_20261130_070300_initial.up,
    down: migration_20261130_070300_initial.down,
    name: '20261130_070300_initial',
  },
  {
    up: migration_20261206_114707_delivery_queued_at.up,
    down: migration_20261206_114707_delivery_queued_at.down,
    name: '20261206_114707_delivery_queued_at',
  },
  {
    up: migration_20261206_150025_catalogue_relationships.up,
    down: migration_20261206_150025_catalogue_relationships.down,
    name: '20261206_150025_catalogue_relationships',
  },
  {
    up: migration_20261206_223423_scale_indexes.up,
    down: migration_20261206_223423_scale_indexes.down,
    name: '20261206_223423_scale_indexes',
  },
  {
    up: migration_20261207_022239_worker_outbox_rate_limits.up,
    down: migration_20261207_022239_worker_outbox_rate_limits.down,
    name: '20261207_022239_worker_outbox_rate_limits',
  },
  {
    up: migration_20261207_032111_retention_availability_samples.up,
    down: migration_20261207_032111_retention_availability_samples.down,
    name: '20261207_032111_retention_availability_samples',
  },
  {
    up: migration_20261207_094114_case_search_text.up,
    down: migration_20261207_094114_case_search_text.down,
    name: '20261207_094114_case_search_text',
  },
  {
    up: migration_20261207_124316_handlers_notes_prefill.up,
    down: migration_20261207_124316_handlers_notes_prefill.down,
    name: '20261207_124316_handlers_notes_prefill',
  },
  {
    up: migration_20261207_131934_decision_records_contacts_inbox.up,
    down: migration_20261207_131934_decision_records_contacts_inbox.down,
    name: '20261207_131934_decision_records_contacts_inbox',
  },
  {
    up: migration_20261207_163047_supplement_batches.up,
    down: migration_20261207_163047_supplement_batches.down,
    name: '20261207_163047_supplement_batches',
  },
  {
    up: migration_20261207_171034_security_records.up,
    down: migration_20261207_171034_security_records.down,
    name: '20261207_171034_security_records',
  },
  {
    up: migration_20261207_171808_data_subject_requests.up,
    down: migration_20261207_171808_data_subject_requests.down,
    name: '20261207_171808_data_subject_requests',
  },
  {
    up: migration_20261207_202435_rectification_corrections.up,
    down: migration_20261207_202435_rectification_corrections.down,
    name: '20261207_202435_rectification_corrections',
  },
  {
    up: migration_20261207_235150_supervision.up,
    down: migration_20261207_235150_supervision.down,
    name: '20261207_235150_supervision'
  },
];
