-- SSO accounts are bound to the identity provider's stable subject (iss + sub), never to a changeable claim
-- such as preferred_username. The first SSO login links an unbound account by the configured claim; after
-- that only iss + sub match. An administrator can reset the binding (all three columns back to NULL).
ALTER TABLE users
  ADD COLUMN oidc_issuer text,
  ADD COLUMN oidc_subject text,
  ADD COLUMN oidc_linked_at timestamptz,
  ADD CONSTRAINT users_oidc_binding_complete CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL));

-- One provider identity can belong to one Skjold account only.
CREATE UNIQUE INDEX users_oidc_binding_idx ON users (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
