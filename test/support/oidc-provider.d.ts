// oidc-provider ships no types; the tests use only its constructor, listen() and plain config objects.
declare module 'oidc-provider';
