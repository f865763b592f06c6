import { defineAuditEvents } from '../../platform/audit/define.js';

export const travelAuditEvents = defineAuditEvents({
  'travel.read': { use: 'read', label: 'Rejseoplysninger læst', purpose: 'case' },
  'travel.created': { use: 'create', label: 'Rejse registreret', purpose: 'case' },
  'travel.updated': { use: 'update', label: 'Rejseoplysninger ændret', purpose: 'case' },
  'travel.contacts_listed': { use: 'read', label: 'Myndighedskontakter i rejsesag læst', purpose: 'case' },
  'travel.contact_logged': { use: 'create', label: 'Kontakt med myndighed registreret (rejsesag)', purpose: 'case' },
  'travel.pack_exported': { use: 'export', label: 'Efterlysningspakke udskrevet som PDF', purpose: 'case' },
  'travel.watch_alerted': { use: 'system', label: 'Rejsevagt: hjemkomst eller aftalt kontakt overskredet, de ansvarlige er varslet' },
  'travel.attachment_uploaded': { use: 'create', label: 'Foto eller paskopi lagt på rejsesag', purpose: 'case' },
  'travel.attachments_listed': { use: 'read', label: 'Fotos og paskopier i rejsesag listet', purpose: 'case' },
  'travel.attachment_read': { use: 'read', label: 'Foto eller paskopi hentet', purpose: 'case' },
});
