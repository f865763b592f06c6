import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/client.js';

/**
 * Every text, jsonb and array column of the schema, sorted into one of two kinds, checked by
 * column-registry.test.ts against information_schema after all migrations (on both engines):
 * - encrypted: the name ends in `_enc` and every value is field-crypto ciphertext (`<key id>:…`, or `v1:…` from
 *   before key ids) — no entry needed — or, listed in SECRET_BOX_COLUMNS, a secret-box seal (`<key id>.….….…`);
 * - ALLOWED_PLAINTEXT below: one entry per column, with the reason it may be stored in the clear
 *   (codes, ids, hashes, the public directory, staff account data the login needs).
 * A new table's columns must be added here (or be `_enc`), else the test fails and names them. To add: one
 * line `'table.column': 'reason',`. Columns a migration moved aside for app code to encrypt (`*_plain`) are listed
 * in ops/legacy-plaintext.ts and must be empty.
 */
export const ALLOWED_PLAINTEXT: Record<string, string> = {
  // key rotation (0134)
  'audit_key_archive.key_id': 'the public id of an archived audit key (never the key; that is sealed)',
  'blind_index_aliases.blind_index': 'HMAC blind index, not reversible',
  'blind_index_aliases.previous_index': 'HMAC blind index, not reversible',
  // wave 2 (safety, coordination, consent, statistics, preparedness, jobs)
  'account_notices.kind': 'a notice code (password reset, MFA removed)',
  'actor_directory.actor_type': 'an actor type code',
  'actor_directory.department': 'a municipal department code',
  'actor_directory.description': 'published description of a public function',
  'actor_directory.email': 'published work e-mail of a public function (police district), not a person',
  'actor_directory.id': 'a directory id',
  'actor_directory.name': 'published name of a public function',
  'actor_directory.national_actor_id': 'a directory id',
  'actor_directory.phone': 'published work number of a public function',
  'audit_events.key_id': 'which audit key signed the row (an id, never the key)',
  'case_actors.actor_type': 'an actor type code',
  'case_actors.department': 'a municipal department code',
  'case_actors.directory_actor_id': 'a directory id',
  'case_child_voice.child_agrees_family': 'a code (JA / NEJ / DELVIS)',
  'case_child_voice.excluded_bisidder_person_ids': 'ids of case persons',
  'case_closure_evaluations.closure_outcome': 'a status code',
  'case_closure_evaluations.evaluation_outcome': 'an outcome code (what statistics count)',
  'case_closure_evaluations.helped': 'codes of what helped',
  'case_closure_evaluations.measure_evaluations': 'measure ids with an effect code',
  'case_closure_evaluations.municipality_code': 'a municipality code',
  'case_closure_evaluations.overridden': 'codes of the blockers overridden (the reason is sealed)',
  'case_closure_evaluations.risk_level_at_close': 'a risk level code',
  'case_follow_ups.risk_level': 'a risk level code',
  'job_effects.effect': 'the key of an effect done once (ids and a date)',
  'job_effects.instance': 'which server instance ran it',
  'jobs.job_key': 'a job key of kind, ids and date',
  'jobs.kind': 'a job kind code',
  'jobs.last_error': 'the error type and scrubbed message of a failed run (no values: safeError)',
  'jobs.locked_by': 'which server instance holds the lease',
  'jobs.payload': 'ids and dates only',
  'jobs.state': 'a job state code',
  'legal_bases.decided_by_municipality_code': 'a municipality code',
  'legal_bases.decided_by_role': 'the role of who decided (a function, not a name; the name is sealed)',
  'legal_bases.legal_reference': 'a paragraph of law',
  'national_actors.hours': 'published opening hours',
  'preparedness_plans.content': "the municipality's own plan: its organisation and staff work contacts, a municipal document, no citizen",
  'preparedness_plans.municipality_code': 'a municipality code',
  'safety_measures.evaluation_outcome': 'an evaluation code (the note is sealed)',
  'safety_measures.origin': 'where the measure was proposed from (a code)',
  'security_consultants.concern_types': 'concern type codes a published consultant is limited to',
  // travel (0140): codes and an ISO country code; hosts, passports, flights and free text are in content_enc
  'travel_trips.phase': 'a phase code (FOER / UNDER / EFTER)',
  'travel_trips.destination_country': 'an ISO 3166-1 alpha-2 country code (the watch, lists and statistics)',
  'travel_watch_alerts.reason': 'a watch reason code',
  'travel_contacts.authority': 'an authority code',
  'travel_contacts.channel': 'a channel code',
  'travel_attachments.kind': 'an attachment kind code (FOTO / PASKOPI)',
  'travel_attachments.mime_type': 'the type sniffed from the content (JPEG, PNG or PDF)',
  'tasks.source_ref': 'the id of what the task came from (a factor code, a recommendation id)',

  // audit trail: ids, codes and the chain
  'audit_events.actor_role': 'a role code',
  'audit_events.details': 'ids and codes only, by the convention of every *.audit.ts (checked in the audit tests)',
  'audit_events.event_type': 'an event code',
  'audit_events.hash': 'chain hash',
  'audit_events.hash_format': 'which chain hash format the row uses (a number)',
  'audit_events.prev_hash': 'chain hash',
  'audit_events.purpose': 'a case id or a purpose code',
  'audit_events.subject_id': 'an id',
  'audit_events.subject_type': 'a code',
  'audit_events.use_type': 'a code',
  // cases
  'case_participants.participant_role': 'a code',
  'case_person_cprs.cpr_index': 'HMAC blind index, not reversible',
  'case_persons.cpr_index': 'HMAC blind index, not reversible',
  'case_persons.gender': 'a code (KVINDE/MAND/ANDET/UKENDT), needed by statistics',
  'case_persons.municipality_code': 'a municipality code, needed by scope and statistics',
  'case_persons.role': 'a code',
  'retained_person_tokens.cpr_index': 'HMAC blind index, not reversible (links a live CPR to a retained person\'s token)',
  'cases.case_number': 'a generated number',
  'cases.citizen_age_band': 'an age band code, statistics',
  'cases.closure_outcome': 'a code',
  'cases.concern_types': 'codes, statistics',
  'cases.current_risk_level': 'a code',
  'cases.duty_notified_municipality_code': 'a municipality code',
  'cases.responsible_municipality_code': 'a municipality code, scope',
  'cases.status': 'a code',
  'consents.channel': 'a code',
  'consents.giver': 'a code',
  'consents.scopes': 'codes',
  'inquiries.channel': 'a code',
  'inquiries.citizen_age_band': 'an age band code, statistics',
  'inquiries.citizen_cpr_index': 'HMAC blind index, not reversible',
  'inquiries.citizen_gender': 'a code, statistics',
  'inquiries.citizen_municipality_code': 'a municipality code, scope and statistics',
  'inquiries.concern_types': 'codes, statistics',
  'inquiries.initiator_municipality_code': 'a municipality code',
  'inquiries.initiator_role': 'a code',
  'inquiries.reasons': 'codes, statistics',
  'journal_entries.entry_type': 'a code',
  'journal_entries.risk_level': 'a code',
  'journal_entries.risk_recipient': 'a code (BORGER/MYNDIGHED)',
  'legal_bases.basis': 'a code',
  'legal_bases.scopes': 'codes',
  // risk
  'risk_assessments.instrument_code': 'a code',
  'risk_assessments.instrument_version': 'a version',
  'risk_assessments.serious_violence_level': 'a code',
  'risk_assessments.status': 'a code',
  'risk_disclosures.recipient_type': 'a code',
  'risk_screenings.outcome': 'a code',
  'safety_measures.measure_type': 'a code',
  'safety_measures.source_type': 'a code',
  'safety_measures.status': 'a code',
  'tasks.source_type': 'a code',
  'tasks.status': 'a code',
  // directory: public information
  'consultant_regions.consultant_id': 'an id',
  'consultant_regions.region': 'a region name',
  'municipalities.code': 'public directory',
  'municipalities.name': 'public directory',
  'municipalities.region': 'public directory',
  'national_actors.description': 'public directory',
  'national_actors.eligibility': 'public directory',
  'national_actors.id': 'public directory',
  'national_actors.name': 'public directory',
  'national_actors.phone': 'public directory',
  'regions.name': 'public directory',
  'security_consultants.id': 'public directory',
  'security_consultants.name': 'public directory (published consultant names)',
  'security_consultants.phone': 'public directory (work phones)',
  'security_consultants.speciality': 'public directory',
  // identity and sessions: staff accounts, hashes, short-lived login state
  'users.display_name': 'staff name, shown in lists and the audit trail; not a citizen',
  'users.username': 'staff login name, looked up at login',
  'users.role': 'a code',
  'users.municipality_code': 'a municipality code, scope',
  'users.region': 'a region name, scope',
  'users.password_hash': 'argon2id hash',
  'users.oidc_issuer': 'the identity provider URL',
  'users.oidc_subject': 'the provider\'s opaque subject id',
  'mfa_recovery_codes.code_hash': 'a hash',
  'oidc_login_states.state_hash': 'a hash',
  'oidc_login_states.nonce': 'random, lives minutes',
  'oidc_login_states.code_verifier': 'random PKCE verifier, lives minutes',
  'sessions.auth_method': 'a code',
  'sessions.csrf_token': 'random token',
  'sessions.token_hash': 'a hash',
  'sessions.ip': 'staff address, for the own-sessions list and throttling',
  'sessions.user_agent': 'staff browser, for the own-sessions list',
  'login_rate_buckets.bucket_key': 'staff username and address of failed logins, kept one window',
  'rate_limit_buckets.bucket_key': 'preset and a user id or address, kept one minute',
  'schema_migrations.name': 'a file name',
};

/**
 * The `_enc` columns sealed with platform/crypto/secret-box.ts (small secrets) instead of field crypto, with
 * the secret-box purpose they were sealed for. Every other `_enc` column is field crypto.
 */
export const SECRET_BOX_COLUMNS: Record<string, string> = {
  'users.mfa_secret_enc': 'totp-secret',
  'users.mfa_pending_secret_enc': 'totp-secret',
  'audit_key_archive.keys_enc': 'audit-key-archive',
};

/**
 * Every blind index with the `_enc` column it is computed from (the HMAC of that column's plain value): a key
 * rotation recomputes the index in the same statement that re-encrypts the source. Every ALLOWED_PLAINTEXT
 * column whose reason is a blind index must be here, or be an alias (checked by column-registry.test.ts).
 */
export const BLIND_INDEXES: { table: string; index: string; source: string }[] = [
  { table: 'case_persons', index: 'cpr_index', source: 'cpr_enc' },
  { table: 'case_person_cprs', index: 'cpr_index', source: 'cpr_enc' },
  { table: 'inquiries', index: 'citizen_cpr_index', source: 'citizen_cpr_enc' },
  { table: 'retained_person_tokens', index: 'cpr_index', source: 'cpr_enc' },
];
/** Blind-index columns that only link an index to the one it replaced (not recomputed: they are the history). */
export const BLIND_INDEX_ALIAS_COLUMNS = ['blind_index_aliases.blind_index', 'blind_index_aliases.previous_index'];

export interface EncryptedColumn {
  table: string;
  column: string;
  /** `field` (platform/crypto/fields.ts) or the secret-box purpose. */
  kind: 'field' | { box: string };
  /** Blind indexes computed from this column. */
  indexes: string[];
}

/**
 * What a key rotation re-encrypts: every `_enc` column of the schema as it is in the database (not a list kept
 * by hand, so a new encrypted column cannot be forgotten), each with its kind and the blind indexes it feeds.
 */
export async function encryptedColumns(db: Db): Promise<EncryptedColumn[]> {
  const rows = await queryRows<{ table_name: string; column_name: string }>(db, sql`
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name AND tb.table_type = 'BASE TABLE'
    WHERE c.table_schema = current_schema() AND c.column_name LIKE '%\_enc' ESCAPE '\'
    ORDER BY 1, 2`);
  return rows.map((r) => {
    const name = `${r.table_name}.${r.column_name}`;
    const box = SECRET_BOX_COLUMNS[name];
    return {
      table: r.table_name,
      column: r.column_name,
      kind: box ? { box } : 'field',
      indexes: BLIND_INDEXES.filter((b) => b.table === r.table_name && b.source === r.column_name).map((b) => b.index),
    };
  });
}
