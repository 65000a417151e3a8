-- One referral as the referrals service records it: the referral, its ReferralReceived outbox row and
-- its idempotency record, in one transaction (run with synchronous_commit=on). Tables are copied from
-- the service's own schema into the scratch database "bench" (scripts/bench.sh); made-up data only.
\set child random(1, 999999999999)
BEGIN;
INSERT INTO referrals (id, la_child_id, child_first_name, child_last_name, child_date_of_birth, child_gender,
  referral_source, concerns, received_at, recorded_at, decision_due_by)
VALUES (gen_random_uuid(), 'B' || :child, 'Bench', 'Child', DATE '2016-05-17', '1', '2A',
  'Concerns raised by the school about bruising seen on the child''s arms on two occasions this week.',
  now() - interval '10 minutes', now(), current_date + 1);
INSERT INTO outbox_messages (id, message_type, payload, created_at, trace_parent, attempts)
VALUES (gen_random_uuid(), 'Macpt.Contracts.Referrals.ReferralReceived',
  jsonb_build_object('referralId', gen_random_uuid(), 'laChildId', 'B' || :child, 'receivedAt', now() - interval '10 minutes',
    'decisionDueBy', current_date + 1, 'referralSource', '2A', 'isUnborn', false, 'isReReferral', false,
    'previousReferralId', null, 'householdId', null, 'harmContext', 'not-yet-known', 'suspectedCategories', '[]'::jsonb),
  now(), '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', 0);
INSERT INTO idempotency_records (scope, key, request_hash, resource_id, created_at)
VALUES ('referrals', 'bench-' || gen_random_uuid(), md5(random()::text) || md5(random()::text), gen_random_uuid()::text, now());
END;
