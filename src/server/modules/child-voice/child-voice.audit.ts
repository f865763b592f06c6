import { defineAuditEvents } from '../../platform/audit/define.js';

export const childVoiceAuditEvents = defineAuditEvents({
  'child_voice.read': { use: 'read', label: 'Barnets stemme og familiens rolle læst', purpose: 'case' },
  'child_voice.updated': { use: 'update', label: 'Barnets stemme og familiens rolle ændret', purpose: 'case' },
});
