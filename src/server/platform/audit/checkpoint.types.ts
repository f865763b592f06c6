/** A signed statement of the chains' heads at one moment, kept outside the database (checkpoint.ts). */
export interface Checkpoint {
  v: 1;
  at: string;
  keyId: string;
  legacy: { seq: number; hash: string };
  /** chain → [chain_seq, seq, hash] of its head. */
  chains: Record<string, [number, number, string]>;
  sig: string;
}
